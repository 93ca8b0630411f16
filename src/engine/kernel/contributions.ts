/**
 * Step 5 of paying a month (docs/rules-file.md §contributions): the employer's social insurance and
 * housing fund contributions of a city policy, each line round(base × rate) on gross pay clamped to
 * the city's contribution base floor and ceiling in force that month (policy/cities.ts). Returns the
 * total; itemizes the lines when explaining.
 */
import type { CompiledPolicy } from '../../policy/compiled';
import { RATE_SCALE } from '../../policy/compiled';
import { CONTRIBUTION_LINES, type CityTable } from '../../policy/cities';
import { mul2Div } from '../money';
import type { MonthExplain } from './monthExplain';

/** The month's rates and base in force (undefined: the city's tables do not cover the month). */
export type ContributionRates = CityTable['contributionRates'][number] | undefined;
export type ContributionBases = CityTable['contributionBase'][number] | undefined;

/** The month's rates of CONTRIBUTION_LINES in order (ppm), filled by `contributionRatesInto`. */
export const monthRatesPpm = new Float64Array(CONTRIBUTION_LINES.length);

/** Copy the month's rates into `monthRatesPpm` (once per month, not per agent). */
export function contributionRatesInto(rates: ContributionRates, out: Float64Array): void {
  if (!rates) return;
  for (let k = 0; k < CONTRIBUTION_LINES.length; k++) out[k] = rates.ppm[CONTRIBUTION_LINES[k]!];
}

/** The employer contributions of one agent-month with gross pay `grossFen`; `ratesPpm` from `contributionRatesInto`. */
export function contributions(p: CompiledPolicy, rates: ContributionRates, ratesPpm: Float64Array, bases: ContributionBases, grossFen: number, i: number, ex: MonthExplain | null): number {
  if (p.contributions !== 'city' || !rates || !bases) return 0;
  const baseFen = Math.min(Math.max(grossFen, bases.floorFen), bases.ceilingFen);
  let total = 0;
  for (let k = 0; k < ratesPpm.length; k++) {
    const ppm = ratesPpm[k]!;
    const amountFen = mul2Div(baseFen, ppm, RATE_SCALE);
    if (ex) ex.contributions[i]!.push({ line: CONTRIBUTION_LINES[k]!, baseFen, ratePpm: ppm, amountFen });
    total += amountFen;
  }
  return total;
}
