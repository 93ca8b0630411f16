/**
 * Geometry of "agent income distribution per variant": a box plot per variant from the
 * summary's quantiles — whiskers at p10 and p90, box p25–p75, median line, mean dot — and below it a
 * cumulative distribution drawn through the same five quantiles (p10 → 10 %, …, p90 → 90 %; linear
 * between them, the summary has no finer quantiles), with the city's minimum wage as a vertical rule
 * (docs/law.md: each month's pay must reach it). Income is net pay (gross − fines) on one of five
 * bases (`INCOME_BASES`, src/sim/summary.ts `income`): full months (the default: like with like
 * against the monthly minimum), joining/leaving months as full-month equivalents, all months as paid,
 * every agent-year annualised to the calendar year, and agent-years paid in every simulated month.
 * Pure: no DOM.
 */
import { line, scaleBand, scaleLinear } from 'd3';
import { addMonths, splitMonth } from '../../engine/months';
import { cityOf, inForce } from '../../policy/cities';
import type { CustomCity } from '../../policy/types';
import { t, type Lang } from '../../i18n/format';
import type { IncomeDistribution, IncomeStats, VariantSummary } from '../../sim/summary';
import { inner, linearTicks, tickCount, type Margin, type Tick } from './axis';
import { yuanAxis, yuanWhole } from './format';
import { INK, seriesColor } from './palette';
import { countCell, moneyCell, textCell, type ChartTable, type TableCell } from './table';

/** The quantiles drawn, with the cumulative share each stands for. */
export const QUANTILES = [
  { key: 'p10Fen', p: 0.1 },
  { key: 'p25Fen', p: 0.25 },
  { key: 'p50Fen', p: 0.5 },
  { key: 'p75Fen', p: 0.75 },
  { key: 'p90Fen', p: 0.9 },
] as const;

/** The income bases the chart offers, the first the default. */
export const INCOME_BASES = ['monthFull', 'monthPartFte', 'monthAll', 'yearAll', 'yearFull'] as const;
export type IncomeBasis = (typeof INCOME_BASES)[number];

/** The summary's distribution for a basis. */
export function incomeOf(v: VariantSummary, basis: IncomeBasis): IncomeDistribution {
  const i = v.income;
  switch (basis) {
    case 'monthFull':
      return i.agentMonthFull;
    case 'monthPartFte':
      return i.agentMonthPartialFte;
    case 'monthAll':
      return i.agentMonth;
    case 'yearAll':
      return i.agentYearAll;
    case 'yearFull':
      return i.agentYear;
  }
}

/** Monthly or yearly: which minimum-wage rule compares with the basis. */
export const basisUnit = (basis: IncomeBasis): 'month' | 'year' => (basis.startsWith('month') ? 'month' : 'year');

export interface MinimumWageLine {
  /** e.g. "杭州 最低工资 ¥2,490". */
  label: string;
  fen: number;
}

export interface IncomeInput {
  boxes: readonly { name: string; stats: IncomeStats }[];
  minimumWages: readonly MinimumWageLine[];
  width: number;
  lang: Lang;
  /** Height of the cumulative panel (0 = no panel). */
  ecdfHeight?: number;
}

export interface Box {
  name: string;
  color: string;
  y: number;
  h: number;
  /** x of p10, p25, p50, p75, p90 and the mean (null when the group is empty). */
  p10: number;
  q1: number;
  median: number;
  q3: number;
  p90: number;
  mean: number | null;
  stats: IncomeStats;
}

export interface IncomeGeometry {
  width: number;
  height: number;
  margin: Margin;
  xDomain: [number, number];
  xTicks: Tick[];
  boxes: Box[];
  /** Variants with no income in this group (no box drawn). */
  empty: string[];
  rules: { x: number; label: string; fen: number }[];
  ecdf: null | {
    top: number;
    bottom: number;
    yTicks: Tick[];
    curves: { name: string; color: string; path: string; points: { x: number; y: number; p: number; fen: number }[] }[];
  };
}

const ROW = 34;
export const INCOME_MARGIN: Margin = { top: 8, right: 16, bottom: 28, left: 96 };

