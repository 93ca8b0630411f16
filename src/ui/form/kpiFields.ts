/**
 * The KPI part of the rules-file form (docs/rules-file.md §kpi): how each metric's bounds are typed
 * (rates and attainment in %, hours, seconds, yuan, counts), the values a part takes when the owner
 * turns it on (seed 004 (004_81d4706ebc33c59f.txt) basic standards, after-sales steps and conversion
 * brackets; the composite template, the target and the 850/800/750 rank bonus of the KPI-shop
 * preset), and new rows of its lists.
 */
import type { Json } from '../policyDraft';
import type { Metric } from '../../policy/types';
import type { ValueKind } from './fieldValue';

/** Metrics whose bounds are fractions, shown and typed in % (0.95 ⇄ 95). */
const FRACTION_METRICS: ReadonlySet<Metric> = new Set([
  'conversion',
  'replyRate',
  'satisfactionRate',
  'goodReviewRate',
  'returnRate',
  'attendance',
  'attainment',
]);

/** Metrics where a lower value is better (the default direction of a new gate or part on them). */
const LOWER_IS_BETTER: ReadonlySet<Metric> = new Set(['avgResponseSec', 'firstResponseSec', 'returnRate']);

/** How a bound on `metric` is typed: its value kind and the message key of its unit. */
export function metricInput(metric: unknown): { kind: ValueKind; unitKey: string } {
  const m = metric as Metric;
  if (FRACTION_METRICS.has(m)) return { kind: 'rate', unitKey: 'ui.unit.pct' };
  switch (m) {
    case 'onlineHours':
      return { kind: 'dec', unitKey: 'ui.kf.unit.hours' };
    case 'avgResponseSec':
    case 'firstResponseSec':
      return { kind: 'dec', unitKey: 'ui.kf.unit.seconds' };
    case 'netSales':
    case 'aov':
      return { kind: 'dec', unitKey: 'ui.unit.yuan' };
    default:
      return { kind: 'dec', unitKey: 'ui.kf.unit.count' };
  }
}

export function lowerIsBetter(metric: unknown): boolean {
  return LOWER_IS_BETTER.has(metric as Metric);
}

/** A typical bound of each metric for a new row (the presets' values, domain template). */
const TYPICAL_BOUND: Readonly<Record<Metric, string>> = {
  conversion: '0.4',
  replyRate: '0.95',
  avgResponseSec: '30',
  firstResponseSec: '15',
  satisfactionRate: '0.9',
  goodReviewRate: '0.97',
  returnRate: '0.4',
  onlineHours: '160',
  attendance: '1',
  netSales: '100000',
  aov: '150',
  attainment: '1',
  reviewsReversed: '5',
};

export function typicalBound(metric: unknown): string {
  return TYPICAL_BOUND[metric as Metric] ?? '0';
}

/** A new basic standard: reply rate at least 95 %, else commission and performance pay withheld (seed 004). */
export function newGate(): Json {
  return { metric: 'replyRate', direction: 'atLeast', threshold: '0.95', factor: '0', lines: ['commission', 'performancePay'] };
}

/** A gate re-aimed at another metric: its typical bound and direction. */
export function gateForMetric(gate: Record<string, unknown>, metric: string): Json {
  return { ...(gate as Record<string, Json>), metric, direction: lowerIsBetter(metric) ? 'atMost' : 'atLeast', threshold: typicalBound(metric) };
}

/** Linear scoring of a metric from a worse to a better typical value (the KPI-shop preset's ranges). */
const LINEAR: Readonly<Partial<Record<Metric, [string, string]>>> = {
  attainment: ['0.5', '1.2'],
  conversion: ['0.3', '0.6'],
  aov: ['100', '250'],
  replyRate: ['0.85', '1'],
  avgResponseSec: ['60', '15'],
  firstResponseSec: ['30', '5'],
  attendance: ['0.9', '1'],
  satisfactionRate: ['0.8', '1'],
  goodReviewRate: ['0.95', '1'],
  returnRate: ['0.5', '0.2'],
  onlineHours: ['120', '200'],
};

/** A composite part on `metric`, linear between typical worst and best values. */
export function partForMetric(metric: string, weight: string): Json {
  const [worst, best] = LINEAR[metric as Metric] ?? ['0', typicalBound(metric)];
  return { metric, weight, scoring: { type: 'linear', worst, best } };
}

