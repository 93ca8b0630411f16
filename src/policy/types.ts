/**
 * The rules file (`paylab.policy/1`): one pay-policy variant as a JSON document.
 *
 * Every money amount and rate is a decimal string ("1500.00", "0.005") so nothing is lost to
 * binary floats; counts are plain integers. The semantics of each part are those of
 * docs/rules-file.md 1–11; the comments name the seed
 * clause each part comes from. `compilePolicy` (compile.ts) turns a validated document into the
 * integer form the engine computes with (compiled.ts).
 */

import type { ContributionLine } from './cities';

/** The format tag this code writes; older tags are migrated on parse, newer ones refused. */
export const POLICY_FORMAT = 'paylab.policy/1';

/** Agent levels (seed 000: 初级/中级/高级客服, 客户经理). */
export const LEVELS = ['junior', 'intermediate', 'senior', 'manager'] as const;
export type Level = (typeof LEVELS)[number];

/** Agent roles (seed 001: 售前, 售后, 金牌客服, 客服主管). */
export const ROLES = ['presales', 'aftersales', 'gold', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

/** A decimal string: money in yuan with at most 2 decimals, or a rate with at most 6 decimals. */
export type Dec = string;

/** Amount per level, e.g. seed 000 bases 1500/1800/2200/2700. */
export type ByLevel = Record<Level, Dec>;

/** A bracket of a tiered schedule, given by its lower bound (a total exactly at `from` is inside it). */
export interface Bracket {
  from: Dec;
  rate: Dec;
}

/**
 * Tiered rate schedule. `marginal`: each bracket's rate on the part inside it (seed 001
 * "超出基点范围的以其所在阶段绩效进行核算"); `whole`: the rate of the bracket reached applies to all.
 */
export interface TieredRate {
  type: 'tiered';
  method: 'marginal' | 'whole';
  brackets: Bracket[];
}

export interface FlatRate {
  type: 'flat';
  rate: Dec;
}

/** Individual commission on net credited sales (seed 000 rules 1–5, seed 001 part 5). */
export type Commission =
  | { type: 'none' }
  | (FlatRate & { applyScore: boolean })
  | (TieredRate & {
      /** `team`: the bracket is chosen by the team's net sales, its rate applied to personal net sales (whole only). */
      basis: 'personal' | 'team';
      applyScore: boolean;
    })
  | {
      /** Seed 001 role formulas, always × the score multiplier. */
      type: 'role';
      /** 售前: net sales × rate. */
      presales: Dec;
      /** 售后: cases handled × shop AOV × rate. */
      aftersales: Dec;
      /** 金牌: net sales × salesRate + cases × AOV × casesRate. */
      gold: { sales: Dec; cases: Dec };
      /** 主管: the team's average pre-sales net sales × rate (seed cut off: 0.005 is an assumption). */
      supervisor: Dec;
    }
  | {
      /**
       * Conversion-stepped commission (seed 004 "咨询转化率越高,客服将有对应的提成奖励"): brackets by the
       * month's inquiry-to-payment conversion (`from` a fraction, "0.475" = 47.5 %, inclusive); the
       * bracket's rate applies to all net sales.
       */
      type: 'conversion';
      brackets: Bracket[];
      applyScore: boolean;
    };

/** Team commission pool (seed 001 (g)): pool = rate × team net sales, split among members. */
export interface Pool {
  rate: FlatRate | TieredRate;
  split: 'score' | 'equal' | 'sales';
  /** Multiply each share by the member's score multiplier (what it withholds stays with the shop). */
  applyScore: boolean;
  /** Blend α: when present, individual commission rates × α and the pool rate × (1 − α). */
  individualShare?: Dec;
}

/** Guarantee 保底 (seed 001): a monthly amount by tenure year floors earned pay. */
export interface Guarantee {
  /** Index 0 = tenure year 1; the last entry applies to every later year. */
  byTenureYear: Dec[];
  mode: 'monthly-floor' | 'annual-true-up' | 'recoverable-advance';
}

export interface ScoreStep {
  /** Lower bound, inclusive. */
  from: Dec;
  multiplier: Dec;
}

/** Performance score (seed 001 绩效考核): four parts, commendations, violation points. */
export interface Score {
  /** Maximum points of each part; a record's points above a maximum count as the maximum. */
  parts: { teamTask: Dec; handover: Dec; satisfaction: Dec; skill: Dec };
  /** Points per commendation (+5). */
  commendation: Dec;
  /** Points lost per violation (light 2, medium 10, severe 20). */
  violations: { light: Dec; medium: Dec; severe: Dec };
  /** Upper cap on the score, or null for none. */
  cap: Dec | null;
  /** How the score becomes a multiplier: score/100, or steps (each including its lower bound; below all → 0). */
  multiplier: { type: 'factor' } | { type: 'steps'; steps: ScoreStep[] };
}

/** Dismissal rule (seed 001): flagged by the engine, acted on by the simulator. */
export interface Dismissal {
  /** Score below this in `consecutiveMonths` consecutive calendar months triggers dismissal. */
  passMark: Dec;
  consecutiveMonths: number;
  /** The n-th formal warning within a calendar year triggers dismissal. */
  warningsPerYear: number;
}

export interface Bonuses {
  /** Team-score bonus: rate × base paid × team score / 100 (seed 000: 10 % of base). */
  teamScore: { rate: Dec } | null;
  /** 满勤奖: paid only with no late, absence or leave day in a whole month employed. */
  fullAttendance: Dec | null;
  /** 生活补助 (fixed monthly, pro-rated). */
  livingSubsidy: Dec | null;
  /** 工龄补贴: perYear × full tenure years once full years ≥ fromYears (seed 002 leaves it blank). */
  seniority: { perYear: Dec; fromYears: number } | null;
  /** Top performer: fixed amount to the team's highest net credited sales outside probation; ties each in full. */
  topPerformer: Dec | null;
}

/** Fine schedule (seed 000 §1 出勤, §2 应答时间, rule 5). */
export interface Fines {
  /** Lates ≤ 10 min: `free` per month, each further one costs `each`. */
  lateShort: { free: number; each: Dec };
  /** Each late > 10 min. */
  lateLong: { each: Dec };
  /** Each unexcused absence (offline on shift without leave). */
  absence: { each: Dec };
  /** More than `over` slow replies (> 2 min) in a month cost `amount` once. */
  slowReplies: { over: number; amount: Dec };
  /**
   * Inquiries unanswered ≥ 30 min (< 2 h) and ≥ 2 h. `stack: false` (the default, docs/rules-file.md): one
   * inquiry is never fined twice; `stack: true` reads seed 000's "以此累加" literally (a ≥ 2 h inquiry
   * also pays the 30 min fine).
   */
  unanswered: { over30m: Dec; over2h: Dec; stack: boolean };
  /** Each idle-hang ≥ 2 h (online but away). */
  idleHang: { each: Dec };
  /** Each bad review caused by the agent and not reversed to good (its sales are deducted either way). */
  badReview: { each: Dec };
  /** Cap on the month's total fines, or null. */
  cap: Dec | null;
  /** Limit fines to the law: ≤ 20 % of gross and never taking pay below the minimum wage. */
  legalCap: boolean;
}

/**
 * Service metrics a KPI rule reads (docs/rules-file.md 12; seed 004). Units of thresholds and bounds in the
 * rules file: rates and attainment as fractions ("0.95" = 95 %), hours, seconds, yuan, counts.
 *  - conversion: paid orders ÷ inquiries (exact, from counts); replyRate, satisfactionRate,
 *    goodReviewRate, returnRate: the record's rates; attendance: days worked ÷ scheduled days;
 *  - onlineHours, avgResponseSec, firstResponseSec: the record's measures;
 *  - netSales: net credited sales (yuan); aov: net sales ÷ paid orders (yuan);
 *  - attainment: net sales ÷ target (the record's target, else the policy's target by level);
 *  - reviewsReversed: bad reviews changed to good (改评数).
 */
export const METRICS = [
  'conversion',
  'replyRate',
  'avgResponseSec',
  'firstResponseSec',
  'satisfactionRate',
  'goodReviewRate',
  'returnRate',
  'onlineHours',
  'attendance',
  'netSales',
  'aov',
  'attainment',
  'reviewsReversed',
] as const;
export type Metric = (typeof METRICS)[number];

/**
 * The metrics a record holds as its own service fields (domain.md 12; seed 004): generated by the
 * behaviour model (src/behaviour/metrics.ts, in this order: its per-metric arrays follow it) or
 * read from a platform export; every other metric is computed from counts and sales.
 */
export const SERVICE_METRICS = [
  'onlineHours',
  'replyRate',
  'avgResponseSec',
  'firstResponseSec',
  'satisfactionRate',
  'goodReviewRate',
  'returnRate',
] as const satisfies readonly Metric[];
export type ServiceMetric = (typeof SERVICE_METRICS)[number];

/** Lines a gate can hold back (incentive pay only: never base or guarantee). */
export const GATED_LINES = ['commission', 'performancePay', 'afterSales', 'targetBonus', 'rankBonus'] as const;
export type GatedLine = (typeof GATED_LINES)[number];

/**
 * A basic standard (seed 004 "在线时长、消息回复率、咨询响应速度是基本要求"): a month whose metric is not
 * at least (or at most) the threshold multiplies the listed lines by `factor` (0 = withheld).
 */
export interface Gate {
  metric: Metric;
  direction: 'atLeast' | 'atMost';
  threshold: Dec;
  factor: Dec;
  lines: GatedLine[];
}

/** A step of an amount table by a metric's value. */
export interface AmountStep {
  /** Bound in the metric's unit; see the table's direction. */
  bound: Dec;
  amount: Dec;
}

/**
 * After-sales incentives (seed 004 "好评率越高,退货率越低,改评数越多"): an amount per review changed to
 * good; steps on the good-review rate (the highest bound the rate reaches, rate ≥ bound) and on the
 * return rate (the lowest bound the rate stays at or below, rate ≤ bound). One line, their sum.
 */
export interface AfterSales {
  perReversed: Dec | null;
  goodReview: AmountStep[];
  returnRate: AmountStep[];
}

/** How one composite metric becomes 0–100 points. */
export type CompositeScoring =
  /** Linear between worst (0 points) and best (100 points), clamped; best may be below worst (response time). */
  | { type: 'linear'; worst: Dec; best: Dec }
  /** Steps: `higher` — the highest bound reached (value ≥ bound); `lower` — the lowest bound not exceeded (value ≤ bound); else 0. */
  | { type: 'steps'; better: 'higher' | 'lower'; steps: { bound: Dec; points: Dec }[] };

export interface CompositePart {
  metric: Metric;
  /** Weight in points; the weights of a composite add up to 100. */
  weight: Dec;
  scoring: CompositeScoring;
}

/** Target attainment (seed 002 "每月业绩奖根据业务指标确定标准"): payout by attainment = net sales ÷ target. */
export interface TargetBonus {
  /** Monthly net-sales target by level, or null to use only per-agent targets in the records. */
  byLevel: ByLevel | null;
  /** Rows by attainment (`from` a fraction, inclusive, ascending); each pays an amount or a rate on net sales. */
  payout: { from: Dec; amount?: Dec; rate?: Dec }[];
  /** Cap on the line, or null. */
  cap: Dec | null;
}

/** Rank bonus: amounts by rank of a metric within the team (ties share a rank: 1, 1, 3). */
export interface RankBonus {
  metric: Metric;
  better: 'higher' | 'lower';
  /** amounts[0] for rank 1, … */
  amounts: Dec[];
}

/** KPI pay (docs/rules-file.md 12). Each part is result-based pay: not pro-rated. */
export interface Kpi {
  gates: Gate[];
  afterSales: AfterSales | null;
  /** Composite KPI score: when present it is the month's score (the score section's multiplier, cap and pass mark apply). */
  composite: CompositePart[] | null;
  target: TargetBonus | null;
  rank: RankBonus | null;
}

/**
 * A city's own dated tables (docs/law.md §"Custom city"; docs/rules-file.md §"Custom city"): for a shop
 * outside the built-in cities (city id `custom`). The same shape as a row of src/data/cities.json, with
 * the name typed once: each entry takes effect from its date ("YYYY-MM-DD", ascending; a date in the
 * middle of a month applies from the next month) and names its source.
 */
export interface CustomCity {
  name: string;
  minimumWage: { from: string; amount: Dec; source: string }[];
  contributionBase: { from: string; floor: Dec; ceiling: Dec; source: string }[];
  contributionRates: ({ from: string } & Record<ContributionLine, Dec> & { source: string })[];
}

/** Employer contributions: the city's table, or none (e.g. to compare gross pay only). */
export type Contributions = 'city' | 'none';

/** One pay-policy variant. */
export interface PolicyDoc {
  format: typeof POLICY_FORMAT;
  name: string;
  description?: string;
  /** Where the rules come from (seed file and clause). */
  source?: string;
  /** City id in the city table (minimum wage, contribution rates), or `custom` with `customCity`. */
  city: string;
  /** The city's own tables when `city` is `custom`; absent otherwise. */
  customCity?: CustomCity;
  /** Base pay by level (seed 000), or null for none. */
  base: ByLevel | null;
  /** Probation (seed 001): tenure months 1..months pay `pay` flat and nothing else; fines still apply. */
  probation: { months: number; pay: Dec } | null;
  guarantee: Guarantee | null;
  commission: Commission;
  pool: Pool | null;
  score: Score | null;
  /** 绩效奖金: target by level × score multiplier (not pro-rated). */
  performancePay: { byLevel: ByLevel } | null;
  dismissal: Dismissal | null;
  bonuses: Bonuses;
  fines: Fines | null;
  contributions: Contributions;
  /** KPI pay (seed 004, seed 002 每月业绩奖; docs/rules-file.md 12); absent = none. */
  kpi?: Kpi;
  /** Worked examples carried by an exported rules file; re-checked by `paylab validate`. */
  examples?: unknown[];
}
