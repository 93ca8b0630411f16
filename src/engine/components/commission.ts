/**
 * Individual commission on net credited sales (docs/rules-file.md; seed 000 rules 1–5, seed 001
 * 绩效工资计算方式 and part 5).
 *  - net credited sales = max(0, credited − non-quality returns − bad-review order value) (seed 000 rules 4–5);
 *  - flat / tiered (marginal or whole) on personal net sales, or the bracket chosen by the team's net
 *    sales with its rate applied to personal net sales; × the score multiplier only if the policy says so;
 *  - role formulas, always × the score multiplier: 售前 net sales × 0.005; 售后 cases × shop AOV × 0.008;
 *    金牌 net sales × 0.006 + cases × AOV × 0.008; 主管 the team's average pre-sales net sales × rate.
 *  - in a blend, every rate is scaled by α (the individual share), the line rounded once;
 *  - conversion-stepped (seed 004, conversionCommission.ts): the bracket by conversion, its rate on all net sales;
 *  - a failed basic standard (gates.ts, seed 004) multiplies the line by the gate's factor, inside the one rounding.
 */
import type { CCommission } from '../../policy/compiled';
import { RATE_SCALE } from '../../policy/compiled';
import type { AgentMonth } from '../records';
import type { Note } from '../payslip';
import { gcd, product, ratio } from '../money';
import { note, pct, rateDec } from '../notes';
import { fenToYuanGrouped } from '../../i18n/money';
import { bracketIndex, rateProduct, scaleProduct } from './rates';
import { ONE, type Multiplier } from './score';
import { conversionCommission } from './conversionCommission';
import { boundText, fracText } from './metrics';

/** Net credited sales of a record, fen. */
export function netSales(r: AgentMonth): number {
  return Math.max(0, r.creditedSalesFen - r.returnsFen - r.badReviewSalesFen);
}

export interface CommissionInputs {
  r: AgentMonth;
  netFen: number;
  /** The team's net sales (every member, probationers included). */
  teamNetFen: number;
  /** Σ and count of the team's pre-sales members' net sales (for the supervisor formula). */
  presalesSumFen: number;
  presalesCount: number;
  aovFen: number;
  mult: Multiplier;
  /** Blend α in ppm, or null. */
  alphaPpm: number | null;
  /** Factor of a failed gate on the commission line (ONE when every gate passes). */
  gate?: Multiplier;
}

/** Notes for the factors that scale a line: the blend share and the score multiplier. */
export function factorNotes(alphaPpm: number | null, mult: Multiplier | null, gate: Multiplier = ONE): Note[] {
  const out: Note[] = [];
  if (alphaPpm !== null) out.push(note('note.factor.alpha', { v: pct(alphaPpm) }));
  if (mult !== null) out.push(note('note.factor.score', { v: pct(Math.round((mult.num * RATE_SCALE) / mult.den)) }));
  if (gate.num !== gate.den) out.push(note('note.factor.gate', { v: pct(Math.round((gate.num * RATE_SCALE) / gate.den)) }));
  return out;
}

// Reused factor lists of `ratio` and the gated multiplier (the engine is synchronous): the role
// formulas allocate nothing per agent-month. `ratio` reads the lists and keeps none.
const gated: Multiplier = { num: 1, den: 1 };
const F3: (number | bigint)[] = [0, 0, 0];
const F4: number[] = [0, 0, 0, 0];
const F5: number[] = [0, 0, 0, 0, 0];
const D3: number[] = [0, 0, 0];
const D4: number[] = [0, 0, 0, 0];
function factors3(a: number | bigint, b: number, c: number): (number | bigint)[] {
  F3[0] = a;
  F3[1] = b;
  F3[2] = c;
  return F3;
}
function factors4(a: number, b: number, c: number, d: number): number[] {
  F4[0] = a;
  F4[1] = b;
  F4[2] = c;
  F4[3] = d;
  return F4;
}
function factors5(a: number, b: number, c: number, d: number, e: number): number[] {
  F5[0] = a;
  F5[1] = b;
  F5[2] = c;
  F5[3] = d;
  F5[4] = e;
  return F5;
}
function dens3(a: number, b: number, c: number): number[] {
  D3[0] = a;
  D3[1] = b;
  D3[2] = c;
  return D3;
}
function dens4(a: number, b: number, c: number, d: number): number[] {
  D4[0] = a;
  D4[1] = b;
  D4[2] = c;
  D4[3] = d;
  return D4;
}

