/**
 * Orders: payment rate, mean order value, returns and bad reviews (docs/real-data.md §"What is
 * estimated and how"; the model is docs/behaviour.md §"The month of one agent"). Each is a ratio of
 * sums over agent-months with its interval by agents (clusterRatio; the order value: a mean over
 * agents): an agent's months share the agent's skill and diligence.
 * - paymentRate = Σ paid orders ÷ Σ orders;
 * - meanOrderValue = the mean over agents (≥ 30 paid orders) of each agent's Σ (credited − chased
 *   sales) ÷ Σ paid orders, with a t interval over agents: a skilled agent keeps more contested
 *   orders than they lose (插旗, seed 000 rule 2), so an agent's credited orders are not their paid
 *   orders, but the advantage is symmetric around the average agent and cancels in the unweighted
 *   mean (a ratio of shop totals would weight the skilled up and read the order value high);
 *   chased orders are counted apart (seed 000 rule 3) and their sales are known;
 * - returnRate = Σ non-quality returns ÷ Σ credited sales ÷ the non-quality share of returns: a file
 *   holds only the returns deducted from an agent (seed 000 rule 4), so the share of quality returns
 *   is not in the data and keeps its value (category.nonQualityReturnShare);
 * - badReviewRate = Σ bad reviews ÷ Σ paid orders (seed 000 rule 5).
 */
import type { AgentMonth } from '../engine/records';
import type { CategoryParams } from '../behaviour/params';
import { addTo, clusterRatio, meanInterval, type Estimate, type EstimateTarget } from './estimate';

/** An agent with fewer paid orders in all their months says little about the order value. */
export const MIN_PAID_ORDERS = 30;

export interface OrdersPresent {
  orders: boolean;
  paidOrders: boolean;
  returns: boolean;
  badReviews: boolean;
}

export function estimateOrders(
  records: readonly AgentMonth[],
  present: OrdersPresent,
  fallback: { paymentRate: number; category: CategoryParams },
): Estimate[] {
  const out: Estimate[] = [];
  const ratio = (id: string, target: EstimateTarget, fb: number, pick: (r: AgentMonth) => [number, number] | null, scale = 1) => {
    const c = new Map<string, { y: number; x: number; n: number }>();
    for (const r of records) {
      const p = pick(r);
      if (p && p[1] > 0) addTo(c, r.agentId, p[0], p[1]);
    }
    const e = clusterRatio(c);
    if (e) out.push({ id, target, value: e.value * scale, low: e.low * scale, high: e.high * scale, fallback: fb, support: e.support, method: 'clusterRatio' });
  };
  const cat = fallback.category;
  if (present.orders && present.paidOrders) {
    ratio('paymentRate', { kind: 'behaviour', field: 'paymentRate' }, fallback.paymentRate, (r) => [r.paidOrders, r.orders]);
  }
  if (present.paidOrders) {
    // Each agent's own sales per paid order (fen → yuan), then the mean over agents.
    const by = new Map<string, { y: number; x: number; n: number }>();
    for (const r of records) if (r.paidOrders > 0) addTo(by, r.agentId, r.creditedSalesFen - r.chasedSalesFen, r.paidOrders);
    const per = [...by.values()].filter((c) => c.x >= MIN_PAID_ORDERS);
    const mi = meanInterval(per.map((c) => (c.y / c.x) * 0.01));
    if (mi) {
      const support = per.reduce((s, c) => s + c.n, 0);
      out.push({ id: 'meanOrderValue', target: { kind: 'category', field: 'meanOrderValue' }, value: mi.value, low: mi.low, high: mi.high, fallback: Number(cat.meanOrderValue), support, method: 'agentMeans' });
    }
  }
  if (present.returns && cat.nonQualityReturnShare > 0) {
    ratio('returnRate', { kind: 'category', field: 'returnRate' }, cat.returnRate, (r) => [r.returnsFen, r.creditedSalesFen], 1 / cat.nonQualityReturnShare);
  }
  if (present.badReviews && present.paidOrders) {
    ratio('badReviewRate', { kind: 'category', field: 'badReviewRate' }, cat.badReviewRate, (r) => [r.badReviews, r.paidOrders]);
  }
  return out;
}
