/**
 * What the behaviour model reads from a policy (docs/behaviour.md §"Response to the policy"). Coarse
 * on purpose: it values a *typical* month of each role (average skill and diligence, an average
 * demand month, full month, typical score), not each agent's.
 *
 * - Effort: e = exp(effortElasticity × ε), clamped to [0.5, 2], where ε is the marginal pay of output
 *   against the market: the pay gained from 10 % more of the agent's own output (sales; cases for
 *   售后), divided by 0.1 × the city's market pay of the role. Measured against the market, not the
 *   agent's own pay, so a fixed raise (base, living subsidy) leaves effort alone: no source says a
 *   fixed amount lowers effort (docs/behaviour.md §"Response to the policy"). It includes the commission rate × the score multiplier when the policy scores
 *   commission, the role formulas (always scored), a team pool's share (one more yuan of own sales
 *   adds 1/N of the pool rate under an equal or score split: diluted ≈ 1/N), and is damped by
 *   Φ((earned − guarantee) / (0.15 × earned)) under a 保底, so an agent far below the floor has ≈ 0 at
 *   stake. Probation (flat pay) has nothing at stake: e = 1.
 * - Rule-breaking: each kind's rate × (1 + F / fineReference)^(−fineElasticity), F the money lost per
 *   event: the fine averaged over events (free lates and the "more than 3 slow replies" threshold
 *   taken into account under the no-fine rates), plus the pay value of the score points the event
 *   costs when the policy scores (long lates are light violations, absences severe ones).
 *   A conversion-stepped commission (seed 004) is valued at the bracket rate of the typical
 *   conversion × output, averaged over agents' and months' conversion.
 * - Service metrics: what the KPI rules pay or gate on each metric moves it (kpiResponse.ts).
 * - Expected pay (for quits before an agent has a payslip): earned pay (base, commission, pool share,
 *   performance pay, bonuses, allowances) floored by the guarantee, minus expected fines.
 * With an elasticity of 0 the corresponding multiplier is exactly 1 for every policy. The money here
 * is estimated (fractional fen in plain numbers), never paid: pay itself is the engine's, in integer fen.
 */
import { LEVELS, ROLES, type Level, type Role } from '../policy/types';
import { METRIC_SCALE, RATE_SCALE, SCORE_SCALE, type CRate, type CompiledPolicy } from '../policy/compiled';
import { allocateRoles } from './createShop';
import { metricResponse, phi } from './kpiResponse';
import { NIGHT_SHIFT, ROLE_WORKLOAD, SCORE_TYPICAL, TEAM_SCORE_TYPICAL } from './defaults';
import { yuanToFen } from './roster';
import type { BehaviourInput, PolicyResponse } from './types';

/** Scheduled days of a typical full month (seed 002: six days on, one off). */
const REF_DAYS = 26;
/** Spread of a month's score around the typical score, points (assumption, as generated). */
const SCORE_SD = 5;
/** Relative spread of a month's earned pay, for the guarantee damping (assumption). */
const EARNED_CV = 0.15;
/** Effort bounds. */
const EFFORT_MIN = 0.5;
const EFFORT_MAX = 2;

/** A typical full month of one role. */
export interface TypicalMonth {
  /** Net credited sales (after returns and bad-review deductions), fen. */
  netSalesFen: number;
  cases: number;
}

