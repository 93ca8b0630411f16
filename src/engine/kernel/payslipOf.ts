/**
 * The explained payslip (docs/rules-file.md; the CLI's `paylab pay`, the drill-down, real months):
 * built from the kernel's row (payMonthRows.ts) and the notes the same pass wrote, so its amounts
 * are the simulator's amounts by construction.
 */
import { SCORE_SCALE } from '../../policy/compiled';
import { COMPONENTS, type Note, type PayLine, type Payslip } from '../payslip';
import {
  DISMISSAL_CODES,
  LINE_ORDER,
  NC,
  STRIDE,
  X_BELOW_MINIMUM,
  X_CONTRIBUTIONS,
  X_DEDUCTIONS_BELOW_MINIMUM,
  X_DEDUCTIONS_OVER_CAP,
  X_DISMISSAL,
  X_EARNED,
  X_EMPLOYER_COST,
  X_FINES,
  X_G_BALANCE,
  X_G_GUARANTEE,
  X_G_LEDGER,
  X_G_SETTLEMENT,
  X_G_WRITE_OFF,
  X_GROSS,
  X_GUARANTEE,
  X_LINES,
  X_MINIMUM_WAGE,
  X_MULTIPLIER_PPM,
  X_NET,
  X_NET_SALES,
  X_PROBATION,
  X_PROBATION_TOO_LOW,
  X_SCORE_H,
  type PayRows,
} from '../payRows';
import type { MonthExplain } from './monthExplain';

/** The note of a line when the run does not explain (shared). */
const NO_NOTE: Note = Object.freeze({ key: '', params: Object.freeze({}) }) as Note;

/** The payslip of row i. */
export function payslipOf(rows: PayRows, i: number, ex: MonthExplain | null): Payslip {
  const d = rows.data;
  const at = i * STRIDE;
  const r = rows.records[i]!;
  const bits = d[at + X_LINES]!;
  const lines: PayLine[] = [];
  for (const c of LINE_ORDER) {
    if (bits & (1 << c)) lines.push({ component: COMPONENTS[c]!, amountFen: d[at + c]!, note: (ex && ex.notes[i * NC + c]) ?? NO_NOTE });
  }
  const scoreH = d[at + X_SCORE_H]!;
  const earnedFen = d[at + X_EARNED]!;
  return {
    agentId: r.agentId,
    name: r.name,
    month: rows.month,
    team: r.team,
    role: r.role,
    level: r.level,
    probation: d[at + X_PROBATION] === 1,
    score: scoreH === scoreH ? scoreH / SCORE_SCALE : null,
    multiplierPpm: d[at + X_MULTIPLIER_PPM]!,
    minimumWageFen: d[at + X_MINIMUM_WAGE]!,
    netSalesFen: d[at + X_NET_SALES]!,
    lines,
    contributions: ex ? ex.contributions[i]! : [],
    totals: {
      earnedFen,
      guaranteeFen: d[at + X_GUARANTEE]!,
      grossFen: d[at + X_GROSS]!,
      finesFen: d[at + X_FINES]!,
      netFen: d[at + X_NET]!,
      contributionsFen: d[at + X_CONTRIBUTIONS]!,
      employerCostFen: d[at + X_EMPLOYER_COST]!,
    },
    flags: {
      belowMinimumFen: d[at + X_BELOW_MINIMUM]!,
      deductionsBelowMinimumFen: d[at + X_DEDUCTIONS_BELOW_MINIMUM]!,
      deductionsOverCapFen: d[at + X_DEDUCTIONS_OVER_CAP]!,
      probationTooLow: d[at + X_PROBATION_TOO_LOW] === 1,
      dismissal: DISMISSAL_CODES[d[at + X_DISMISSAL]!]!,
    },
    guarantee:
      d[at + X_G_LEDGER] === 1
        ? {
            guaranteeFen: d[at + X_G_GUARANTEE]!,
            earnedFen,
            balanceFen: d[at + X_G_BALANCE]!,
            settlement: d[at + X_G_SETTLEMENT] === 1,
            writeOffFen: d[at + X_G_WRITE_OFF]!,
          }
        : null,
  };
}

/** Every payslip of the month, by ascending agent id. */
export function payslipsOf(rows: PayRows, ex: MonthExplain | null): Payslip[] {
  const out = new Array<Payslip>(rows.n);
  for (let k = 0; k < rows.n; k++) out[k] = payslipOf(rows, rows.order[k]!, ex);
  return out;
}
