/**
 * The lean form of a month's payslips: one Float64Array row per agent-month, a column per pay
 * component (its amount in fen, fine lines negative) and a column per total, flag and guarantee
 * ledger figure (docs/rules-file.md §"The engine's legal flags"; docs/performance.md). The engine's
 * kernel (kernel/payMonthRows.ts) writes these rows; the simulator reads them without building a
 * payslip object per agent-month; the explained `Payslip` is built from the same row
 * (kernel/payslipOf.ts). All money is integer fen, exact in a double below 2^53.
 *
 * Row i belongs to records[i] of the month, in the order the records were given; `order` lists the
 * rows by ascending agent id (the order of `payMonth`'s payslips).
 */
import { COMPONENTS, FINE_COMPONENTS, GUARANTEE_COMPONENTS, type Component, type Flags, type Payslip } from './payslip';
import type { AgentMonth } from './records';
import { LEVELS, ROLES, type Level, type Role } from '../policy/types';

/** Number of pay components; column c < NC holds the amount of COMPONENTS[c]. */
export const NC = COMPONENTS.length;

/** Column of each component's amount. */
export const COMPONENT_COLUMN: Readonly<Record<Component, number>> = Object.fromEntries(COMPONENTS.map((c, i) => [c, i])) as Record<Component, number>;

let col = NC;
/** Bit c set: the payslip carries a line of COMPONENTS[c] (a line may be 0, e.g. a withheld commission). */
export const X_LINES = col++;
export const X_EARNED = col++;
export const X_GUARANTEE = col++;
export const X_GROSS = col++;
export const X_FINES = col++;
export const X_NET = col++;
export const X_CONTRIBUTIONS = col++;
export const X_EMPLOYER_COST = col++;
export const X_NET_SALES = col++;
export const X_MINIMUM_WAGE = col++;
export const X_BELOW_MINIMUM = col++;
export const X_DEDUCTIONS_BELOW_MINIMUM = col++;
export const X_DEDUCTIONS_OVER_CAP = col++;
/** 1 in a probation month. */
export const X_PROBATION = col++;
/** 1 when the probation pay is too low (flag). */
export const X_PROBATION_TOO_LOW = col++;
/** DISMISSAL_CODES index: 0 none, 1 low score, 2 warnings. */
export const X_DISMISSAL = col++;
/** Score in hundredths of a point; NaN when the policy has no score. */
export const X_SCORE_H = col++;
export const X_MULTIPLIER_PPM = col++;
/** Index of the agent's level in LEVELS and role in ROLES (policy/types.ts). */
export const X_LEVEL = col++;
export const X_ROLE = col++;
/** 1 when the payslip carries a guarantee ledger (guarantee policies). */
export const X_G_LEDGER = col++;
export const X_G_GUARANTEE = col++;
export const X_G_BALANCE = col++;
export const X_G_SETTLEMENT = col++;
export const X_G_WRITE_OFF = col++;
/** Columns per row. */
export const STRIDE = col;

export const DISMISSAL_CODES: readonly Flags['dismissal'][] = [null, 'low-score', 'warnings'];

/**
 * The order of lines on a payslip: earned lines as the engine adds them (base or probation pay,
 * commission, pool share, performance pay, KPI bonuses, bonuses and allowances), the guarantee line,
 * fines, the fine-cap relief.
 */
export const LINE_ORDER: readonly number[] = (
  [
    'base',
    'probationPay',
    'commission',
    'pool',
    'performancePay',
    'afterSalesBonus',
    'targetBonus',
    'rankBonus',
    'teamScoreBonus',
    'fullAttendance',
    'livingSubsidy',
    'seniority',
    'topPerformer',
    ...GUARANTEE_COMPONENTS,
    ...FINE_COMPONENTS,
  ] satisfies readonly Component[]
).map((c) => COMPONENT_COLUMN[c]);

