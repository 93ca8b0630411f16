/**
 * Validation of the KPI parts of a rules file (shared/domain.md 12; seed 004 conversion-stepped
 * commission, basic standards and after-sales incentives; seed 002 每月业绩奖 by target; the
 * composite KPI score and the rank bonus that shops use today). Called by validate.ts with its
 * reader so every problem is collected in the same pass, each with its JSON path.
 * docs/rules-file.md §"KPI pay".
 */
import { Decimal } from 'decimal.js';
import { childPath, indexPath } from './path';
import { MONEY, POINTS, RATE, SALES_RATE, type DecimalKind, type Presence } from './reader';
import { GATED_LINES, METRICS, type AfterSales, type AmountStep, type Bracket, type CompositePart, type CompositeScoring, type Gate, type Kpi, type Metric, type RankBonus, type TargetBonus } from './types';
import type { PolicyReader } from './validate';

/** A metric value (threshold, bound): at most 6 decimals, at most 1 000 000 000 in the metric's unit. */
export const METRIC_VALUE: DecimalKind = { decimals: 6, decimalsKey: 'policy.rateDecimals', max: '1000000000', maxKey: 'policy.tooLarge' };

/** Metrics that are fractions of 1 (a bound above 1 is a percentage written by mistake). */
export const FRACTION_METRICS: ReadonlySet<Metric> = new Set(['conversion', 'replyRate', 'satisfactionRate', 'goodReviewRate', 'returnRate', 'attendance']);

export const KPI_LIMITS = { gates: 20, parts: 20, steps: 100, ranks: 100 } as const;

const built = <T>(o: { [K in keyof T]: T[K] | undefined }): T => o as T;

/** A value of `metric`: a decimal of METRIC_VALUE, and ≤ 1 for a fraction metric. */
function metricValue(r: PolicyReader, path: string, v: unknown, metric: Metric | undefined): string | undefined {
  const d = r.decimal(path, v, METRIC_VALUE);
  if (d !== undefined && metric !== undefined && FRACTION_METRICS.has(metric) && new Decimal(d).gt(1)) {
    r.add(path, 'kpi.fractionAboveOne', { value: d, asRate: new Decimal(d).div(100).toFixed() });
    return undefined;
  }
  return d;
}

const metricOf = (r: PolicyReader, p: string, x: unknown) => r.oneOf(p, x, METRICS);

function list(r: PolicyReader, path: string, v: unknown, max: number, emptyKey: string | null): unknown[] | undefined {
  const l = r.array(path, v);
  if (!l) return undefined;
  if (l.length === 0 && emptyKey) return void r.add(path, emptyKey);
  if (l.length > max) return void r.add(path, 'policy.listTooLong', { max });
  return l;
}

/** Conversion brackets (seed 004): from a conversion fraction, first 0, strictly ascending; rate on sales. */
export function conversionBrackets(r: PolicyReader, path: string, v: unknown): Bracket[] | undefined {
  const l = list(r, path, v, 100, 'policy.bracketsEmpty');
  if (!l) return undefined;
  let previous: string | undefined;
  return l.map((b, i) => {
    const p = indexPath(path, i);
    const o = r.object(p, b, { from: 'required', rate: 'required' } satisfies Record<keyof Bracket, Presence>);
    if (!o) return built<Bracket>({ from: undefined, rate: undefined });
    const from = r.at(o, p, 'from', (q, x) => metricValue(r, q, x, 'conversion'));
    if (from !== undefined) {
      if (i === 0 && !new Decimal(from).isZero()) r.add(childPath(p, 'from'), 'policy.bracketFirst', { value: from });
      if (i > 0 && previous !== undefined && !new Decimal(from).gt(previous)) r.add(childPath(p, 'from'), 'policy.bracketOrder', { value: from, previous });
    }
    previous = from;
    return built<Bracket>({ from, rate: r.at(o, p, 'rate', r.salesRate) });
  });
}

function gate(r: PolicyReader, path: string, v: unknown): Gate | undefined {
  const o = r.object(path, v, { metric: 'required', direction: 'required', threshold: 'required', factor: 'required', lines: 'required' } satisfies Record<keyof Gate, Presence>);
  if (!o) return undefined;
  const metric = r.at(o, path, 'metric', (p, x) => metricOf(r, p, x));
  const direction = r.at(o, path, 'direction', (p, x) => r.oneOf(p, x, ['atLeast', 'atMost'] as const));
  const threshold = r.at(o, path, 'threshold', (p, x) => metricValue(r, p, x, metric));
  const factor = r.at(o, path, 'factor', (p, x) => r.decimal(p, x, RATE));
  const lines = r.at(o, path, 'lines', (p, x) => {
    const l = list(r, p, x, GATED_LINES.length, 'kpi.gateNoLines');
    if (!l) return undefined;
    const out = l.map((y, i) => r.oneOf(indexPath(p, i), y, GATED_LINES));
    if (new Set(out).size < out.length) r.add(p, 'kpi.gateLineTwice');
    return out as Gate['lines'];
  });
  return built<Gate>({ metric, direction, threshold, factor, lines });
}

