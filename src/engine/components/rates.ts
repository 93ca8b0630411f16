/**
 * Rate schedules applied to an amount (docs/rules-file.md): flat, tiered marginal (each bracket's
 * rate on the part inside it, seed 001 "超出基点范围的以其所在阶段绩效进行核算") and tiered whole (the
 * rate of the bracket reached applies to all). Brackets are given by lower bounds; an amount exactly
 * at a bound is in the bracket that starts there. The result is exact: Σ part × ppm, times any
 * further factors, divided once and rounded half up.
 */
import type { CRate } from '../../policy/compiled';
import { RATE_SCALE } from '../../policy/compiled';
import { fraction } from '../money';

/** The bracket reached by `amountFen` (the last whose lower bound it reaches). */
export function bracketIndex(rate: CRate, amountFen: number): number {
  let k = 0;
  for (let i = 1; i < rate.brackets.length; i++) if (amountFen >= rate.brackets[i]!.fromFen) k = i;
  return k;
}

/**
 * Σ part × ppm of a schedule on `amountFen`, in fen·ppm (not yet divided). For flat and whole this
 * is amount × the reached rate; for marginal the sum over brackets of the part inside each.
 * Returned as a bigint when it exceeds the safe-integer range.
 */
export function rateProduct(rate: CRate, amountFen: number): number | bigint {
  if (amountFen <= 0) return 0;
  if (rate.method !== 'marginal') {
    const p = amountFen * rate.brackets[bracketIndex(rate, amountFen)]!.ratePpm;
    return Number.isSafeInteger(p) ? p : BigInt(amountFen) * BigInt(rate.brackets[bracketIndex(rate, amountFen)]!.ratePpm);
  }
  let sum = 0;
  let big = false;
  let bsum = 0n;
  const b = rate.brackets;
  for (let i = 0; i < b.length; i++) {
    const lo = b[i]!.fromFen;
    if (amountFen <= lo) break;
    const hi = i + 1 < b.length ? Math.min(amountFen, b[i + 1]!.fromFen) : amountFen;
    const part = hi - lo;
    const p = part * b[i]!.ratePpm;
    if (!big && Number.isSafeInteger(p) && Number.isSafeInteger(sum + p)) sum += p;
    else {
      if (!big) {
        big = true;
        bsum = BigInt(sum);
      }
      bsum += BigInt(part) * BigInt(b[i]!.ratePpm);
    }
  }
  return big ? bsum : sum;
}

/**
 * Scale a schedule's product (fen·ppm) by two further ratios: round(product × f1 × f2 / (RATE_SCALE × d1 × d2)).
 * Pass 1 / 1 for a ratio that does not apply.
 */
export function scaleProduct(product: number | bigint, f1: number, d1: number, f2: number, d2: number): number {
  return fraction(product, f1, f2, RATE_SCALE, d1, d2);
}
