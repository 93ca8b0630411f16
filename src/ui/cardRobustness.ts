/**
 * What a sensitivity run (src/sim/sensitivity.ts) says about one variant's card: for a lawful
 * variant ranked among others, "robust" when no behaviour assumption at its low or high value moves
 * it in the ranking of the lawful variants, else the first assumption (in the table's order) and
 * the setting that does. An unlawful variant is not ranked, so nothing is said; nor when only one
 * variant is lawful (no ranking to change) or the run does not belong to the scenario shown.
 */
import { t, type Lang } from '../i18n/format';
import type { Scenario } from '../sim/scenario';
import type { Sensitivity } from '../sim/sensitivity';
import { paramText } from '../formats/sensitivityVerdict';
import type { Robustness } from './verdictSentence';

/** What a sensitivity run depends on: the scenario but the replication count (the run chooses its own). */
export function sensitivityKey(s: Scenario): string {
  return JSON.stringify([s.shop, s.behaviour, s.variants, s.settings.seed, s.settings.months, s.settings.startMonth]);
}

/** The robustness clause of a variant's card, or null when there is nothing to say. */
export function cardRobustness(sens: Sensitivity, variant: string, lang: Lang): Robustness | null {
  if (!sens.complete || sens.baseRanking.length < 2 || !sens.baseRanking.includes(variant)) return null;
  for (const row of sens.rows) {
    const flip = row.flips.find((f) => f.above === variant || f.below === variant);
    if (flip) {
      const value = paramText(flip.setting === 'low' ? row.low : row.high, lang);
      return { robust: false, assumption: t(lang, 'verdict.flipAssumption', { assumption: t(lang, row.labelKey), setting: t(lang, `sens.setting.${flip.setting}`), value }) };
    }
  }
  return { robust: true };
}
