/**
 * The shop profile and behaviour parameters of a scenario (the `shop` and `behaviour` parts of a
 * `paylab.scenario/1` file, docs/scenario-file.md). Calibration defaults and their sources are in
 * defaults.ts and docs/behaviour.md (docs/behaviour.md; shifts from seed 002,
 * levels and promotion by tenure from seed 001 §一/§二, fines from seed 000 §1–2).
 *
 * Money is a decimal string in yuan (as in rules files); rates, shares, means and elasticities are
 * plain numbers (they are behavioural estimates, never amounts paid).
 */
import type { CustomCity, Level, Role } from '../policy/types';
import type { AgentMonth } from '../engine/records';

/** Most agents a scenario may have (docs/behaviour.md: shops of 5–300 agents). */
export const MAX_AGENTS = 300;
/**
 * The smallest shop the model is written for (docs/behaviour.md: shops of 5–300 agents). A scenario
 * may have fewer (a calibrated shop keeps its real size); the workbench and `paylab calibrate` then
 * warn that shared pay (pools, ranks, teams) swings widely among so few people.
 */
export const MIN_TYPICAL_AGENTS = 5;
/** Most months a scenario may simulate (ten years). */
export const MAX_MONTHS = 120;

/** Product category: what an order is worth and how often it comes back (docs/behaviour.md: AOV 80–300, apparel returns 30–60 %). */
export interface CategoryParams {
  /** Label, e.g. "apparel". */
  id: string;
  /** Mean order value, yuan (decimal string). */
  meanOrderValue: string;
  /** σ of log order value (log-normal). */
  orderValueSigma: number;
  /** Share of paid orders returned. */
  returnRate: number;
  /** Share of returns that are not quality problems (deducted from the agent's sales, seed 000 rule 4). */
  nonQualityReturnShare: number;
  /** Bad (neutral/negative) reviews caused by the agent, per paid order, for an agent of average diligence. */
  badReviewRate: number;
  /** Share of bad reviews the agent gets reversed to good, for an agent of average skill. */
  badReviewReversal: number;
  /**
   * Gross margin on net sales (0–1): the owner's contribution is round(margin × net sales) − people
   * cost (docs/charts.md: e.g. 30–50 % for apparel; an assumption).
   */
  grossMargin: number;
}

export interface ShopProfile {
  name: string;
  /** City id in the city table (src/data/cities.json), or `custom` with `customCity`. */
  city: string;
  /** The city's own tables when `city` is `custom` (docs/law.md §"Custom city"); absent otherwise. */
  customCity?: CustomCity;
  category: CategoryParams;
  /** Agents on the roster at the start (1–MAX_AGENTS); vacancies are refilled to this size. */
  agents: number;
  /** Number of teams (1–agents); agents are spread over teams round-robin. */
  teams: number;
  /** Mix of roles as weights (seed 001: 售前, 售后, 金牌, 主管); allocated by largest remainder. */
  roleMix: Record<Role, number>;
  /** Mix of levels of the starting roster as weights, used when promotion by tenure is off. */
  levelMix: Record<Level, number>;
  /** Share of agents on the night shift (seed 002: 白班 9:00–17:30, 晚班 17:30–22:30). */
  nightShiftShare: number;
  /** Demand of each calendar month (index 0 = January) relative to an average month (docs/behaviour.md, national 2024). */
  seasonality: number[];
  /** Extra multiplier of June (618) on top of `seasonality` for this shop; 1 = the national pattern. */
  peak618: number;
  /** Extra multiplier of November (双11) on top of `seasonality` for this shop; 1 = the national pattern. */
  peak1111: number;
  /** Buyers served per 售前 agent per day worked in an average month (docs/behaviour.md: 80–200). */
  buyersPerDay: number;
  /** After-sales cases (退换件数) per 售后 agent per day worked in an average month (assumption). */
  casesPerDay: number;
  /** Market monthly pay of the role in this city, yuan (docs/behaviour.md: 3500–6000 by city). */
  marketPay: Record<Role, string>;
  /** Cost of training one new hire, yuan (reported, not paid to the agent; part of the turnover cost). */
  trainingCost: string;
  /** Cost of recruiting one new hire, yuan (postings, interviews; part of the turnover cost; an assumption). */
  recruitingCost: string;
  /** Promote by tenure as seed 001 describes (中级 after 3 months, 高级 after 1 year, 资深 after 2 years). */
  promotionByTenure: boolean;
  /**
   * The real agents on the posts at the start (a scenario calibrated from the shop's months,
   * docs/real-data.md); absent: a seeded roster. The remaining posts get seeded agents.
   */
  roster?: SeatedAgent[];
}

