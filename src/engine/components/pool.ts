/**
 * Team commission pool (docs/rules-file.md; seed 001 (g) "pool × score / Σ scores").
 * pool = rate (flat or tiered) × team net sales (× (1 − α) in a blend), rounded once to the fen.
 * Team net sales count every member, probationers included; shares go to members outside probation,
 * by score, equally, or by net sales. Shares add up exactly to the pool: each is rounded down to the
 * fen and the fen left over go one each to the largest remainders (ties by agent id). With every
 * weight 0 nobody is paid and the pool stays unspent. A scored share is round(multiplier × share);
 * what it withholds stays with the shop.
 */
import type { CPool } from '../../policy/compiled';
import { RATE_SCALE } from '../../policy/compiled';
import { floorMulDivQ, fraction, gcd } from '../money';
import { rateProduct, scaleProduct } from './rates';

/** The pool of a team, fen. */
export function poolAmount(p: CPool, teamNetFen: number): number {
  const product = rateProduct(p.rate, teamNetFen);
  if (p.individualSharePpm === null) return scaleProduct(product, 1, 1, 1, 1);
  // 1 − α in lowest terms: the same ratio, smaller products
  const rest = RATE_SCALE - p.individualSharePpm;
  const g = gcd(rest, RATE_SCALE);
  return scaleProduct(product, rest / g, RATE_SCALE / g, 1, 1);
}

/**
 * Split `poolFen` by integer weights (largest-remainder). `ids` break ties of equal remainders
 * (ascending). Returns each member's share in fen; all zeros when every weight is 0.
 */
export function splitPool(poolFen: number, weights: readonly number[], ids: readonly string[]): number[] {
  const n = weights.length;
  const s = new PoolSplit();
  splitPoolInto(poolFen, weights, ids, n, s);
  return Array.from(s.shares.subarray(0, n));
}

/** Reusable arrays of `splitPoolInto` (the kernel keeps one: no allocation per team-month). */
export class PoolSplit {
  shares = new Float64Array(0);
  rem = new Float64Array(0);
  taken = new Uint8Array(0);
  /** Room for n members. */
  ensure(n: number): void {
    if (this.shares.length < n) {
      const cap = Math.max(n, 2 * this.shares.length, 16);
      this.shares = new Float64Array(cap);
      this.rem = new Float64Array(cap);
      this.taken = new Uint8Array(cap);
    }
  }
}

/** `splitPool` of the first n weights and ids, into `out.shares[0 … n)`. */
export function splitPoolInto(poolFen: number, weights: ArrayLike<number>, ids: ArrayLike<string>, n: number, out: PoolSplit): void {
  out.ensure(n);
  const shares = out.shares;
  shares.fill(0, 0, n);
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i]!;
  if (total <= 0 || poolFen <= 0) return;
  const rem = out.rem;
  let given = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    const q = floorMulDivQ(poolFen, w, total);
    shares[i] = q;
    // the remainder poolFen × w − q × total (< total, a safe integer), exactly
    const p = poolFen * w;
    rem[i] = Number.isSafeInteger(p) ? p - q * total : Number(BigInt(poolFen) * BigInt(w) - BigInt(q) * BigInt(total));
    given += q;
  }
  // The fen left over (fewer than n) go one each to the largest remainders, ties by ascending id.
  let left = poolFen - given;
  if (left <= 0) return;
  const taken = out.taken;
  taken.fill(0, 0, n);
  for (; left > 0; left--) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      if (best < 0 || rem[i]! > rem[best]! || (rem[i] === rem[best] && ids[i]! < ids[best]!)) best = i;
    }
    taken[best] = 1;
    shares[best] = shares[best]! + 1;
  }
}

/** A scored share: round(share × multiplier). */
export function scoredShare(shareFen: number, num: number, den: number): number {
  return fraction(shareFen, num, 1, den, 1, 1);
}
