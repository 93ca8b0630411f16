/**
 * The integer form of a rules file that the engine computes with. Money is integer fen, rates are
 * integer parts per million (RATE_SCALE), score points are integer hundredths (SCORE_SCALE).
 * Produced only by `compilePolicy` from a validated `PolicyDoc`, so every value is exact.
 */
import type { Level, Role } from './types';

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
}

export type { Level, Role };
