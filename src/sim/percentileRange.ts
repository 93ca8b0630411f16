/**
 * The spread of a per-replication figure across replications (docs/charts.md §"Uncertainty"): the
 * 5th and 95th percentiles of the values, one per replication, by nearest rank over the exact values
 * (a run keeps at most `replications` of them per figure, so no bins are needed). This is how much
 * the figure moves from one simulated period to the next — the year-to-year spread an owner lives
 * with — not the precision of its mean (that is the 95 % interval of `pairedDifference`).
 *
 * Below MIN_FOR_PERCENTILES values the nearest-rank 5th and 95th percentiles are the minimum and the
 * maximum themselves, and the range says so (`rangeIsMinMax`).
 */

/** Fewer values than this: the reported range is the min–max. */
export const MIN_FOR_PERCENTILES = 20;

/** p5–p95 of the values across replications. */
export interface Range {
  p5: number;
  p95: number;
  /** True below MIN_FOR_PERCENTILES values: p5 and p95 are the minimum and the maximum. */
  rangeIsMinMax: boolean;
}

/** The value of nearest rank max(1, ⌈p·n/100⌉) in ascending `sorted`; null when empty. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  return sorted[Math.min(n, Math.max(1, Math.ceil((p * n) / 100))) - 1]!;
}

/** p5–p95 of ascending `sorted` (null when empty); the min–max below MIN_FOR_PERCENTILES values. */
export function percentileRange(sorted: ArrayLike<number>): Range | null {
  const n = sorted.length;
  if (n === 0) return null;
  if (n < MIN_FOR_PERCENTILES) return { p5: sorted[0]!, p95: sorted[n - 1]!, rangeIsMinMax: true };
  return { p5: nearestRank(sorted, 5)!, p95: nearestRank(sorted, 95)!, rangeIsMinMax: false };
}
