/**
 * The wire form of a chunk's partial aggregate (reporters.ts `ChunkPartial`): every number of the
 * partial in one Float64Array, the bins' (key, count) pairs in one Int32Array, the few BigInt sums
 * in a short list. A worker sends the two arrays' buffers as transferables, so a chunk's result
 * crosses to the merging thread without being serialized element by element, and the merging
 * thread reads it in place instead of building objects and arrays from a structured clone
 * (docs/performance.md §"How the runner is built").
 *
 * The writer and the reader walk the aggregate in the same fixed order (VariantAcc `pack` /
 * `absorb`); nothing here knows what the numbers mean. Every number is copied exactly: doubles as
 * doubles, bin keys (|key| < BIN_COUNT) and counts (at most the agent-months of one chunk: 256
 * replications × 300 agents × 120 months < 2^31) as 32-bit integers.
 */

export interface Packed {
  f64: Float64Array;
  i32: Int32Array;
  big: bigint[];
}

/** Appends numbers; reused from chunk to chunk (`finish` hands out exact-size copies). */
export class PackWriter {
  private f = new Float64Array(1024);
  private nf = 0;
  private i = new Int32Array(4096);
  private ni = 0;
  private big: bigint[] = [];

  begin(): void {
    this.nf = 0;
    this.ni = 0;
    this.big = [];
  }

  private roomF(k: number): void {
    if (this.nf + k <= this.f.length) return;
    const b = new Float64Array(Math.max(2 * this.f.length, this.nf + k));
    b.set(this.f.subarray(0, this.nf));
    this.f = b;
  }

  num(x: number): void {
    this.roomF(1);
    this.f[this.nf++] = x;
  }

  /** A fixed-length run of numbers (the reader knows the length). */
  nums(xs: ArrayLike<number>): void {
    this.roomF(xs.length);
    for (let k = 0; k < xs.length; k++) this.f[this.nf + k] = xs[k]!;
    this.nf += xs.length;
  }

  /** A run of numbers preceded by its length. */
  list(xs: ArrayLike<number>): void {
    this.num(xs.length);
    this.nums(xs);
  }

  /** Reserve a number to be set later (`setNum`); returns its place. */
  reserve(): number {
    this.num(0);
    return this.nf - 1;
  }

  setNum(at: number, x: number): void {
    this.f[at] = x;
  }

  /** One (key, count) pair of a bin set. */
  pair(key: number, count: number): void {
    if (this.ni + 2 > this.i.length) {
      const b = new Int32Array(2 * this.i.length);
      b.set(this.i.subarray(0, this.ni));
      this.i = b;
    }
    if (count > 0x7fffffff) throw new RangeError(`bin count ${count} does not fit the chunk's wire form`);
    this.i[this.ni++] = key;
    this.i[this.ni++] = count;
  }

  bigint(x: bigint): void {
    this.big.push(x);
  }

  /** Exact-size copies of what was written (safe to transfer; the writer keeps its own buffers). */
  finish(): Packed {
    return { f64: this.f.slice(0, this.nf), i32: this.i.slice(0, this.ni), big: this.big };
  }
}

/** Reads a Packed in the order it was written. */
export class PackReader {
  private af = 0;
  private ai = 0;
  private ab = 0;
  constructor(private readonly p: Packed) {}

  num(): number {
    return this.p.f64[this.af++]!;
  }

  /** `n` numbers, added into `into` element by element. */
  addInto(into: { [i: number]: number; length: number }, n = into.length): void {
    const f = this.p.f64;
    for (let k = 0; k < n; k++) into[k] = into[k]! + f[this.af + k]!;
    this.af += n;
  }

  /** A run written by `list` (a view into the wire array). */
  list(): Float64Array {
    const n = this.num();
    const v = this.p.f64.subarray(this.af, this.af + n);
    this.af += n;
    return v;
  }

  /** The next `n` (key, count) pairs as a view: key at 2j, count at 2j + 1. */
  pairs(n: number): Int32Array {
    const v = this.p.i32.subarray(this.ai, this.ai + 2 * n);
    this.ai += 2 * n;
    return v;
  }

  bigint(): bigint {
    return this.p.big[this.ab++]!;
  }

  /** Everything was read (a guard against a writer and reader out of step). */
  done(): boolean {
    return this.af === this.p.f64.length && this.ai === this.p.i32.length && this.ab === this.p.big.length;
  }
}
