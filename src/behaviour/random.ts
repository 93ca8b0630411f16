/**
 * Common random numbers: every stream is keyed by (scenario seed, replication, slot,
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
 * - `normal()` is the ziggurat method (Marsaglia & Tsang 2000, "The ziggurat method for generating
 *   random variables", J. Stat. Softw. 5(8); 128 layers, their r and v), laid out as in Doornik
 *   (2005, "An improved ziggurat method to generate normal random samples"): layer, sign and
 *   position come from separate bits of one 32-bit output (7 + 1 + 24 bits), so the position is not
 *   correlated with the layer. About 98.8 % of normals cost one output and one multiplication; the
 *   rest take the wedge test (one exp) or Marsaglia's tail (two logs). Exact as a rejection method.
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

/**
 * Kinds of event, each its own stream (never renumber: it would change every result). The conduct
 * counts (lates, responsiveness, violations, commendations, warnings) are drawn in the attendance
 * stream at fixed positions (generateMonth); their own kinds are kept unused so numbers never shift.
 */
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
  /** The agent's service trait (metrics.ts), drawn once when seated. */
  serviceTrait: 27,
  /** The month's noise of the service metrics (metrics.ts). */
  serviceMetrics: 28,
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

  constructor(key = 0) {
    this.seed(key);
  }

  /**
   * Re-seed from a 32-bit key: four outputs of a Weyl sequence through fmix32 (SplitMix32). The key
   * is read as `key | 0`: callers pass a hash (unsigned) as `| 0`, the same stream, since an
   * unsigned value ≥ 2³¹ passed to a call that is not inlined is boxed in a heap number.
   */
  seed(key: number): this {
    // State words are kept as signed 32-bit integers (| 0), never as unsigned ones: V8 then stores
    // the four fields as small integers, not as heap numbers (a third of the cost of a draw).
    const s = key | 0;
    this.a = fmix32((s + 0x9e3779b9) | 0) | 0;
    this.b = fmix32((s + 0x3c6ef372) | 0) | 0;
    this.c = fmix32((s + 0xdaa66d2b) | 0) | 0;
    this.d = fmix32((s + 0x78dde6e4) | 0) | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
    return this;
  }

  /** Copy the state into `into[at … at + 3]` (to resume this stream later with `loadState`). */
  saveState(into: Int32Array, at: number): void {
    into[at] = this.a;
    into[at + 1] = this.b;
    into[at + 2] = this.c;
    into[at + 3] = this.d;
  }

  /** Resume at a state saved by `saveState`: the next draws are those that would have followed it. */
  loadState(from: Int32Array, at: number): this {
    this.a = from[at]!;
    this.b = from[at + 1]!;
    this.c = from[at + 2]!;
    this.d = from[at + 3]!;
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
    return this.nextI32() >>> 0;
  }

  /**
   * The next output as a signed 32-bit integer (the same bits as nextU32): a small integer in V8,
   * so the draws that read its bits or convert it at once never box it in a heap number.
   */
  nextI32(): number {
    const b = this.b;
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9);
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
    return ((this.nextI32() >>> 0) + 0.5) * 2.3283064365386963e-10;
  }

  /**
   * Standard normal by the ziggurat (see the file header): bits 0–6 pick one of 128 layers of equal
   * area, bit 7 the sign, bits 8–31 the position inside the layer's rectangle. A stream's normals
   * depend only on its key and position (no spare value is kept between calls).
   */
  normal(): number {
    for (;;) {
      const bits = this.nextI32();
      const i = bits & ZIG_MASK;
      const x = ((bits >>> 8) + 0.5) * 5.9604644775390625e-8 * ZIG_X[i]!; // (k + ½) / 2²⁴ · width
      if (x < ZIG_X[i + 1]!) return bits & 0x80 ? -x : x;
      if (i === 0) {
        // The base layer's tail beyond r (Marsaglia 1964): r + e₁/r, accepted when 2·e₂ > (e₁/r)².
        let t: number;
        let e: number;
        do {
          t = -Math.log(this.next()) / ZIG_R;
          e = -Math.log(this.next());
        } while (e + e < t * t);
        return bits & 0x80 ? -(ZIG_R + t) : ZIG_R + t;
      }
      // The wedge between the curve and the next layer's edge: accept y under f(x).
      if (ZIG_F[i]! + this.next() * (ZIG_F[i + 1]! - ZIG_F[i]!) < Math.exp(-0.5 * x * x)) return bits & 0x80 ? -x : x;
    }
  }

  /**
   * The next `n` normals of the stream into `into[at … at + n − 1]`: exactly what n calls of
   * `normal()` return, in order. Written to a typed array, a normal is never boxed in a heap number
   * (which a double returned from a call that is not inlined is).
   */
  normalsInto(into: Float64Array, at: number, n: number): void {
    for (let i = 0; i < n; i++) into[at + i] = this.normal();
  }
}

/**
 * Ziggurat tables for f(x) = exp(−x²/2), 128 layers of area v (Marsaglia & Tsang 2000, Table 1:
 * r = 3.442619855899, v = 9.91256303526217e-3). ZIG_X[i] is the right edge of layer i (ZIG_X[0] =
 * v / f(r), the width of the base layer's rectangle that stands in for the tail; ZIG_X[1] = r;
 * ZIG_X[128] = 0); ZIG_F[i] = f(ZIG_X[i]). Built with Math.exp/log/sqrt (fdlibm in V8): the same bits
 * in Node and Chromium.
 */
const ZIG_LAYERS = 128;
const ZIG_MASK = ZIG_LAYERS - 1;
const ZIG_R = 3.442619855899;
const ZIG_V = 9.91256303526217e-3;
const ZIG_X = new Float64Array(ZIG_LAYERS + 1);
const ZIG_F = new Float64Array(ZIG_LAYERS + 1);
{
  const f = (x: number) => Math.exp(-0.5 * x * x);
  ZIG_X[0] = ZIG_V / f(ZIG_R);
  ZIG_X[1] = ZIG_R;
  for (let i = 2; i < ZIG_LAYERS; i++) ZIG_X[i] = Math.sqrt(-2 * Math.log(ZIG_V / ZIG_X[i - 1]! + f(ZIG_X[i - 1]!)));
  ZIG_X[ZIG_LAYERS] = 0;
  for (let i = 0; i <= ZIG_LAYERS; i++) ZIG_F[i] = f(ZIG_X[i]!);
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