/** The commission line, fen; pushes its explanation onto `notes` when given. */
export function commission(c: CCommission, x: CommissionInputs, notes: Note[] | null): number {
  if (c.type === 'none') return 0;
  // The blend share α as a ratio in lowest terms (1/1 when there is no blend).
  const aG = x.alphaPpm === null ? 1 : gcd(x.alphaPpm, RATE_SCALE);
  const aNum = x.alphaPpm === null ? 1 : x.alphaPpm / aG;
  const aDen = x.alphaPpm === null ? 1 : RATE_SCALE / aG;
  const g = x.gate ?? ONE;
  if (c.type === 'conversion') {
    const scored = c.applyScore;
    const res = conversionCommission(c, x.r, x.netFen, [aNum, scored ? x.mult.num : 1, g.num], [aDen, scored ? x.mult.den : 1, g.den]);
    notes?.push(
      note('note.commission.conversion', {
        conv: res.conv === null ? '—' : fracText(res.conv, true),
        from: boundText(c.brackets[res.bracket]!.from, true),
        rate: pct(c.brackets[res.bracket]!.ratePpm),
        sales: fenToYuanGrouped(x.netFen),
        factors: factorNotes(x.alphaPpm, scored ? x.mult : null, g),
        amount: fenToYuanGrouped(res.amountFen),
      }),
    );
    return res.amountFen;
  }
  if (c.type === 'rate') {
    const scored = c.applyScore;
    const mNum = (scored ? x.mult.num : 1) * g.num;
    const mDen = (scored ? x.mult.den : 1) * g.den;
    let amount: number;
    if (c.basis === 'team') {
      const k = bracketIndex(c.rate, x.teamNetFen);
      const ppm = c.rate.brackets[k]!.ratePpm;
      amount = scaleProduct(product(x.netFen, ppm), aNum, aDen, mNum, mDen);
      notes?.push(
        note('note.commission.team', {
          team: fenToYuanGrouped(x.teamNetFen),
          rate: pct(ppm),
          sales: fenToYuanGrouped(x.netFen),
          factors: factorNotes(x.alphaPpm, scored ? x.mult : null, g),
          amount: fenToYuanGrouped(amount),
        }),
      );
      return amount;
    }
    amount = scaleProduct(rateProduct(c.rate, x.netFen), aNum, aDen, mNum, mDen);
    if (notes) {
      const factors = factorNotes(x.alphaPpm, scored ? x.mult : null, g);
      if (c.rate.method === 'marginal') {
        notes.push(note('note.commission.marginal', { sales: fenToYuanGrouped(x.netFen), brackets: bracketNotes(c.rate.brackets), factors, amount: fenToYuanGrouped(amount) }));
      } else {
        const ppm = c.rate.brackets[bracketIndex(c.rate, x.netFen)]!.ratePpm;
        notes.push(note(c.rate.method === 'flat' ? 'note.commission.flat' : 'note.commission.whole', { sales: fenToYuanGrouped(x.netFen), rate: pct(ppm), factors, amount: fenToYuanGrouped(amount) }));
      }
    }
    return amount;
  }
  // Role formulas (seed 001), always × the score multiplier (and a failed gate's factor).
  let m = x.mult;
  if (g.num !== g.den) {
    gated.num = x.mult.num * g.num;
    gated.den = x.mult.den * g.den;
    m = gated;
  }
  let amount = 0;
  switch (x.r.role) {
    case 'presales':
      amount = scaleProduct(product(x.netFen, c.presalesPpm), aNum, aDen, m.num, m.den);
      notes?.push(note('note.role.presales', { sales: fenToYuanGrouped(x.netFen), rate: rateDec(c.presalesPpm), factors: factorNotes(x.alphaPpm, x.mult, g), amount: fenToYuanGrouped(amount) }));
      break;
    case 'aftersales':
      amount = ratio(factors5(x.r.afterSalesCases, x.aovFen, c.aftersalesPpm, aNum, m.num), dens3(RATE_SCALE, aDen, m.den));
      notes?.push(note('note.role.aftersales', { cases: x.r.afterSalesCases, aov: fenToYuanGrouped(x.aovFen), rate: rateDec(c.aftersalesPpm), factors: factorNotes(x.alphaPpm, x.mult, g), amount: fenToYuanGrouped(amount) }));
      break;
    case 'gold': {
      // One line, rounded once: (net × salesRate + cases × AOV × casesRate) × α × multiplier.
      const a = x.netFen * c.goldSalesPpm;
      const b = x.r.afterSalesCases * x.aovFen * c.goldCasesPpm;
      const sum = Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(a + b)
        ? a + b
        : BigInt(x.netFen) * BigInt(c.goldSalesPpm) + BigInt(x.r.afterSalesCases) * BigInt(x.aovFen) * BigInt(c.goldCasesPpm);
      amount = ratio(factors3(sum, aNum, m.num), dens3(RATE_SCALE, aDen, m.den));
      notes?.push(
        note('note.role.gold', {
          sales: fenToYuanGrouped(x.netFen),
          salesRate: rateDec(c.goldSalesPpm),
          cases: x.r.afterSalesCases,
          aov: fenToYuanGrouped(x.aovFen),
          casesRate: rateDec(c.goldCasesPpm),
          factors: factorNotes(x.alphaPpm, x.mult, g),
          amount: fenToYuanGrouped(amount),
        }),
      );
      break;
    }
    case 'supervisor':
      if (x.presalesCount > 0) {
        amount = ratio(factors4(x.presalesSumFen, c.supervisorPpm, aNum, m.num), dens4(x.presalesCount, RATE_SCALE, aDen, m.den));
      }
      notes?.push(
        note('note.role.supervisor', {
          sum: fenToYuanGrouped(x.presalesSumFen),
          count: x.presalesCount,
          rate: rateDec(c.supervisorPpm),
          factors: factorNotes(x.alphaPpm, x.mult, g),
          amount: fenToYuanGrouped(amount),
        }),
      );
      break;
  }
  return amount;
}

/** Notes listing a schedule's brackets ("≥ 0: 0.3%", …). */
export function bracketNotes(brackets: readonly { fromFen: number; ratePpm: number }[]): Note[] {
  return brackets.map((b) => note('note.bracket', { from: fenToYuanGrouped(b.fromFen), rate: pct(b.ratePpm) }));
}