/** Scoring of a part of `metric` by type: linear, or three steps. */
export function scoringOfType(type: string, metric: unknown): Json {
  const [worst, best] = LINEAR[metric as Metric] ?? ['0', typicalBound(metric)];
  if (type === 'linear') return { type: 'linear', worst, best };
  const lower = lowerIsBetter(metric);
  return { type: 'steps', better: lower ? 'lower' : 'higher', steps: [{ bound: best, points: '100' }, { bound: worst, points: '60' }] };
}

/** The next step of a table after the last: the same bound (to be edited) — the validator names a repeat. */
export function nextBoundRow(rows: readonly unknown[], valueKey: string, value: string): Json {
  const last = rows[rows.length - 1] as Record<string, Json> | undefined;
  return { bound: (last?.['bound'] as string | undefined) ?? '0', [valueKey]: (last?.[valueKey] as string | undefined) ?? value };
}

/** A new payout row above the last: attainment + 20 %, the same kind of pay. */
export function nextPayout(rows: readonly unknown[]): Json {
  const last = rows[rows.length - 1] as Record<string, string> | undefined;
  if (!last) return { from: '1', amount: '300.00' };
  const from = /^\d+(\.\d+)?$/.test(last['from'] ?? '') ? String(Math.round((Number(last['from']) + 0.2) * 1e6) / 1e6) : (last['from'] ?? '1');
  return last['rate'] !== undefined ? { from, rate: last['rate'] } : { from, amount: last['amount'] ?? '300.00' };
}

/** A new conversion bracket above the last: + 10 points of conversion, the same rate. */
export function nextConversionBracket(rows: readonly unknown[]): Json {
  const last = rows[rows.length - 1] as Record<string, string> | undefined;
  if (!last) return { from: '0', rate: '0.005' };
  const from = /^\d+(\.\d+)?$/.test(last['from'] ?? '') ? String(Math.round((Number(last['from']) + 0.1) * 1e6) / 1e6) : (last['from'] ?? '0');
  return { from, rate: last['rate'] ?? '0.005' };
}

const BY_LEVEL = (j: string, i: string, s: string, m: string) => ({ junior: j, intermediate: i, senior: s, manager: m });

/** Values a KPI part takes when turned on (policyDraft.ts SECTION_DEFAULTS). */
export const KPI_SECTION_DEFAULTS: Readonly<Record<string, Json>> = {
  // an empty KPI section: the owner adds basic standards or turns on a part
  kpi: { gates: [], afterSales: null, composite: null, target: null, rank: null },
  // seed 004 好评率越高,退货率越低,改评数越多 (amounts: the seed 004 preset's assumptions)
  'kpi.afterSales': {
    perReversed: '10.00',
    goodReview: [
      { bound: '0.97', amount: '100.00' },
      { bound: '0.99', amount: '200.00' },
    ],
    returnRate: [
      { bound: '0.4', amount: '100.00' },
      { bound: '0.3', amount: '200.00' },
    ],
  },
  'kpi.afterSales.perReversed': '10.00',
  // the composite template of the specification: sales vs target 30, conversion 20, AOV 20, reply rate 20, response time 5, attendance 5
  'kpi.composite': [
    partForMetric('attainment', '30'),
    partForMetric('conversion', '20'),
    partForMetric('aov', '20'),
    partForMetric('replyRate', '20'),
    partForMetric('avgResponseSec', '5'),
    partForMetric('attendance', '5'),
  ],
  // seed 002 每月业绩奖 (KPI-shop preset): 100 % pays 300, 120 % pays 1 % of net sales, capped at 2000
  'kpi.target': {
    byLevel: BY_LEVEL('100000.00', '120000.00', '140000.00', '160000.00'),
    payout: [
      { from: '1', amount: '300.00' },
      { from: '1.2', rate: '0.01' },
    ],
    cap: '2000.00',
  },
  'kpi.target.byLevel': BY_LEVEL('100000.00', '120000.00', '140000.00', '160000.00'),
  'kpi.target.cap': '2000.00',
  // a shop's 850/800/750 to the top three of a team by net sales
  'kpi.rank': { metric: 'netSales', better: 'higher', amounts: ['850.00', '800.00', '750.00'] },
};

/** Seed 004's conversion brackets (the seed 004 preset: 0.2 % below 30 % … 1 % from 60 %). */
export function conversionCommission(): Json {
  return {
    type: 'conversion',
    applyScore: false,
    brackets: [
      { from: '0', rate: '0.002' },
      { from: '0.3', rate: '0.003' },
      { from: '0.4', rate: '0.005' },
      { from: '0.5', rate: '0.007' },
      { from: '0.6', rate: '0.01' },
    ],
  };
}
