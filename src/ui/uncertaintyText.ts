/**
 * Ranges across replications in words (docs/charts.md §"Uncertainty"): the p5–p95 of a
 * per-replication figure, or its min–max below 20 replications (src/sim/percentileRange.ts), for the
 * winners-and-losers chart and the compliance table. Pure: message table lookups only.
 */
import { t, type Lang } from '../i18n/format';
import type { Range, VariantSummary } from '../sim/summary';
import { percent } from './money';

/** "各次模拟 {low}–{high}" (min–max below 20 replications); null without a range. */
export function rangeText(r: Range | null, format: (x: number) => string, lang: Lang): string | null {
  if (!r) return null;
  return t(lang, r.rangeIsMinMax ? 'unc.range.minMax' : 'unc.range', { low: format(r.p5), high: format(r.p95) });
}

/** The winners' and losers' shares across replications in one sentence; null without both ranges. */
export function wlRangesText(vs: VariantSummary['vsBaseline'], lang: Lang): string | null {
  const w = vs?.winnersShareRange;
  const l = vs?.losersShareRange;
  if (!w || !l) return null;
  const p = (x: number) => percent(x, 0);
  return t(lang, w.rangeIsMinMax ? 'unc.wl.rangesMinMax' : 'unc.wl.ranges', { wLow: p(w.p5), wHigh: p(w.p95), lLow: p(l.p5), lHigh: p(l.p95) });
}
