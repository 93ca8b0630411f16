/**
 * Sweep and solve: vary one parameter of one variant's rules file and watch cost and
 * income move (`sweep`), or find the value at which the variant's expected employer cost equals the
 * baseline's (`matchBaselineCost`, bisection over paired runs). Each evaluation is a whole run of the
 * scenario with that variant's parameter set to the value, on a deep copy (OpenFisca's reforms: the
 * scenario is never mutated). The runner is injected — `run(scenario) => Promise<Summary>` — so the
 * same code runs over the in-process runner in Node and over the worker pool in the browser.
 *
 * Paired runs: every run keeps the scenario's seed, so replication r meets the same luck whatever the
 * value (common random numbers, replication.ts); the paired difference of total employer cost and its
 * 95 % CI come from the summary (summary.ts `vsBaseline.costDifference`). Only the baseline and the
 * swept variant are run: a variant's results do not depend on the other variants of the scenario.
 *
 * Not from a seed: analysis on top of the runner.
 */
import { Decimal } from 'decimal.js';
import { InputError, problem } from '../i18n/problem';
import { validatePolicy } from '../policy/validate';
import type { PolicyDoc } from '../policy/types';
import type { Scenario } from './scenario';
import type { PairedDifference, Summary, VariantSummary } from './summary';

/**
 * Runs a scenario to its summary (in-process runner in Node, worker pool in the browser). The signal,
 * when given, cancels the run; a cancelled run's summary is not `complete` and ends the sweep.
 */
export type RunScenario = (scenario: Scenario, signal?: AbortSignal) => Promise<Summary>;

/** One segment of a parameter path: an object key or an array index. */
export type PathSegment = string | number;

/** A parameter that can be swept: its path in the rules file and its current value. */
export interface SweepableParam {
  path: string;
  value: string | number;
  /** Decimal strings (money, rates, points) or integer counts. */
  kind: 'decimal' | 'count';
}

export interface SweepPoint {
  /** The parameter's value, as written into the rules file. */
  value: string;
  /** Employer cost over the simulated months, per replication: mean and p5/p50/p95, fen. */
  costMeanFen: number | null;
  costP5Fen: number | null;
  costP50Fen: number | null;
  costP95Fen: number | null;
  /** Agent-month net income (all agents): p10 and p50, fen. */
  incomeP10Fen: number | null;
  incomeP50Fen: number | null;
  /** Paired difference of total employer cost against the baseline (null when the swept variant is the baseline). */
  difference: PairedDifference | null;
}

export interface SweepResult {
  variant: string;
  path: string;
  replications: number;
  points: SweepPoint[];
  /** False when cancelled before every value was run. */
  complete: boolean;
}

export interface SweepOptions {
  signal?: AbortSignal;
  /** Told after each value is done. */
  onProgress?: (done: number, total: number, point: SweepPoint) => void;
}

/** One evaluation of the bisection: the value and the paired cost difference there. */
export interface MatchEvaluation {
  value: string;
  meanFen: number;
  ciLowFen: number | null;
  ciHighFen: number | null;
}

export interface MatchResult {
  /**
   * found: the difference changes sign within [lo, hi] (or is exactly 0 at an evaluated value);
   * notBracketed: it has the same sign at both ends (no value in the range matches);
   * cancelled / limit: stopped (signal, or `maxRuns` reached) before convergence; the fields hold
   * what was known.
   */
  status: 'found' | 'notBracketed' | 'cancelled' | 'limit';
  /** The evaluated value whose mean paired difference is nearest 0, within the final bracket. */
  value: string | null;
  /** The mean paired difference at `value`, fen. */
  differenceFen: number | null;
  /** Adjacent evaluated values between which the mean difference changes sign (or [value, value]). */
  bracket: [string, string] | null;
  /**
   * The range of values at which the 95 % CI of the paired difference contains 0 (its ends found by
   * bisection on the CI's bounds, to the same resolution). An end is null when the CI still contains
   * 0 at that end of [lo, hi] (`lowBeyondRange`/`highBeyondRange`), or when there are fewer than two
   * replications (no CI).
   */
  low: string | null;
  high: string | null;
  lowBeyondRange: boolean;
  highBeyondRange: boolean;
  /** The resolution values were rounded to (the smallest step the rules file can hold, or the caller's). */
  resolution: string;
  /** Every evaluation, sorted by value. */
  evaluations: MatchEvaluation[];
  runs: number;
}

