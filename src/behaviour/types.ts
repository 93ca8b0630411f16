/**
 * Types of the behaviour API (see index.ts for the month-by-month flow): the input the generator
 * reads from a scenario, the shop's state between months, what the model reads from a policy, the
 * pay outcome fed back after a month, and the roster events of a month.
 */
import type { Level, Role } from '../policy/types';
import type { BehaviourParams, ShopProfile } from './params';
import type { MonthDraws } from './monthDraws';

/** What the generator reads from a scenario; a `Scenario` (src/sim/scenario.ts) is one. */
export interface BehaviourInput {
  shop: ShopProfile;
  behaviour: BehaviourParams;
  settings: {
    /** First simulated month, "YYYY-MM"; month index 0. */
    startMonth: string;
    /** Scenario seed, an integer 0 … 2³²−1: every random stream is derived from it by hashing. */
    seed: number;
  };
}

/** Roster events of one month (quits and dismissals leave during it; hires join during it). */
export interface RosterReport {
  /** Month index (0 = settings.startMonth). */
  monthIndex: number;
  /** "YYYY-MM". */
  month: string;
  /** Agents joining this month, on probation. */
  hires: string[];
  /** Agents leaving this month by their own choice (their record has `left: true`). */
  quits: string[];
  /** Agents leaving this month because the engine flagged a dismissal the month before. */
  dismissals: string[];
  /** Training cost of this month's hires, fen. */
  trainingCostFen: number;
  /** Recruiting cost of this month's hires, fen (turnover cost = training + recruiting). */
  recruitingCostFen: number;
  /** Agents employed at some time this month. */
  headcount: number;
}

/**
 * The shop between months: one slot per position (shop.agents slots), struct-of-arrays. A slot keeps
 * its team, role and shift; its occupant changes when someone leaves and a hire arrives. Mutated only
 * by `advanceRoster`; `generateMonth` reads it (and uses its scratch space). One state per variant
 * and replication (`cloneShop` copies one).
 */
export interface ShopState {
  readonly input: BehaviourInput;
  readonly replication: number;
  /** Hash of (seed, replication): the prefix of every stream key of this shop (random.ts). */
  readonly repKey: number;
  /** Month ordinal (year × 12 + month − 1) of month index 0. */
  readonly startOrdinal: number;
  /** Number of slots (= shop.agents). */
  readonly size: number;
  /** Month index the roster is open for (0 after createShop). */
  monthIndex: number;
  /** Fixed per slot. */
  readonly team: string[];
  /** Index of the slot's team (0 … teams − 1): the team's monthly shock and score. */
  readonly teamIndex: Uint16Array;
  readonly role: Role[];
  /** Index of the slot's role in ROLES. */
  readonly roleIndex: Uint8Array;
  readonly night: Uint8Array;
  /** Per slot, for the current occupant ("" / 0 when vacant). */
  agentId: string[];
  name: string[];
  /** 1 when the slot has an agent employed at some time this month. */
  occupied: Uint8Array;
  /** Index into LEVELS. */
  level: Uint8Array;
  /** Month index of hire (negative: hired before the simulation starts). */
  hireMonth: Int32Array;
  /** The month of hire as "YYYY-MM" (the record's hireMonth). */
  hireLabel: string[];
  /** First day of this month employed (1 unless hired this month). */
  joinDay: Uint8Array;
  /** Last day of this month employed, or 0 when staying on. */
  leaveDay: Uint8Array;
  /** Why the occupant leaves this month: 0 stays, 1 quits, 2 dismissed. */
  leaveReason: Uint8Array;
  /** Persistent traits: skill on the logit scale of conversion; diligence as log-multiplier of rule-breaking (higher = fewer). */
  skill: Float64Array;
  diligence: Float64Array;
  /** Derived from the traits when the occupant is seated (so the monthly loop needs no exp): the
   *  rule-breaking multiplier e^(−diligence − σ²/2), e^(skill/2), and e^(skill/(2·skillSpread)). */
  rareFactor: Float64Array;
  expHalfSkill: Float64Array;
  commendFactor: Float64Array;
  /** Persistent service trait (standard normal; metrics.ts): higher replies more and faster, satisfies more. */
  serviceTrait: Float64Array;
  /** Smoothed full-month net pay seen by the agent, fen (NaN until the first payslip). */
  payEwmaFen: Float64Array;
  /** Month index at which a vacant slot's hire starts (−1 when occupied). */
  vacantUntil: Int32Array;
  /** Roster events of the open month. */
  report: RosterReport;
  /** Service lost in the month last generated (set by generateMonth; zeros before it runs). */
  service: MonthService;
  /** The replication's draws that no policy changes, shared by every clone of the shop (monthDraws.ts). */
  readonly draws: MonthDraws;
}

