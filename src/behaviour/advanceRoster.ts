/**
 * Closes month m and opens month m + 1: leavers go, dismissals are scheduled, quits of m + 1 are
 * drawn, vacancies are refilled by hires on probation, promotions by tenure (seed 001).
 */
import type { MonthOutcome, PolicyResponse, RosterReport, ShopState } from './types';

/** Close month `monthIndex` (must equal state.monthIndex) and return the roster events of the next month. */
export function advanceRoster(
  state: ShopState,
  monthIndex: number,
  outcome: MonthOutcome,
  response: PolicyResponse,
): RosterReport {
  void state;
  void monthIndex;
  void outcome;
  void response;
  throw new Error('advanceRoster: not implemented yet');
}
