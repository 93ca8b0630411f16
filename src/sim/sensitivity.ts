/**
 * How sure: the comparison rerun with each behaviour assumption that matters most set low and high
 * (the table in sensitivityAssumptions.ts), each run on the scenario's own seed, so replication r
 * meets the same luck at every setting (common random numbers, replication.ts): what moves between
 * settings is the assumption, not the draw. For each assumption and each variant it reports the mean
 * difference from the baseline (contribution, people cost and employer cost) at
 * low / base / high, and whether the ranking of the lawful variants changes (domain.md §"The law that
 * a policy must respect": lawful = no agent-month below the minimum wage, no deduction over the cap or
 * taking pay below the minimum, no probation pay too low; the summary's `lawful` flag).
 *
 * The runner is injected, as in sweep.ts, so the same code runs in process in Node, on a pool of Node
 * worker_threads (the CLI) and on the page's Web Workers. A scenario is never mutated: every setting
 * runs on a deep copy (OpenFisca's reforms).
 *
 * Not from a seed: analysis on top of the runner.
 */
import type { Scenario } from './scenario';
import type { Summary, VariantSummary } from './summary';
import { SENSITIVITY_ASSUMPTIONS, type SensitivityAssumption, type SettingRule } from './sensitivityAssumptions';

/**
 * Runs a scenario to its summary. A cancelled run's summary is not `complete` and ends the
 * sensitivity run. `onProgress` (optional) hears the run's replications done.
 */
export type SensitivityRunner = (scenario: Scenario, signal?: AbortSignal, onProgress?: (done: number, total: number) => void) => Promise<Summary>;

/**
 * A headline figure compared across settings (summary.ts): contribution (gross margin on net sales −
 * people cost), people cost (employer cost + turnover cost) and employer cost (gross + employer
 * contributions), each over the simulated months.
 */
export type SensitivityMetric = 'contribution' | 'peopleCost' | 'cost';
/** Every metric, in the order preferred for ranking (the owner's bottom line first: domain.md §"What a policy really costs"). */
export const SENSITIVITY_METRICS: readonly SensitivityMetric[] = ['contribution', 'peopleCost', 'cost'];
/** True when more of the metric is better (contribution), false when less is (costs). */
export const HIGHER_IS_BETTER: Record<SensitivityMetric, boolean> = { contribution: true, peopleCost: false, cost: false };

/** Replications per setting by default: 11 runs of the default scenario fit the 10 s speed goal on two cores (docs/performance.md). */
export const DEFAULT_SENSITIVITY_REPLICATIONS = 40;

export type Setting = 'low' | 'base' | 'high';
export const SETTINGS: readonly Setting[] = ['low', 'base', 'high'];

/** A parameter value: a number, or a list (e.g. a ramp by tenure month). */
export type ParamValue = number | readonly number[];

/** Mean difference from the baseline at each setting, fen (0 for the baseline; null if not reported). */
export interface SettingTriple {
  low: number | null;
  base: number | null;
  high: number | null;
}

export interface SensitivityVariantResult {
  variant: string;
  baseline: boolean;
  /** Lawful at each setting (the ranking uses the lawful set at base). */
  lawful: Record<Setting, boolean>;
  /** The ranking metric's mean difference from the baseline, fen. */
  lowDifferenceFen: number | null;
  baseDifferenceFen: number | null;
  highDifferenceFen: number | null;
  /** Every metric's mean difference from the baseline, fen. */
  byMetric: Record<SensitivityMetric, SettingTriple>;
  /** The ranking metric's difference from the baseline has a different sign at low or high than at base. */
  signChanged: boolean;
}

/** Two lawful variants whose order at `setting` is the reverse of their order at base. */
export interface SensitivityFlip {
  setting: 'low' | 'high';
  /** Ranked above `below` at `setting`, below it at base. */
  above: string;
  below: string;
}

export interface SensitivityRow {
  id: string;
  /** Message keys of the assumption's name and of the reason for its range. */
  labelKey: string;
  reasonKey: string;
  path: readonly string[];
  low: ParamValue;
  base: ParamValue;
  high: ParamValue;
  variants: SensitivityVariantResult[];
  /** Lawful variants (at base) best first, at each setting (the baseline included when lawful). */
  ranking: Record<Setting, string[]>;
  rankingChanged: boolean;
  flips: SensitivityFlip[];
  /** Variants whose lawfulness at low or high differs from base. */
  lawfulChanged: string[];
}

export interface Sensitivity {
  scenario: string;
  seed: number;
  replications: number;
  months: number;
  baselineName: string;
  /** The figure the ranking is by, and every figure reported. */
  rankBy: SensitivityMetric;
  /** More of `rankBy` is better (contribution); false when less is (cost). */
  rankHigherIsBetter: boolean;
  metrics: SensitivityMetric[];
  /** Lawful variants (at base) best first. */
  baseRanking: string[];
  rows: SensitivityRow[];
  /** No assumption changes the ranking of the lawful variants. */
  robust: boolean;
  /** The first assumption (in table order) that changes the ranking, or null. */
  flipsBy: string | null;
  /** Every assumption that changes it. */
  flipping: string[];
  /** False when cancelled before every setting was run (rows then hold the assumptions finished). */
  complete: boolean;
  /** Runs made (settings equal to the scenario's own value reuse its run). */
  runs: number;
}

