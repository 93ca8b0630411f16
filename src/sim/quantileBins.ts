/**
 * Fixed fine bins for quantiles of integer-fen values over millions of observations (a streaming
 * summary with a stated and tested error bound; docs/charts.md).
 *
 * The scheme is log-linear, as in HdrHistogram (Gil Tene, hdrhistogram.org): values |v| < 1024 fen
 * have one bin each (exact); above, every power of two [2^e, 2^(e+1)) is cut into 512 equal bins of
 * width 2^(e-9). A reported quantile is the midpoint of the bin holding the exact nearest-rank value,
 * clamped to the exact minimum and maximum seen, so
 *
 *     |reported − exact| ≤ |exact| / 1024   (≤ 0.098 %; exact below 10.24 yuan).
 *
 * Counts are integers, so merging two bin sets is exact, commutative and associative: summaries do
 * not depend on how replications were split across workers, nor on the order partial results
 * arrive. Bin indexes use only integer arithmetic and division by powers of two (no Math.log), so
 * Node and every browser bin identically.
 */
import type { PackReader, PackWriter } from './pack';

/** log2 of the number of bins per power of two. */
export const SUB_BITS = 9;
const SUB = 1 << SUB_BITS; // 512
const EXACT = 2 * SUB; // values below 1024 have a bin each
/** Largest exponent binned: |v| < 2^53 (every safe integer). */
const MAX_EXP = 52;
/** Number of bins for non-negative values. */
export const BIN_COUNT = EXACT + (MAX_EXP - SUB_BITS) * SUB;

/** Relative error bound of a reported quantile: |reported − exact| ≤ |exact| × QUANTILE_REL_ERROR. */
export const QUANTILE_REL_ERROR = 1 / EXACT;

const POW2: number[] = Array.from({ length: 64 }, (_, i) => 2 ** i);

/** floor(log2(a)) for a safe integer a ≥ 1. */
function ilog2(a: number): number {
  if (a < 4294967296) return 31 - Math.clz32(a);
  return 63 - Math.clz32(Math.floor(a / 4294967296));
}

/** The bin of a non-negative safe integer. */
export function binOf(a: number): number {
  if (a < EXACT) return a;
  const e = ilog2(a);
  const sub = Math.floor(a / POW2[e - SUB_BITS]!) - SUB;
  return EXACT + (e - SUB_BITS - 1) * SUB + sub;
}

/** The signed key of an integer value (BinsData: bin of v ≥ 0, or −1 − bin of |v|). */
export function keyOf(v: number): number {
  return v >= 0 ? binOf(v) : -1 - binOf(-v);
}

/** Lowest value in bin i (non-negative side). */
export function binLow(i: number): number {
  if (i < EXACT) return i;
  const k = i - EXACT;
  const e = SUB_BITS + 1 + Math.floor(k / SUB);
  const sub = k % SUB;
  return (SUB + sub) * POW2[e - SUB_BITS]!;
}

/** Width of bin i (1 below 1024). */
export function binWidth(i: number): number {
  if (i < EXACT) return 1;
  return POW2[1 + Math.floor((i - EXACT) / SUB)]!;
}

/** Representative value of bin i: its midpoint rounded down to the fen. */
export function binMid(i: number): number {
  return binLow(i) + Math.floor(binWidth(i) / 2);
}

/**
 * Plain, structured-clone-friendly form of a bin set: only the bins with a count. Signed bin keys:
 * k ≥ 0 is bin k of a non-negative value; k < 0 is bin (−1 − k) of the absolute value of a negative one.
 */
export interface BinsData {
  keys: number[];
  counts: number[];
  n: number;
  /** Exact extremes seen (0 when n = 0). */
  min: number;
  max: number;
}

export const emptyBins = (): BinsData => ({ keys: [], counts: [], n: 0, min: 0, max: 0 });

/** Shared read side: quantiles by nearest rank over signed bins. */
abstract class BinsBase {
  n = 0;
  min = Infinity;
  max = -Infinity;
  protected abstract entries(): [number, number][];

  /** Record `count` copies of an integer value. */
  abstract add(v: number, count?: number): void;

