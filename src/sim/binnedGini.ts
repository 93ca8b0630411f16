/**
 * Gini coefficient of a binned distribution (the pooled agent-year income of a run, docs/charts.md
 * §"Income distribution"): every value is taken as its bin's representative (src/sim/quantileBins.ts:
 * the midpoint, clamped to the exact minimum and maximum; negatives count as 0, as in `gini` of
 * collector.ts), and G = 2·Σ i·x₍ᵢ₎ / (n·Σx) − (n + 1)/n over the values ascending, a bin of c equal
 * values at ranks s+1 … s+c contributing x·(c·s + c(c+1)/2).
 *
 * Error bound: a representative is within ε = 1/1024 of its value (relative), so the mean absolute
 * difference moves by at most ε·2·mean and the mean by at most ε·mean, hence
 * |binned − exact| ≤ 2ε/(1 − ε) < 0.002 (absolute, in Gini units). The bins merge exactly, so the
 * result is the same for any split of the replications across workers.
 */
import { binMid, type BinsData } from './quantileBins';

/** Absolute error bound of `binnedGini` against the Gini of the exact values. */
export const BINNED_GINI_ERROR = 2 / 1023;

/** Gini of the binned values (negatives as 0); null with fewer than two values or a zero total. */
export function binnedGini(d: BinsData): number | null {
  if (d.n < 2) return null;
  let rank = 0;
  let sum = 0;
  let weighted = 0;
  for (let j = 0; j < d.keys.length; j++) {
    const k = d.keys[j]!;
    const c = d.counts[j]!;
    const x = k < 0 ? 0 : Math.max(0, Math.min(d.max, Math.max(d.min, binMid(k))));
    sum += c * x;
    weighted += x * (c * rank + (c * (c + 1)) / 2);
    rank += c;
  }
  const n = d.n;
  if (sum <= 0) return null;
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}
