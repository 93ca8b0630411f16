/**
 * Geometry of "monthly cost per variant": for each simulated month, each variant's
 * employer cost across replications as a p5–p95 band and a p50 line; November months (双11, the
 * seasonal peak of docs/behaviour.md) are shaded. Input: the summary's
 * `costByMonth` spreads (src/sim/summary.ts). Pure: scales and SVG paths without a DOM.
 */
import { area, line, scaleLinear, scalePoint } from 'd3';
import { addMonths } from '../../engine/months';
import { t, type Lang } from '../../i18n/format';
import type { Spread } from '../../sim/summary';
import { inner, linearTicks, thinIndexes, tickCount, type Margin, type PlotFrame, type Tick } from './axis';
import { monthLabel, yuanAxis } from './format';
import { seriesColor } from './palette';
import { moneyCell, textCell, type ChartTable } from './table';

export interface MonthlyCostInput {
  startMonth: string;
  series: readonly { name: string; spreads: readonly Spread[] }[];
  width: number;
  height?: number;
  lang: Lang;
}

export interface MonthPoint {
  month: string;
  x: number;
  /** y of p50 (null when unknown). */
  y: number | null;
  spread: Spread;
}

export interface MonthlyCostGeometry extends PlotFrame {
  /** Distance between months, px. */
  step: number;
  months: { month: string; x: number }[];
  /** Shaded November (双11) columns. */
  highlights: { month: string; x0: number; x1: number; label: string }[];
  series: { name: string; color: string; band: string; line: string; points: MonthPoint[] }[];
}

export const MONTHLY_MARGIN: Margin = { top: 12, right: 12, bottom: 28, left: 64 };

export function monthlyCostGeometry(input: MonthlyCostInput): MonthlyCostGeometry {
  const { startMonth, series, width, lang } = input;
  const height = input.height ?? 280;
  const margin = MONTHLY_MARGIN;
  const { w, h } = inner(width, height, margin);
  const n = Math.max(0, ...series.map((s) => s.spreads.length));
  const months = Array.from({ length: n }, (_, i) => addMonths(startMonth, i));

  const x = scalePoint<number>()
    .domain(months.map((_, i) => i))
    .range([margin.left, margin.left + w])
    .padding(0.5);
  const step = x.step();

  let top = 0;
  for (const s of series) for (const sp of s.spreads) top = Math.max(top, sp.p95Fen ?? 0, sp.p50Fen ?? 0);
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice(tickCount(h, 40))
    .range([margin.top + h, margin.top]);
  const yDomain = y.domain() as [number, number];

  const xPos = (i: number) => x(i)!;
  const yTicks = linearTicks(y, tickCount(h, 40), (v) => yuanAxis(Math.round(v), lang));
  const xTicks = thinIndexes(n, w, 46).map((i) => ({ value: i, pos: xPos(i), label: monthTick(months, i, lang) }));

  const highlights = months
    .map((month, i) => ({ month, i }))
    .filter(({ month }) => month.endsWith('-11'))
    .map(({ month, i }) => ({ month, x0: xPos(i) - step / 2, x1: xPos(i) + step / 2, label: t(lang, 'chart.monthly.peak') }));

  const bandGen = area<Spread & { i: number }>()
    .defined((d) => d.p5Fen !== null && d.p95Fen !== null)
    .x((d) => xPos(d.i))
    .y0((d) => y(d.p5Fen!))
    .y1((d) => y(d.p95Fen!));
  const lineGen = line<Spread & { i: number }>()
    .defined((d) => d.p50Fen !== null)
    .x((d) => xPos(d.i))
    .y((d) => y(d.p50Fen!));

  return {
    width,
    height,
    margin,
    yDomain,
    yTicks,
    xTicks,
    step,
    months: months.map((month, i) => ({ month, x: xPos(i) })),
    highlights,
    series: series.map((s, k) => {
      const data = s.spreads.map((sp, i) => ({ ...sp, i }));
      return {
        name: s.name,
        color: seriesColor(k),
        band: bandGen(data) ?? '',
        line: lineGen(data) ?? '',
        points: s.spreads.map((sp, i) => ({ month: months[i]!, x: xPos(i), y: sp.p50Fen === null ? null : y(sp.p50Fen), spread: sp })),
      };
    }),
  };
}

/**
 * A month tick's label: the first with its year ("2025年11月" / "Nov 2025"), a January as its year
 * alone ("2026年" / "2026"), others the month ("3月" / "Mar"), so labels stay short on a phone.
 */
export function monthTick(months: readonly string[], i: number, lang: Lang): string {
  const m = months[i]!;
  if (i === 0) return monthLabel(m, lang, true);
  if (m.endsWith('-01')) return lang === 'zh' ? `${m.slice(0, 4)}年` : m.slice(0, 4);
  return monthLabel(m, lang);
}

/** The month under a pointer at x (px), or null outside the plot. */
export function monthIndexAt(g: MonthlyCostGeometry, px: number): number | null {
  if (g.months.length === 0) return null;
  const i = Math.round((px - g.months[0]!.x) / (g.step || 1));
  return i >= 0 && i < g.months.length ? i : null;
}

/** Table: one row per month and variant, p5 / p50 / p95 / mean. */
export function monthlyCostTable(input: Pick<MonthlyCostInput, 'startMonth' | 'series' | 'lang'>): ChartTable {
  const { lang } = input;
  const rows = [];
  const n = Math.max(0, ...input.series.map((s) => s.spreads.length));
  for (let i = 0; i < n; i++) {
    const month = addMonths(input.startMonth, i);
    for (const s of input.series) {
      const sp = s.spreads[i];
      if (!sp) continue;
      rows.push([textCell(month), textCell(s.name), moneyCell(sp.p5Fen), moneyCell(sp.p50Fen), moneyCell(sp.p95Fen), moneyCell(sp.meanFen)]);
    }
  }
  return {
    head: [t(lang, 'chart.col.month'), t(lang, 'chart.col.variant'), 'p5', 'p50', 'p95', t(lang, 'chart.col.mean')],
    rows,
  };
}
