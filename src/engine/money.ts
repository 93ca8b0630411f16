/**
 * Exact integer money arithmetic for the hot path (shared/domain.md §10 Rounding): every line is
 * computed from exact inputs as one rational number and rounded once, half up (四舍五入, i.e. half
 * away from zero, as decimal.js ROUND_HALF_UP). Products that would leave the safe-integer range
 * fall back to BigInt, so results are exact for any input validation lets through.
 */

/** round(num / den), half away from zero; den > 0. Both must be safe integers. */
export function roundDiv(num: number, den: number): number {
  const neg = num < 0;
  const a = neg ? -num : num;
  let q = Math.floor(a / den);
  let r = a - q * den;
  // Math.floor(a / den) can be off by one for large a; correct it exactly.
  if (r < 0) {
    q -= 1;
    r += den;
  } else if (r >= den) {
    q += 1;
    r -= den;
  }
  if (2 * r >= den) q += 1;
  return neg ? -q : q;
}

function roundDivBig(num: bigint, den: bigint): number {
  const neg = num < 0n;
  const a = neg ? -num : num;
  let q = a / den;
  const r = a - q * den;
  if (2n * r >= den) q += 1n;
  const out = Number(neg ? -q : q);
  if (!Number.isSafeInteger(out)) throw new RangeError(`amount out of range: ${neg ? '-' : ''}${q} fen`);
  return out;
}

/**
 * round((f1 × f2 × …) / (d1 × d2 × …)), half away from zero, exactly. Factors may be bigints (an
 * already exact large product); all are integers and the denominators positive. Uses doubles while
 * every partial product is a safe integer, BigInt otherwise.
 */
export function ratio(factors: readonly (number | bigint)[], dens: readonly number[]): number {
  let p = 1;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    if (typeof f === 'bigint') return ratioBig(factors, dens);
    p *= f;
    if (!Number.isSafeInteger(p)) return ratioBig(factors, dens);
  }
  let d = 1;
  for (let i = 0; i < dens.length; i++) {
    d *= dens[i]!;
    if (!Number.isSafeInteger(d)) return ratioBig(factors, dens);
  }
  return roundDiv(p, d);
}

function ratioBig(factors: readonly (number | bigint)[], dens: readonly number[]): number {
  let p = 1n;
  for (const f of factors) p *= BigInt(f);
  let d = 1n;
  for (const x of dens) d *= BigInt(x);
  return roundDivBig(p, d);
}

/** round(f1 × f2 × … / den): `ratio` with one denominator. */
export function mulDiv(factors: readonly number[], den: number): number {
  return ratio(factors, [den]);
}

/** round(a × b / den) — the common two-factor case without an array. */
export function mul2Div(a: number, b: number, den: number): number {
  const p = a * b;
  if (Number.isSafeInteger(p)) return roundDiv(p, den);
  return roundDivBig(BigInt(a) * BigInt(b), BigInt(den));
}

/** Fixed monthly amount pro-rated by days employed ÷ calendar days (domain.md §9), rounded to the fen. */
export function prorate(amountFen: number, daysEmployed: number, calendarDays: number): number {
  if (daysEmployed >= calendarDays) return amountFen;
  return mul2Div(amountFen, daysEmployed, calendarDays);
}

/** floor(a × b / den) for non-negative safe integers, exactly (used for pool shares). */
export function floorMulDiv(a: number, b: number, den: number): { q: number; r: number } {
  const p = a * b;
  if (Number.isSafeInteger(p)) {
    let q = Math.floor(p / den);
    let r = p - q * den;
    if (r < 0) {
      q -= 1;
      r += den;
    } else if (r >= den) {
      q += 1;
      r -= den;
    }
    return { q, r };
  }
  const bp = BigInt(a) * BigInt(b);
  const bd = BigInt(den);
  // The remainder is < den, a safe integer; the quotient is at most a (b ≤ den for shares).
  return { q: Number(bp / bd), r: Number(bp % bd) };
}