export interface MatchOptions {
  signal?: AbortSignal;
  /**
   * Stop when the bracket is at most this wide (a decimal string). Default: the largest power of ten
   * not above (hi − lo) / 2000, but never finer than the field's resolution — 0.00001 for a rate
   * searched over 0.005–0.08: three bisections of about 13 runs each instead of 17.
   */
  resolution?: string;
  /** Most runs in all (default 48). */
  maxRuns?: number;
  onProgress?: (runs: number, evaluation: MatchEvaluation) => void;
}

// ── parameter paths ──

const SEGMENT = /^(?:\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** "$.commission.brackets[1].rate" → ["commission", "brackets", 1, "rate"]; null when malformed. */
export function parsePath(path: string): PathSegment[] | null {
  if (!path.startsWith('$')) return null;
  const out: PathSegment[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const m = SEGMENT.exec(rest);
    if (!m) return null;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]!) as string);
    rest = rest.slice(m[0].length);
  }
  return out.length > 0 ? out : null;
}

function getAt(root: unknown, segs: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const s of segs) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (typeof s === 'number' ? !Array.isArray(cur) : Array.isArray(cur)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, s)) return undefined;
    cur = (cur as Record<PathSegment, unknown>)[s];
  }
  return cur;
}

function setAt(root: unknown, segs: readonly PathSegment[], value: unknown): void {
  const parent = getAt(root, segs.slice(0, -1)) as Record<PathSegment, unknown>;
  parent[segs[segs.length - 1]!] = value;
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** Every numeric leaf of a rules file that can be swept (decimal strings and integer counts), in document order. */
export function sweepableParams(policy: PolicyDoc): SweepableParam[] {
  const out: SweepableParam[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string' && DECIMAL.test(v)) out.push({ path, value: v, kind: 'decimal' });
    else if (typeof v === 'number' && Number.isInteger(v)) out.push({ path, value: v, kind: 'count' });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (k !== 'examples') walk(x, /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`);
    }
  };
  walk(policy, '$');
  return out;
}

/** The parameter at `path` of variant `variantIndex`, checked: its segments and kind. */
function target(scenario: Scenario, variantIndex: number, path: string): { segs: PathSegment[]; kind: 'decimal' | 'count' } {
  const variant = scenario.variants[variantIndex];
  if (!variant) throw new InputError([problem(`$.variants[${variantIndex}]`, 'chart.sweep.noVariant', { index: variantIndex })]);
  const segs = parsePath(path);
  const current = segs ? getAt(variant.policy, segs) : undefined;
  if (!segs || current === undefined) throw new InputError([problem(path, 'chart.sweep.noParameter', { variant: variant.name })]);
  if (typeof current === 'string' && DECIMAL.test(current)) return { segs, kind: 'decimal' };
  if (typeof current === 'number' && Number.isInteger(current)) return { segs, kind: 'count' };
  throw new InputError([problem(path, 'chart.sweep.notNumeric', { variant: variant.name })]);
}

/**
 * The scenario with variant `variantIndex`'s parameter at `segs` set to `value` (a deep copy), cut
 * down to the baseline and that variant, with `replications` replications. Throws an InputError
 * naming the value when the changed rules file is invalid.
 */
export function scenarioWith(
  scenario: Scenario,
  variantIndex: number,
  path: string,
  value: string,
  replications: number,
): Scenario {
  const { segs, kind } = target(scenario, variantIndex, path);
  const copy = structuredClone(scenario);
  const policy = copy.variants[variantIndex]!.policy;
  if (kind === 'count') {
    if (!/^\d+$/.test(value)) throw new InputError([problem(path, 'chart.sweep.badValue', { value })]);
    setAt(policy, segs, Number(value));
  } else {
    if (!DECIMAL.test(value)) throw new InputError([problem(path, 'chart.sweep.badValue', { value })]);
    setAt(policy, segs, value);
  }
  const checked = validatePolicy(policy);
  if (!checked.ok) {
    throw new InputError(checked.problems.map((p) => ({ ...p, params: { ...p.params, value } })));
  }
  const keep = copy.variants.filter((v, i) => v.baseline || i === variantIndex);
  copy.variants = keep;
  copy.settings = { ...copy.settings, replications };
  return copy;
}

/** The swept variant's summary in a run of `scenarioWith` (the baseline, if swept, is the only variant). */
function sweptOf(summary: Summary, scenario: Scenario, variantIndex: number): VariantSummary {
  const name = scenario.variants[variantIndex]!.name;
  const v = summary.variants.find((x) => x.name === name);
  if (!v) throw new Error(`sweep: variant ${name} missing from the run's summary`);
  return v;
}

function pointOf(value: string, v: VariantSummary): SweepPoint {
  return {
    value,
    costMeanFen: v.cost.meanFen,
    costP5Fen: v.cost.p5Fen,
    costP50Fen: v.cost.p50Fen,
    costP95Fen: v.cost.p95Fen,
    incomeP10Fen: v.income.agentMonth.all.p10Fen,
    incomeP50Fen: v.income.agentMonth.all.p50Fen,
    difference: v.vsBaseline?.costDifference ?? null,
  };
}

/**
 * Run the scenario once per value with variant `variantIndex`'s parameter at `path` set to it, and
 * return cost p5/p50/p95 and income p10/p50 per value (in the order given). Every value is checked
 * before the first run.
 */
export async function sweep(
  scenario: Scenario,
  variantIndex: number,
  path: string,
  values: readonly string[],
  replications: number,
  run: RunScenario,
  opts: SweepOptions = {},
): Promise<SweepResult> {
  const scenarios = values.map((value) => scenarioWith(scenario, variantIndex, path, value, replications));
  const result: SweepResult = { variant: scenario.variants[variantIndex]!.name, path, replications, points: [], complete: false };
  for (let i = 0; i < values.length; i++) {
    if (opts.signal?.aborted) return result;
    const summary = await run(scenarios[i]!, opts.signal);
    if (!summary.complete) return result;
    const point = pointOf(values[i]!, sweptOf(summary, scenario, variantIndex));
    result.points.push(point);
    opts.onProgress?.(i + 1, values.length, point);
  }
  result.complete = true;
  return result;
}

/** Evenly spaced values from `from` to `to` (inclusive), `count` ≥ 2 of them, rounded to `decimals`. */
export function evenValues(from: string, to: string, count: number, decimals: number): string[] {
  const a = new Decimal(from);
  const b = new Decimal(to);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const v = count === 1 ? a : a.plus(b.minus(a).times(i).dividedBy(count - 1));
    const s = v.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
    if (out[out.length - 1] !== s) out.push(s);
  }
  return out;
}

/**
 * The smallest step the rules file can hold at this parameter: 1 for a count; otherwise the finest of
 * 0.000001 (rates), 0.01 (money, points) and 1 that the validator accepts there.
 */
export function resolutionOf(scenario: Scenario, variantIndex: number, path: string): string {
  const { segs, kind } = target(scenario, variantIndex, path);
  if (kind === 'count') return '1';
  const current = new Decimal(getAt(scenario.variants[variantIndex]!.policy, segs) as string);
  for (const step of ['0.000001', '0.01']) {
    const policy = structuredClone(scenario.variants[variantIndex]!.policy);
    setAt(policy, segs, current.plus(step).toFixed(new Decimal(step).decimalPlaces()));
    const checked = validatePolicy(policy);
    const decimalsProblem = !checked.ok && checked.problems.some((p) => p.path === path && /Decimals$/.test(p.key));
    if (!decimalsProblem) return step;
  }
  return '1';
}

/** The default bisection resolution: 10^⌊log10((hi − lo) / 2000)⌋, at least the field's own. */
export function defaultResolution(field: string, lo: string, hi: string): string {
  const span = new Decimal(hi).minus(lo).abs().dividedBy(2000);
  if (span.lte(field)) return field;
  const p = new Decimal(10).pow(Math.floor(Decimal.log10(span).toNumber()));
  return Decimal.max(p, field).toFixed();
}

/**
 * Find the value of the parameter at `path` in [lo, hi] at which variant `variantIndex`'s mean total
 * employer cost equals the baseline's, by bisection over paired runs (same seed, `replications`
 * replications each), and the range of values at which the 95 % CI of the paired difference contains
 * 0. Values are rounded to the parameter's resolution. The difference need not be increasing; it must
 * change sign between lo and hi.
 */
export async function matchBaselineCost(
  scenario: Scenario,
  variantIndex: number,
  path: string,
  lo: string,
  hi: string,
  replications: number,
  run: RunScenario,
  opts: MatchOptions = {},
): Promise<MatchResult> {
  if (scenario.variants[variantIndex]?.baseline) {
    throw new InputError([problem(`$.variants[${variantIndex}]`, 'chart.sweep.isBaseline')]);
  }
  const resolution = new Decimal(opts.resolution ?? defaultResolution(resolutionOf(scenario, variantIndex, path), lo, hi));
  const decimals = Math.max(0, resolution.decimalPlaces());
  const maxRuns = opts.maxRuns ?? 48;
  const snap = (d: Decimal) => d.dividedBy(resolution).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(resolution);
  let a = snap(new Decimal(lo));
  let b = snap(new Decimal(hi));
  if (a.gt(b)) [a, b] = [b, a];
  // every value is checked once before the first run
  scenarioWith(scenario, variantIndex, path, a.toFixed(decimals), replications);
  scenarioWith(scenario, variantIndex, path, b.toFixed(decimals), replications);

  const cache = new Map<string, MatchEvaluation>();
  let runs = 0;
  let stop: 'cancelled' | 'limit' | null = null;
  const evaluate = async (d: Decimal): Promise<MatchEvaluation | null> => {
    const value = d.toFixed(decimals);
    const hit = cache.get(value);
    if (hit) return hit;
    if (opts.signal?.aborted) stop = 'cancelled';
    else if (runs >= maxRuns) stop = 'limit';
    if (stop) return null;
    runs++;
    const summary = await run(scenarioWith(scenario, variantIndex, path, value, replications), opts.signal);
    if (!summary.complete || opts.signal?.aborted) {
      stop = 'cancelled';
      return null;
    }
    const diff = sweptOf(summary, scenario, variantIndex).vsBaseline!.costDifference;
    const e: MatchEvaluation = { value, meanFen: diff.meanFen ?? 0, ciLowFen: diff.ciLowFen, ciHighFen: diff.ciHighFen };
    cache.set(value, e);
    opts.onProgress?.(runs, e);
    return e;
  };

  /**
   * Bisect on the sign of `f` between evaluated ends x0 < x1 whose signs differ (f(x0) may be 0):
   * narrows to adjacent values (one resolution apart) where the sign changes. Returns the last
   * bracket, and whether it was reached before a stop.
   */
  const bisect = async (x0: Decimal, x1: Decimal, f: (e: MatchEvaluation) => number): Promise<{ range: [Decimal, Decimal]; done: boolean }> => {
    const s0 = Math.sign(f(cache.get(x0.toFixed(decimals))!));
    const same = (e: MatchEvaluation) => s0 !== 0 && Math.sign(f(e)) === s0;
    // start from the evaluations already made (the other bisections' points)
    for (const e of [...cache.values()].sort((p, q) => new Decimal(p.value).cmp(q.value))) {
      const x = new Decimal(e.value);
      if (!x.gt(x0) || !x.lt(x1)) continue;
      if (same(e)) x0 = x;
      else {
        x1 = x;
        break;
      }
    }
    while (x1.minus(x0).gt(resolution)) {
      const mid = snap(x0.plus(x1).dividedBy(2));
      const m = mid.lte(x0) ? x0.plus(resolution) : mid.gte(x1) ? x1.minus(resolution) : mid;
      const e = await evaluate(m);
      if (!e) return { range: [x0, x1], done: false };
      if (same(e)) x0 = m;
      else x1 = m;
    }
    return { range: [x0, x1], done: true };
  };

  const result = (status: MatchResult['status'], partial: Partial<MatchResult> = {}): MatchResult => ({
    status,
    value: null,
    differenceFen: null,
    bracket: null,
    low: null,
    high: null,
    lowBeyondRange: false,
    highBeyondRange: false,
    resolution: resolution.toFixed(decimals),
    evaluations: [...cache.values()].sort((p, q) => new Decimal(p.value).cmp(q.value)),
    runs,
    ...partial,
  });

  const ea = await evaluate(a);
  const eb = ea && (await evaluate(b));
  if (!ea || !eb) return result(stop ?? 'cancelled');
  if (ea.meanFen === 0 && eb.meanFen === 0) {
    // flat at 0 across the range (e.g. the parameter does not matter): every value matches
    return result('found', { value: ea.value, differenceFen: 0, bracket: [ea.value, eb.value], lowBeyondRange: true, highBeyondRange: true });
  }
  if (Math.sign(ea.meanFen) * Math.sign(eb.meanFen) > 0) return result('notBracketed');
  const increasing = eb.meanFen > ea.meanFen;

  // the mean: its sign changes between the ends
  const br = await bisect(a, b, (e) => e.meanFen);
  const p0 = cache.get(br.range[0].toFixed(decimals))!;
  const p1 = cache.get(br.range[1].toFixed(decimals))!;
  const best = Math.abs(p1.meanFen) < Math.abs(p0.meanFen) ? p1 : p0;
  const found: Partial<MatchResult> = { value: best.value, differenceFen: best.meanFen, bracket: [p0.value, p1.value] };
  if (!br.done) return result(stop ?? 'cancelled', found);

  // the CI: for an increasing difference, low = where ciHigh turns ≥ 0, high = where ciLow turns > 0
  if (ea.ciLowFen === null || eb.ciLowFen === null) return result('found', found);
  const ends: { f: (e: MatchEvaluation) => number; at: 'low' | 'high' }[] = increasing
    ? [
        { f: (e) => (e.ciHighFen! >= 0 ? 1 : -1), at: 'low' },
        { f: (e) => (e.ciLowFen! > 0 ? 1 : -1), at: 'high' },
      ]
    : [
        { f: (e) => (e.ciLowFen! <= 0 ? 1 : -1), at: 'low' },
        { f: (e) => (e.ciHighFen! < 0 ? 1 : -1), at: 'high' },
      ];
  for (const { f, at } of ends) {
    if (f(ea) === f(eb)) {
      // the CI contains 0 already at the low end of the range, or still at its high end
      if (at === 'low') found.lowBeyondRange = true;
      else found.highBeyondRange = true;
      continue;
    }
    const r = await bisect(a, b, f);
    if (!r.done) return result(stop ?? 'cancelled', found);
    // low: the first value inside the CI range; high: the last one inside
    if (at === 'low') found.low = r.range[1].toFixed(decimals);
    else found.high = r.range[0].toFixed(decimals);
  }
  return result('found', found);
}
