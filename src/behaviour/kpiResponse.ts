/**
 * How an agent answers KPI pay (docs/behaviour.md §"Response to the policy", §"Service metrics"):
 * an agent paid or gated on a service metric works on it — one paid on reply rate replies more.
 *
 * For each role and each generated service metric (metrics.ts) this values a typical month (average
 * traits, intermediate level, day shift and night shift by the shop's mix) under the policy's KPI
 * rules (docs/rules-file.md §kpi; seed 004 (004_81d4706ebc33c59f.txt) basic standards and after-sales
 * incentives, the composite score, target bonus and rank bonus): the expected pay at the metric's
 * typical value ± half a between-agent spread, averaged over the spread of agents and months (a fine
 * quadrature of equally likely normal quantiles, as gates and steps jump). The stake is the difference: the pay of being one spread better. As
 * with effort (policyResponse.ts), it is measured against the market: ε = stake ÷ (0.1 × the role's
 * market pay), and the metric's latent moves by effortElasticity × ε spreads towards better, at
 * most SHIFT_MAX (an agent does not become someone else). Average and first response time move
 * together (one habit: watching the 旺旺 window), by the larger of the two shifts.
 * Lines a gate can hold back are valued at their typical amounts: the commission (given), the
 * performance pay × its multiplier, and the after-sales, target and rank bonuses estimated here.
 * A metric nobody pays on has a stake of 0 and a shift of exactly 0.
 */
import { ROLES, type GatedLine, type Level, type Metric, type Role } from '../policy/types';
import { METRIC_SCALE, RATE_SCALE, SCORE_SCALE, type CKpi, type CompiledPolicy } from '../policy/compiled';
import { METRIC_MODEL, SERVICE_METRICS, SHIFT_HOURS, metricAt, metricCentres, metricSpread, type ServiceMetric } from './metrics';
import type { BehaviourInput } from './types';

/** Largest response shift, in between-agent spreads (assumption). */
export const SHIFT_MAX = 1;
/** Scheduled days of a typical full month (seed 002: six days on, one off). */
const REF_DAYS = 26;

/**
 * Quadrature for pay that jumps at a threshold (gates, steps): QUANTILES equally likely nodes, the
 * normal quantiles of (j + ½) / QUANTILES, so a jump anywhere moves a chance by at most 1 / (2 ×
 * QUANTILES) (a stake within ≈ 0.1 % of a gate's lines).
 */
const QUANTILES = 1000;
let nodes: Float64Array | null = null;
function quantileNodes(): Float64Array {
  if (nodes) return nodes;
  nodes = new Float64Array(QUANTILES);
  for (let j = 0; j < QUANTILES; j++) {
    const p = (j + 0.5) / QUANTILES;
    let lo = -10;
    let hi = 10;
    for (let it = 0; it < 60; it++) {
      const mid = 0.5 * (lo + hi);
      if (phi(mid) < p) lo = mid;
      else hi = mid;
    }
    nodes[j] = 0.5 * (lo + hi);
  }
  return nodes;
}

/** What the KPI valuation reads from the rest of policyResponse. */
export interface KpiTypical {
  /** Typical net sales of a full month by role, fen. */
  netSalesFen: Record<Role, number>;
  /** Typical commission line by role, fen (a gate may hold it back). */
  commissionFen: Record<Role, number>;
  /** Expected score multiplier at a score (points), for a composite score. */
  multiplierAt: (score: number) => number;
  /** Expected multiplier without a composite (the score parts' typical month). */
  multiplier: number;
  /** Members of a team (for ranks). */
  teamSize: number;
  /** The role's market pay, fen. */
  marketFen: Record<Role, number>;
}

export interface MetricResponse {
  /** Shift by role, SERVICE_METRICS order, in spreads towards better. */
  shift: Record<Role, number[]>;
  /** Pay of one spread better by role, fen, SERVICE_METRICS order. */
  stakeFen: Record<Role, number[]>;
}

const SERVICE_INDEX = new Map<Metric, number>(SERVICE_METRICS.map((m, i) => [m, i]));