function amountSteps(r: PolicyReader, path: string, v: unknown, metric: Metric): AmountStep[] | undefined {
  const l = list(r, path, v, KPI_LIMITS.steps, null);
  if (!l) return undefined;
  const seen = new Set<string>();
  return l.map((s, i) => {
    const p = indexPath(path, i);
    const o = r.object(p, s, { bound: 'required', amount: 'required' } satisfies Record<keyof AmountStep, Presence>);
    if (!o) return built<AmountStep>({ bound: undefined, amount: undefined });
    const bound = r.at(o, p, 'bound', (q, x) => metricValue(r, q, x, metric));
    if (bound !== undefined) {
      const k = new Decimal(bound).toFixed();
      if (seen.has(k)) r.add(childPath(p, 'bound'), 'kpi.boundTwice', { value: bound });
      seen.add(k);
    }
    return built<AmountStep>({ bound, amount: r.at(o, p, 'amount', r.money) });
  });
}

function afterSales(r: PolicyReader, path: string, v: unknown): AfterSales | undefined {
  const o = r.object(path, v, { perReversed: 'nullable', goodReview: 'required', returnRate: 'required' } satisfies Record<keyof AfterSales, Presence>);
  if (!o) return undefined;
  return built<AfterSales>({
    perReversed: r.at(o, path, 'perReversed', (p, x) => r.nullable(p, x, r.money)),
    goodReview: r.at(o, path, 'goodReview', (p, x) => amountSteps(r, p, x, 'goodReviewRate')),
    returnRate: r.at(o, path, 'returnRate', (p, x) => amountSteps(r, p, x, 'returnRate')),
  });
}

function scoring(r: PolicyReader, path: string, v: unknown, metric: Metric | undefined): CompositeScoring | undefined {
  const t = r.typed(path, v, ['linear', 'steps'] as const);
  if (!t) return undefined;
  if (t.type === 'linear') {
    const o = r.object(path, t.o, { type: 'required', worst: 'required', best: 'required' })!;
    const worst = r.at(o, path, 'worst', (p, x) => metricValue(r, p, x, metric));
    const best = r.at(o, path, 'best', (p, x) => metricValue(r, p, x, metric));
    if (worst !== undefined && best !== undefined && new Decimal(worst).eq(best)) r.add(childPath(path, 'best'), 'kpi.linearFlat', { value: best });
    return built<CompositeScoring & { type: 'linear' }>({ type: 'linear', worst, best });
  }
  const o = r.object(path, t.o, { type: 'required', better: 'required', steps: 'required' })!;
  const steps = r.at(o, path, 'steps', (p, x) => {
    const l = list(r, p, x, KPI_LIMITS.steps, 'policy.stepsEmpty');
    if (!l) return undefined;
    const seen = new Set<string>();
    return l.map((s, i) => {
      const q = indexPath(p, i);
      const so = r.object(q, s, { bound: 'required', points: 'required' });
      if (!so) return built<{ bound: string; points: string }>({ bound: undefined, points: undefined });
      const bound = r.at(so, q, 'bound', (y, z) => metricValue(r, y, z, metric));
      if (bound !== undefined) {
        const k = new Decimal(bound).toFixed();
        if (seen.has(k)) r.add(childPath(q, 'bound'), 'kpi.boundTwice', { value: bound });
        seen.add(k);
      }
      const points = r.at(so, q, 'points', (y, z) => {
        const d = r.decimal(y, z, POINTS);
        if (d !== undefined && new Decimal(d).gt(100)) return void r.add(y, 'kpi.pointsAbove100', { value: d });
        return d;
      });
      return built<{ bound: string; points: string }>({ bound, points });
    });
  });
  return built<CompositeScoring & { type: 'steps' }>({ type: 'steps', better: r.at(o, path, 'better', (p, x) => r.oneOf(p, x, ['higher', 'lower'] as const)), steps });
}

