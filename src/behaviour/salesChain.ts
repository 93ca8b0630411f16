/**
 * The sales chain of one agent-month (docs/behaviour.md §"The month of one agent"): orders from the
 * buyers served, paid orders, orders chased from colleagues, flagged orders (插旗, seed 000
 * (000_5acb350986620806.txt) rule 2), order values, returns and bad reviews. Each link draws from its own
 * stream (slot, month, kind), so each link's result is a function of that stream and of the link's
 * own inputs only:
 *
 * | link | stream | inputs | results |
 * | --- | --- | --- | --- |
 * | orders | conversion, after its first normal | buyers served, P(order) | orders |
 * | paid | payment | orders (the payment rate is the scenario's) | paid |
 * | chased | chase | unpaid orders, P(chase) | chased |
 * | flagged | flagging | paid, the flagging odds | own orders credited |
 * | order values | order values | chased, own credited | their sales, fen |
 * | returns | returns | orders credited | returned value, fen (before the cap at sales) |
 * | bad reviews | bad reviews | orders credited, P(bad), P(reversed) | bad reviews, reversed, their sales |
 *
 * The variants of a replication draw a slot's month from the same streams (monthDraws.ts), so a link
 * whose inputs equal those of the variant drawn before gives the same results: they are reused
 * instead of drawn again, link by link (a different effort moves P(order) but often not the order
 * count, and then every link after it that effort does not touch is reused). Exactly the numbers of
 * drawing every link, for every variant.
 *
 * The probabilities are passed in `salesArgs` and the results read from `salesOut` (typed arrays):
 * a double passed to or returned from a call the compiler does not inline is boxed in a heap number.
 */
import type { BehaviourParams } from './params';
import type { MonthDraws } from './monthDraws';
import { KIND, PART, Xoshiro128, keyPart } from './random';
import type { InputConstants } from './inputConstants';
import { binomialAt, sumLogNormalFen } from './sample';

/** Positions in `salesArgs`: the chain's probabilities of the agent-month. */
export const ARG_ORDER = 0;
export const ARG_CHASE = 1;
export const ARG_FLAG_ODDS = 2;
export const ARG_BAD = 3;
export const ARG_REVERSED = 4;
/** The scenario's probabilities, written by `drawSales` itself. */
const ARG_PAYMENT = 5;
const ARG_FLAG_SHARE = 6;
const ARG_RETURN = 7;
/** The agent-month's probabilities (ARG_ORDER … ARG_REVERSED), written by the caller before `drawSales`. */
export const salesArgs = new Float64Array(8);

/** Positions in `salesOut`: the chain's results, in the record's order. */
export const OUT_ORDERS = 0;
export const OUT_PAID = 1;
export const OUT_CREDITED_FEN = 2;
export const OUT_CHASED_FEN = 3;
export const OUT_RETURNS_FEN = 4;
export const OUT_BAD = 5;
export const OUT_BAD_REVERSED = 6;
export const OUT_BAD_FEN = 7;
/** The results of the last `drawSales`. */
export const salesOut = new Float64Array(8);

/**
 * Per slot, each link's last inputs and results (MonthDraws.sales, SALES_MEMO numbers a slot). A
 * link's first input is set to NaN when the month's conversion normal is drawn (`forgetSales`), so
 * no month's results survive into the next.
 */
const IN_ORDERS_BUYERS = 0;
const IN_ORDERS_P = 1;
const ORDERS = 2;
const IN_PAID_ORDERS = 3;
const PAID = 4;
const IN_CHASED_UNPAID = 5;
const IN_CHASED_P = 6;
const CHASED = 7;
const IN_FLAG_PAID = 8;
const IN_FLAG_ODDS = 9;
const OWN = 10;
const IN_VALUES_CHASED = 11;
const IN_VALUES_OWN = 12;
const CHASED_FEN = 13;
const OWN_FEN = 14;
const IN_RETURNS_CREDITED = 15;
const RETURNS_FEN = 16;
const IN_BAD_CREDITED = 17;
const IN_BAD_P = 18;
const IN_BAD_REVERSED_P = 19;
const BAD = 20;
const BAD_REVERSED = 21;
const BAD_FEN = 22;
export const SALES_MEMO = 23;

/** Forget slot s's links (a new month: nothing drawn yet). */
export function forgetSales(D: MonthDraws, s: number): void {
  const x = D.sales;
  const m = s * SALES_MEMO;
  x[m + IN_ORDERS_BUYERS] = NaN;
  x[m + IN_PAID_ORDERS] = NaN;
  x[m + IN_CHASED_UNPAID] = NaN;
  x[m + IN_FLAG_PAID] = NaN;
  x[m + IN_VALUES_CHASED] = NaN;
  x[m + IN_RETURNS_CREDITED] = NaN;
  x[m + IN_BAD_CREDITED] = NaN;
}

const rng = new Xoshiro128(0);

/**
 * The sales chain of slot s in the month of `D` (`smk`: generateMonth's key of (slot, month)) for
 * `inquiries` buyers served and the probabilities in `salesArgs`; results in `salesOut`. The order
 * values and the return rate are the scenario's (inputConstants.ts).
 */
