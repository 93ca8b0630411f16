/**
 * After-sales incentives (shared/domain.md 12; seed 004 (004_81d4706ebc33c59f.txt) "好评率越高,退货率
 * 越低,改评数越多,那么售后客服也会有对应的奖励制度"): an amount per review changed to good (改评数);
 * a step amount on the good-review rate (higher is better: the highest bound the rate reaches) and
 * on the return rate (lower is better: the lowest bound the rate stays at or below). One line, their
 * sum × a failed gate's factor, rounded once. An absent rate pays no step.
 */
import type { CAfterSales } from '../../policy/compiled';
import type { AgentMonth } from '../records';
import { mul2Div } from '../money';
import { compareBound, metricValue } from './metrics';
import type { Multiplier } from './score';

export interface AfterSalesParts {
  reversedFen: number;
  goodReviewFen: number;
  returnRateFen: number;
  /** The line: (reversed + good review + return rate) × gate, rounded once. */
  amountFen: number;
}

export function afterSalesBonus(a: CAfterSales, r: AgentMonth, gate: Multiplier): AfterSalesParts {
  const reversedFen = a.perReversedFen === null ? 0 : a.perReversedFen * r.badReviewsReversed;
  let goodReviewFen = 0;
  const good = metricValue('goodReviewRate', r, 0, null);
  if (good !== null) {
    for (const s of a.goodReview) {
      if (compareBound(good, s.bound) >= 0) {
        goodReviewFen = s.amountFen;
        break;
      }
    }
  }
  let returnRateFen = 0;
  const ret = metricValue('returnRate', r, 0, null);
  if (ret !== null) {
    for (const s of a.returnRate) {
      if (compareBound(ret, s.bound) <= 0) {
        returnRateFen = s.amountFen;
        break;
      }
    }
  }
  const sum = reversedFen + goodReviewFen + returnRateFen;
  return { reversedFen, goodReviewFen, returnRateFen, amountFen: gate.num === gate.den ? sum : mul2Div(sum, gate.num, gate.den) };
}
