/**
 * Common random numbers (issue 4 §6): every stream is keyed by (scenario seed, replication, slot,
 * month, kind of event) and derived by hashing those integers, never by drawing in sequence, so the
 * draws of one (slot, month, kind) do not depend on how many draws any other stream took, on the
 * policy, or on how work is split across workers.
 *
 * - `mix32` is Chris Wellons' "lowbias32" integer hash (hash-prospector, 2018; bias ≈ 0.17), an
 *   invertible 32-bit mixer in the family of MurmurHash3's fmix32.
 * - `streamKey` folds the key parts through mix32 with distinct odd multipliers.
 * - `Xoshiro128` is xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c),
 *   its 128-bit state filled from the key by SplitMix32 (a Weyl sequence through MurmurHash3's fmix32;
 *   the authors recommend seeding from a SplitMix generator). One
 *   instance is re-seeded per stream, so the hot loop allocates nothing.
 * Pure integer arithmetic (Math.imul, >>>): identical results in every JavaScript engine.
 */

/** lowbias32: a 32-bit mixing hash (unsigned result). */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Kinds of event, each its own stream (never renumber: it would change every result). */
export const KIND = {
  traits: 1,
  name: 2,
  tenure: 3,
  quit: 4,
  leaveDay: 5,
  vacancy: 6,
  joinDay: 7,
  shopDemand: 8,
  teamScore: 9,
  attendance: 10,
  lates: 11,
  responsiveness: 12,
  inquiries: 13,
  conversion: 14,
  payment: 15,
  chase: 16,
  orderValues: 17,
  returns: 18,
  badReviews: 19,
  cases: 20,
  scoreParts: 21,
  violations: 22,
  commendations: 23,
  warnings: 24,
  level: 25,
  flagging: 26,
} as const;

/** Pseudo-slots for streams that belong to the shop or a team rather than an agent. */
export const SHOP_SLOT = 0xfff0;
export const TEAM_SLOT_BASE = 0x10000;

/**
 * The 32-bit key of the stream (seed, replication, slot, month, kind). Month may be negative. The
 * key is a chain, so the hot loop hashes the fixed prefix once: streamKey = keyPart(keyPart(keyPart(
 * replicationKey(seed, replication), slot, SLOT), month, MONTH), kind, KIND_PART).
 */
export function streamKey(seed: number, replication: number, slot: number, month: number, kind: number): number {
  return keyPart(keyPart(keyPart(replicationKey(seed, replication), slot, PART.slot), month, PART.month), kind, PART.kind);
}

/** Multipliers that keep the key parts apart. */
export const PART = { slot: 0x85ebca6b, month: 0xc2b2ae35, kind: 0x27d4eb2f } as const;

/** Key of (seed, replication), the prefix of every stream of a replication. */
export function replicationKey(seed: number, replication: number): number {
  return mix32(mix32(seed ^ 0x5bd1e995) ^ Math.imul(replication + 1, 0x9e3779b1));
}

/** Extend a key by one integer part (offset so that 0 and small negatives hash apart). */
export function keyPart(key: number, value: number, multiplier: number): number {
  return mix32(key ^ Math.imul((value | 0) + 0x4001, multiplier));
}

/** xoshiro128** with 32-bit state words in four numbers (no typed array: the JIT keeps them in registers). */
export class Xoshiro128 {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;
  /** The second normal of the last Box–Muller pair, or NaN (reset by seed, so a stream stays position-pure). */
  private spare = NaN;

  constructor(key = 0) {
    this.seed(key);
  }

  /** Re-seed from a 32-bit key: four outputs of a Weyl sequence through fmix32 (SplitMix32). */
  seed(key: number): this {
    const s = key >>> 0;
    this.a = fmix32((s + 0x9e3779b9) | 0);
    this.b = fmix32((s + 0x3c6ef372) | 0);
    this.c = fmix32((s + 0xdaa66d2b) | 0);
    this.d = fmix32((s + 0x78dde6e4) | 0);
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
    this.spare = NaN;
    return this;
  }

  /** A generator at a given raw state (to check against the reference implementation). */
  static fromState(a: number, b: number, c: number, d: number): Xoshiro128 {
    const x = new Xoshiro128(0);
    x.a = a | 0;
    x.b = b | 0;
    x.c = c | 0;
    x.d = d | 0;
    return x;
  }

  /** Next unsigned 32-bit integer. */
  nextU32(): number {
    const b = this.b;
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    this.c ^= this.a;
    this.d ^= b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r;
  }

  /** Uniform in the open interval (0, 1): (k + 0.5) / 2³², never 0 or 1 (safe for log). */
  next(): number {
    return (this.nextU32() + 0.5) * 2.3283064365386963e-10;
  }

  /**
   * Standard normal by Marsaglia's polar method (Box–Muller without sin/cos), both values of each
   * pair used; the spare is dropped on re-seed so a stream's draws depend only on its key.
   */
  normal(): number {
    const spare = this.spare;
    if (spare === spare) {
      this.spare = NaN;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * m;
    return u * m;
  }
}

/** MurmurHash3's 32-bit finalizer. */
function fmix32(z: number): number {
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A generator positioned at the start of stream (seed, replication, slot, month, kind). */
export function stream(seed: number, replication: number, slot: number, month: number, kind: number): Xoshiro128 {
  return new Xoshiro128(streamKey(seed, replication, slot, month, kind));
}