export interface SensitivityOptions {
  /** Replications per setting (default DEFAULT_SENSITIVITY_REPLICATIONS). */
  replications?: number;
  /** The assumptions (default SENSITIVITY_ASSUMPTIONS; rows whose path the scenario lacks are skipped). */
  assumptions?: readonly SensitivityAssumption[];
  /** Rank by this figure (default: the first of SENSITIVITY_METRICS). */
  rankBy?: SensitivityMetric;
  signal?: AbortSignal;
  /** Progress in replications over every run planned. */
  onProgress?: (done: number, total: number) => void;
}

// ── the scenario at one setting ──

function getAt(root: unknown, path: readonly string[]): unknown {
  let cur: unknown = root;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

const isParamValue = (v: unknown): v is ParamValue =>
  (typeof v === 'number' && Number.isFinite(v)) || (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x)));

/** The scenario's own value of an assumption, or null when the scenario has no such number. */
export function baseValue(scenario: Scenario, a: SensitivityAssumption): ParamValue | null {
  const v = getAt(scenario, a.path);
  return isParamValue(v) ? v : null;
}

/** The value a rule gives from the scenario's own value (`add` only moves a number). */
export function settingValue(rule: SettingRule, base: ParamValue): ParamValue {
  if ('set' in rule) return rule.set;
  if (typeof base !== 'number') return base;
  // rounded to 1e-9 so that 0.4 − 0.1 is 0.3, not 0.30000000000000004
  const v = Math.round((base + rule.add) * 1e9) / 1e9;
  return Math.min(rule.max, Math.max(rule.min, v));
}

/** A deep copy of the scenario with the assumption at `value` and `replications` replications. */
export function scenarioAt(scenario: Scenario, path: readonly string[], value: ParamValue | null, replications: number): Scenario {
  const copy = structuredClone(scenario);
  copy.settings = { ...copy.settings, replications };
  if (value !== null) {
    const parent = getAt(copy, path.slice(0, -1)) as Record<string, unknown>;
    parent[path[path.length - 1]!] = Array.isArray(value) ? [...value] : value;
  }
  return copy;
}

const sameValue = (a: ParamValue, b: ParamValue) => JSON.stringify(a) === JSON.stringify(b);

// ── reading a summary ──

/** Lawful in the policy's city over every replication of the run: the summary's own flag (summary.ts `lawful`). */
export const isLawful = (v: VariantSummary): boolean => v.lawful.lawful;

/** The variant's mean difference from the baseline in `metric`, fen (0 for the baseline itself). */
export function differenceOf(v: VariantSummary, metric: SensitivityMetric): number | null {
  if (v.baseline) return 0;
  switch (metric) {
    case 'cost':
      return v.vsBaseline?.costDifference.meanFen ?? null;
    case 'peopleCost':
      return v.vsBaseline?.peopleCostDifference.meanFen ?? null;
    case 'contribution':
      return v.vsBaseline?.contributionDifference.meanFen ?? null;
  }
}

/**
 * Lawful variants best first by `metric`; ties (e.g. identical rules files) keep the scenario's
 * order, so a tie never counts as a change of ranking.
 */
export function rankLawful(summary: Summary, lawful: ReadonlySet<string>, metric: SensitivityMetric): string[] {
  const sign = HIGHER_IS_BETTER[metric] ? -1 : 1;
  return summary.variants
    .map((v, i) => ({ name: v.name, i, d: differenceOf(v, metric) }))
    .filter((x) => lawful.has(x.name) && x.d !== null)
    .sort((a, b) => sign * (a.d! - b.d!) || a.i - b.i)
    .map((x) => x.name);
}

/** Pairs ordered one way at base and the other way in `other` (both lists of the same names). */
export function flipsBetween(base: readonly string[], other: readonly string[], setting: 'low' | 'high'): SensitivityFlip[] {
  const pos = new Map(other.map((n, i) => [n, i]));
  const out: SensitivityFlip[] = [];
  for (let i = 0; i < base.length; i++) {
    for (let j = i + 1; j < base.length; j++) {
      const a = base[i]!;
      const b = base[j]!;
      const pa = pos.get(a);
      const pb = pos.get(b);
      if (pa !== undefined && pb !== undefined && pa > pb) out.push({ setting, above: b, below: a });
    }
  }
  return out;
}

const signOf = (x: number | null) => (x === null ? 0 : Math.sign(x));

