/**
 * Geometry of "cost breakdown by component, stacked" (issue 6 §5; domain.md §"What owners want to
 * see": base, guarantee top-ups, commission, pool, bonuses, fines): one horizontal bar per variant,
 * the mean per replication of each group of pay lines stacked with d3's diverging offset — positive
 * groups rightwards from 0, negative ones (fines; a guarantee group whose recoveries exceed its
 * advances) leftwards — plus employer contributions. The bar's right end minus its left end is net
 * pay + contributions; employer cost (gross + contributions) is marked with a tick. Input: the
 * summary's `breakdownFen` (src/sim/summary.ts). Pure: no DOM.
 */
import { scaleBand, scaleLinear, stack, stackOffsetDiverging } from 'd3';
import { COMPONENTS, FINE_COMPONENTS, GUARANTEE_COMPONENTS, type Component } from '../../engine/payslip';
import { t, type Lang } from '../../i18n/format';
import type { VariantSummary } from '../../sim/summary';
import { inner, linearTicks, tickCount, type Margin, type Tick } from './axis';
import { yuanAxis } from './format';
import { OKABE_ITO, cssVar } from './palette';
import { moneyCell, textCell, type ChartTable } from './table';

export type Breakdown = VariantSummary['breakdownFen'];

export const BREAKDOWN_GROUPS = ['base', 'guarantee', 'commission', 'pool', 'bonuses', 'allowances', 'fines', 'contributions'] as const;
export type BreakdownGroup = (typeof BREAKDOWN_GROUPS)[number];

/** Which pay lines make up each group (contributions are the summary's employerContributions). */
export const GROUP_COMPONENTS: Readonly<Record<Exclude<BreakdownGroup, 'contributions'>, readonly Component[]>> = {
  base: ['base', 'probationPay'],
  guarantee: GUARANTEE_COMPONENTS,
  commission: ['commission'],
  pool: ['pool'],
  bonuses: ['performancePay', 'teamScoreBonus', 'fullAttendance', 'topPerformer', 'afterSalesBonus', 'targetBonus', 'rankBonus'],
  allowances: ['livingSubsidy', 'seniority'],
  fines: FINE_COMPONENTS,
};

const GROUP_COLOR: Readonly<Record<BreakdownGroup, string>> = {
  base: cssVar('pl-part-base', OKABE_ITO.blue),
  guarantee: cssVar('pl-part-guarantee', OKABE_ITO.skyBlue),
  commission: cssVar('pl-part-commission', OKABE_ITO.orange),
  pool: cssVar('pl-part-pool', OKABE_ITO.yellow),
  bonuses: cssVar('pl-part-bonuses', OKABE_ITO.bluishGreen),
  allowances: cssVar('pl-part-allowances', OKABE_ITO.reddishPurple),
  fines: cssVar('pl-part-fines', OKABE_ITO.vermillion),
  contributions: cssVar('pl-part-contributions', '#999999'),
};

export const groupColor = (g: BreakdownGroup): string => GROUP_COLOR[g];

/** Sum of each group's lines (fen; fines negative). Every component is in exactly one group. */
export function groupTotals(b: Breakdown): Record<BreakdownGroup, number> {
  const out = { contributions: b.employerContributions } as Record<BreakdownGroup, number>;
  for (const g of BREAKDOWN_GROUPS) {
    if (g === 'contributions') continue;
    out[g] = GROUP_COMPONENTS[g].reduce((s, c) => s + b[c], 0);
  }
  return out;
}

/** Components not assigned to a group (must be none; a test keeps it so as COMPONENTS grows). */
export function ungroupedComponents(): Component[] {
  const grouped = new Set<Component>(Object.values(GROUP_COMPONENTS).flat());
  return COMPONENTS.filter((c) => !grouped.has(c));
}

export interface Segment {
  group: BreakdownGroup;
  valueFen: number;
  /** Stacked extent in fen (v0 < v1 for a positive value, v1 < v0 for a negative one), and in px. */
  v0: number;
  v1: number;
  x0: number;
  x1: number;
  color: string;
}

export interface BreakdownGeometry {
  width: number;
  height: number;
  margin: Margin;
  xDomain: [number, number];
  xTicks: Tick[];
  zeroX: number;
  bars: {
    name: string;
    y: number;
    h: number;
    segments: Segment[];
    /** Gross + contributions (employer cost) and its x. */
    costFen: number;
    costX: number;
    /** Net pay + contributions = Σ segments. */
    stackFen: number;
  }[];
  legend: { group: BreakdownGroup; label: string; color: string }[];
}