/**
 * A real agent seated at the start of the simulation (docs/scenario-file.md §`shop.roster`): who
 * they are, as their records name them (team "" = none), hired before settings.startMonth.
 */
export interface SeatedAgent extends Pick<AgentMonth, 'agentId' | 'name' | 'team' | 'role' | 'level' | 'hireMonth'> {
  /** Skill on the logit scale of conversion: 0 is the shop's average agent. */
  skill: number;
}

/** Behaviour parameters: calibration of the agents and the strength of each response to pay. */
export interface BehaviourParams {
  // ── sales ──
  /** Mean inquiry-to-order conversion of a 售前 agent of average skill (docs/behaviour.md: 40–50 % average). */
  conversion: number;
  /** Spread of skill between agents: σ of the agent's conversion on the logit scale. */
  skillSpread: number;
  /** Month-to-month noise of an agent's conversion, σ on the logit scale. */
  monthNoise: number;
  /** Share of orders paid (the rest stay unpaid; some are chased by colleagues, seed 000 rule 3). */
  paymentRate: number;
  /** Share of a colleague-reachable unpaid order that is chased successfully. */
  chaseRate: number;
  /** Share of paid orders whose buyer also consulted a colleague; the order goes to whoever flagged it (seed 000 rule 2). */
  flagShare: number;

  // ── attendance and responsiveness (monthly means for an agent of average diligence) ──
  /** Spread of diligence between agents: σ of log of each rule-breaking rate. */
  diligenceSpread: number;
  /** Negative-binomial shape k of rare-event counts (variance = μ + μ²/k); smaller = longer tail. */
  dispersion: number;
  leaveDays: number;
  absences: number;
  latesShort: number;
  latesLong: number;
  slowReplies: number;
  unanswered30m: number;
  unanswered2h: number;
  idleHangs: number;
  /** Score-rule violations beyond lateness and absence (seed 001 扣分标准), monthly means. */
  violationsLight: number;
  violationsMedium: number;
  violationsSevere: number;
  commendations: number;
  warnings: number;

  // ── turnover ──
  /** Monthly chance of quitting in tenure months 1–3 at market pay (docs/behaviour.md: 45 % of hires leave within 3 months). */
  quitEarly: number;
  /** Monthly chance of quitting after tenure month 3 at market pay (docs/behaviour.md: ≈35 % a year). */
  quitSettled: number;
  /** Mean months a vacancy stays open before the replacement starts. */
  vacancyMonths: number;
  /** Days into the next month a dismissed agent still works (the month's score is known after it closes). */
  dismissalDays: number;

  // ── response to the policy (0 = no response) ──
  /** Effort elasticity to the output-elasticity of pay (marginal pay of more sales). */
  effortElasticity: number;
  /** Elasticity of rule-breaking to its fine: rate × (1 + fine/fineReference)^(−elasticity). */
  fineElasticity: number;
  /** Fine level (yuan) at which the response is halfway-to-strong: the reference of `fineElasticity`. */
  fineReference: string;
  /** Elasticity of the quit chance to pay against market: × (market / pay)^elasticity (below and above market). */
  quitPayElasticity: number;

  // ── people cost (docs/charts.md; assumptions) ──
  /**
   * Conversion multiplier of a new hire in tenure months 1, 2, … (each in (0, 1]); full from the
   * month after the list ends (default [0.7, 0.85]: 70 % in month 1, 85 % in month 2).
   */
  ramp: number[];
  /**
   * The load a present agent can carry as a multiple of a normal agent-month's inquiries (≥ 1): an
   * empty post's or an absent colleague's inquiries go to the others up to this; the rest go
   * unanswered and their sales are lost.
   */
  capacity: number;
}
