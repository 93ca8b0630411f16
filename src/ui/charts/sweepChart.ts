/**
 * Geometry of the sweep chart: employer cost p5–p95 band and p50 line, and agent-month
 * income p10 and p50 lines, against the swept parameter's value; two panels sharing the x axis
 * (cost is the shop's total over the run, income one agent's month: different magnitudes). The
 * baseline's mean cost (variant mean − paired mean difference) is a dashed rule; the value found by
 * "match baseline cost" and its uncertainty range, when given, a marker and a shaded span.
 * Input: src/sim/sweep.ts results. Pure: no DOM.
 */
import { area, line, scaleLinear } from 'd3';
import { t, type Lang } from '../../i18n/format';
import type { MatchResult, SweepPoint, SweepResult } from '../../sim/sweep';
import { inner, linearTicks, tickCount, type Margin, type Tick } from './axis';
import { yuanAxis } from './format';
import { OKABE_ITO, cssVar } from './palette';
import { moneyCell, textCell, type ChartTable } from './table';

export const SWEEP_COLORS = {
  cost: cssVar('pl-series-0', OKABE_ITO.blue),
  incomeP50: cssVar('pl-series-2', OKABE_ITO.bluishGreen),
  incomeP10: cssVar('pl-series-1', OKABE_ITO.orange),
  baseline: cssVar('pl-muted', '#59636e'),
  match: cssVar('pl-legal', OKABE_ITO.vermillion),
} as const;

export interface SweepGeometry {
  width: number;
  height: number;
  margin: Margin;
  /** The two panels' vertical extents. */
  cost: { top: number; bottom: number; yTicks: Tick[]; band: string; p50: string; baselineY: number | null };
  income: { top: number; bottom: number; yTicks: Tick[]; p10: string; p50: string };
  xTicks: Tick[];
  points: { x: number; point: SweepPoint }[];
  match: null | { x: number; lowX: number | null; highX: number | null };
}

export const SWEEP_MARGIN: Margin = { top: 12, right: 16, bottom: 36, left: 72 };

/** A parameter value as a number for positioning (display scaling only). */
const num = (v: string): number => Number(v);

export function sweepGeometry(result: SweepResult, width: number, lang: Lang, match: MatchResult | null = null, height = 360): SweepGeometry {
  const margin = SWEEP_MARGIN;
  const { w, h } = inner(width, height, margin);
  const gap = 28;
  const costH = Math.round((h - gap) * 0.55);
  const incomeH = h - gap - costH;
  const costTop = margin.top;
  const incomeTop = costTop + costH + gap;
  const pts = result.points;

  const xs = pts.map((p) => num(p.value));
  if (match?.value) xs.push(num(match.value));
  const lo = xs.length ? Math.min(...xs) : 0;
  const hi = xs.length ? Math.max(...xs) : 1;
  const x = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [lo - 1, lo + 1])
    .range([margin.left, margin.left + w]);

  const baselineFen = pts.find((p) => p.difference?.meanFen !== null && p.difference?.meanFen !== undefined && p.costMeanFen !== null);
  const baseMean = baselineFen ? baselineFen.costMeanFen! - baselineFen.difference!.meanFen! : null;
  let cMin = Infinity;
  let cMax = -Infinity;
  for (const p of pts)
    for (const v of [p.costP5Fen, p.costP95Fen, p.costP50Fen])
      if (v !== null) {
        cMin = Math.min(cMin, v);
        cMax = Math.max(cMax, v);
      }
  if (baseMean !== null) {
    cMin = Math.min(cMin, baseMean);
    cMax = Math.max(cMax, baseMean);
  }
  if (!Number.isFinite(cMin)) [cMin, cMax] = [0, 1];
  if (cMax <= cMin) cMax = cMin + 100;
  const yc = scaleLinear()
    .domain([cMin, cMax])
    .nice(tickCount(costH, 36))
    .range([costTop + costH, costTop]);

  let iMin = Infinity;
  let iMax = -Infinity;
  for (const p of pts)
    for (const v of [p.incomeP10Fen, p.incomeP50Fen])
      if (v !== null) {
        iMin = Math.min(iMin, v);
        iMax = Math.max(iMax, v);
      }
  if (!Number.isFinite(iMin)) [iMin, iMax] = [0, 1];
  if (iMax <= iMin) iMax = iMin + 100;
  const yi = scaleLinear()
    .domain([iMin, iMax])
    .nice(tickCount(incomeH, 36))
    .range([incomeTop + incomeH, incomeTop]);

  const fx = (p: SweepPoint) => x(num(p.value));
  const band = area<SweepPoint>()
    .defined((p) => p.costP5Fen !== null && p.costP95Fen !== null)
    .x(fx)
    .y0((p) => yc(p.costP5Fen!))
    .y1((p) => yc(p.costP95Fen!));
  const lineOf = (get: (p: SweepPoint) => number | null, y: (v: number) => number) =>
    line<SweepPoint>()
      .defined((p) => get(p) !== null)
      .x(fx)
      .y((p) => y(get(p)!))(pts) ?? '';

  return {
    width,
    height,
    margin,
    cost: {
      top: costTop,
      bottom: costTop + costH,
      yTicks: linearTicks(yc, tickCount(costH, 36), (v) => yuanAxis(Math.round(v), lang)),
      band: band(pts) ?? '',
      p50: lineOf((p) => p.costP50Fen, yc),
      baselineY: baseMean === null ? null : yc(baseMean),
    },
    income: {
      top: incomeTop,
      bottom: incomeTop + incomeH,
      yTicks: linearTicks(yi, tickCount(incomeH, 36), (v) => yuanAxis(Math.round(v), lang)),
      p10: lineOf((p) => p.incomeP10Fen, yi),
      p50: lineOf((p) => p.incomeP50Fen, yi),
    },
    xTicks: linearTicks(x, tickCount(w, 70), (v) => String(Number(v.toPrecision(6)))),
    points: pts.map((p) => ({ x: fx(p), point: p })),
    match:
      match?.value == null
        ? null
        : {
            x: x(num(match.value)),
            lowX: match.low === null ? null : x(num(match.low)),
            highX: match.high === null ? null : x(num(match.high)),
          },
  };
}

/** Table: one row per value. */
export function sweepTable(result: SweepResult, lang: Lang): ChartTable {
  return {
    head: [
      result.path,
      `${t(lang, 'chart.sweep.cost')} p5`,
      `${t(lang, 'chart.sweep.cost')} p50`,
      `${t(lang, 'chart.sweep.cost')} p95`,
      `${t(lang, 'chart.sweep.income')} p10`,
      `${t(lang, 'chart.sweep.income')} p50`,
      t(lang, 'chart.sweep.diff'),
    ],
    rows: result.points.map((p) => [
      textCell(p.value),
      moneyCell(p.costP5Fen),
      moneyCell(p.costP50Fen),
      moneyCell(p.costP95Fen),
      moneyCell(p.incomeP10Fen),
      moneyCell(p.incomeP50Fen),
      moneyCell(p.difference?.meanFen ?? null),
    ]),
  };
}
