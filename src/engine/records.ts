/**
 * One agent-month: what behaviour produces and what pay rules read (shared/domain.md §"One
 * agent-month"). This in-memory form is exact: money is integer fen, score points are numbers with
 * at most two decimals, everything else is a non-negative integer count. Files carry money in yuan
 * ("123456.78"); formats/records.ts converts. See docs/records.md.
 */
import type { Level, Role } from '../policy/types';

export interface AgentMonth {
  // ── roster ──
  /** Calendar month, "YYYY-MM". */
  month: string;
  agentId: string;
  name: string;
  team: string;
  role: Role;
  level: Level;
  /** Month of hire, "YYYY-MM"; tenure month 1 is the month of hire. */
  hireMonth: string;
  /** 1-based tenure month (1 = month of hire); tenure year 1 is months 1–12. */
  tenureMonth: number;
  /** Calendar days employed this month (all days of the month when employed the whole month). */
  daysEmployed: number;
  /** The agent leaves at the end of this month (settlement month of the guarantee). */
  left: boolean;

  // ── attendance ──
  scheduledDays: number;
  daysWorked: number;
  /** Approved leave days. */
  leaveDays: number;
  /** Offline on shift without leave. */
  absences: number;
  /** Lates of at most 10 minutes. */
  latesShort: number;
  /** Lates of more than 10 minutes. */
  latesLong: number;

  // ── responsiveness ──
  /** Replies slower than 2 minutes. */
  slowReplies: number;
  /** Inquiries unanswered ≥ 30 min but < 2 h. */
  unanswered30m: number;
  /** Inquiries unanswered ≥ 2 h (not also counted in unanswered30m). */
  unanswered2h: number;
  /** Idle-hangs of ≥ 2 h (online but away). */
  idleHangs: number;

  // ── sales ──
  inquiries: number;
  orders: number;
  paidOrders: number;
  /** Credited sales after flagging/chasing attribution, fen. */
  creditedSalesFen: number;
  /** Of which chased from colleagues, fen. */
  chasedSalesFen: number;
  /** Sales of non-quality returns to deduct, fen. */
  returnsFen: number;
  /** Bad reviews caused by the agent. */
  badReviews: number;
  /** Of which reversed to good. */
  badReviewsReversed: number;
  /** Order value of the bad-review orders (deducted whether reversed or not), fen. */
  badReviewSalesFen: number;
  /** After-sales cases handled (退换件数). */
  afterSalesCases: number;

  // ── score inputs (seed 001) ──
  scoreTeamTask: number;
  scoreHandover: number;
  scoreSatisfaction: number;
  scoreSkill: number;
  violationsLight: number;
  violationsMedium: number;
  violationsSevere: number;
  commendations: number;
  /** Formal warnings received this month. */
  warnings: number;
  /** The team's score for the month, 0–100. */
  teamScore: number;

  // ── service metrics (seed 004; domain.md 12). Absent (undefined) when not recorded: never 0. ──
  /** 在线时长: online hours this month (at most two decimals). */
  onlineHours?: number;
  /** 旺旺回复率: replied ÷ received, in ten-thousandths (9875 = 98.75 %). */
  replyRateBp?: number;
  /** 平均响应时长: average response time, seconds (at most two decimals). */
  avgResponseSec?: number;
  /** 首次响应时长: first response time, seconds (at most two decimals). */
  firstResponseSec?: number;
  /** 客户满意率, in ten-thousandths. */
  satisfactionRateBp?: number;
  /** 好评率: good-review rate, in ten-thousandths. */
  goodReviewRateBp?: number;
  /** 退货率/退款率: return or refund rate, in ten-thousandths. */
  returnRateBp?: number;
  /** This agent's monthly net-sales target (业绩目标, seed 002 每月业绩奖), fen; overrides the policy's target by level. */
  salesTargetFen?: number;
}

/** Scale of the rate metrics held as integers: ten-thousandths (a decimal with at most 4 places). */
export const BP_SCALE = 10_000;

/** Optional service-metric keys of AgentMonth (absent when not recorded). */
export const RATE_FIELDS = ['replyRateBp', 'satisfactionRateBp', 'goodReviewRateBp', 'returnRateBp'] as const;
export const MEASURE_FIELDS = ['onlineHours', 'avgResponseSec', 'firstResponseSec'] as const;

/** Keys of AgentMonth holding money in fen. */
export const MONEY_FIELDS = ['creditedSalesFen', 'chasedSalesFen', 'returnsFen', 'badReviewSalesFen'] as const;

/** Keys of AgentMonth holding score points (at most two decimals). */
export const SCORE_FIELDS = ['scoreTeamTask', 'scoreHandover', 'scoreSatisfaction', 'scoreSkill', 'teamScore'] as const;

/** Keys of AgentMonth holding non-negative integer counts. */
export const COUNT_FIELDS = [
  'tenureMonth',
  'daysEmployed',
  'scheduledDays',
  'daysWorked',
  'leaveDays',
  'absences',
  'latesShort',
  'latesLong',
  'slowReplies',
  'unanswered30m',
  'unanswered2h',
  'idleHangs',
  'inquiries',
  'orders',
  'paidOrders',
  'badReviews',
  'badReviewsReversed',
  'afterSalesCases',
  'violationsLight',
  'violationsMedium',
  'violationsSevere',
  'commendations',
  'warnings',
] as const;
