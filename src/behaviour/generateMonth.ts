/**
 * One month of records for the current roster (docs/behaviour.md §"The month of one agent"). Every
 * quantity of an agent-month is drawn from its own hashed stream (slot, month, kind), so a change in
 * one kind (say, more effort raising orders) never shifts the luck of another. Per agent-month: one
 * record object and nothing else; the shop's month (season, demand shock, staffing) and the teams'
 * shocks are computed once, the scenario's constants once per input (inputConstants.ts), the
 * policy's effort table once per response, and the exponentials of an agent's traits when the agent
 * is seated (roster.ts), so the loop itself calls exp/log only inside the samplers and for the
 * month's own noise. The draws no policy changes (the shop's and teams' shocks, the attendance
 * uniforms, the first normal of the inquiries, conversion and cases streams, the score parts' and the
 * service metrics' normals)
 * are made once per replication-month and shared by every variant's shop, and a draw whose numbers
 * equal a previous variant's is reused (monthDraws.ts; the sales chain link by link, salesChain.ts):
 * the same records, less work.
 *
 * Distributions (parameters in params.ts, defaults and sources in defaults.ts):
 * - days: scheduled = days employed − one rest day a week (seed 002 做六休一); leave, absences:
 *   negative binomial with shape `dispersion`;
 * - lates, slow replies, unanswered, idle-hangs, violations, commendations, warnings: negative binomial
 *   around mean × diligence factor × the policy's rule-breaking multiplier, scaled by days worked;
 * - buyers served (inquiries): Poisson around buyers/day × days worked × the season's daily factor ×
 *   the shop's demand shock × staffing (an empty post's buyers go to the present colleagues, up to
 *   `capacity` × a normal load) × the role's share of the load × the shift (night 0.8), with a
 *   log-normal month factor per agent. The season's daily factor is the month's seasonality × the
 *   mean scheduled days of a month ÷ this month's scheduled days, so that a month's total is its
 *   seasonality × an average month's (docs/behaviour.md's ratios are of month totals: February 0.83, not
 *   0.83 × 24/26.4); the buyers beyond capacity go unanswered (`state.service`: their count and the
 *   net sales lost at the mean conversion); overload (staffing > 1) multiplies slow replies and
 *   unanswered-≥30 min/≥2 h counts by the staffing factor;
 * - orders: binomial(inquiries, conversion) with conversion = logistic(mean + skill + month noise +
 *   ln(effort)) × the new hire's ramp of the tenure month (behaviour.ramp: 0.7, 0.85, then 1); paid: binomial(orders, paymentRate); chased from colleagues: binomial of the
 *   unpaid count (a stand-in for the colleagues' unpaid orders of the same size) at chaseRate × effort;
 *   flagged (插旗, seed 000 rule 2): a share of paid orders is contested with a colleague and credited
 *   to whoever flagged it, odds by skill and effort (the agent's own contested orders kept and the
 *   colleagues' won, two binomials at the same odds, drawn as one binomial of twice the count);
 * - sales: sum of log-normal order values by category; returns: binomial(orders credited, return
 *   rate × non-quality share) with their values; bad reviews: binomial at the category's rate ×
 *   diligence factor, reversed ones binomial by skill;
 * - after-sales cases: Poisson around cases/day × days worked × season's daily factor × staffing × role share × effort;
 * - score parts (seed 001: 30/20/30/20): integers around typical points, moved by the team's month,
 *   diligence, skill and unreversed bad reviews; team score 0–100 shared by the team;
 * - service metrics (seed 004: online hours, reply rate, response times, satisfaction, good reviews,
 *   returns): metrics.ts, from the agent's service trait and skill, the month's own stream and the
 *   policy's response shift (none in probation).
 */
