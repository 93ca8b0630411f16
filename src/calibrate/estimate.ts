/**
 * One estimated parameter of the shop's behaviour and the interval arithmetic every estimate family
 * shares (docs/real-data.md §"What is estimated and how"). An estimate carries the value, a 95 %
 * confidence interval, the agent-months that support it and the default it replaces; the owner
 * accepts or overrides it. Pure functions of numbers: no randomness, no clock.
 */
import { tQuantile975 } from '../sim/tQuantile';

/** Where an estimate goes in a scenario: a `shop`, `shop.category` or `behaviour` field, or nowhere (shown only). */
export type EstimateTarget =
  | { kind: 'shop'; field: 'agents' | 'teams' | 'buyersPerDay' | 'casesPerDay' }
  | { kind: 'seasonality'; month: number }
  | { kind: 'category'; field: 'meanOrderValue' | 'returnRate' | 'badReviewRate' }
  | { kind: 'behaviour'; field: BehaviourField }
  | { kind: 'info' };

export type BehaviourField =
  | 'conversion'
  | 'skillSpread'
  | 'monthNoise'
  | 'paymentRate'
  | 'leaveDays'
  | 'absences'
  | 'latesShort'
  | 'latesLong'
  | 'slowReplies'
  | 'unanswered30m'
  | 'unanswered2h'
  | 'idleHangs'
  | 'quitEarly'
  | 'quitSettled';

export interface Estimate {
  /** Stable id, also the message key suffix of its label (`calibrate.param.<id>`). */
  id: string;
  target: EstimateTarget;
  /** The point estimate, in the unit of the target field (yuan for money, a share for rates). */
  value: number;
  /** 95 % confidence interval. */
  low: number;
  high: number;
  /** The model's value the estimate replaces (the scenario's current value). */
  fallback: number;
  /** Agent-months that carry information about it. */
  support: number;
  /** How the interval was made (message key suffix `calibrate.method.<method>`). */
  method: IntervalMethod;
}

export type IntervalMethod = 'exact' | 'clusterRatio' | 'agentMeans' | 'chiSquare' | 'wilson' | 'monthMeans' | 'derived';

/** Two-sided 95 % normal quantile. */
export const Z975 = 1.959963984540054;

/**
 * Quantile of the chi-square distribution with `df` degrees of freedom at the lower (p = 0.025) or
 * upper (0.975) tail, by the Wilson–Hilferty cube-root approximation (Wilson & Hilferty 1931;
 * within 1 % of the exact quantile for df ≥ 3).
 */
export function chiSquareQuantile(df: number, upper: boolean): number {
  const z = upper ? Z975 : -Z975;
  const a = 2 / (9 * df);
  const c = 1 - a + z * Math.sqrt(a);
  return df * Math.max(0, c) ** 3;
}

/**
 * A ratio Σy / Σx over agent-months with its interval by clusters (agents): the delete-one-agent
 * jackknife of ln(ratio), (G − 1)/G Σ_c (ln r₋c − mean)², G agents, a t quantile with G − 1 degrees of
 * freedom (the jackknife is the conservative small-sample form of the cluster-robust variance;
 * Efron & Stein 1981, MacKinnon & White 1985 "HC3"). An agent's months share the agent's persistent
 * traits, so months are not independent; agents are. The interval is on the log scale: a rate is
 * positive and a rare count's interval is skewed.
 */
export function clusterRatio(clusters: ReadonlyMap<string, { y: number; x: number; n: number }>): { value: number; low: number; high: number; support: number } | null {
  let Y = 0;
  let X = 0;
  let n = 0;
  for (const c of clusters.values()) {
    Y += c.y;
    X += c.x;
    n += c.n;
  }
  const G = clusters.size;
  if (X <= 0 || G < 2) return null;
  const r = Y / X;
  if (r <= 0) {
    // No event at all: the upper bound of a Poisson count of 0 (3.69 events at 97.5 %) over the exposure.
    return { value: 0, low: 0, high: 3.6889 / X, support: n };
  }
  const logs: number[] = [];
  for (const c of clusters.values()) {
    const y = Y - c.y;
    const x = X - c.x;
    // Without this agent no event is left: the log is unbounded; count it at half an event.
    if (x > 0) logs.push(Math.log(Math.max(y, 0.5) / x));
  }
  let m = 0;
  for (const l of logs) m += l;
  m /= logs.length;
  let ss = 0;
  for (const l of logs) ss += (l - m) ** 2;
  const se = Math.sqrt(((G - 1) / G) * ss);
  const t = tQuantile975(G - 1);
  return { value: r, low: r * Math.exp(-t * se), high: r * Math.exp(t * se), support: n };
}

/** Wilson score interval of a binomial proportion k / n (Wilson 1927). */
export function wilson(k: number, n: number): { value: number; low: number; high: number } {
  if (n <= 0) return { value: 0, low: 0, high: 1 };
  const p = k / n;
  const z = Z975;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Mean of values and its t interval (df = n − 1); null below 2 values. */
export function meanInterval(xs: readonly number[]): { value: number; low: number; high: number; sd: number } | null {
  const n = xs.length;
  if (n < 2) return null;
  let s = 0;
  for (const x of xs) s += x;
  const m = s / n;
  let ss = 0;
  for (const x of xs) ss += (x - m) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  const h = (tQuantile975(n - 1) * sd) / Math.sqrt(n);
  return { value: m, low: m - h, high: m + h, sd };
}

/** Add to a cluster accumulator. */
export function addTo(map: Map<string, { y: number; x: number; n: number }>, key: string, y: number, x: number): void {
  const c = map.get(key);
  if (c) {
    c.y += y;
    c.x += x;
    c.n += 1;
  } else map.set(key, { y, x, n: 1 });
}
