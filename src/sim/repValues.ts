/**
 * One exact value per replication of a figure (docs/charts.md §"Uncertainty"; percentileRange.ts):
 * the values of the chunks merged so far, appended in any order into one growing Float64Array and
 * sorted in place only when read. A multiset: what a reader sees (`sorted`) does not depend on the
 * order the values or the chunks came in, so merges stay commutative and associative.
 *
 * Memory is 8 bytes per replication per figure (the exact percentiles need every value), grown by
 * doubling and reused after `reset`; appending a chunk copies only that chunk's values, so merging
 * R replications in C chunks costs O(R) and leaves no garbage (an ordered merge into a fresh array
 * per chunk cost O(R·C) and filled the merging thread's old space: docs/performance.md
 * §"2026-12-06, evening: the runner's own costs").
 */
export class RepValues {
  private a: Float64Array;
  private n = 0;
  /** The first `sortedTo` values are ascending. */
  private sortedTo = 0;

  constructor(capacity = 16) {
    this.a = new Float64Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.n;
  }

  private room(extra: number): void {
    if (this.n + extra <= this.a.length) return;
    let cap = this.a.length;
    while (cap < this.n + extra) cap *= 2;
    const b = new Float64Array(cap);
    b.set(this.a.subarray(0, this.n));
    this.a = b;
  }

  push(x: number): void {
    this.room(1);
    this.a[this.n++] = x;
  }

  /** Append values (any order). */
  addAll(xs: ArrayLike<number>): void {
    const k = xs.length;
    if (k === 0) return;
    this.room(k);
    if (xs instanceof Float64Array) this.a.set(xs, this.n);
    else for (let i = 0; i < k; i++) this.a[this.n + i] = xs[i]!;
    this.n += k;
  }

  /** The values ascending (a view, valid until the next change). */
  sorted(): Float64Array {
    const v = this.a.subarray(0, this.n);
    if (this.sortedTo < this.n) {
      v.sort();
      this.sortedTo = this.n;
    }
    return v;
  }

  /** A copy of the values, in the order they were added unless `sorted` was called. */
  values(): Float64Array {
    return this.a.slice(0, this.n);
  }

  /** Forget the values (keeps the storage). */
  reset(): void {
    this.n = 0;
    this.sortedTo = 0;
  }
}