import { LEVELS, ROLES, type Level } from '../policy/types';
import type { AgentMonth } from '../engine/records';
import { calendarMonth, daysInOrdinalMonth, ordinalMonth } from '../engine/months';
import { NIGHT_SHIFT, SCORE_TYPICAL, TEAM_SCORE_SPREAD, TEAM_SCORE_TYPICAL } from './defaults';
import { inputConstants } from './inputConstants';
import { NO_METRICS, drawMetricNoise, serviceMetrics as metricsOf } from './metrics';
import { ATTENDANCE_DRAWS, COUNT_MEMO, METRIC_DRAWS, SCORE_DRAWS, type LoadDraws, type MonthDraws } from './monthDraws';
import { KIND, PART, SHOP_SLOT, TEAM_SLOT_BASE, Xoshiro128, keyPart } from './random';
import { nbZeroBound, negBinomialAt, normal, poissonAt } from './sample';
import {
  ARG_BAD,
  ARG_CHASE,
  ARG_FLAG_ODDS,
  ARG_ORDER,
  ARG_REVERSED,
  OUT_BAD,
  OUT_BAD_FEN,
  OUT_BAD_REVERSED,
  OUT_CHASED_FEN,
  OUT_CREDITED_FEN,
  OUT_ORDERS,
  OUT_PAID,
  OUT_RETURNS_FEN,
  drawSales,
  forgetSales,
  salesArgs,
  salesOut,
} from './salesChain';
import { MonthRecords } from './monthRecords';
import type { PolicyResponse, ShopState } from './types';

const rng = new Xoshiro128(0);
/** The sub-stream of a count with a large mean (negBinomialAt). */
const sub = new Xoshiro128(0);
/** The conduct counts drawn in one loop, in this order: lates short/long, slow replies, unanswered
 *  ≥30 min / ≥2 h, idle-hangs, violations light/medium/severe (before lates and absences are added),
 *  commendations, warnings. */
const CONDUCT_COUNTS = 11;
const conductMeans = new Float64Array(CONDUCT_COUNTS);
const conductCounts = new Int32Array(CONDUCT_COUNTS);
const zeroMargin = 1 - 1e-12;

/** Scheduled days of a full month: the reference for monthly means (seed 002: ≈ 26). */
const REF_DAYS = 26;
/**
 * Mean scheduled days of a month over a (common) year: Σ (days − round(days / 7)) / 12 =
 * (7 × 27 + 4 × 26 + 24) / 12 (seed 002 做六休一). A month's daily demand factor is its seasonality ×
 * this ÷ its own scheduled days, so a short month is not shortened twice.
 */
export const MEAN_SCHEDULED_DAYS = 317 / 12;
/** σ of the shop's monthly demand shock and of an agent's month factor on buyers served (assumption). */
const SHOP_SHOCK_SIGMA = 0.06;
const AGENT_LOAD_SIGMA = 0.1;
const AGENT_LOAD_SHIFT = 0.5 * AGENT_LOAD_SIGMA * AGENT_LOAD_SIGMA;


/**
 * A response's effort as flat tables indexed ((role × 4 + level) × 3 + tenure year): the effort
 * multiplier and its logarithm (the shift of conversion and flagging odds).
 */
interface EffortTable {
  effort: Float64Array;
  logEffort: Float64Array;
}
const effortTables = new WeakMap<PolicyResponse, EffortTable>();

function effortTable(response: PolicyResponse): EffortTable {
  let t = effortTables.get(response);
  if (t) return t;
  const n = ROLES.length * LEVELS.length * 3;
  t = { effort: new Float64Array(n), logEffort: new Float64Array(n) };
  for (let r = 0; r < ROLES.length; r++) {
    for (let l = 0; l < LEVELS.length; l++) {
      for (let y = 0; y < 3; y++) {
        const e = response.effort[ROLES[r]!][LEVELS[l]!][y]!;
        t.effort[(r * LEVELS.length + l) * 3 + y] = e;
        t.logEffort[(r * LEVELS.length + l) * 3 + y] = Math.log(e);
      }
    }
  }
  effortTables.set(response, t);
  return t;
}

/**
 * Records of every agent employed at some time in month `monthIndex` (must equal state.monthIndex).
 * `serviceMetrics` false leaves the service metrics out (absent), for a caller whose policies never
 * read them (engine/components/metrics.ts `readsServiceFields`): they come from their own streams and
 * feed nothing else of the record or the roster, so every other field is the same either way, and a
 * later call that asks for them gets the same values as if none had been skipped.
 */
