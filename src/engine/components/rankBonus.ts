/**
 * Rank bonus (shared/domain.md 12: a shop pays 850/800/750 to the top three of a team): amounts by
 * rank of a metric within the team among members outside probation. Ties share a rank and each tied
 * agent is paid that rank's amount in full; the next rank after a tie of k is skipped by k − 1
 * (1, 1, 3: standard competition ranking). Nobody is ranked on a metric of 0 or an absent one.
 * Result-based pay: not pro-rated.
 */
import { compareFrac, type Frac } from './metrics';

/**
 * Ranks (1-based) of `values` (null or 0: unranked → 0), best first: `higher` true ranks the
 * largest first. Returns one rank per input, 0 for unranked.
 */
export function competitionRanks(values: readonly (Frac | null)[], higher: boolean): number[] {
  const idx: number[] = [];
  values.forEach((v, i) => {
    if (v !== null && v.num !== 0) idx.push(i);
  });
  idx.sort((a, b) => {
    const c = compareFrac(values[a]!, values[b]!);
    return higher ? -c : c;
  });
  const ranks = values.map(() => 0);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const prev = k > 0 ? idx[k - 1]! : -1;
    ranks[i] = prev >= 0 && compareFrac(values[i]!, values[prev]!) === 0 ? ranks[prev]! : k + 1;
  }
  return ranks;
}