/** Typical months by role, the team's net sales and team size at the shop's defaults. */
export function typicalMonths(input: BehaviourInput): { byRole: Record<Role, TypicalMonth>; teamNetSalesFen: number; teamSize: number; aovFen: number } {
  const { shop, behaviour: b } = input;
  const aovFen = yuanToFen(shop.category.meanOrderValue);
  const worked = REF_DAYS - b.leaveDays - b.absences;
  const cat = shop.category;
  const deduct = cat.returnRate * cat.nonQualityReturnShare + cat.badReviewRate;
  const byRole = {} as Record<Role, TypicalMonth>;
  const shift = 1 - shop.nightShiftShare + shop.nightShiftShare * NIGHT_SHIFT.buyers;
  for (const r of ROLES) {
    const w = ROLE_WORKLOAD[r];
    const orders = shop.buyersPerDay * shift * worked * w.inquiries * b.conversion;
    const credited = orders * b.paymentRate + orders * (1 - b.paymentRate) * Math.min(0.95, b.chaseRate);
    byRole[r] = { netSalesFen: credited * aovFen * (1 - deduct), cases: shop.casesPerDay * shift * worked * w.cases };
  }
  const counts = allocateRoles(shop.agents, shop.roleMix);
  let shopSales = 0;
  for (const r of ROLES) shopSales += counts[r] * byRole[r].netSalesFen;
  const teams = Math.max(1, shop.teams);
  return { byRole, teamNetSalesFen: shopSales / teams, teamSize: shop.agents / teams, aovFen };
}

/** Amount of a rate schedule on x fen (flat, marginal or whole brackets), unrounded. */
export function rateAmount(rate: CRate, x: number): number {
  if (x <= 0) return 0;
  const br = rate.brackets;
  if (rate.method === 'flat') return (x * (br[0]?.ratePpm ?? 0)) / RATE_SCALE;
  if (rate.method === 'whole') return (x * bracketRate(rate, x)) / RATE_SCALE;
  let total = 0;
  for (let i = 0; i < br.length; i++) {
    const lo = br[i]!.fromFen;
    const hi = i + 1 < br.length ? br[i + 1]!.fromFen : Infinity;
    if (x <= lo) break;
    total += ((Math.min(x, hi) - lo) * br[i]!.ratePpm) / RATE_SCALE;
  }
  return total;
}

/** Rate (ppm) of the bracket a total falls in (a total at a bound is in the bracket starting there). */
function bracketRate(rate: CRate, x: number): number {
  let ppm = 0;
  for (const b of rate.brackets) if (x >= b.fromFen) ppm = b.ratePpm;
  return ppm;
}

/**
 * Expected rate (ppm) of a conversion-stepped commission (seed 004) at a typical conversion: averaged
 * over agents' and months' conversion (logit spread of skill and month noise; five-point quadrature),
 * so a bound near the typical conversion gives a smooth marginal pay rather than a jump.
 */
function conversionRatePpm(brackets: { from: number; ratePpm: number }[], conversion: number, skillSpread: number, monthNoise: number): number {
  if (!(conversion > 0)) return brackets[0]?.ratePpm ?? 0;
  const c = Math.min(conversion, 1 - 1e-9);
  const centre = Math.log(c / (1 - c));
  const sd = Math.hypot(skillSpread, monthNoise);
  let ppm = 0;
  for (let i = 0; i < NODES.length; i++) {
    const x = (1 / (1 + Math.exp(-(centre + NODES[i]! * sd)))) * METRIC_SCALE;
    let r = 0;
    for (const br of brackets) if (x >= br.from) r = br.ratePpm;
    ppm += WEIGHTS[i]! * r;
  }
  return ppm;
}

/** Score multiplier (as a fraction) at a score in points. */
function multiplierAt(p: CompiledPolicy, score: number): number {
  const sc = p.score;
  if (!sc) return 1;
  let hundredths = Math.max(0, Math.round(score * SCORE_SCALE));
  if (sc.cap !== null) hundredths = Math.min(hundredths, sc.cap);
  if (sc.steps === null) return hundredths / (100 * SCORE_SCALE);
  for (const st of sc.steps) if (hundredths >= st.from) return st.multiplierPpm / RATE_SCALE;
  return 0;
}

/** Five-point normal quadrature around the typical score (nodes ±1, ±2 sd). */
const NODES = [-2, -1, 0, 1, 2];
const WEIGHTS = [0.0545, 0.2442, 0.4026, 0.2442, 0.0545];

function expectedMultiplier(p: CompiledPolicy, typical: number, shift = 0): number {
  let m = 0;
  for (let i = 0; i < NODES.length; i++) m += WEIGHTS[i]! * multiplierAt(p, typical + shift + NODES[i]! * SCORE_SD);
  return m;
}

