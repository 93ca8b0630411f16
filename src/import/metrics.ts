/**
 * What one row of an export says about one agent: the platform's figures under Paylab's names,
 * before they become agent-month records (buildRecords.ts). Which record field each metric fills,
 * and how a month of daily rows is summed (a count or an amount is added up; a rate is re-derived
 * from its counts or weighted by its base, never averaged): docs/real-data.md §Aggregation,
 * real-exports pitfall 9 (Σ(客户满意率 × 有效接待人数) / Σ(有效接待人数)).
 */
import type { AgentMonth } from '../engine/records';
import type { ExportKind } from './exportCells';

export type Metric =
  // counts and amounts (summed over days)
  | 'consults'
  | 'receptions'
  | 'validReceptions'
  | 'inquiries'
  | 'orders'
  | 'paidOrders'
  | 'salesFen'
  | 'refundFen'
  | 'transactions'
  | 'refundCount'
  | 'daysWorked'
  | 'onlineSeconds'
  | 'verySatisfied'
  | 'satisfied'
  | 'neutral'
  | 'dissatisfied'
  | 'veryDissatisfied'
  // rates and averages (weighted over days)
  | 'replyRateBp'
  | 'satisfactionRateBp'
  | 'returnRateBp'
  | 'avgResponseSec'
  | 'firstResponseSec';

export interface MetricSpec {
  kind: Exclude<ExportKind, 'text'>;
  /** How a month of daily rows combines: summed, or weighted by the first of `weights` a row has. */
  combine: 'sum' | { weights: readonly Metric[] };
}

/** Each metric's cell kind and monthly combination. Weights: the base each rate or average is taken over. */
export const METRICS: Record<Metric, MetricSpec> = {
  consults: { kind: 'count', combine: 'sum' },
  receptions: { kind: 'count', combine: 'sum' },
  validReceptions: { kind: 'count', combine: 'sum' },
  inquiries: { kind: 'count', combine: 'sum' },
  orders: { kind: 'count', combine: 'sum' },
  paidOrders: { kind: 'count', combine: 'sum' },
  salesFen: { kind: 'money', combine: 'sum' },
  refundFen: { kind: 'money', combine: 'sum' },
  transactions: { kind: 'count', combine: 'sum' },
  refundCount: { kind: 'count', combine: 'sum' },
  daysWorked: { kind: 'count', combine: 'sum' },
  onlineSeconds: { kind: 'seconds', combine: 'sum' },
  verySatisfied: { kind: 'count', combine: 'sum' },
  satisfied: { kind: 'count', combine: 'sum' },
  neutral: { kind: 'count', combine: 'sum' },
  dissatisfied: { kind: 'count', combine: 'sum' },
  veryDissatisfied: { kind: 'count', combine: 'sum' },
  // 旺旺回复率 = replied ÷ received, over the buyers who wrote: weighted by 咨询人数, else 接待人数.
  replyRateBp: { kind: 'rate', combine: { weights: ['consults', 'receptions', 'validReceptions'] } },
  // 客户满意率 over the served buyers: Σ(rate × 有效接待人数) ÷ Σ 有效接待人数 (pitfall 9), else 接待人数.
  satisfactionRateBp: { kind: 'rate', combine: { weights: ['validReceptions', 'receptions'] } },
  // 退款率 over the orders: weighted by 成交笔数, else paid buyers.
  returnRateBp: { kind: 'rate', combine: { weights: ['transactions', 'paidOrders'] } },
  // Response times are per served buyer: weighted by 接待人数.
  avgResponseSec: { kind: 'seconds', combine: { weights: ['receptions', 'validReceptions', 'consults'] } },
  firstResponseSec: { kind: 'seconds', combine: { weights: ['receptions', 'validReceptions', 'consults'] } },
};

/** The agent-month field a metric fills directly (the rest are weights or are re-derived). */
export const METRIC_FIELD: Partial<Record<Metric, keyof AgentMonth>> = {
  inquiries: 'inquiries',
  orders: 'orders',
  paidOrders: 'paidOrders',
  salesFen: 'creditedSalesFen',
  refundFen: 'returnsFen',
  daysWorked: 'daysWorked',
  replyRateBp: 'replyRateBp',
  satisfactionRateBp: 'satisfactionRateBp',
  returnRateBp: 'returnRateBp',
  avgResponseSec: 'avgResponseSec',
  firstResponseSec: 'firstResponseSec',
};

/** The five satisfaction counts of 赤兔/接待评价; with them the rate is (很满意 + 满意) ÷ all. */
export const SATISFACTION_COUNTS: readonly Metric[] = ['verySatisfied', 'satisfied', 'neutral', 'dissatisfied', 'veryDissatisfied'];
