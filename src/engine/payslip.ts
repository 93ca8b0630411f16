/**
 * The engine's output: one itemized payslip per agent-month, with totals and legal flags
 * (docs/rules-file.md, §"The engine's legal flags"). All money is integer fen.
 */
import type { Level, Role } from '../policy/types';
import type { ContributionLine } from '../policy/cities';

/** Pay line components, in payslip order. Fine lines carry negative amounts. */
export const COMPONENTS = [
  'base',
  'probationPay',
  'commission',
  'pool',
  'performancePay',
  'teamScoreBonus',
  'fullAttendance',
  'livingSubsidy',
  'seniority',
  'topPerformer',
  'afterSalesBonus',
  'targetBonus',
  'rankBonus',
  'guaranteeTopUp',
  'guaranteeTrueUp',
  'guaranteeAdvance',
  'guaranteeRecovery',
  'fineLateShort',
  'fineLateLong',
  'fineAbsence',
  'fineSlowReplies',
  'fineUnanswered',
  'fineIdleHang',
  'fineBadReview',
  'fineCapRelief',
] as const;
export type Component = (typeof COMPONENTS)[number];

/** The components of a group: COMPONENTS from `first` up to (not including) `end`. */
const group = (first: Component, end?: Component): readonly Component[] =>
  COMPONENTS.slice(COMPONENTS.indexOf(first), end === undefined ? undefined : COMPONENTS.indexOf(end));

/** Components that make up earned pay (every pay line before guarantee and fines): base … rankBonus. */
export const EARNED_COMPONENTS = group('base', 'guaranteeTopUp');
/** The guarantee's lines: top-up, true-up, advance, recovery. */
export const GUARANTEE_COMPONENTS = group('guaranteeTopUp', 'fineLateShort');
/** Fine lines (negative amounts) and the relief of the fine cap. */
export const FINE_COMPONENTS = group('fineLateShort');

/**
 * Why a line has its amount: a message key and its parameters. Rendered to Chinese or English by
 * formats/explain.ts, e.g. commission.flat {rate:"0.5%", sales:"123,456.78"} → "提成 0.5% × 123,456.78 = 617.28".
 */
export interface Note {
  key: string;
  /** Values are preformatted numbers ("1,500.00", "0.5%"), or lists of sub-notes rendered in a row. */
  params: Record<string, string | number | Note[]>;
}

export interface PayLine {
  component: Component;
  amountFen: number;
  note: Note;
}

export interface Totals {
  /** Every pay line before guarantee lines and fines. */
  earnedFen: number;
  /** Sum of the guarantee lines (top-up, true-up, advance, recovery). */
  guaranteeFen: number;
  /** Gross pay before fines: earned + guarantee lines. */
  grossFen: number;
  /** Fines taken, as a positive amount (after any cap). */
  finesFen: number;
  /** Net pay: gross − fines. */
  netFen: number;
  /** Employer contributions, sum of `contributions`. */
  contributionsFen: number;
  /** Employer cost: gross + employer contributions (docs/rules-file.md). */
  employerCostFen: number;
}

export interface Flags {
  /** Shortfall of gross pay below the (pro-rated) minimum wage, or 0. */
  belowMinimumFen: number;
  /** When fines > 0: shortfall of gross − fines below the minimum wage, or 0. */
  deductionsBelowMinimumFen: number;
  /** Fines above 20 % of gross: the excess over 20 % (rounded up to the fen), or 0. */
  deductionsOverCapFen: number;
  /** Probation pay under 80 % of the lowest base (or guarantee) or under the minimum wage. */
  probationTooLow: boolean;
  /** Dismissal triggered this month (seed 001), or null. */
  dismissal: null | 'low-score' | 'warnings';
}

/** The 保底 ledger of a month (for guarantee policies): what the guarantee compared and its state. */
export interface GuaranteeLedger {
  /** The month's guarantee (pro-rated), 0 in probation. */
  guaranteeFen: number;
  /** Earned pay compared with it. */
  earnedFen: number;
  /** Annual true-up: Σ guarantee − Σ earned so far this year; advance: the open balance after this month. */
  balanceFen: number;
  /** This month settles the year (December or leaving). */
  settlement: boolean;
  /** Recoverable advance written off at settlement. */
  writeOffFen: number;
}

export interface Payslip {
  agentId: string;
  name: string;
  month: string;
  team: string;
  role: Role;
  level: Level;
  probation: boolean;
  /** Performance score in points (two decimals), or null when the policy has no score. */
  score: number | null;
  /** Score multiplier in parts per million (1 000 000 = 100 %). */
  multiplierPpm: number;
  /** Minimum wage compared with (pro-rated), fen. */
  minimumWageFen: number;
  /** Net credited sales the commission is computed on, fen. */
  netSalesFen: number;
  lines: PayLine[];
  /** Employer contribution lines, itemized when the run explains (ctx.explain); the total is always in `totals`. */
  contributions: { line: ContributionLine; baseFen: number; ratePpm: number; amountFen: number }[];
  totals: Totals;
  flags: Flags;
  guarantee: GuaranteeLedger | null;
}