/** Typical monthly score under the policy's point values. */
function typicalScore(p: CompiledPolicy, input: BehaviourInput): number {
  const sc = p.score;
  if (!sc) return 0;
  const b = input.behaviour;
  const parts =
    Math.min(SCORE_TYPICAL.teamTask, sc.partsMax.teamTask / SCORE_SCALE) +
    Math.min(SCORE_TYPICAL.handover, sc.partsMax.handover / SCORE_SCALE) +
    Math.min(SCORE_TYPICAL.satisfaction, sc.partsMax.satisfaction / SCORE_SCALE) +
    Math.min(SCORE_TYPICAL.skill, sc.partsMax.skill / SCORE_SCALE);
  const points =
    (b.commendations * sc.commendation -
      (b.violationsLight + b.latesLong) * sc.light -
      b.violationsMedium * sc.medium -
      (b.violationsSevere + b.absences) * sc.severe) /
    SCORE_SCALE;
  return Math.max(0, parts + points);
}

/** P(N = 0) and E[max(0, N − free)], P(N > over) for a negative binomial NB(μ, k). */
function nbTail(mean: number, k: number, free: number): { excess: number; above: number } {
  if (!(mean > 0)) return { excess: 0, above: 0 };
  const q = k / (k + mean);
  let pmf = Math.pow(q, k);
  let cdf = 0;
  let belowSum = 0; // Σ_{n ≤ free} n·P(n)
  for (let n = 0; n <= free; n++) {
    cdf += pmf;
    belowSum += n * pmf;
    pmf *= ((n + k) / (n + 1)) * (1 - q);
  }
  // E[max(0, N − free)] = E[N] − free + Σ_{n ≤ free} (free − n) P(n)
  const excess = mean - free + (free * cdf - belowSum);
  return { excess: Math.max(0, excess), above: Math.max(0, 1 - cdf) };
}

function nbZero(mean: number, k: number): number {
  return mean > 0 ? Math.pow(k / (k + mean), k) : 1;
}