export interface BreakdownInput {
  variants: readonly { name: string; breakdown: Breakdown }[];
  width: number;
  lang: Lang;
}

export const BREAKDOWN_MARGIN: Margin = { top: 8, right: 16, bottom: 28, left: 96 };
const BAR = 28;
const GAP = 14;

export function costBreakdownGeometry(input: BreakdownInput): BreakdownGeometry {
  const { variants, width, lang } = input;
  const margin = { ...BREAKDOWN_MARGIN, left: width < 480 ? 84 : BREAKDOWN_MARGIN.left };
  const height = margin.top + margin.bottom + Math.max(1, variants.length) * (BAR + GAP);
  const { w, h } = inner(width, height, margin);

  const data = variants.map((v) => groupTotals(v.breakdown));
  const series = stack<Record<BreakdownGroup, number>, BreakdownGroup>().keys(BREAKDOWN_GROUPS).offset(stackOffsetDiverging)(data);

  let lo = 0;
  let hi = 0;
  for (const s of series)
    for (const d of s) {
      lo = Math.min(lo, d[0], d[1]);
      hi = Math.max(hi, d[0], d[1]);
    }
  const costs = variants.map((v) => grossOf(v.breakdown) + v.breakdown.employerContributions);
  for (const c of costs) hi = Math.max(hi, c);
  // nice the right end only: fines are small, and a niced left end would take half the width
  const top = scaleLinear()
    .domain([0, hi > 0 ? hi : 1])
    .nice(tickCount(w, 90))
    .domain()[1]!;
  const x = scaleLinear()
    .domain([lo < 0 ? lo * 1.1 : 0, top])
    .range([margin.left, margin.left + w]);
  const yb = scaleBand<number>()
    .domain(variants.map((_, i) => i))
    .range([margin.top, margin.top + h])
    .paddingInner(GAP / (BAR + GAP))
    .paddingOuter(GAP / (BAR + GAP) / 2);

  const bars = variants.map((v, i) => {
    const segments: Segment[] = [];
    for (const s of series) {
      const d = s[i]!;
      const value = data[i]![s.key];
      if (value === 0) continue;
      // the diverging offset puts a negative value's extent as [lower, upper]; keep the sign in v0 → v1
      const [a, b] = value > 0 ? [d[0], d[1]] : [d[1], d[0]];
      segments.push({ group: s.key, valueFen: value, v0: a, v1: b, x0: x(Math.min(a, b)), x1: x(Math.max(a, b)), color: GROUP_COLOR[s.key] });
    }
    const stackFen = segments.reduce((sum, sg) => sum + sg.valueFen, 0);
    return { name: v.name, y: yb(i)!, h: yb.bandwidth(), segments, costFen: costs[i]!, costX: x(costs[i]!), stackFen };
  });

  return {
    width,
    height,
    margin,
    xDomain: x.domain() as [number, number],
    xTicks: linearTicks(x, tickCount(w, 90), (v) => yuanAxis(Math.round(v), lang)),
    zeroX: x(0),
    bars,
    legend: BREAKDOWN_GROUPS.map((g) => ({ group: g, label: t(lang, `chart.breakdown.${g}`), color: GROUP_COLOR[g] })),
  };
}

/** Gross pay of a breakdown: every line that is not a fine. */
export function grossOf(b: Breakdown): number {
  const fines = new Set<Component>(FINE_COMPONENTS);
  return COMPONENTS.filter((c) => !fines.has(c)).reduce((s, c) => s + b[c], 0);
}

/** Table: one row per variant, a column per group, then gross, net and employer cost. */
export function costBreakdownTable(variants: BreakdownInput['variants'], lang: Lang): ChartTable {
  return {
    head: [
      t(lang, 'chart.col.variant'),
      ...BREAKDOWN_GROUPS.map((g) => t(lang, `chart.breakdown.${g}`)),
      t(lang, 'total.gross'),
      t(lang, 'total.net'),
      t(lang, 'total.employerCost'),
    ],
    rows: variants.map((v) => {
      const g = groupTotals(v.breakdown);
      const gross = grossOf(v.breakdown);
      return [
        textCell(v.name),
        ...BREAKDOWN_GROUPS.map((k) => moneyCell(g[k])),
        moneyCell(gross),
        moneyCell(gross + g.fines),
        moneyCell(gross + v.breakdown.employerContributions),
      ];
    }),
  };
}
