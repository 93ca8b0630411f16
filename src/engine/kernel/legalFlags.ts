/**
 * Step 6 of paying a month (docs/rules-file.md §"The engine's legal flags"; docs/law.md): gross pay
 * below the pro-rated minimum wage, deductions taking pay below it, deductions over 20 % of gross
 * (工资支付暂行规定 Art. 16), probation pay too low (劳动合同法 Art. 20), and the dismissal rule of
 * seed 001 — written into the row.
 */
import type { CompiledPolicy } from '../../policy/compiled';
import type { AgentMonth } from '../records';
import { STRIDE, X_BELOW_MINIMUM, X_DEDUCTIONS_BELOW_MINIMUM, X_DEDUCTIONS_OVER_CAP, X_DISMISSAL, X_PROBATION_TOO_LOW } from '../payRows';
import type { AgentState } from './payLedger';

export function legalFlags(grossFen: number, finesFen: number, minFen: number, probationTooLow: boolean, data: Float64Array, i: number): void {
  const at = i * STRIDE;
  if (grossFen < minFen) data[at + X_BELOW_MINIMUM] = minFen - grossFen;
  if (finesFen > 0 && grossFen - finesFen < minFen) data[at + X_DEDUCTIONS_BELOW_MINIMUM] = minFen - (grossFen - finesFen);
  if (finesFen * 5 > grossFen) data[at + X_DEDUCTIONS_OVER_CAP] = finesFen - Math.floor(grossFen / 5);
  if (probationTooLow) data[at + X_PROBATION_TOO_LOW] = 1;
}

/**
 * Dismissal (seed 001; docs/engine.md): a score below the pass mark in N consecutive calendar months
 * present in the records is a state, flagged in every month that continues such a run (a third low
 * month in a row is flagged again); the n-th formal warning within a calendar year is an event,
 * flagged only in the month that reaches it. Updates the agent's state; writes the row's code
 * (payRows.ts DISMISSAL_CODES: 0 none, 1 low score, 2 warnings). `scoreH` is NaN without a score.
 */
export function dismissal(p: CompiledPolicy, s: AgentState, r: AgentMonth, scoreH: number, month: string, prevMonth: string, year: number, data: Float64Array, i: number): void {
  const d = p.dismissal;
  const consecutive = s.lastMonth === prevMonth;
  s.lastMonth = month;
  if (!d) return;
  let result = 0;
  if (scoreH === scoreH) {
    if (scoreH < d.passMark) {
      s.lowScoreRun = consecutive ? s.lowScoreRun + 1 : 1;
      if (s.lowScoreRun >= d.consecutiveMonths) result = 1;
    } else s.lowScoreRun = 0;
  }
  if (s.warningsYear !== year) {
    s.warningsYear = year;
    s.warnings = 0;
  }
  const before = s.warnings;
  s.warnings += r.warnings;
  if (result === 0 && before < d.warningsPerYear && s.warnings >= d.warningsPerYear) result = 2;
  data[i * STRIDE + X_DISMISSAL] = result;
}
