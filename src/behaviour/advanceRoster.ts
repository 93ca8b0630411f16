/**
 * Closes month m and opens month m + 1 (docs/behaviour.md §"Turnover"):
 * 1. each agent's smoothed net pay (full-month equivalent, months outside probation) takes in month m;
 * 2. agents who left in month m vacate their slot; the vacancy stays open a geometric number of whole
 *    months (mean `vacancyMonths`) and the hire then joins on a uniform day of the month, on
 *    probation, at junior level (training cost reported);
 * 3. agents the engine flagged for dismissal in month m (seed 001) leave on day `dismissalDays` of m + 1;
 * 4. every other agent quits during m + 1 with the base chance of their tenure month × the pay factor
 *    (market pay / perceived pay)^quitPayElasticity when below market; a quitter leaves on a uniform
 *    day. A hire may quit in the month they join (after joining);
 * 5. promotion by tenure (seed 001: 中级 after 3 months, 高级 after 1 year, 资深 after 2 years).
 * Each draw comes from the stream of (slot, month m + 1, kind), so a variant's quits are coupled with
 * another's: the same uniform is compared with each variant's chance.
 */
import { daysInOrdinalMonth, ordinalMonth } from '../engine/months';
import { emptyReport } from './createShop';
import { inputConstants } from './inputConstants';
import { KIND } from './random';
import {
  baseQuitChance,
  dayBetween,
  levelByTenure,
  payQuitFactor,
  perceivedPayFen,
  seatOccupant,
  slotStream,
} from './roster';
import type { MonthOutcome, PolicyResponse, RosterReport, ShopState } from './types';

/** Weight of the newest month in the smoothed pay an agent weighs against the market. */
const PAY_SMOOTHING = 0.5;
/** Months shorter than this many days employed do not update the smoothed pay. */
const MIN_DAYS_FOR_PAY = 7;
/** A month's quit chance never exceeds this. */
const MAX_QUIT_CHANCE = 0.95;


/** Close month `monthIndex` (must equal state.monthIndex) and return the roster events of the next month. */
export function advanceRoster(
  state: ShopState,
  monthIndex: number,
  outcome: MonthOutcome,
  response: PolicyResponse,
): RosterReport {
  if (monthIndex !== state.monthIndex) {
    throw new Error(`advanceRoster: the shop is open for month ${state.monthIndex}, not ${monthIndex}`);
  }
  const b = state.input.behaviour;
  const ord = state.startOrdinal + monthIndex;
  const days = daysInOrdinalMonth(ord);
  const next = monthIndex + 1;
  const nextDays = daysInOrdinalMonth(ord + 1);
  const report = emptyReport(next, ordinalMonth(ord + 1));
  const dismissed = outcome.dismissed;
  const netPay = outcome.netPayFen;
  const C = inputConstants(state.input);
  const { trainingFen, recruitingFen } = C;

  for (let slot = 0; slot < state.size; slot++) {
    if (state.occupied[slot]) {
      const tenureMonth = monthIndex - state.hireMonth[slot]! + 1;
      const employed = (state.leaveDay[slot] || days) - state.joinDay[slot]! + 1;
      const net = netPay[slot]!;
      if (net === net && tenureMonth > response.probationMonths && employed >= MIN_DAYS_FOR_PAY) {
        const full = (net * days) / employed;
        const old = state.payEwmaFen[slot]!;
        state.payEwmaFen[slot] = Number.isNaN(old) ? full : PAY_SMOOTHING * full + (1 - PAY_SMOOTHING) * old;
      }
      if (state.leaveReason[slot] !== 0) {
        // Left during month m: the slot falls vacant for a geometric number of whole months.
        state.occupied[slot] = 0;
        state.agentId[slot] = '';
        state.name[slot] = '';
        const rho = b.vacancyMonths / (1 + b.vacancyMonths);
        const u = slotStream(state, slot, monthIndex, KIND.vacancy).next();
        const gap = rho > 0 ? Math.floor(Math.log(u) / Math.log(rho)) : 0;
        state.vacantUntil[slot] = next + Math.min(gap, 1200);
      } else {
        openStayer(state, slot, monthIndex, nextDays, dismissed[slot] === 1, report, response, C.marketFen);
        continue;
      }
    }
    if (!state.occupied[slot] && state.vacantUntil[slot]! <= next) {
      // A hire joins in month m + 1 on probation, junior.
      seatOccupant(state, slot, next, 0, false);
      const join = dayBetween(slotStream(state, slot, next, KIND.joinDay).next(), 1, nextDays);
      state.joinDay[slot] = join;
      report.hires.push(state.agentId[slot]!);
      report.trainingCostFen += trainingFen;
      report.recruitingCostFen += recruitingFen;
      if (drawQuit(state, slot, next, 1, response, C.marketFen)) {
        state.leaveReason[slot] = 1;
        state.leaveDay[slot] = dayBetween(slotStream(state, slot, next, KIND.leaveDay).next(), join, nextDays);
        report.quits.push(state.agentId[slot]!);
      }
      report.headcount++;
    }
  }
  state.monthIndex = next;
  state.report = report;
  return report;
}

/** An agent staying into month m + 1 (of `nextDays` days): promotion, then dismissal or a quit draw. */
function openStayer(
  state: ShopState,
  slot: number,
  monthIndex: number,
  nextDays: number,
  dismissed: boolean,
  report: RosterReport,
  response: PolicyResponse,
  marketFen: ArrayLike<number>,
): void {
  const { shop, behaviour: b } = state.input;
  const next = monthIndex + 1;
  const id = state.agentId[slot]!;
  const tenureMonth = monthIndex - state.hireMonth[slot]! + 1;
  state.joinDay[slot] = 1;
  state.leaveDay[slot] = 0;
  const nextTenure = tenureMonth + 1;
  if (shop.promotionByTenure) state.level[slot] = Math.max(state.level[slot]!, levelByTenure(nextTenure - 1));
  if (dismissed) {
    state.leaveReason[slot] = 2;
    state.leaveDay[slot] = Math.min(Math.max(1, b.dismissalDays), nextDays);
    report.dismissals.push(id);
  } else if (drawQuit(state, slot, next, nextTenure, response, marketFen)) {
    state.leaveReason[slot] = 1;
    state.leaveDay[slot] = dayBetween(slotStream(state, slot, next, KIND.leaveDay).next(), 1, nextDays);
    report.quits.push(id);
  }
  report.headcount++;
}

/** Whether the agent of `slot` quits in `month` (market pay by role index: inputConstants' marketFen). */
function drawQuit(state: ShopState, slot: number, month: number, tenureMonth: number, response: PolicyResponse, marketByRole: ArrayLike<number>): boolean {
  const b = state.input.behaviour;
  const marketFen = marketByRole[state.roleIndex[slot]!]!;
  const pay = perceivedPayFen(state, slot, tenureMonth, response);
  const chance = Math.min(MAX_QUIT_CHANCE, baseQuitChance(b, tenureMonth) * payQuitFactor(pay, marketFen, b.quitPayElasticity));
  return slotStream(state, slot, month, KIND.quit).next() < chance;
}
