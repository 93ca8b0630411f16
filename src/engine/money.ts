/**
 * Exact integer money arithmetic for the hot path (docs/rules-file.md): every line is
 * computed from exact inputs as one rational number and rounded once, half up (四舍五入, i.e. half
 * away from zero, as decimal.js ROUND_HALF_UP). Products that would leave the safe-integer range
 * fall back to BigInt, so results are exact for any input validation lets through.
 */

/** ⌊a / den⌋ for a safe integer a ≥ 0 and den > 0, exactly (the double quotient can be off by one for large a). */
function floorDiv(a: number, den: number): number {
  const q = Math.floor(a / den);
  const r = a - q * den;
  return r < 0 ? q - 1 : r >= den ? q + 1 : q;
}

/** round(num / den), half away from zero; den > 0. Both must be safe integers. */
export function roundDiv(num: number, den: number): number {
  const neg = num < 0;
  const a = neg ? -num : num;
  let q = floorDiv(a, den);
  if (2 * (a - q * den) >= den) q += 1;
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

/** Greatest common divisor of two non-negative safe integers (gcd(0, b) = b). */
export function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

const SF: number[] = [];
const SD: number[] = [];

/**
 * Before falling back to BigInt, cancel common factors between the numerator's factors and the
 * denominators (e.g. a blend share 400000 ppm against the 1e6 scale): exact, and usually enough to
 * keep the product in the safe range. Uses scratch arrays: this runs in the simulator's hot path.
 */
function ratioBig(factors: readonly (number | bigint)[], dens: readonly number[]): number {
  let sign = 1;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    if (typeof f === 'bigint') return ratioExact(factors, dens);
    if (f < 0) sign = -sign;
    SF[i] = f < 0 ? -f : f;
  }
  for (let j = 0; j < dens.length; j++) SD[j] = dens[j]!;
  for (let i = 0; i < factors.length; i++) {
    for (let j = 0; j < dens.length; j++) {
      const g = gcd(SF[i]!, SD[j]!);
      if (g > 1) {
        SF[i] = SF[i]! / g;
        SD[j] = SD[j]! / g;
      }
    }
  }
  let p = 1;
  let d = 1;
  for (let i = 0; i < factors.length; i++) p *= SF[i]!;
  for (let j = 0; j < dens.length; j++) d *= SD[j]!;
  if (Number.isSafeInteger(p) && Number.isSafeInteger(d)) return roundDiv(sign * p, d);
  return ratioExact(factors, dens);
}

function ratioExact(factors: readonly (number | bigint)[], dens: readonly number[]): number {
  let p = 1n;
  for (const f of factors) p *= BigInt(f);
  let d = 1n;
  for (const x of dens) d *= BigInt(x);
  return roundDivBig(p, d);
}

/** a × b exactly: a number while safe, a bigint beyond. */
export function product(a: number, b: number): number | bigint {
  const p = a * b;
  return Number.isSafeInteger(p) ? p : BigInt(a) * BigInt(b);
}

/**
 * round(a × b × c / (d × e × f)) without allocating: the hot-path form of `ratio` (pass 1 for an
 * unused factor). `a` may be a bigint product.
 */
export function fraction(a: number | bigint, b: number, c: number, d: number, e: number, f: number): number {
  if (typeof a === 'number') {
    const p = a * b * c;
    const q = d * e * f;
    if (Number.isSafeInteger(p) && Number.isSafeInteger(q) && Number.isSafeInteger(a * b)) return roundDiv(p, q);
  }
  return ratio([a, b, c], [d, e, f]);
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

/** Fixed monthly amount pro-rated by days employed ÷ calendar days (docs/rules-file.md), rounded to the fen. */
export function prorate(amountFen: number, daysEmployed: number, calendarDays: number): number {
  if (daysEmployed >= calendarDays) return amountFen;
  return mul2Div(amountFen, daysEmployed, calendarDays);
}

/** ⌊a × b / den⌋ for non-negative safe integers, exactly; the remainder is a × b − den × result. */
export function floorMulDivQ(a: number, b: number, den: number): number {
  const p = a * b;
  if (Number.isSafeInteger(p)) return floorDiv(p, den);
  return Number((BigInt(a) * BigInt(b)) / BigInt(den));
}
