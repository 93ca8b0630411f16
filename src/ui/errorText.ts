/**
 * An error's text in the UI's language, as the workbench shows it: a run's failure (SimError) by its
 * message key and, for a bad scenario, its problems; an InputError by its problems; anything else by
 * its message. The text itself is made in src/i18n/problemText.ts.
 */
import type { Lang } from '../i18n/format';
import { failureText, inputErrorText } from '../i18n/problemText';
import { SimError } from '../sim/pool';

export function errorText(e: unknown, lang: Lang): string {
  return e instanceof SimError ? failureText(e, lang) : inputErrorText(e, lang);
}