export function drawSales(
  D: MonthDraws,
  s: number,
  smk: number,
  inquiries: number,
  b: BehaviourParams,
  C: InputConstants,
): void {
  const ov = C.orderValues;
  const x = D.sales;
  const m = s * SALES_MEMO;
  const A = salesArgs;
  A[ARG_PAYMENT] = b.paymentRate;
  A[ARG_FLAG_SHARE] = b.flagShare;
  A[ARG_RETURN] = C.returnP;
  const pOrder = salesArgs[ARG_ORDER]!;
  const pChase = salesArgs[ARG_CHASE]!;
  const flagOdds = salesArgs[ARG_FLAG_ODDS]!;
  const pBad = salesArgs[ARG_BAD]!;
  const pReversed = salesArgs[ARG_REVERSED]!;

  let orders: number;
  if (x[m + IN_ORDERS_BUYERS] === inquiries && x[m + IN_ORDERS_P] === pOrder) orders = x[m + ORDERS]!;
  else {
    orders = binomialAt(rng.loadState(D.convState, 4 * s), inquiries, A, ARG_ORDER);
    x[m + IN_ORDERS_BUYERS] = inquiries;
    x[m + IN_ORDERS_P] = pOrder;
    x[m + ORDERS] = orders;
  }

  let paid: number;
  if (x[m + IN_PAID_ORDERS] === orders) paid = x[m + PAID]!;
  else {
    seed(smk, KIND.payment);
    paid = binomialAt(rng, orders, A, ARG_PAYMENT);
    x[m + IN_PAID_ORDERS] = orders;
    x[m + PAID] = paid;
  }

  const unpaid = orders - paid;
  let chased: number;
  if (x[m + IN_CHASED_UNPAID] === unpaid && x[m + IN_CHASED_P] === pChase) chased = x[m + CHASED]!;
  else {
    seed(smk, KIND.chase);
    chased = binomialAt(rng, unpaid, A, ARG_CHASE);
    x[m + IN_CHASED_UNPAID] = unpaid;
    x[m + IN_CHASED_P] = pChase;
    x[m + CHASED] = chased;
  }

  // 插旗: of the paid orders whose buyer also asked a colleague, the agent keeps those they flagged,
  // and wins as many of the colleagues' shared orders at the same odds (a stand-in of the same
  // size); skill and effort raise the odds; even odds leave credit unchanged on average. Kept + won
  // is a sum of two binomials with the same odds: one binomial of twice the count.
  let own: number;
  if (x[m + IN_FLAG_PAID] === paid && x[m + IN_FLAG_ODDS] === flagOdds) own = x[m + OWN]!;
  else {
    seed(smk, KIND.flagging);
    const shared = binomialAt(rng, paid, A, ARG_FLAG_SHARE);
    own = paid - shared + binomialAt(rng, 2 * shared, A, ARG_FLAG_ODDS);
    x[m + IN_FLAG_PAID] = paid;
    x[m + IN_FLAG_ODDS] = flagOdds;
    x[m + OWN] = own;
  }

  let chasedFen: number;
  let ownFen: number;
  if (x[m + IN_VALUES_CHASED] === chased && x[m + IN_VALUES_OWN] === own) {
    chasedFen = x[m + CHASED_FEN]!;
    ownFen = x[m + OWN_FEN]!;
  } else {
    seed(smk, KIND.orderValues);
    chasedFen = sumLogNormalFen(rng, chased, ov);
    ownFen = sumLogNormalFen(rng, own, ov);
    x[m + IN_VALUES_CHASED] = chased;
    x[m + IN_VALUES_OWN] = own;
    x[m + CHASED_FEN] = chasedFen;
    x[m + OWN_FEN] = ownFen;
  }
  const creditedFen = ownFen + chasedFen;
  const credited = own + chased;

  let returnsFen: number;
  if (x[m + IN_RETURNS_CREDITED] === credited) returnsFen = x[m + RETURNS_FEN]!;
  else {
    seed(smk, KIND.returns);
    const nReturns = binomialAt(rng, credited, A, ARG_RETURN);
    returnsFen = sumLogNormalFen(rng, nReturns, ov);
    x[m + IN_RETURNS_CREDITED] = credited;
    x[m + RETURNS_FEN] = returnsFen;
  }

  let bad: number;
  let reversed: number;
  let badFen: number;
  if (x[m + IN_BAD_CREDITED] === credited && x[m + IN_BAD_P] === pBad && x[m + IN_BAD_REVERSED_P] === pReversed) {
    bad = x[m + BAD]!;
    reversed = x[m + BAD_REVERSED]!;
    badFen = x[m + BAD_FEN]!;
  } else {
    seed(smk, KIND.badReviews);
    bad = binomialAt(rng, credited, A, ARG_BAD);
    reversed = binomialAt(rng, bad, A, ARG_REVERSED);
    badFen = sumLogNormalFen(rng, bad, ov);
    x[m + IN_BAD_CREDITED] = credited;
    x[m + IN_BAD_P] = pBad;
    x[m + IN_BAD_REVERSED_P] = pReversed;
    x[m + BAD] = bad;
    x[m + BAD_REVERSED] = reversed;
    x[m + BAD_FEN] = badFen;
  }

  const o = salesOut;
  o[OUT_ORDERS] = orders;
  o[OUT_PAID] = paid;
  o[OUT_CREDITED_FEN] = creditedFen;
  o[OUT_CHASED_FEN] = chasedFen;
  o[OUT_RETURNS_FEN] = Math.min(creditedFen, returnsFen);
  o[OUT_BAD] = bad;
  o[OUT_BAD_REVERSED] = reversed;
  o[OUT_BAD_FEN] = badFen;
}

function seed(slotMonthKey: number, kind: number): void {
  rng.seed(keyPart(slotMonthKey, kind, PART.kind) | 0);
}
