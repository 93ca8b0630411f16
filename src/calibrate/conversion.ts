/**
 * Conversion by agent and its persistence (docs/real-data.md §"What is estimated and how";
 * the model is docs/behaviour.md §"The month of one agent": orders ~ binomial(inquiries,
 * logistic(logit conversion + skill + month noise)), skill ~ N(0, skillSpread) fixed per agent,
 * month noise ~ N(0, monthNoise) per agent-month).
 *
 * Each agent-month past the new hire's ramp (behaviour.ramp) with at least MIN_INQUIRIES inquiries
 * gives an empirical logit l = ln((orders + ½) / (inquiries − orders + ½)) with binomial variance
 * v ≈ 1/(orders + ½) + 1/(inquiries − orders + ½). Then, a one-way random-effects analysis:
 * - conversion: logistic of the mean over agents of each agent's mean logit (t interval over agents);
 * - monthNoise: √(within-agent mean square − mean v) (chi-square interval on the mean square);
 * - skillSpread: √(variance of agents' means − mean of (monthNoise² + v̄)/months) (chi-square
 *   interval over agents);
 * - persistence: the share of an agent-month's logit variance that stays with the agent,
 *   skillSpread² / (skillSpread² + monthNoise²).
 * Each agent's skill is their own mean logit minus the shop's, shrunk toward the shop by the amount
 * of data: × skillSpread² / (skillSpread² + (monthNoise² + v̄)/months) (the best linear unbiased
 * predictor of a random effect).
 */
import type { AgentMonth } from '../engine/records';
import { chiSquareQuantile, meanInterval, type Estimate } from './estimate';

/** Agent-months with fewer inquiries say little about conversion (their logit is mostly noise). */
export const MIN_INQUIRIES = 30;

export interface ConversionEstimate {
  estimates: Estimate[];
  /** Shrunk skill (logit scale) by agent id; agents without usable months are absent (skill 0). */
  skill: Map<string, number>;
  /** Usable agent-months by agent id (for the roster table). */
  monthsByAgent: Map<string, number>;
}

/**
 * A spread (σ) from a mean square `ms` on `df` degrees of freedom of which `explained` is another
 * source's variance: σ² = max(0, ms − explained), its 95 % interval from the chi-square interval
 * of the mean square, ms·df / χ²(df), less the same part.
 */
function spreadEstimate(field: 'monthNoise' | 'skillSpread', ms: number, df: number, explained: number, fallback: number, support: number): Estimate {
  return {
    id: field,
    target: { kind: 'behaviour', field },
    value: Math.sqrt(Math.max(0, ms - explained)),
    low: Math.sqrt(Math.max(0, (ms * df) / chiSquareQuantile(df, true) - explained)),
    high: Math.sqrt(Math.max(0, (ms * df) / chiSquareQuantile(df, false) - explained)),
    fallback,
    support,
    method: 'chiSquare',
  };
}

export function estimateConversion(
  records: readonly AgentMonth[],
  rampMonths: number,
  fallback: { conversion: number; skillSpread: number; monthNoise: number },
): ConversionEstimate {
  const byAgent = new Map<string, { l: number[]; v: number[] }>();
  for (const r of records) {
    if (r.tenureMonth <= rampMonths || r.inquiries < MIN_INQUIRIES || r.orders > r.inquiries) continue;
    const a = r.orders + 0.5;
    const b = r.inquiries - r.orders + 0.5;
    let e = byAgent.get(r.agentId);
    if (!e) byAgent.set(r.agentId, (e = { l: [], v: [] }));
    e.l.push(Math.log(a / b));
    e.v.push(1 / a + 1 / b);
  }
  const out: ConversionEstimate = { estimates: [], skill: new Map(), monthsByAgent: new Map() };
  const agents = [...byAgent.entries()];
  const support = agents.reduce((s, [, e]) => s + e.l.length, 0);
  for (const [id, e] of agents) out.monthsByAgent.set(id, e.l.length);
  const means = agents.map(([, e]) => mean(e.l));
  const mi = meanInterval(means);
  if (!mi) return out;
  const mu = mi.value;
  out.estimates.push({
    id: 'conversion',
    target: { kind: 'behaviour', field: 'conversion' },
    value: logistic(mu),
    low: logistic(mi.low),
    high: logistic(mi.high),
    fallback: fallback.conversion,
    support,
    method: 'agentMeans',
  });

  // Within agents: pooled mean square and the mean binomial variance.
  let ssW = 0;
  let dfW = 0;
  let vSum = 0;
  for (const [, e] of agents) {
    const m = mean(e.l);
    for (const l of e.l) ssW += (l - m) ** 2;
    dfW += e.l.length - 1;
    for (const v of e.v) vSum += v;
  }
  const vBar = vSum / support;
  let sigma2 = 0;
  if (dfW >= 2) {
    const ms = ssW / dfW;
    sigma2 = Math.max(0, ms - vBar);
    out.estimates.push(spreadEstimate('monthNoise', ms, dfW, vBar, fallback.monthNoise, support));
  } else sigma2 = fallback.monthNoise ** 2;

  // Between agents: variance of agents' means less the part their months' noise explains.
  const A = agents.length;
  const sB = mi.sd * mi.sd;
  let within = 0;
  for (const [, e] of agents) within += (sigma2 + mean(e.v)) / e.l.length;
  within /= A;
  const tau2 = Math.max(0, sB - within);
  if (A >= 3) {
    const df = A - 1;
    out.estimates.push(spreadEstimate('skillSpread', sB, df, within, fallback.skillSpread, support));
    const tau = out.estimates.find((e) => e.id === 'skillSpread')!;
    const sig = out.estimates.find((e) => e.id === 'monthNoise');
    const share = (t: number, s: number) => (t * t + s * s > 0 ? (t * t) / (t * t + s * s) : 0);
    const s = Math.sqrt(sigma2);
    out.estimates.push({
      id: 'persistence',
      target: { kind: 'info' },
      value: share(tau.value, s),
      low: share(tau.low, sig ? sig.high : s),
      high: share(tau.high, sig ? sig.low : s),
      fallback: share(fallback.skillSpread, fallback.monthNoise),
      support,
      method: 'derived',
    });
  }
  const tau2Used = A >= 3 ? tau2 : fallback.skillSpread ** 2;
  agents.forEach(([id, e], i) => {
    const w = tau2Used > 0 ? tau2Used / (tau2Used + (sigma2 + mean(e.v)) / e.l.length) : 0;
    out.skill.set(id, w * (means[i]! - mu));
  });
  return out;
}

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