export function generateMonth(state: ShopState, monthIndex: number, response: PolicyResponse, serviceMetrics = true): AgentMonth[] {
  return generateMonthInto(state, monthIndex, response, serviceMetrics, new MonthRecords());
}

/**
 * The same records as `generateMonth`, written into `into`'s record objects (monthRecords.ts): the
 * objects of the month before are overwritten, every field in the same order, and the returned array
 * is `into.records` (its slots in `into.slot`). Valid until the next month is generated into `into`:
 * the runner's lean path reads them before the next month; whoever keeps records copies them.
 */
export function generateMonthInto(
  state: ShopState,
  monthIndex: number,
  response: PolicyResponse,
  serviceMetrics: boolean,
  into: MonthRecords,
): AgentMonth[] {
  if (monthIndex !== state.monthIndex) {
    throw new Error(`generateMonth: the shop is open for month ${state.monthIndex}, not ${monthIndex}`);
  }
  const { shop, behaviour: b } = state.input;
  const C = inputConstants(state.input);
  const E = effortTable(response);
  const ord = state.startOrdinal + monthIndex;
  const month = ordinalMonth(ord);
  const days = daysInOrdinalMonth(ord);
  const cal = calendarMonth(ord);
  const seasonOfMonth = (shop.seasonality[cal - 1] ?? 1) * (cal === 6 ? shop.peak618 : cal === 11 ? shop.peak1111 : 1);
  // per scheduled day: the month's total is seasonOfMonth × an average month's
  const season = (seasonOfMonth * MEAN_SCHEDULED_DAYS) / (days - Math.round(days / 7));
  const k = b.dispersion;
  const kAtMostOne = k <= 1;
  const rb = response.ruleBreaking;
  const logitConv = C.logitConv;
  const cat = shop.category;
  const chaseMax = 0.95;
  const probation = response.probationMonths;
  // Monthly means of the rule-breaking kinds with the policy's multipliers (× the agent's factor and days below).
  const mLeave = b.leaveDays;
  const mAbsences = b.absences * rb.absences;
  const mLatesShort = b.latesShort * rb.latesShort;
  const mLatesLong = b.latesLong * rb.latesLong;
  let mSlow = b.slowReplies * rb.slowReplies;
  let mUnanswered30 = b.unanswered30m * rb.unanswered;
  let mUnanswered2h = b.unanswered2h * rb.unanswered;
  const mIdle = b.idleHangs * rb.idleHangs;
  const skillSpread = b.skillSpread;
  const dilSpread = b.diligenceSpread;

  // The shop's month: demand shock and staffing. The buyers of an empty post (or of the days before a
  // hire joins or after a leaver goes) go to the present colleagues up to `capacity` × their normal
  // load; the rest go unanswered (docs/behaviour.md §"Vacancies and capacity").
  // The draws no policy changes are made once per month and shared by the variants (monthDraws.ts).
  const D = state.draws;
  if (D.open(state.input, state.repKey, monthIndex)) openMonth(D, state.repKey, monthIndex, shop.teams);
  const epoch = D.epoch;
  const shopShock = Math.exp(SHOP_SHOCK_SIGMA * D.shopZ - 0.5 * SHOP_SHOCK_SIGMA * SHOP_SHOCK_SIGMA);
  let nominalInq = 0;
  let actualInq = 0;
  let nominalCases = 0;
  let actualCases = 0;
  for (let s = 0; s < state.size; s++) {
    const ri = state.roleIndex[s]!;
    const wi = C.workInquiries[ri]! * (state.night[s] === 1 ? NIGHT_SHIFT.buyers : 1);
    const wc = C.workCases[ri]!;
    nominalInq += wi;
    nominalCases += wc;
    if (state.occupied[s]) {
      const frac = ((state.leaveDay[s] || days) - state.joinDay[s]! + 1) / days;
      actualInq += wi * frac;
      actualCases += wc * frac;
    }
  }
  const capacity = b.capacity;
  const loadInq = staffing(nominalInq, actualInq, capacity);
  const inqPerDay = shop.buyersPerDay * season * shopShock * loadInq;
  const casesPerDay = shop.casesPerDay * season * shopShock * staffing(nominalCases, actualCases, capacity);
  // Buyers nobody answers: the load beyond what the present agents carry, over a full month's
  // scheduled days less the mean leave and absences (an expected count: the same for every variant that shares this roster).
  const uncovered = nominalInq - actualInq * loadInq;
  const workedDays = (days - Math.round(days / 7)) * Math.max(0, 1 - (b.leaveDays + b.absences) / REF_DAYS);
  const unanswered = uncovered > 1e-9 ? Math.round(shop.buyersPerDay * season * shopShock * uncovered * workedDays) : 0;
  state.service = { unansweredInquiries: unanswered, lostSalesFen: Math.round(unanswered * C.netSalesPerInquiryFen) };
  // overload slows replies (docs/charts.md)
  const overload = loadInq;

  mSlow *= overload;
  mUnanswered30 *= overload;
  mUnanswered2h *= overload;

  const teams = shop.teams;
  const att = D.att;
  const countMean = D.countMean;
  const countMemo = D.count;

  into.begin(state.size);
  const slotOf = into.slot;
  let n = 0;
  for (let s = 0; s < state.size; s++) {
    if (!state.occupied[s]) continue;
    const ri = state.roleIndex[s]!;
    const li = state.level[s]!;
    const hire = state.hireMonth[s]!;
    const tenureMonth = monthIndex - hire + 1;
    const join = state.joinDay[s]!;
    const last = state.leaveDay[s] || days;
    const daysEmployed = last - join + 1;
    const scheduled = daysEmployed - Math.round(daysEmployed / 7);
    const skill = state.skill[s]!;
    const dil = state.rareFactor[s]!;
    const skillZ = skillSpread > 0 ? skill / skillSpread : 0;
    const dilZ = dilSpread > 0 ? state.diligence[s]! / dilSpread : 0;
    const ei = (ri * 4 + li) * 3 + (tenureMonth <= 12 ? 0 : tenureMonth <= 24 ? 1 : 2);
    const inProbation = tenureMonth <= probation;
    const effort = inProbation ? 1 : E.effort[ei]!;
    const logEffort = inProbation ? 0 : E.logEffort[ei]!;
    const teamIdx = state.teamIndex[s]!;
    // the key as a signed 32-bit integer (the same bits: every use is a 32-bit integer operation), so
    // V8 passes it to the stream helpers as a small integer instead of a heap number
    const smk = keyPart(keyPart(state.repKey, s, PART.slot), monthIndex, PART.month) | 0;

    // ── conduct: attendance, lates, responsiveness, violations, commendations, warnings ──
    // One stream, one uniform per count in a fixed order (negBinomialAt), so a count's luck does not
    // depend on the others' means; most counts are 0 by the cheap bound without a call.
    // The uniforms are the month's (shared); a count beyond the zero bound is reused when its mean is.
    const a0 = s * ATTENDANCE_DRAWS;
    if (D.attStamp[s] !== epoch) {
      seed(smk, KIND.attendance);
      for (let j = 0; j < ATTENDANCE_DRAWS; j++) att[a0 + j] = rng.next();
      countMean.fill(NaN, a0 * COUNT_MEMO, (a0 + ATTENDANCE_DRAWS) * COUNT_MEMO);
      D.attStamp[s] = epoch;
    }
    const sched = scheduled / REF_DAYS;
    let u = att[a0]!;
    let m = mLeave * sched;
    const leaveDays = Math.min(scheduled, u < nbZeroBound(m, k) ? 0 : m === countMean[a0 * COUNT_MEMO] ? countMemo[a0 * COUNT_MEMO]! : countAt(D, a0, u, m, k));
    u = att[a0 + 1]!;
    m = mAbsences * dil * sched;
    const absences = Math.min(scheduled - leaveDays, u < nbZeroBound(m, k) ? 0 : m === countMean[(a0 + 1) * COUNT_MEMO] ? countMemo[(a0 + 1) * COUNT_MEMO]! : countAt(D, a0 + 1, u, m, k));
    const daysWorked = scheduled - leaveDays - absences;
    const wf = daysWorked / REF_DAYS;
    const dwf = dil * wf;
    const night = state.night[s] === 1;
    const lateWf = night ? dwf * NIGHT_SHIFT.lates : dwf;
    const means = conductMeans;
    means[0] = mLatesShort * lateWf;
    means[1] = mLatesLong * lateWf;
    means[2] = mSlow * dwf;
    means[3] = mUnanswered30 * dwf;
    means[4] = mUnanswered2h * dwf;
    means[5] = mIdle * dwf;
    means[6] = b.violationsLight * dwf;
    means[7] = b.violationsMedium * dwf;
    means[8] = b.violationsSevere * dwf;
    means[9] = b.commendations * state.commendFactor[s]! * wf;
    means[10] = b.warnings * dwf;
    const counts = conductCounts;
    for (let j = 0; j < CONDUCT_COUNTS; j++) {
      const mj = means[j]!;
      const i = a0 + 2 + j;
      const uj = att[i]!;
      counts[j] = uj < (kAtMostOne ? zeroMargin / (1 + mj) : 1 - mj) ? 0 : mj === countMean[i * COUNT_MEMO] ? countMemo[i * COUNT_MEMO]! : countAt(D, i, uj, mj, k);
    }
    const latesShort = counts[0]!;
    const latesLong = counts[1]!;
    const slowReplies = counts[2]!;
    const unanswered30m = counts[3]!;
    const unanswered2h = counts[4]!;
    const idleHangs = counts[5]!;
    const violationsLight = counts[6]! + latesLong;
    const violationsMedium = counts[7]!;
    const violationsSevere = counts[8]! + absences;
    const commendations = counts[9]!;
    const warnings = counts[10]!;

    // ── sales ──
    const wInq = C.workInquiries[ri]!;
    const wCases = C.workCases[ri]!;
    let inquiries = 0;
    let orders = 0;
    let paidOrders = 0;
    let creditedSalesFen = 0;
    let chasedSalesFen = 0;
    let returnsFen = 0;
    let badReviews = 0;
    let badReviewsReversed = 0;
    let badReviewSalesFen = 0;
    if (wInq > 0 && daysWorked > 0) {
      const load = inqPerDay * wInq * (night ? NIGHT_SHIFT.buyers : 1);
      loadBase[0] = daysWorked * load;
      inquiries = loadCount(D.inquiries, s, epoch, smk, KIND.inquiries);
      if (D.convStamp[s] !== epoch) {
        seed(smk, KIND.conversion);
        rng.normalsInto(D.convZ, s, 1);
        rng.saveState(D.convState, 4 * s);
        forgetSales(D, s);
        D.convStamp[s] = epoch;
      }
      const logit = logitConv + skill + b.monthNoise * D.convZ[s]! + logEffort;
      const ramp = tenureMonth <= C.ramp.length ? C.ramp[tenureMonth - 1]! : 1;
      const h = state.expHalfSkill[s]!; // e^(skill/2)
      const args = salesArgs;
      args[ARG_ORDER] = ramp / (1 + Math.exp(-logit));
      args[ARG_CHASE] = Math.min(chaseMax, b.chaseRate * effort);
      args[ARG_FLAG_ODDS] = 1 / (1 + Math.exp(-(0.5 * skill + logEffort)));
      args[ARG_BAD] = Math.min(0.5, (cat.badReviewRate * dil) / h);
      args[ARG_REVERSED] = clamp01(cat.badReviewReversal * h * h);
      drawSales(D, s, smk, inquiries, b, C);
      const o = salesOut;
      orders = o[OUT_ORDERS]!;
      paidOrders = o[OUT_PAID]!;
      creditedSalesFen = o[OUT_CREDITED_FEN]!;
      chasedSalesFen = o[OUT_CHASED_FEN]!;
      returnsFen = o[OUT_RETURNS_FEN]!;
      badReviews = o[OUT_BAD]!;
      badReviewsReversed = o[OUT_BAD_REVERSED]!;
      badReviewSalesFen = o[OUT_BAD_FEN]!;
    }
    let afterSalesCases = 0;
    if (wCases > 0 && daysWorked > 0) {
      const load = casesPerDay * wCases * (night ? NIGHT_SHIFT.cases : 1);
      loadBase[0] = daysWorked * load * effort;
      afterSalesCases = loadCount(D.cases, s, epoch, smk, KIND.cases);
    }

    // ── score inputs (seed 001) ──
    const z0 = s * SCORE_DRAWS;
    const sc = D.score;
    if (D.scoreStamp[s] !== epoch) {
      seed(smk, KIND.scoreParts);
      rng.normalsInto(sc, z0, SCORE_DRAWS);
      D.scoreStamp[s] = epoch;
    }
    const teamZ = D.teamZ[teamIdx]!;
    const scoreTeamTask = clampInt(Math.round(SCORE_TYPICAL.teamTask + 2.5 * teamZ + sc[z0]!), 0, 30);
    const scoreHandover = clampInt(Math.round(SCORE_TYPICAL.handover + 1.2 * dilZ + sc[z0 + 1]!), 0, 20);
    const scoreSatisfaction = clampInt(
      Math.round(SCORE_TYPICAL.satisfaction + 1.2 * skillZ - 2 * (badReviews - badReviewsReversed) + 1.2 * sc[z0 + 2]!),
      0,
      30,
    );
    const scoreSkill = clampInt(Math.round(SCORE_TYPICAL.skill + 1.5 * skillZ + sc[z0 + 3]!), 0, 20);

    // ── service metrics (metrics.ts; seed 004): persistent trait, own stream, the policy's shift ──
    let sm = NO_METRICS;
    if (serviceMetrics) {
      const mz = s * METRIC_DRAWS;
      if (D.metricStamp[s] !== epoch) {
        drawMetricNoise(smk, D.metricNoise, mz);
        D.metricStamp[s] = epoch;
      }
      const shift = inProbation ? null : response.metricShift[ROLES[ri]!];
      sm = metricsOf(state, s, smk, daysWorked, daysEmployed, night, overload, shift, D.metricNoise, mz);
    }
    // every field, in blankRecord's order (monthRecords.ts): one hidden class for every record
    const r = into.at(n);
    r.month = month;
    r.agentId = state.agentId[s]!;
    r.name = state.name[s]!;
    r.team = state.team[s]!;
    r.role = ROLES[ri]!;
    r.level = LEVELS[li] as Level;
    r.hireMonth = state.hireLabel[s]!;
    r.tenureMonth = tenureMonth;
    r.daysEmployed = daysEmployed;
    r.left = state.leaveReason[s] !== 0;
    r.scheduledDays = scheduled;
    r.daysWorked = daysWorked;
    r.leaveDays = leaveDays;
    r.absences = absences;
    r.latesShort = latesShort;
    r.latesLong = latesLong;
    r.slowReplies = slowReplies;
    r.unanswered30m = unanswered30m;
    r.unanswered2h = unanswered2h;
    r.idleHangs = idleHangs;
    r.inquiries = inquiries;
    r.orders = orders;
    r.paidOrders = paidOrders;
    r.creditedSalesFen = creditedSalesFen;
    r.chasedSalesFen = chasedSalesFen;
    r.returnsFen = returnsFen;
    r.badReviews = badReviews;
    r.badReviewsReversed = badReviewsReversed;
    r.badReviewSalesFen = badReviewSalesFen;
    r.afterSalesCases = afterSalesCases;
    r.scoreTeamTask = scoreTeamTask;
    r.scoreHandover = scoreHandover;
    r.scoreSatisfaction = scoreSatisfaction;
    r.scoreSkill = scoreSkill;
    r.violationsLight = violationsLight;
    r.violationsMedium = violationsMedium;
    r.violationsSevere = violationsSevere;
    r.commendations = commendations;
    r.warnings = warnings;
    r.teamScore = D.teamScore[teamIdx]!;
    r.onlineHours = sm.onlineHours;
    r.replyRateBp = sm.replyRateBp;
    r.avgResponseSec = sm.avgResponseSec;
    r.firstResponseSec = sm.firstResponseSec;
    r.satisfactionRateBp = sm.satisfactionRateBp;
    r.goodReviewRateBp = sm.goodReviewRateBp;
    r.returnRateBp = sm.returnRateBp;
    slotOf[n++] = s;
  }
  return into.end(n);
}