/** Shifts and stakes of every service metric under a policy (all 0 without KPI rules). */
export function metricResponse(policy: CompiledPolicy, input: BehaviourInput, t: KpiTypical): MetricResponse {
  const n = SERVICE_METRICS.length;
  const shift = {} as Record<Role, number[]>;
  const stakeFen = {} as Record<Role, number[]>;
  const kpi = policy.kpi;
  const el = input.behaviour.effortElasticity;
  for (const role of ROLES) {
    shift[role] = new Array<number>(n).fill(0);
    stakeFen[role] = new Array<number>(n).fill(0);
    if (!kpi) continue;
    for (let i = 0; i < n; i++) {
      const m = SERVICE_METRICS[i]!;
      if (!readsMetric(kpi, m)) continue;
      const stake = expectedPay(policy, kpi, input, t, role, i, 0.5) - expectedPay(policy, kpi, input, t, role, i, -0.5);
      stakeFen[role][i] = stake;
      const eps = stake / (0.1 * t.marketFen[role]);
      shift[role][i] = el === 0 || !(eps > 0) ? 0 : Math.min(SHIFT_MAX, el * eps);
    }
    const avg = SERVICE_INDEX.get('avgResponseSec')!;
    const first = SERVICE_INDEX.get('firstResponseSec')!;
    const speed = Math.max(shift[role][avg]!, shift[role][first]!);
    shift[role][avg] = speed;
    shift[role][first] = speed;
  }
  return { shift, stakeFen };
}

/** Whether any KPI rule reads the metric. */
function readsMetric(kpi: CKpi, m: Metric): boolean {
  if (kpi.gates.some((g) => g.metric === m)) return true;
  if (kpi.composite?.some((p) => p.metric === m)) return true;
  if (kpi.rank?.metric === m) return true;
  if (kpi.afterSales && ((m === 'goodReviewRate' && kpi.afterSales.goodReview.length > 0) || (m === 'returnRate' && kpi.afterSales.returnRate.length > 0))) return true;
  return false;
}

/**
 * Expected KPI-dependent pay of a typical month of `role` (intermediate level) with service metric `i`
 * at its typical latent + `offset` spreads towards better, averaged over the spread of agents and
 * months of that metric (and over day and night shifts for online hours). Fen, unrounded.
 */
function expectedPay(policy: CompiledPolicy, kpi: CKpi, input: BehaviourInput, t: KpiTypical, role: Role, i: number, offset: number): number {
  const m = SERVICE_METRICS[i]!;
  const model = METRIC_MODEL[m];
  const spread = metricSpread(m);
  const total = Math.hypot(spread, model.month);
  const centres = metricCentres(input.shop.category.returnRate);
  const nightShare = m === 'onlineHours' ? input.shop.nightShiftShare : 0;
  const q = quantileNodes();
  let e = 0;
  for (let k = 0; k < q.length; k++) {
    // latent offset in spreads towards better: the shift plus the spread of agents and months
    const d = offset + (q[k]! * total) / spread;
    const z = (offset * spread + q[k]! * total) / total;
    let pay = (1 - nightShare) * payAt(policy, kpi, input, t, role, m, metricValue(m, centres[i]!, d, input, false), z, centres);
    if (nightShare > 0) pay += nightShare * payAt(policy, kpi, input, t, role, m, metricValue(m, centres[i]!, d, input, true), z, centres);
    e += pay;
  }
  return e / q.length;
}

/** A service metric's value in the rules' unit (hours of a month, fractions, seconds). */
function metricValue(m: ServiceMetric, centre: number, spreads: number, input: BehaviourInput, night: boolean): number {
  const v = metricAt(m, centre, spreads);
  if (m !== 'onlineHours') return v;
  const b = input.behaviour;
  return (REF_DAYS - b.leaveDays - b.absences) * (night ? SHIFT_HOURS.night : SHIFT_HOURS.day) * v;
}

/**
 * KPI-dependent pay of a typical month where service metric `m` has value `v` (and standing `z` in
 * standard units among the team for a rank on it); every other metric at its typical value.
 */
