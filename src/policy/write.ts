/**
 * `writePolicy`: a `PolicyDoc` → the canonical rules-file text: 2-space indented JSON, keys in the
 * documented order (validate.ts builds every object in that order), decimal strings exactly as
 * given, one trailing newline. A document that would not parse back is refused with an InputError
 * rather than written. docs/rules-file.md §"Canonical form".
 */
import { InputError } from '../i18n/problem';
import type { PolicyDoc } from './types';
import { validatePolicy } from './validate';

export function writePolicy(doc: PolicyDoc): string {
  const result = validatePolicy(doc);
  if (!result.ok) throw new InputError(result.problems);
  return `${JSON.stringify(result.policy, null, 2)}\n`;
}