/** The month's shop demand-shock normal and each team's normal and score (shared by the team-task part and the team score). */
function openMonth(D: MonthDraws, repKey: number, monthIndex: number, teams: number): void {
  rng.seed(keyPart(keyPart(keyPart(repKey, SHOP_SLOT, PART.slot), monthIndex, PART.month), KIND.shopDemand, PART.kind));
  D.shopZ = normal(rng);
  if (D.teamZ.length < teams) {
    D.teamZ = new Float64Array(teams);
    D.teamScore = new Int32Array(teams);
  }
  for (let t = 0; t < teams; t++) {
    rng.seed(keyPart(keyPart(keyPart(repKey, TEAM_SLOT_BASE + t, PART.slot), monthIndex, PART.month), KIND.teamScore, PART.kind));
    const z = normal(rng);
    D.teamZ[t] = z;
    D.teamScore[t] = clampInt(Math.round(TEAM_SCORE_TYPICAL + TEAM_SCORE_SPREAD * z), 0, 100);
  }
}

/** The mean of loadCount's count before the agent's month factor, set by the caller (a typed array:
 *  a double passed to a call that is not inlined is boxed in a heap number). */
const loadBase = new Float64Array(1);

/**
 * Slot s's Poisson count with mean loadBase[0] × its month factor (LoadDraws: the factor is the
 * stream's first normal, drawn once per replication-month; the count is drawn from the stream state
 * after it, and reused when the mean equals the last one's).
 */
