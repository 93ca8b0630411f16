/**
 * The integer form of a rules file that the engine computes with. Money is integer fen, rates are
 * integer parts per million (RATE_SCALE), score points are integer hundredths (SCORE_SCALE).
 * Produced only by `compilePolicy` from a validated `PolicyDoc`, so every value is exact.
 */
import type { GatedLine, Level, Metric, Role } from './types';

/** Rates and multipliers are integers in millionths: "0.005" → 5000. */
export const RATE_SCALE = 1_000_000;
/** Score points are integers in hundredths: "27.5" → 2750. */
export const SCORE_SCALE = 100;

export type FenByLevel = Record<Level, number>;

export interface CBracket {
  fromFen: number;
  ratePpm: number;
}

export interface CRate {
  method: 'flat' | 'marginal' | 'whole';
  /** For flat: one bracket from 0. Sorted by fromFen ascending, first from 0. */
  brackets: CBracket[];
}

export type CCommission =
  | { type: 'none' }
  | { type: 'rate'; rate: CRate; basis: 'personal' | 'team'; applyScore: boolean }
  | {
      type: 'role';
      presalesPpm: number;
      aftersalesPpm: number;
      goldSalesPpm: number;
      goldCasesPpm: number;
      supervisorPpm: number;
    }
  | {
      /** Seed 004: brackets by conversion (`from` in millionths, METRIC_SCALE), sorted ascending, first from 0. */
      type: 'conversion';
      brackets: { from: number; ratePpm: number }[];
      applyScore: boolean;
    };

export interface CPool {
  rate: CRate;
  split: 'score' | 'equal' | 'sales';
  applyScore: boolean;
  /** α in ppm, or null when the policy pays both lines unscaled. */
  individualSharePpm: number | null;
}

export interface CScore {
  partsMax: { teamTask: number; handover: number; satisfaction: number; skill: number };
  commendation: number;
  light: number;
  medium: number;
  severe: number;
  /** Cap in hundredths, or null. */
  cap: number | null;
  /** null: factor score/100; otherwise steps sorted by `from` descending. */
  steps: { from: number; multiplierPpm: number }[] | null;
}

export interface CFines {
  lateShortFree: number;
  lateShortFen: number;
  lateLongFen: number;
  absenceFen: number;
  slowOver: number;
  slowFen: number;
  unanswered30Fen: number;
  unanswered2hFen: number;
  unansweredStack: boolean;
  idleHangFen: number;
  badReviewFen: number;
  capFen: number | null;
  legalCap: boolean;
}

/** Metric thresholds and bounds are integers in millionths of the metric's unit: "0.475" → 475000. */
export const METRIC_SCALE = 1_000_000;

export interface CGate {
  metric: Metric;
  atLeast: boolean;
  /** Millionths of the metric's unit. */
  threshold: number;
  factorPpm: number;
  lines: readonly GatedLine[];
}

export interface CAfterSales {
  perReversedFen: number | null;
  /** Sorted by bound descending: the first bound the rate reaches pays. */
  goodReview: { bound: number; amountFen: number }[];
  /** Sorted by bound ascending: the first bound the rate stays at or below pays. */
  returnRate: { bound: number; amountFen: number }[];
}

export type CScoring =
  | { type: 'linear'; worst: number; best: number }
  /** Steps sorted so the first that applies pays: higher → bounds descending; lower → ascending. */
  | { type: 'steps'; higher: boolean; steps: { bound: number; pointsH: number }[] };

export interface CCompositePart {
  metric: Metric;
  /** Weight in hundredths of a point (weights add up to 10000). */
  weightH: number;
  scoring: CScoring;
}

export interface CTarget {
  byLevelFen: FenByLevel | null;
  /** Sorted by `from` descending (millionths of attainment). */
  payout: { from: number; amountFen: number | null; ratePpm: number | null }[];
  capFen: number | null;
}

export interface CRank {
  metric: Metric;
  higher: boolean;
  amountsFen: number[];
}

export interface CKpi {
  gates: CGate[];
  afterSales: CAfterSales | null;
  composite: CCompositePart[] | null;
  target: CTarget | null;
  rank: CRank | null;
}

export interface CompiledPolicy {
  name: string;
  city: string;
  baseFen: FenByLevel | null;
  probation: { months: number; payFen: number } | null;
  guarantee: { byTenureYearFen: number[]; mode: 'monthly-floor' | 'annual-true-up' | 'recoverable-advance' } | null;
  commission: CCommission;
  pool: CPool | null;
  score: CScore | null;
  performancePayFen: FenByLevel | null;
  dismissal: { passMark: number; consecutiveMonths: number; warningsPerYear: number } | null;
  bonuses: {
    teamScorePpm: number | null;
    fullAttendanceFen: number | null;
    livingSubsidyFen: number | null;
    seniority: { perYearFen: number; fromYears: number } | null;
    topPerformerFen: number | null;
  };
  fines: CFines | null;
  contributions: 'city' | 'none';
  /** KPI pay (domain.md 12), or null for none. */
  kpi: CKpi | null;
}

export type { Level, Role };