export function policyResponse(policy: CompiledPolicy, input: BehaviourInput): PolicyResponse {
  const b = input.behaviour;
  const typ = typicalMonths(input);
  const score = typicalScore(policy, input);
  const mult = expectedMultiplier(policy, score);
  const alpha = policy.pool?.individualSharePpm != null ? policy.pool.individualSharePpm / RATE_SCALE : 1;
  const k = b.dispersion;
  const teamSize = Math.max(1, typ.teamSize);
  const marketFen = Object.fromEntries(ROLES.map((r) => [r, yuanToFen(input.shop.marketPay[r])])) as Record<Role, number>;

  /** The individual commission line of a typical month at net sales ns, cases, team net sales, multiplier m and output × scale, fen. */
  const commissionPay = (role: Role, ns: number, cases: number, teamNs: number, m: number, scale = 1): number => {
    let pay = 0;
    const c = policy.commission;
    if (c.type === 'rate') {
      const amount = c.basis === 'team' ? (ns * bracketRate(c.rate, teamNs)) / RATE_SCALE : rateAmount(c.rate, ns);
      pay += amount * alpha * (c.applyScore ? m : 1);
    } else if (c.type === 'role') {
      let amount = 0;
      if (role === 'presales') amount = ns * c.presalesPpm;
      else if (role === 'aftersales') amount = cases * typ.aovFen * c.aftersalesPpm;
      else if (role === 'gold') amount = ns * c.goldSalesPpm + cases * typ.aovFen * c.goldCasesPpm;
      else amount = typ.byRole.presales.netSalesFen * c.supervisorPpm;
      pay += (amount / RATE_SCALE) * alpha * m;
    } else if (c.type === 'conversion') {
      pay += ((ns * conversionRatePpm(c.brackets, b.conversion * b.paymentRate * scale, b.skillSpread, b.monthNoise)) / RATE_SCALE) * alpha * (c.applyScore ? m : 1);
    }
    return pay;
  };

  /** Earned pay of a typical month (before guarantee and fines), fen, at output × scale and score multiplier m. */
  const earned = (role: Role, level: Level, yearIdx: number, scale: number, m = mult): number => {
    const t = typ.byRole[role];
    const ns = t.netSalesFen * scale;
    const cases = t.cases * scale;
    const teamNs = typ.teamNetSalesFen + (scale - 1) * t.netSalesFen;
    let pay = 0;
    const baseFen = policy.baseFen ? policy.baseFen[level] : 0;
    pay += baseFen;
    pay += commissionPay(role, ns, cases, teamNs, m, scale);
    if (policy.pool) {
      const poolFen = rateAmount(policy.pool.rate, teamNs) * (policy.pool.individualSharePpm != null ? 1 - alpha : 1);
      const share = policy.pool.split === 'sales' ? (teamNs > 0 ? (poolFen * ns) / teamNs : 0) : poolFen / teamSize;
      pay += share * (policy.pool.applyScore ? m : 1);
    }
    if (policy.performancePayFen) pay += policy.performancePayFen[level] * m;
    const bo = policy.bonuses;
    if (bo.teamScorePpm !== null) pay += (bo.teamScorePpm / RATE_SCALE) * baseFen * (TEAM_SCORE_TYPICAL / 100);
    if (bo.fullAttendanceFen !== null) {
      const pFull =
        nbZero(b.latesShort, k) * nbZero(b.latesLong, k) * nbZero(b.absences, k) * nbZero(b.leaveDays, k);
      pay += bo.fullAttendanceFen * pFull;
    }
    if (bo.livingSubsidyFen !== null) pay += bo.livingSubsidyFen;
    if (bo.seniority && yearIdx >= bo.seniority.fromYears) pay += bo.seniority.perYearFen * yearIdx;
    if (bo.topPerformerFen !== null && t.netSalesFen > 0) pay += bo.topPerformerFen / teamSize;
    return pay;
  };

  const guaranteeFen = (yearIdx: number): number => {
    const g = policy.guarantee?.byTenureYearFen;
    if (!g || g.length === 0) return 0;
    return g[Math.min(yearIdx, g.length - 1)]!;
  };

  // ── rule-breaking ──
  const f = policy.fines;
  const sc = policy.score;
  // Pay value of one score point for a typical 售前 agent (intermediate, year 1): the pay that moves
  // with the multiplier × the slope of the expected multiplier per point.
  let pointFen = 0;
  if (sc) {
    const slope = (expectedMultiplier(policy, score, 1) - expectedMultiplier(policy, score, -1)) / 2;
    const stake = earned('presales', 'intermediate', 0, 1, 1) - earned('presales', 'intermediate', 0, 1, 0);
    pointFen = Math.max(0, stake * slope);
  }

  const fineFen = { latesShort: 0, latesLong: 0, slowReplies: 0, unanswered: 0, idleHangs: 0, absences: 0 };
  if (f) {
    fineFen.latesShort = b.latesShort > 0 ? (f.lateShortFen * nbTail(b.latesShort, k, f.lateShortFree).excess) / b.latesShort : 0;
    fineFen.latesLong = f.lateLongFen;
    fineFen.slowReplies = b.slowReplies > 0 ? (f.slowFen * nbTail(b.slowReplies, k, f.slowOver).above) / b.slowReplies : 0;
    const u = b.unanswered30m + b.unanswered2h;
    fineFen.unanswered =
      u > 0 ? (b.unanswered30m * f.unanswered30Fen + b.unanswered2h * (f.unanswered2hFen + (f.unansweredStack ? f.unanswered30Fen : 0))) / u : 0;
    fineFen.idleHangs = f.idleHangFen;
    fineFen.absences = f.absenceFen;
  }
  if (sc) {
    fineFen.latesLong += (pointFen * sc.light) / SCORE_SCALE;
    fineFen.absences += (pointFen * sc.severe) / SCORE_SCALE;
  }
  const ref = yuanToFen(b.fineReference);
  const deter = (fen: number): number =>
    b.fineElasticity === 0 || fen <= 0 ? 1 : Math.pow(1 + fen / Math.max(1, ref), -b.fineElasticity);
  const ruleBreaking = {
    latesShort: deter(fineFen.latesShort),
    latesLong: deter(fineFen.latesLong),
    slowReplies: deter(fineFen.slowReplies),
    unanswered: deter(fineFen.unanswered),
    idleHangs: deter(fineFen.idleHangs),
    absences: deter(fineFen.absences),
  };

  // Expected fines of a typical month (at the deterred rates; diligence factor averages 1).
  let expectedFines = 0;
  if (f) {
    const ls = b.latesShort * ruleBreaking.latesShort;
    expectedFines += f.lateShortFen * nbTail(ls, k, f.lateShortFree).excess;
    expectedFines += f.lateLongFen * b.latesLong * ruleBreaking.latesLong;
    expectedFines += f.absenceFen * b.absences * ruleBreaking.absences;
    expectedFines += f.slowFen * nbTail(b.slowReplies * ruleBreaking.slowReplies, k, f.slowOver).above;
    expectedFines +=
      (b.unanswered30m * f.unanswered30Fen + b.unanswered2h * (f.unanswered2hFen + (f.unansweredStack ? f.unanswered30Fen : 0))) *
      ruleBreaking.unanswered;
    expectedFines += f.idleHangFen * b.idleHangs * ruleBreaking.idleHangs;
  }

  // ── effort and expected pay by role × level × tenure year ──
  const effort = {} as PolicyResponse['effort'];
  const expectedPayFen = {} as PolicyResponse['expectedPayFen'];
  const payElasticity = {} as Record<Role, number>;
  for (const role of ROLES) {
    effort[role] = {} as Record<Level, [number, number, number]>;
    expectedPayFen[role] = {} as Record<Level, [number, number, number]>;
    for (const level of LEVELS) {
      const e: [number, number, number] = [1, 1, 1];
      const pay: [number, number, number] = [0, 0, 0];
      for (let y = 0; y < 3; y++) {
        const e0 = earned(role, level, y, 1);
        const g = guaranteeFen(y);
        const paid = Math.max(e0, g);
        let gain = earned(role, level, y, 1.1) - e0;
        if (g > 0) gain *= e0 > 0 ? phi((e0 - g) / (EARNED_CV * e0)) : 0;
        const eps = gain / (0.1 * marketFen[role]);
        e[y] = b.effortElasticity === 0 ? 1 : Math.min(EFFORT_MAX, Math.max(EFFORT_MIN, Math.exp(b.effortElasticity * eps)));
        pay[y] = Math.round(paid - expectedFines);
        if (level === 'intermediate' && y === 0) payElasticity[role] = eps;
      }
      effort[role][level] = e;
      expectedPayFen[role][level] = pay;
    }
  }

  // ── service metrics: what the KPI rules pay or gate on them (kpiResponse.ts) ──
  const net = Object.fromEntries(ROLES.map((r) => [r, typ.byRole[r].netSalesFen])) as Record<Role, number>;
  const metrics = metricResponse(policy, input, {
    netSalesFen: net,
    commissionFen: Object.fromEntries(
      ROLES.map((r) => [r, commissionPay(r, typ.byRole[r].netSalesFen, typ.byRole[r].cases, typ.teamNetSalesFen, mult)]),
    ) as Record<Role, number>,
    multiplierAt: (s) => expectedMultiplier(policy, s),
    multiplier: mult,
    teamSize,
    marketFen,
  });

  return {
    policyName: policy.name,
    probationMonths: policy.probation?.months ?? 0,
    effort,
    guaranteeFen: [guaranteeFen(0), guaranteeFen(1), guaranteeFen(2)],
    ruleBreaking,
    expectedPayFen,
    metricShift: metrics.shift,
    detail: { payElasticity, fineFen, metricStakeFen: metrics.stakeFen },
  };
}