export const LEVEL_INDEX: ReadonlyMap<Level, number> = new Map(LEVELS.map((l, i) => [l, i]));
export const ROLE_INDEX: ReadonlyMap<Role, number> = new Map(ROLES.map((r, i) => [r, i]));

/** A month's rows; reusable from month to month (grows, never shrinks). */
export class PayRows {
  data = new Float64Array(0);
  /** Rows by ascending agent id. */
  order = new Int32Array(0);
  n = 0;
  month = '';
  records: readonly AgentMonth[] = [];

  /** Make room for n zeroed rows. */
  reset(n: number, month: string, records: readonly AgentMonth[]): void {
    if (this.data.length < n * STRIDE) {
      this.data = new Float64Array(Math.max(n, 2 * (this.data.length / STRIDE)) * STRIDE);
      this.order = new Int32Array(this.data.length / STRIDE);
    } else this.data.fill(0, 0, n * STRIDE);
    this.n = n;
    this.month = month;
    this.records = records;
  }

  /** Value of column c of row i. */
  at(i: number, c: number): number {
    return this.data[i * STRIDE + c]!;
  }
}

/**
 * Rows of payslips already built (a sink handed payslip objects, e.g. from a file): the inverse of
 * kernel/payslipOf.ts for the columns the simulator reads. Row i is slips[i]; `records` are
 * reordered to match (by agent id); `order` is the slips' order.
 */
export function payRowsOf(slips: readonly Payslip[], records: readonly AgentMonth[]): PayRows {
  const rows = new PayRows();
  const byId = new Map(records.map((r) => [r.agentId, r]));
  const aligned = slips.map((s) => byId.get(s.agentId)!);
  rows.reset(slips.length, slips[0]?.month ?? '', aligned);
  const d = rows.data;
  slips.forEach((s, i) => {
    const at = i * STRIDE;
    rows.order[i] = i;
    for (const l of s.lines) {
      const c = COMPONENT_COLUMN[l.component];
      d[at + c] = l.amountFen;
      d[at + X_LINES]! |= 1 << c;
    }
    const t = s.totals;
    d[at + X_EARNED] = t.earnedFen;
    d[at + X_GUARANTEE] = t.guaranteeFen;
    d[at + X_GROSS] = t.grossFen;
    d[at + X_FINES] = t.finesFen;
    d[at + X_NET] = t.netFen;
    d[at + X_CONTRIBUTIONS] = t.contributionsFen;
    d[at + X_EMPLOYER_COST] = t.employerCostFen;
    d[at + X_NET_SALES] = s.netSalesFen;
    d[at + X_MINIMUM_WAGE] = s.minimumWageFen;
    d[at + X_BELOW_MINIMUM] = s.flags.belowMinimumFen;
    d[at + X_DEDUCTIONS_BELOW_MINIMUM] = s.flags.deductionsBelowMinimumFen;
    d[at + X_DEDUCTIONS_OVER_CAP] = s.flags.deductionsOverCapFen;
    d[at + X_PROBATION] = s.probation ? 1 : 0;
    d[at + X_PROBATION_TOO_LOW] = s.flags.probationTooLow ? 1 : 0;
    d[at + X_DISMISSAL] = DISMISSAL_CODES.indexOf(s.flags.dismissal);
    d[at + X_SCORE_H] = s.score === null ? NaN : Math.round(s.score * 100);
    d[at + X_MULTIPLIER_PPM] = s.multiplierPpm;
    d[at + X_LEVEL] = LEVEL_INDEX.get(s.level)!;
    d[at + X_ROLE] = ROLE_INDEX.get(s.role)!;
    const g = s.guarantee;
    if (g) {
      d[at + X_G_LEDGER] = 1;
      d[at + X_G_GUARANTEE] = g.guaranteeFen;
      d[at + X_G_BALANCE] = g.balanceFen;
      d[at + X_G_SETTLEMENT] = g.settlement ? 1 : 0;
      d[at + X_G_WRITE_OFF] = g.writeOffFen;
    }
  });
  return rows;
}
