/**
 * The verdict on each variant, first on its card: is it lawful in the shop's city, which lawful
 * variant is cheapest and which brings the most contribution, how the cards sort by a headline, and
 * one plain sentence that says what choosing it means (in the manner of PolicyEngine's summaries:
 * the cost against the current policy with its year-to-year range, sales, how many agents gain, and
 * the legal finding). Pure: reads the run summary (src/sim/summary.ts); no DOM.
 *
 * Lawful (domain.md §"The engine's legal flags"): no agent-month below the minimum wage, no
 * deductions over 20 % of gross or pushing pay below the minimum, no probation pay too low — the
 * engine's per-payslip flags counted by the runner (`compliance`). A variant is lawful only when
 * every count is exactly 0 over all simulated years.
 *
 * Cheapest means the lowest mean cost per simulated period (so the ranking agrees with the paired
 * differences): people cost (gross + employer contributions + turnover cost, domain.md §"What a
 * policy really costs") when the summary carries it, else employer cost.
 */
import type { PairedDifference, Spread, VariantSummary } from '../sim/summary';

/** Figures of a variant that the verdict reads beyond the original summary (present once the runner reports them). */
export type VerdictInput = VariantSummary & {
  peopleCost?: Spread;
  contribution?: Spread;
  sales?: Spread;
  lawful?: { lawful: boolean };
  vsBaseline?: (NonNullable<VariantSummary['vsBaseline']> & { costDifference: Range; peopleCostDifference?: Range; salesDifference?: Range }) | null;
};

/** A paired difference with the optional spread of the per-replication difference. */
export type Range = PairedDifference & { p5?: number | null; p95?: number | null; rangeIsMinMax?: boolean };

/** Agent-months flagged per simulated period (the mean over replications). */
export interface LegalCounts {
  belowMinimum: number;
  deductionsOverCap: number;
  deductionsBelowMinimum: number;
  probationTooLow: number;
}

export interface Verdict {
  lawful: boolean;
  counts: LegalCounts;
  /** Mean cost per simulated period used to find the cheapest (people cost when known, else employer cost). */
  costFen: number | null;
  costKind: 'people' | 'employer';
  contributionFen: number | null;
  cheapestLawful: boolean;
  bestContributionLawful: boolean;
}

/** Flagged agent-months per replication (totals over all replications ÷ replications). */
export function legalCounts(v: VariantSummary): LegalCounts {
  const R = Math.max(1, v.replications);
  const c = v.compliance;
  return {
    belowMinimum: c.belowMinimum.count / R,
    deductionsOverCap: c.deductionsOverCap.count / R,
    deductionsBelowMinimum: c.deductionsBelowMinimum.count / R,
    probationTooLow: c.probationTooLow / R,
  };
}

/** Lawful iff no agent-month of any replication carries a legal flag. */
export function isLawful(v: VerdictInput): boolean {
  const c = v.compliance;
  const counted = c.belowMinimum.count === 0 && c.deductionsOverCap.count === 0 && c.deductionsBelowMinimum.count === 0 && c.probationTooLow === 0;
  return v.lawful ? v.lawful.lawful && counted : counted;
}

/** The verdict of every variant of a run, in the summary's order. */
export function verdicts(variants: readonly VerdictInput[]): Verdict[] {
  const people = variants.length > 0 && variants.every((v) => v.peopleCost?.meanFen != null);
  const out: Verdict[] = variants.map((v) => ({
    lawful: isLawful(v),
    counts: legalCounts(v),
    costFen: people ? v.peopleCost!.meanFen : v.cost.meanFen,
    costKind: people ? 'people' : 'employer',
    contributionFen: v.contribution?.meanFen ?? null,
    cheapestLawful: false,
    bestContributionLawful: false,
  }));
  const pick = (value: (x: Verdict) => number | null, better: (a: number, b: number) => boolean): Verdict | null => {
    let best: Verdict | null = null;
    for (const x of out) {
      const a = value(x);
      if (!x.lawful || a === null) continue;
      if (best === null || better(a, value(best)!)) best = x;
    }
    return best;
  };
  const cheapest = pick((x) => x.costFen, (a, b) => a < b);
  if (cheapest) cheapest.cheapestLawful = true;
  const richest = pick((x) => x.contributionFen, (a, b) => a > b);
  if (richest) richest.bestContributionLawful = true;
  return out;
}

// ── sorting ──

/** The headlines the cards can be sorted by; `order` is the order the owner arranged. */
export const SORT_KEYS = ['order', 'lawful', 'cost', 'diff', 'peopleCost', 'contribution', 'overBudget', 'share'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Larger is better for these; the others sort from the smallest. */
const DESCENDING: ReadonlySet<SortKey> = new Set(['contribution']);

/**
 * The order of entries by one headline value: best first (cheapest, most contribution, lawful
 * before unlawful and then fewest flagged months); entries without the value (an invalid variant,
 * a figure not computed) last; ties keep the arranged order.
 */
export function sortedIndices(values: readonly (number | null)[], key: SortKey): number[] {
  const idx = values.map((_, i) => i);
  if (key === 'order') return idx;
  const sign = DESCENDING.has(key) ? -1 : 1;
  return idx.sort((a, b) => {
    const x = values[a] ?? null;
    const y = values[b] ?? null;
    if (x === null || y === null) return x === null ? (y === null ? a - b : 1) : -1;
    return sign * (x - y) || a - b;
  });
}

/** The value a card is sorted by for `key` (null when the card has no such figure). */
export interface SortFigures {
  verdict: Verdict | null;
  costP50Fen: number | null;
  diffMeanFen: number | null;
  baseline: boolean;
  peopleCostFen: number | null;
  overBudget: number | null;
  costShareOfSales: number | null;
}

/** Lawful variants sort by 0, unlawful ones by 1 + their flagged agent-months (so fewer flags come first). */
export function sortValue(f: SortFigures, key: SortKey): number | null {
  switch (key) {
    case 'order':
      return 0;
    case 'lawful': {
      if (!f.verdict) return null;
      const c = f.verdict.counts;
      return f.verdict.lawful ? 0 : 1 + c.belowMinimum + c.deductionsOverCap + c.deductionsBelowMinimum + c.probationTooLow;
    }
    case 'cost':
      return f.costP50Fen;
    case 'diff':
      return f.baseline ? (f.verdict ? 0 : null) : f.diffMeanFen;
    case 'peopleCost':
      return f.peopleCostFen;
    case 'contribution':
      return f.verdict?.contributionFen ?? null;
    case 'overBudget':
      return f.overBudget;
    case 'share':
      return f.costShareOfSales;
  }
}