function loadCount(L: LoadDraws, s: number, epoch: number, slotMonthKey: number, kind: number): number {
  if (L.stamp[s] !== epoch) {
    seed(slotMonthKey, kind);
    rng.normalsInto(L.factor, s, 1);
    L.factor[s] = Math.exp(AGENT_LOAD_SIGMA * L.factor[s]! - AGENT_LOAD_SHIFT);
    rng.saveState(L.state, 4 * s);
    L.lambda[s] = NaN;
    L.stamp[s] = epoch;
  }
  const lambda = loadBase[0]! * L.factor[s]!;
  if (lambda === L.lambda[s]) return L.count[s]!;
  L.lambda[s] = lambda;
  const n = poissonAt(rng.loadState(L.state, 4 * s), L.lambda, s);
  L.count[s] = n;
  return n;
}

/**
 * Conduct count i beyond its zero bound (negBinomialAt, a function of u, mean and shape) when its
 * mean is not the latest variant's (the caller tests that one): an earlier variant's count of the
 * same mean, or drawn; then kept first among the slot's COUNT_MEMO entries (monthDraws.ts).
 */
function countAt(D: MonthDraws, i: number, u: number, mean: number, k: number): number {
  const cm = D.countMean;
  const cc = D.count;
  const q = i * COUNT_MEMO;
  let e = 1;
  while (e < COUNT_MEMO && cm[q + e] !== mean) e++;
  const n = e < COUNT_MEMO ? cc[q + e]! : negBinomialAt(u, mean, k, sub);
  // the entries before e (all of them on a miss, the last one dropped) move down by one
  for (let f = Math.min(e, COUNT_MEMO - 1); f > 0; f--) {
    cm[q + f] = cm[q + f - 1]!;
    cc[q + f] = cc[q + f - 1]!;
  }
  cm[q] = mean;
  cc[q] = n;
  return n;
}

function seed(slotMonthKey: number, kind: number): void {
  rng.seed(keyPart(slotMonthKey, kind, PART.kind) | 0);
}

/** Load of a present agent relative to normal: nominal ÷ present, between 1 and `capacity`. */
function staffing(nominal: number, actual: number, capacity: number): number {
  if (nominal <= 0) return 1;
  if (actual <= 0) return capacity;
  return Math.min(capacity, Math.max(1, nominal / actual));
}

function clampInt(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
