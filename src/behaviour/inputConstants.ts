/**
 * The numbers the generator derives from a scenario's shop and behaviour once, not per agent or per
 * month: money converted from decimal strings to fen (decimal.js stays out of the hot loop), the
 * order-value spread, the logit of conversion, the diligence centring, and the role tables indexed by
 * role number (ROLES order). Cached per input object (an input is never mutated after it is built;
 * a changed scenario is a new object). Sources of the values: docs/behaviour.md, defaults.ts.
 */
import { ROLES } from '../policy/types';
import { ROLE_WORKLOAD } from './defaults';
import { yuanToFen } from './roster';
import { logNormalSum, type LogNormalSum } from './sample';
import type { BehaviourInput } from './types';

export interface InputConstants {
  /** Mean order value, yuan as a number of fen / 100 (exact to the fen). */
  aov: number;
  /** σ of log order value and its cv² = e^σ² − 1 (for sums of order values). */
  sigmaOv: number;
  cv2: number;
  /** The order values' distribution prepared for sums in fen (sample.ts sumLogNormalFen). */
  orderValues: LogNormalSum;
  /** Share of credited orders returned for other reasons than quality (return rate × non-quality share). */
  returnP: number;
  /** ln(c / (1 − c)) of the mean conversion c. */
  logitConv: number;
  /** σ²/2 of diligence: e^(−diligence − σ²/2) has mean 1 across agents. */
  dilShift: number;
  /** Training and recruiting cost of a hire, fen. */
  trainingFen: number;
  recruitingFen: number;
  /** Conversion multiplier of a new hire by tenure month − 1 (behaviour.ramp; full after the list). */
  ramp: Float64Array;
  /** Expected net sales of one answered inquiry at the mean conversion, fen (unrounded; the lost-sales estimate). */
  netSalesPerInquiryFen: number;
  /** By role number (ROLES order): market pay, fen; share of a 售前 buyer load; share of a 售后 case load. */
  marketFen: Float64Array;
  workInquiries: Float64Array;
  workCases: Float64Array;
}

const cache = new WeakMap<BehaviourInput, InputConstants>();

/** The derived constants of an input (computed on first use, then cached). */
export function inputConstants(input: BehaviourInput): InputConstants {
  let c = cache.get(input);
  if (c) return c;
  const { shop, behaviour: b } = input;
  const sigmaOv = shop.category.orderValueSigma;
  const marketFen = new Float64Array(ROLES.length);
  const workInquiries = new Float64Array(ROLES.length);
  const workCases = new Float64Array(ROLES.length);
  ROLES.forEach((r, i) => {
    marketFen[i] = yuanToFen(shop.marketPay[r]);
    workInquiries[i] = ROLE_WORKLOAD[r].inquiries;
    workCases[i] = ROLE_WORKLOAD[r].cases;
  });
  c = {
    aov: yuanToFen(shop.category.meanOrderValue) / 100,
    sigmaOv,
    cv2: Math.exp(sigmaOv * sigmaOv) - 1,
    orderValues: logNormalSum(yuanToFen(shop.category.meanOrderValue) / 100, sigmaOv),
    returnP: shop.category.returnRate * shop.category.nonQualityReturnShare,
    logitConv: Math.log(b.conversion / (1 - b.conversion)),
    dilShift: 0.5 * b.diligenceSpread * b.diligenceSpread,
    trainingFen: yuanToFen(shop.trainingCost),
    recruitingFen: yuanToFen(shop.recruitingCost),
    ramp: Float64Array.from(b.ramp),
    netSalesPerInquiryFen:
      b.conversion * b.paymentRate * yuanToFen(shop.category.meanOrderValue) * (1 - shop.category.returnRate * shop.category.nonQualityReturnShare),
    marketFen,
    workInquiries,
    workCases,
  };
  cache.set(input, c);
  return c;
}