/**
 * Inquiries of a month that nobody answered because posts were empty and the present agents were
 * at capacity (docs/behaviour.md §"Vacancies and capacity"), and the net sales they would have
 * brought at the shop's mean conversion.
 */
export interface MonthService {
  /** Expected unanswered inquiries of the month, rounded to a whole inquiry. */
  unansweredInquiries: number;
  /** Net sales lost with them, fen: unanswered × conversion × payment rate × mean order value × (1 − non-quality return share). */
  lostSalesFen: number;
}

/**
 * What the behaviour model reads from one compiled policy (coarse, documented in docs/behaviour.md
 * §"Response to the policy"). Tables are indexed [role][level][tenure year 0..2].
 */
export interface PolicyResponse {
  policyName: string;
  /** Tenure months 1..n are probation (flat pay: no money at stake, effort 1). */
  probationMonths: number;
  /** Effort multiplier on conversion, chasing and after-sales cases (1 = no pay at stake), by role, level and tenure year. */
  effort: Record<Role, Record<Level, [number, number, number]>>;
  /** Multipliers on the rate of each kind of rule-breaking (1 = no fine), from its fine. */
  ruleBreaking: {
    latesShort: number;
    latesLong: number;
    slowReplies: number;
    unanswered: number;
    idleHangs: number;
    absences: number;
  };
  /** The policy's monthly guarantee (保底) by tenure year 1, 2, 3+, fen (0 without one): a floor of the pay an agent expects. */
  guaranteeFen: [number, number, number];
  /** Expected full-month net pay of a typical agent, fen, by role, level and tenure year (quits before any payslip). */
  expectedPayFen: Record<Role, Record<Level, [number, number, number]>>;
  /**
   * Shift of each service metric (metrics.ts SERVICE_METRICS order) by role, in between-agent spreads
   * towards better, from what the policy pays or gates on it (kpiResponse.ts); all 0 without KPI pay.
   */
  metricShift: Record<Role, number[]>;
  /** Diagnostics shown in docs and tests: the inputs of `effort` and `ruleBreaking`. */
  detail: {
    /** Marginal pay of output by role at a typical month: pay of +1 % output × 100 / the role's market pay. */
    payElasticity: Record<Role, number>;
    /** Money-equivalent of one more event of each kind, fen (fine or score points × their pay value). */
    fineFen: { latesShort: number; latesLong: number; slowReplies: number; unanswered: number; idleHangs: number; absences: number };
    /** Pay gained by a typical agent of the role when a service metric is one spread better, fen (SERVICE_METRICS order). */
    metricStakeFen: Record<Role, number[]>;
  };
}

/**
 * What the pay engine said about a month, fed back to the roster, by roster slot (a slot has one
 * occupant in a month: a leaver's post is filled in a later month at the earliest). Made by
 * outcomeFromPayslips.ts; one outcome per variant is refilled month after month by the runner.
 */
export interface MonthOutcome {
  /** Net pay of the slot's agent this month, fen; NaN when the slot's agent was not paid. */
  readonly netPayFen: Float64Array;
  /** 1 when the engine flagged the slot's agent for dismissal this month, else 0. */
  readonly dismissed: Uint8Array;
}

export type { Level, Role };