function composite(r: PolicyReader, path: string, v: unknown): CompositePart[] | undefined {
  const l = list(r, path, v, KPI_LIMITS.parts, 'kpi.compositeEmpty');
  if (!l) return undefined;
  const parts = l.map((x, i) => {
    const p = indexPath(path, i);
    const o = r.object(p, x, { metric: 'required', weight: 'required', scoring: 'required' } satisfies Record<keyof CompositePart, Presence>);
    if (!o) return built<CompositePart>({ metric: undefined, weight: undefined, scoring: undefined });
    const metric = r.at(o, p, 'metric', (q, y) => metricOf(r, q, y));
    return built<CompositePart>({ metric, weight: r.at(o, p, 'weight', r.points), scoring: r.at(o, p, 'scoring', (q, y) => scoring(r, q, y, metric)) });
  });
  if (parts.every((p) => p.weight !== undefined)) {
    const sum = parts.reduce((a, p) => a.plus(p.weight), new Decimal(0));
    if (!sum.eq(100)) r.add(path, 'kpi.weightsSum', { sum: sum.toFixed() });
  }
  return parts;
}

function target(r: PolicyReader, path: string, v: unknown): TargetBonus | undefined {
  const o = r.object(path, v, { byLevel: 'nullable', payout: 'required', cap: 'nullable' } satisfies Record<keyof TargetBonus, Presence>);
  if (!o) return undefined;
  const payout = r.at(o, path, 'payout', (p, x) => {
    const l = list(r, p, x, KPI_LIMITS.steps, 'kpi.payoutEmpty');
    if (!l) return undefined;
    let previous: string | undefined;
    return l.map((row, i) => {
      const q = indexPath(p, i);
      const ro = r.object(q, row, { from: 'required', amount: 'optional', rate: 'optional' });
      if (!ro) return built<TargetBonus['payout'][number]>({ from: undefined });
      const from = r.at(ro, q, 'from', (y, z) => r.decimal(y, z, METRIC_VALUE));
      if (from !== undefined && previous !== undefined && !new Decimal(from).gt(previous)) r.add(childPath(q, 'from'), 'kpi.payoutOrder', { value: from, previous });
      previous = from;
      const out: TargetBonus['payout'][number] = built<TargetBonus['payout'][number]>({ from });
      const hasAmount = r.has(ro, 'amount');
      const hasRate = r.has(ro, 'rate');
      if (hasAmount === hasRate) r.add(q, 'kpi.payoutOneOf');
      else if (hasAmount) out.amount = r.at(ro, q, 'amount', r.money);
      else out.rate = r.at(ro, q, 'rate', (y, z) => r.decimal(y, z, SALES_RATE));
      return out;
    });
  });
  return built<TargetBonus>({
    byLevel: r.at(o, path, 'byLevel', (p, x) => r.nullable(p, x, r.byLevel)),
    payout,
    cap: r.at(o, path, 'cap', (p, x) => r.nullable(p, x, r.money)),
  });
}

function rank(r: PolicyReader, path: string, v: unknown): RankBonus | undefined {
  const o = r.object(path, v, { metric: 'required', better: 'required', amounts: 'required' } satisfies Record<keyof RankBonus, Presence>);
  if (!o) return undefined;
  return built<RankBonus>({
    metric: r.at(o, path, 'metric', (p, x) => metricOf(r, p, x)),
    better: r.at(o, path, 'better', (p, x) => r.oneOf(p, x, ['higher', 'lower'] as const)),
    amounts: r.at(o, path, 'amounts', (p, x) => {
      const l = list(r, p, x, KPI_LIMITS.ranks, 'kpi.rankEmpty');
      return l && (l.map((y, i) => r.money(indexPath(p, i), y)) as string[]);
    }),
  });
}

/** The `kpi` section of a rules file. */
export function readKpi(r: PolicyReader, path: string, v: unknown): Kpi | undefined {
  const o = r.object(path, v, { gates: 'required', afterSales: 'nullable', composite: 'nullable', target: 'nullable', rank: 'nullable' } satisfies Record<keyof Kpi, Presence>);
  if (!o) return undefined;
  return built<Kpi>({
    gates: r.at(o, path, 'gates', (p, x) => {
      const l = list(r, p, x, KPI_LIMITS.gates, null);
      return l && (l.map((g, i) => gate(r, indexPath(p, i), g)) as Gate[]);
    }),
    afterSales: r.at(o, path, 'afterSales', (p, x) => r.nullable(p, x, (q, y) => afterSales(r, q, y))),
    composite: r.at(o, path, 'composite', (p, x) => r.nullable(p, x, (q, y) => composite(r, q, y))),
    target: r.at(o, path, 'target', (p, x) => r.nullable(p, x, (q, y) => target(r, q, y))),
    rank: r.at(o, path, 'rank', (p, x) => r.nullable(p, x, (q, y) => rank(r, q, y))),
  });
}