export function incomeGeometry(input: IncomeInput): IncomeGeometry {
  const { width, lang } = input;
  const margin = { ...INCOME_MARGIN, left: width < 480 ? 84 : INCOME_MARGIN.left };
  const ecdfH = input.ecdfHeight ?? 150;
  const full = input.boxes.filter((b) => b.stats.n > 0 && b.stats.p10Fen !== null);
  const boxesH = Math.max(1, input.boxes.length) * ROW;
  const gap = ecdfH > 0 ? 28 : 0;
  const height = margin.top + boxesH + gap + ecdfH + margin.bottom;
  const { w } = inner(width, height, margin);

  let lo = Infinity;
  let hi = -Infinity;
  for (const b of full) {
    lo = Math.min(lo, b.stats.p10Fen!);
    hi = Math.max(hi, b.stats.p90Fen!);
  }
  for (const m of input.minimumWages) {
    lo = Math.min(lo, m.fen);
    hi = Math.max(hi, m.fen);
  }
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  if (hi <= lo) hi = lo + 100;
  const pad = (hi - lo) * 0.04;
  const x = scaleLinear()
    .domain([Math.max(0, lo - pad), hi + pad])
    .nice(tickCount(w, 80))
    .range([margin.left, margin.left + w]);

  const yb = scaleBand<number>()
    .domain(input.boxes.map((_, i) => i))
    .range([margin.top, margin.top + boxesH])
    .padding(0.3);

  const boxes: Box[] = [];
  const empty: string[] = [];
  input.boxes.forEach((b, i) => {
    const s = b.stats;
    if (s.n === 0 || s.p10Fen === null) {
      empty.push(b.name);
      return;
    }
    boxes.push({
      name: b.name,
      color: seriesColor(i),
      y: yb(i)!,
      h: yb.bandwidth(),
      p10: x(s.p10Fen),
      q1: x(s.p25Fen!),
      median: x(s.p50Fen!),
      q3: x(s.p75Fen!),
      p90: x(s.p90Fen!),
      mean: s.meanFen === null ? null : x(s.meanFen),
      stats: s,
    });
  });

  let ecdf: IncomeGeometry['ecdf'] = null;
  if (ecdfH > 0) {
    const top = margin.top + boxesH + gap;
    const bottom = top + ecdfH;
    const y = scaleLinear().domain([0, 1]).range([bottom, top]);
    const path = line<{ x: number; y: number }>()
      .x((d) => d.x)
      .y((d) => d.y);
    ecdf = {
      top,
      bottom,
      yTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, pos: y(v), label: `${Math.round(v * 100)}%` })),
      curves: input.boxes.flatMap((b, i) => {
        if (b.stats.n === 0 || b.stats.p10Fen === null) return [];
        const points = QUANTILES.map((q) => ({ p: q.p, fen: b.stats[q.key]!, x: x(b.stats[q.key]!), y: y(q.p) }));
        return [{ name: b.name, color: seriesColor(i), path: path(points) ?? '', points }];
      }),
    };
  }

  return {
    width,
    height,
    margin,
    xDomain: x.domain() as [number, number],
    xTicks: linearTicks(x, tickCount(w, 80), (v) => yuanAxis(Math.round(v), lang)),
    boxes,
    empty,
    rules: input.minimumWages.map((m) => ({ x: x(m.fen), label: m.label, fen: m.fen })),
    ecdf,
  };
}

/**
 * The minimum-wage rules to draw for the variants' cities over the simulated months: for agent-months,
 * each distinct monthly minimum in force during the run; for agent-years, the sum of the monthly
 * minimums of the first whole calendar year simulated (none if no year is whole). Unknown cities are
 * skipped.
 */
export function minimumWageLines(
  cities: readonly (string | { city: string; customCity?: CustomCity | undefined })[],
  startMonth: string,
  months: number,
  unit: 'month' | 'year',
  lang: Lang,
): MinimumWageLine[] {
  const out: MinimumWageLine[] = [];
  const seen = new Set<string>();
  const seenCity = new Set<string>();
  const monthList = Array.from({ length: months }, (_, i) => addMonths(startMonth, i));
  let yearMonths: string[] = [];
  if (unit === 'year') {
    const firstJan = monthList.findIndex((m) => splitMonth(m)[1] === 1);
    if (firstJan >= 0 && firstJan + 12 <= months) yearMonths = monthList.slice(firstJan, firstJan + 12);
  }
  for (const where of cities) {
    const id = typeof where === 'string' ? where : where.city;
    if (seenCity.has(id)) continue;
    seenCity.add(id);
    const city = cityOf(typeof where === 'string' ? { city: where } : where);
    if (!city) continue;
    const name = city.name[lang];
    const amounts: number[] = [];
    if (unit === 'month') {
      for (const m of monthList) {
        const fen = inForce(city.minimumWage, m)?.fen;
        if (fen !== undefined && !amounts.includes(fen)) amounts.push(fen);
      }
    } else if (yearMonths.length === 12) {
      amounts.push(yearMonths.reduce((s, m) => s + (inForce(city.minimumWage, m)?.fen ?? 0), 0));
    }
    for (const fen of amounts) {
      const key = `${id}:${fen}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ fen, label: t(lang, unit === 'month' ? 'chart.income.minimumWage' : 'chart.income.minimumWageYear', { city: name, amount: yuanWhole(fen) }) });
    }
  }
  return out;
}

/**
 * Table: one row per variant, n, p10 … p90 and mean; with `gini` (one per box, the pooled agent-year
 * Gini) a last column.
 */
export function incomeTable(boxes: IncomeInput['boxes'], lang: Lang, gini?: readonly (number | null)[]): ChartTable {
  const head = [t(lang, 'chart.col.variant'), t(lang, 'chart.col.n'), 'p10', 'p25', 'p50', 'p75', 'p90', t(lang, 'chart.col.mean')];
  return {
    head: gini ? [...head, t(lang, 'unc.col.gini')] : head,
    rows: boxes.map((b, i) => [
      textCell(b.name),
      countCell(b.stats.n),
      moneyCell(b.stats.p10Fen),
      moneyCell(b.stats.p25Fen),
      moneyCell(b.stats.p50Fen),
      moneyCell(b.stats.p75Fen),
      moneyCell(b.stats.p90Fen),
      moneyCell(b.stats.meanFen),
      ...(gini ? [ratioCell(gini[i] ?? null)] : []),
    ]),
  };
}

/** A Gini coefficient with three decimals (CSV: the plain number). */
const ratioCell = (x: number | null): TableCell => ({ text: x === null ? '—' : x.toFixed(3), csv: x === null ? '' : String(x), num: true });

export const RULE_COLOR = INK.legal;