function payAt(
  policy: CompiledPolicy,
  kpi: CKpi,
  input: BehaviourInput,
  t: KpiTypical,
  role: Role,
  m: ServiceMetric,
  v: number,
  z: number,
  centres: Float64Array,
): number {
  const level: Level = 'intermediate';
  const b = input.behaviour;
  const cat = input.shop.category;
  const ns = t.netSalesFen[role];
  const targetFen = kpi.target?.byLevelFen ? kpi.target.byLevelFen[level] : 0;
  const value = (x: Metric): number | null => {
    if (x === m) return v;
    const si = SERVICE_INDEX.get(x);
    if (si !== undefined) {
      const sm = SERVICE_METRICS[si]!;
      return metricValue(sm, centres[si]!, 0, input, false);
    }
    switch (x) {
      case 'conversion':
        return ns > 0 ? b.conversion * b.paymentRate : null;
      case 'attendance':
        return (REF_DAYS - b.leaveDays - b.absences) / REF_DAYS;
      case 'netSales':
        return ns / 100;
      case 'aov':
        return ns > 0 ? Number(cat.meanOrderValue) : null;
      case 'attainment':
        return targetFen > 0 ? ns / targetFen : null;
      case 'reviewsReversed':
        return ns > 0 ? (ns / (100 * Number(cat.meanOrderValue))) * cat.badReviewRate * cat.badReviewReversal : 0;
      default:
        return null;
    }
  };

  // Lines at their typical amounts.
  const lines: Record<GatedLine, number> = { commission: t.commissionFen[role], performancePay: 0, afterSales: 0, targetBonus: 0, rankBonus: 0 };
  if (policy.performancePayFen) {
    let mult = t.multiplier;
    if (kpi.composite) {
      let score = 0;
      for (const p of kpi.composite) {
        const pv = value(p.metric);
        score += pv === null ? 0 : (p.weightH / (100 * SCORE_SCALE)) * partPoints(p.scoring, pv);
      }
      mult = t.multiplierAt(score);
    }
    lines.performancePay = policy.performancePayFen[level] * mult;
  }
  const as = kpi.afterSales;
  if (as) {
    let a = (as.perReversedFen ?? 0) * (value('reviewsReversed') ?? 0);
    const good = value('goodReviewRate');
    if (good !== null) a += stepAmount(as.goodReview, good * METRIC_SCALE, true);
    const ret = value('returnRate');
    if (ret !== null) a += stepAmount(as.returnRate, ret * METRIC_SCALE, false);
    lines.afterSales = a;
  }
  const tg = kpi.target;
  const att = value('attainment');
  if (tg && att !== null) {
    const row = tg.payout.find((r) => att * METRIC_SCALE >= r.from);
    let a = row ? (row.amountFen ?? ((row.ratePpm ?? 0) * ns) / RATE_SCALE) : 0;
    if (tg.capFen !== null) a = Math.min(a, tg.capFen);
    lines.targetBonus = a;
  }
  const rk = kpi.rank;
  if (rk && rk.amountsFen.length > 0) {
    const rv = value(rk.metric);
    // Standing among the team: z for the metric valued here, the median for any other.
    const zz = rk.metric === m ? z : 0;
    lines.rankBonus = rv === null || rv === 0 ? 0 : rankExpected(rk.amountsFen, t.teamSize, zz);
  }

  // Basic standards: the smallest factor of the failed gates on each line (a metric not held: not applied).
  const factor: Record<GatedLine, number> = { commission: 1, performancePay: 1, afterSales: 1, targetBonus: 1, rankBonus: 1 };
  for (const g of kpi.gates) {
    const gv = value(g.metric);
    if (gv === null) continue;
    const x = gv * METRIC_SCALE;
    const fails = g.atLeast ? x < g.threshold : x > g.threshold;
    if (!fails) continue;
    for (const l of g.lines) factor[l] = Math.min(factor[l], g.factorPpm / RATE_SCALE);
  }
  let pay = 0;
  for (const l of Object.keys(lines) as GatedLine[]) pay += lines[l] * factor[l];
  return pay;
}

/** Points (0–100) of a composite part at value v (plain number in the metric's unit). */
function partPoints(s: NonNullable<CKpi['composite']>[number]['scoring'], v: number): number {
  const x = v * METRIC_SCALE;
  if (s.type === 'linear') {
    const f = (x - s.worst) / (s.best - s.worst);
    return 100 * Math.min(1, Math.max(0, f));
  }
  const st = s.steps.find((r) => (s.higher ? x >= r.bound : x <= r.bound));
  return st ? st.pointsH / SCORE_SCALE : 0;
}

/** Amount of a step table: `higher` — first bound (descending) reached; else first bound (ascending) not exceeded. */
function stepAmount(steps: { bound: number; amountFen: number }[], x: number, higher: boolean): number {
  const st = steps.find((r) => (higher ? x >= r.bound : x <= r.bound));
  return st ? st.amountFen : 0;
}

/**
 * Expected rank bonus of an agent standing z (standard units) in a team of `size`: each of the
 * others is better with chance 1 − Φ(z), so the rank is 1 + Binomial(size − 1, 1 − Φ(z)).
 */
function rankExpected(amounts: number[], size: number, z: number): number {
  const others = Math.max(0, Math.round(size) - 1);
  const q = 1 - phi(z);
  let e = 0;
  let pmf = Math.pow(1 - q, others);
  for (let k = 0; k <= others && k < amounts.length; k++) {
    e += pmf * amounts[k]!;
    pmf *= q >= 1 ? 0 : ((others - k) / (k + 1)) * (q / (1 - q));
  }
  return e;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 on erf; |error| < 1.5e-7). */
export function phi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}