function rowOf(
  a: SensitivityAssumption,
  values: Record<Setting, ParamValue>,
  runs: Record<Setting, Summary>,
  lawfulBase: ReadonlySet<string>,
  rankBy: SensitivityMetric,
): SensitivityRow {
  const variants = runs.base.variants.map((bv): SensitivityVariantResult => {
    const at = (s: Setting) => runs[s].variants.find((x) => x.name === bv.name)!;
    const byMetric = Object.fromEntries(
      SENSITIVITY_METRICS.map((m) => [m, { low: differenceOf(at('low'), m), base: differenceOf(bv, m), high: differenceOf(at('high'), m) }]),
    ) as Record<SensitivityMetric, SettingTriple>;
    const r = byMetric[rankBy];
    return {
      variant: bv.name,
      baseline: bv.baseline,
      lawful: { low: isLawful(at('low')), base: isLawful(bv), high: isLawful(at('high')) },
      lowDifferenceFen: r.low,
      baseDifferenceFen: r.base,
      highDifferenceFen: r.high,
      byMetric,
      signChanged: !bv.baseline && (signOf(r.low) !== signOf(r.base) || signOf(r.high) !== signOf(r.base)),
    };
  });
  const ranking = {
    low: rankLawful(runs.low, lawfulBase, rankBy),
    base: rankLawful(runs.base, lawfulBase, rankBy),
    high: rankLawful(runs.high, lawfulBase, rankBy),
  };
  const flips = [...flipsBetween(ranking.base, ranking.low, 'low'), ...flipsBetween(ranking.base, ranking.high, 'high')];
  return {
    id: a.id,
    labelKey: `sens.assumption.${a.id}`,
    reasonKey: `sens.reason.${a.id}`,
    path: a.path,
    low: values.low,
    base: values.base,
    high: values.high,
    variants,
    ranking,
    rankingChanged: flips.length > 0,
    flips,
    lawfulChanged: variants.filter((v) => v.lawful.low !== v.lawful.base || v.lawful.high !== v.lawful.base).map((v) => v.variant),
  };
}

/**
 * Rerun the comparison with each assumption set low and high (same seed, `replications` each) and
 * report every variant's difference from the baseline at low / base / high and whether the ranking of
 * the lawful variants changes. The base run comes first; a setting equal to the scenario's own value
 * reuses it. Cancelling stops after the run in progress; the result then holds the finished rows.
 */
export async function runSensitivity(scenario: Scenario, run: SensitivityRunner, opts: SensitivityOptions = {}): Promise<Sensitivity> {
  const replications = opts.replications ?? DEFAULT_SENSITIVITY_REPLICATIONS;
  const rankBy = opts.rankBy ?? SENSITIVITY_METRICS[0]!;
  const plan = (opts.assumptions ?? SENSITIVITY_ASSUMPTIONS).flatMap((a) => {
    const base = baseValue(scenario, a);
    if (base === null) return [];
    const low = settingValue(a.low, base);
    const high = settingValue(a.high, base);
    return [{ a, values: { low, base, high } as Record<Setting, ParamValue> }];
  });
  const extra = plan.reduce((n, p) => n + (sameValue(p.values.low, p.values.base) ? 0 : 1) + (sameValue(p.values.high, p.values.base) ? 0 : 1), 0);
  const totalReps = (1 + extra) * replications;
  let doneReps = 0;
  let runs = 0;
  const baselineName = scenario.variants.find((v) => v.baseline)?.name ?? '';
  const result: Sensitivity = {
    scenario: scenario.name,
    seed: scenario.settings.seed,
    replications,
    months: scenario.settings.months,
    baselineName,
    rankBy,
    rankHigherIsBetter: HIGHER_IS_BETTER[rankBy],
    metrics: [...SENSITIVITY_METRICS],
    baseRanking: [],
    rows: [],
    robust: true,
    flipsBy: null,
    flipping: [],
    complete: false,
    runs: 0,
  };

  /** One run, or null when cancelled. */
  const runOne = async (s: Scenario): Promise<Summary | null> => {
    if (opts.signal?.aborted) return null;
    const before = doneReps;
    const summary = await run(s, opts.signal, (d) => opts.onProgress?.(before + d, totalReps));
    runs++;
    result.runs = runs;
    if (!summary.complete || opts.signal?.aborted) return null;
    doneReps = before + replications;
    opts.onProgress?.(doneReps, totalReps);
    return summary;
  };

  const base = await runOne(scenarioAt(scenario, [], null, replications));
  if (!base) return result;
  const lawfulBase = new Set(base.variants.filter(isLawful).map((v) => v.name));
  result.baseRanking = rankLawful(base, lawfulBase, rankBy);

  for (const { a, values } of plan) {
    const at: Partial<Record<Setting, Summary>> = { base };
    for (const s of ['low', 'high'] as const) {
      if (sameValue(values[s], values.base)) at[s] = base;
      else {
        const summary = await runOne(scenarioAt(scenario, a.path, values[s], replications));
        if (!summary) return result;
        at[s] = summary;
      }
    }
    const row = rowOf(a, values, at as Record<Setting, Summary>, lawfulBase, rankBy);
    result.rows.push(row);
    if (row.rankingChanged) {
      result.flipping.push(row.id);
      result.flipsBy ??= row.id;
      result.robust = false;
    }
  }
  result.complete = true;
  return result;
}