  /** Record one integer value whose signed key (`keyOf(v)`) is known: one bin lookup for several sets. */
  addKeyed(key: number, v: number): void {
    this.addKey(key, 1);
    this.n += 1;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  /** Merge a plain bin set into this one (exact). */
  addData(d: BinsData): void {
    if (d.n === 0) return;
    for (let j = 0; j < d.keys.length; j++) this.addKey(d.keys[j]!, d.counts[j]!);
    this.n += d.n;
    if (d.min < this.min) this.min = d.min;
    if (d.max > this.max) this.max = d.max;
  }
  protected abstract addKey(key: number, count: number): void;

  /**
   * Write this set into a chunk's wire form (pack.ts): n, min, max and the number of bins used, then
   * the (key, count) pairs of the bins used, in any order.
   */
  pack(w: PackWriter): void {
    w.num(this.n);
    w.num(this.n ? this.min : 0);
    w.num(this.n ? this.max : 0);
    const at = w.reserve();
    w.setNum(at, this.packPairs(w));
  }
  /** Write the (key, count) pair of every bin used; returns how many. */
  protected abstract packPairs(w: PackWriter): number;

  /** Add a set read from a chunk's wire form (exact, as `addData`). */
  unpack(r: PackReader): void {
    const n = r.num();
    const min = r.num();
    const max = r.num();
    const pairs = r.pairs(r.num());
    if (n === 0) return;
    for (let j = 0; j < pairs.length; j += 2) this.addKey(pairs[j]!, pairs[j + 1]!);
    this.n += n;
    if (min < this.min) this.min = min;
    if (max > this.max) this.max = max;
  }

  /** Plain form with keys ascending by value. */
  toData(): BinsData {
    // Signed keys sort like their values: k = −1 − bin(|v|) is smaller for a larger magnitude.
    const es = this.entries().sort((a, b) => a[0] - b[0]);
    return {
      keys: es.map((e) => e[0]),
      counts: es.map((e) => e[1]),
      n: this.n,
      min: this.n ? this.min : 0,
      max: this.n ? this.max : 0,
    };
  }
}

/** Bins per page of DenseBins: one power of two above the exact range (the exact range is two pages). */
const PAGE = SUB;
const PAGES = BIN_COUNT / PAGE;

/**
 * Dense bins for the hot loop and for merging many partials: positive keys index Float64Array pages
 * of 512 bins (one power of two each), allocated when a value first falls in them, so a set holds
 * only the octaves its values reach (a month's pay: three or four pages, not all 45); negative keys
 * (rare: fines above pay) in a Map. An add is an array increment, not a Map update.
 */
export class DenseBins extends BinsBase {
  private readonly pages: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(PAGES).fill(undefined);
  private readonly neg = new Map<number, number>();

  add(v: number, count = 1): void {
    this.addKey(v >= 0 ? binOf(v) : -1 - binOf(-v), count);
    this.n += count;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  /** Lowest and highest positive key touched since the last reset (what toData and reset scan). */
  private lo = BIN_COUNT;
  private hi = -1;

  protected addKey(key: number, count: number): void {
    if (key >= 0) {
      const p = key >>> SUB_BITS;
      const page = this.pages[p] ?? (this.pages[p] = new Float64Array(PAGE));
      page[key & (PAGE - 1)]! += count;
      if (key < this.lo) this.lo = key;
      if (key > this.hi) this.hi = key;
    } else this.neg.set(key, (this.neg.get(key) ?? 0) + count);
  }

  protected entries(): [number, number][] {
    const d = this.toData();
    return d.keys.map((k, i) => [k, d.counts[i]!]);
  }

  /** Each bin of the touched positive range with a count, keys ascending. */
  private eachPositive(f: (key: number, count: number) => void): void {
    for (let key = this.lo; key <= this.hi; ) {
      const page = this.pages[key >>> SUB_BITS];
      const end = Math.min(this.hi, key | (PAGE - 1));
      if (page) {
        for (; key <= end; key++) {
          const c = page[key & (PAGE - 1)]!;
          if (c !== 0) f(key, c);
        }
      }
      key = end + 1;
    }
  }

  protected packPairs(w: PackWriter): number {
    let k = 0;
    const pair = (key: number, c: number) => {
      w.pair(key, c);
      k++;
    };
    for (const [key, c] of this.neg) pair(key, c);
    this.eachPositive(pair);
    return k;
  }

  /** Plain form with keys ascending by value: the negative keys sorted, then the touched positive range. */
  override toData(): BinsData {
    const keys = [...this.neg.keys()].sort((a, b) => a - b);
    const counts = keys.map((k) => this.neg.get(k)!);
    this.eachPositive((key, c) => {
      keys.push(key);
      counts.push(c);
    });
    return { keys, counts, n: this.n, min: this.n ? this.min : 0, max: this.n ? this.max : 0 };
  }

  /** Forget everything (keeps the pages, zeroed over the touched range). */
  reset(): void {
    for (let key = this.lo; key <= this.hi; ) {
      const end = Math.min(this.hi, key | (PAGE - 1));
      this.pages[key >>> SUB_BITS]?.fill(0, key & (PAGE - 1), (end & (PAGE - 1)) + 1);
      key = end + 1;
    }
    this.lo = BIN_COUNT;
    this.hi = -1;
    this.neg.clear();
    this.n = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }
}

/** Sparse bins (a Map) for figures with few observations, such as one value per replication. */
export class SparseBins extends BinsBase {
  private readonly m = new Map<number, number>();

