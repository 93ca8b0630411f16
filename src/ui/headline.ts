/**
 * The headline figures of one variant (issue 6 §5, first bullet): employer cost over the simulated
 * months (p50 with p5–p95), the paired difference against the baseline with its 95 % CI, the chance
 * of exceeding a budget the owner types in, and cost as a share of sales. Pure: reads the run summary
 * (src/sim/summary.ts) and, for the budget, the per-replication cost bins of the run aggregate.
 *
 * The chance of exceeding a budget is counted in the cost bins (the fine log-linear bins of
 * src/sim/quantileBins.ts, one value per replication); a budget inside a bin counts that bin's share
 * above the budget linearly, so the error is at most that bin's count (bins are ≤ 0.2 % of the
 * value wide). Without bins it is not shown. Its 95 % interval (Wilson score interval over the
 * replications) is the precision of that estimate, not a forecast.
 *
 * Two kinds of uncertainty are kept apart in words (docs/charts.md §"Uncertainty"): the 95 % interval
 * of the mean difference is the precision of the simulation — it narrows as runs are added; the
 * p5–p95 of the per-replication difference is how much one simulated period differs from the next
 * ("九成年份在 … 之间"), below 20 runs the min–max (`spreadMessage`).
 */
import type { VariantSummary } from '../sim/summary';
import { binLow, binWidth, type BinsData } from '../sim/quantileBins';

export interface Headline {
  name: string;
  baseline: boolean;
  replications: number;
  costP50Fen: number | null;
  costP5Fen: number | null;
  costP95Fen: number | null;
  /**
   * Variant minus baseline, mean over paired replications, with its 95 % CI and the p5–p95 of the
   * per-replication difference (the min–max below 20 replications; null for the baseline).
   */
  diff: null | {
    meanFen: number | null;
    lowFen: number | null;
    highFen: number | null;
    p5Fen: number | null;
    p95Fen: number | null;
    rangeIsMinMax: boolean;
  };
  /** Share of replications whose cost exceeds the budget (null without a budget or bins). */
  overBudget: number | null;
  /** 95 % Wilson interval of `overBudget` over the replications (null when it is null). */
  overBudgetInterval: null | { low: number; high: number };
  costShareOfSales: number | null;
}

/** Share of the binned values strictly above `limit` (integer fen); null when there is no value. */
export function shareAbove(bins: BinsData, limit: number): number | null {
  if (bins.n === 0) return null;
  if (limit < bins.min) return 1;
  if (limit >= bins.max) return 0;
  let above = 0;
  for (let j = 0; j < bins.keys.length; j++) {
    const k = bins.keys[j]!;
    const count = bins.counts[j]!;
    // negative costs do not occur; a negative key is a value below 0 ≤ … so never above a limit ≥ 0
    if (k < 0) {
      if (limit < 0) above += count; // coarse, but costs are never negative
      continue;
    }
    const low = binLow(k);
    const width = binWidth(k);
    const high = low + width - 1;
    if (low > limit) above += count;
    else if (high > limit) above += (count * (high - limit)) / width;
  }
  return above / bins.n;
}

/**
 * 95 % Wilson score interval of a proportion `share` observed over n trials (E. B. Wilson, 1927):
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), z = 1.96; null for n = 0.
 */
export function wilsonInterval(share: number, n: number): { low: number; high: number } | null {
  if (n <= 0) return null;
  const z = 1.959963984540054;
  const z2 = z * z;
  const centre = (share + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** A message key of the uncertainty area and its parameters (amounts still in fen). */
export interface SpreadMessage {
  key: 'unc.spread.year' | 'unc.spread.period' | 'unc.spread.minMax';
  lowFen: number;
  highFen: number;
  n: number;
  months: number;
}

/**
 * How to say the spread of a difference across replications: "九成年份在 {low} 至 {high} 之间" when a
 * replication is one 12-month year, "九成模拟期({months} 个月)…" otherwise, and the min–max below 20
 * replications. Null without a range.
 */
export function spreadMessage(
  d: { p5Fen: number | null; p95Fen: number | null; rangeIsMinMax: boolean } | null,
  replications: number,
  months: number,
): SpreadMessage | null {
  if (!d || d.p5Fen === null || d.p95Fen === null) return null;
  const key = d.rangeIsMinMax ? 'unc.spread.minMax' : months === 12 ? 'unc.spread.year' : 'unc.spread.period';
  return { key, lowFen: d.p5Fen, highFen: d.p95Fen, n: replications, months };
}

export function headline(v: VariantSummary, costBins: BinsData | null, budgetFen: number | null): Headline {
  const cd = v.vsBaseline?.costDifference ?? null;
  const overBudget = budgetFen === null || !costBins ? null : shareAbove(costBins, budgetFen);
  return {
    name: v.name,
    baseline: v.baseline,
    replications: v.replications,
    costP50Fen: v.cost.p50Fen,
    costP5Fen: v.cost.p5Fen,
    costP95Fen: v.cost.p95Fen,
    diff:
      v.baseline || !cd
        ? null
        : { meanFen: cd.meanFen, lowFen: cd.ciLowFen, highFen: cd.ciHighFen, p5Fen: cd.p5, p95Fen: cd.p95, rangeIsMinMax: cd.rangeIsMinMax },
    overBudget,
    overBudgetInterval: overBudget === null ? null : wilsonInterval(overBudget, costBins?.n ?? 0),
    costShareOfSales: v.costShareOfSales,
  };
}
