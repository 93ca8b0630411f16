/**
 * The headline figures of one variant (first bullet): employer cost over the simulated
 * months (p50 with p5–p95), the paired difference against the baseline with its 95 % CI, the chance
 * of exceeding a budget the owner types in, and cost as a share of sales. Pure: reads the run summary
 * (src/sim/summary.ts) and, for the budget, the per-replication cost bins of the run aggregate.
 *
 * The chance of exceeding a budget is counted in the cost bins (the fine log-linear bins of
 * src/sim/quantileBins.ts, one value per replication); a budget inside a bin counts that bin's share
 * above the budget linearly, so the error is at most that bin's count (bins are ≤ 0.2 % of the
 * value wide). Without bins it is not shown.
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
  /** Variant minus baseline, mean over paired replications, with its 95 % CI (null for the baseline). */
  diff: null | { meanFen: number | null; lowFen: number | null; highFen: number | null };
  /** Share of replications whose cost exceeds the budget (null without a budget or bins). */
  overBudget: number | null;
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

export function headline(v: VariantSummary, costBins: BinsData | null, budgetFen: number | null): Headline {
  const cd = v.vsBaseline?.costDifference ?? null;
  return {
    name: v.name,
    baseline: v.baseline,
    replications: v.replications,
    costP50Fen: v.cost.p50Fen,
    costP5Fen: v.cost.p5Fen,
    costP95Fen: v.cost.p95Fen,
    diff: v.baseline || !cd ? null : { meanFen: cd.meanFen, lowFen: cd.ciLowFen, highFen: cd.ciHighFen },
    overBudget: budgetFen === null || !costBins ? null : shareAbove(costBins, budgetFen),
    costShareOfSales: v.costShareOfSales,
  };
}