  add(v: number, count = 1): void {
    const k = v >= 0 ? binOf(v) : -1 - binOf(-v);
    this.m.set(k, (this.m.get(k) ?? 0) + count);
    this.n += count;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  protected addKey(key: number, count: number): void {
    this.m.set(key, (this.m.get(key) ?? 0) + count);
  }

  protected entries(): [number, number][] {
    return [...this.m.entries()];
  }

  protected packPairs(w: PackWriter): number {
    for (const [key, c] of this.m) w.pair(key, c);
    return this.m.size;
  }

  /** Forget everything (reuses the map). */
  reset(): void {
    this.m.clear();
    this.n = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }
}

/** Value represented by a signed key. */
function keyMid(k: number): number {
  return k >= 0 ? binMid(k) : -binMid(-1 - k);
}

/**
 * Nearest-rank quantiles of a plain bin set: for each p in percent (0–100), the bin holding the
 * value of rank max(1, ⌈p·n/100⌉) in ascending order, reported as its midpoint clamped to [min, max]
 * (rank 1 and rank n report the exact minimum and maximum).
 * Returns null for each p when n = 0.
 */
export function quantiles(d: BinsData, percents: readonly number[]): (number | null)[] {
  if (d.n === 0) return percents.map(() => null);
  const ranks = percents.map((p) => Math.max(1, Math.ceil((p * d.n) / 100)));
  const out: (number | null)[] = percents.map(() => null);
  let cum = 0;
  let j = 0;
  const order = ranks.map((r, i) => [r, i] as const).sort((a, b) => a[0] - b[0]);
  for (let b = 0; b < d.keys.length && j < order.length; b++) {
    cum += d.counts[b]!;
    while (j < order.length && order[j]![0] <= cum) {
      const rank = order[j]![0];
      const v = rank === 1 ? d.min : rank === d.n ? d.max : keyMid(d.keys[b]!);
      out[order[j]![1]] = Math.min(d.max, Math.max(d.min, v));
      j++;
    }
  }
  return out;
}

/**
 * Merge plain bin sets into a new plain set (exact; the result does not depend on the order): one
 * pass over the two ascending key lists, adding the counts of a key present in both.
 */
export function mergeBins(a: BinsData, b: BinsData): BinsData {
  if (a.n === 0) return b.n === 0 ? emptyBins() : copyBins(b);
  if (b.n === 0) return copyBins(a);
  const keys: number[] = [];
  const counts: number[] = [];
  const ak = a.keys;
  const bk = b.keys;
  let i = 0;
  let j = 0;
  while (i < ak.length && j < bk.length) {
    if (ak[i]! < bk[j]!) {
      keys.push(ak[i]!);
      counts.push(a.counts[i++]!);
    } else if (bk[j]! < ak[i]!) {
      keys.push(bk[j]!);
      counts.push(b.counts[j++]!);
    } else {
      keys.push(ak[i]!);
      counts.push(a.counts[i++]! + b.counts[j++]!);
    }
  }
  for (; i < ak.length; i++) {
    keys.push(ak[i]!);
    counts.push(a.counts[i]!);
  }
  for (; j < bk.length; j++) {
    keys.push(bk[j]!);
    counts.push(b.counts[j]!);
  }
  return { keys, counts, n: a.n + b.n, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

const copyBins = (d: BinsData): BinsData => ({ keys: [...d.keys], counts: [...d.counts], n: d.n, min: d.min, max: d.max });
