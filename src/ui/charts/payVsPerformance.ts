/**
 * Geometry of "pay against performance": each variant's pay curve for a typical agent
 * (payCurve.ts, computed with the engine) as a line, and the agents of replication 0 as dots — each
 * selling agent's (售前/金牌, as the summary's pay-for-performance slope) average month over the months
 * paid in a selling role: mean credited sales against mean gross pay. Partial months count (a
 * leaver's settlement of the guarantee is paid in the leaving month, which is partial), so a dot is
 * what the agent was paid per month for what they sold. Both axes in fen. Pure: no DOM.
 */
import { line, scaleLinear } from 'd3';
import { t, type Lang } from '../../i18n/format';
import type { AgentData } from './agentData';
import { inner, linearTicks, tickCount, type Margin, type PlotFrame, type Tick } from './axis';
import { yuanAxis } from './format';
import type { CurvePoint } from '../../sim/payCurve';
import { seriesColor } from './palette';
import { moneyCell, textCell, type ChartTable } from './table';

export interface AgentDot {
  agentId: string;
  name: string;
  months: number;
  salesFen: number;
  grossFen: number;
}

const SELLING = new Set(['presales', 'gold']);

/** Σ / n rounded half up (never negative here). */
const mean = (sum: number, n: number): number => Math.floor((2 * sum + n) / (2 * n));

/** Each selling agent's average month under variant `v` (agents never in a selling role are left out). */
export function agentDots(agents: readonly AgentData[], v: number): AgentDot[] {
  const out: AgentDot[] = [];
  for (const a of agents) {
    const ms = (a.variants[v]?.months ?? []).filter((m) => SELLING.has(m.role));
    if (ms.length === 0) continue;
    const sales = ms.reduce((s, m) => s + m.creditedSalesFen, 0);
    const gross = ms.reduce((s, m) => s + m.grossFen, 0);
    out.push({ agentId: a.agentId, name: a.name, months: ms.length, salesFen: mean(sales, ms.length), grossFen: mean(gross, ms.length) });
  }
  return out;
}

export interface PvpInput {
  curves: readonly { name: string; points: readonly CurvePoint[] | null }[];
  /** Dots per variant, same order as curves (empty lists when there is no drill-down data yet). */
  dots: readonly (readonly AgentDot[])[];
  width: number;
  height?: number;
  lang: Lang;
}

export interface PvpGeometry extends PlotFrame {
  xDomain: [number, number];
  curves: { name: string; color: string; path: string; points: { x: number; y: number; point: CurvePoint }[] }[];
  dots: { name: string; color: string; dots: { x: number; y: number; dot: AgentDot }[] }[];
}

export const PVP_MARGIN: Margin = { top: 26, right: 16, bottom: 40, left: 64 };

export function pvpGeometry(input: PvpInput): PvpGeometry {
  const { width, lang } = input;
  const height = input.height ?? 300;
  const margin = PVP_MARGIN;
  const { w, h } = inner(width, height, margin);
  let xMax = 0;
  let yMax = 0;
  for (const c of input.curves)
    for (const p of c.points ?? []) {
      xMax = Math.max(xMax, p.creditedSalesFen);
      yMax = Math.max(yMax, p.grossFen);
    }
  for (const ds of input.dots)
    for (const d of ds) {
      xMax = Math.max(xMax, d.salesFen);
      yMax = Math.max(yMax, d.grossFen);
    }
  const x = scaleLinear()
    .domain([0, xMax > 0 ? xMax : 1])
    .nice(tickCount(w, 80))
    .range([margin.left, margin.left + w]);
  const y = scaleLinear()
    .domain([0, yMax > 0 ? yMax : 1])
    .nice(tickCount(h, 40))
    .range([margin.top + h, margin.top]);
  const path = line<{ x: number; y: number }>()
    .x((d) => d.x)
    .y((d) => d.y);
  return {
    width,
    height,
    margin,
    xDomain: x.domain() as [number, number],
    yDomain: y.domain() as [number, number],
    xTicks: linearTicks(x, tickCount(w, 80), (v) => yuanAxis(Math.round(v), lang)),
    yTicks: linearTicks(y, tickCount(h, 40), (v) => yuanAxis(Math.round(v), lang)),
    curves: input.curves.flatMap((c, i) => {
      if (!c.points) return [];
      const pts = c.points.map((p) => ({ x: x(p.creditedSalesFen), y: y(p.grossFen), point: p }));
      return [{ name: c.name, color: seriesColor(i), path: path(pts) ?? '', points: pts }];
    }),
    dots: input.curves.map((c, i) => ({
      name: c.name,
      color: seriesColor(i),
      dots: (input.dots[i] ?? []).map((d) => ({ x: x(d.salesFen), y: y(d.grossFen), dot: d })),
    })),
  };
}

/** Table: the curves, one row per sales amount, a column per variant. */
export function payCurveTable(curves: PvpInput['curves'], lang: Lang): ChartTable {
  const valid = curves.filter((c) => c.points !== null);
  const n = Math.max(0, ...valid.map((c) => c.points!.length));
  const rows = [];
  for (let i = 0; i < n; i++) {
    const s = valid[0]!.points![i]!.creditedSalesFen;
    rows.push([moneyCell(s), ...valid.map((c) => moneyCell(c.points![i]?.grossFen ?? null, false))]);
  }
  return { head: [t(lang, 'chart.pvp.sales'), ...valid.map((c) => c.name)], rows };
}

/** Table: the agents, one row per agent and variant. */
export function agentDotsTable(curves: PvpInput['curves'], dots: PvpInput['dots'], lang: Lang): ChartTable {
  const rows = curves.flatMap((c, i) =>
    (dots[i] ?? []).map((d) => [textCell(c.name), textCell(d.name), textCell(String(d.months)), moneyCell(d.salesFen), moneyCell(d.grossFen)]),
  );
  return {
    head: [t(lang, 'chart.col.variant'), t(lang, 'chart.col.agent'), t(lang, 'chart.col.months'), t(lang, 'chart.pvp.sales'), t(lang, 'chart.pvp.gross')],
    rows,
  };
}
