/**
 * `parsePolicy`: rules-file text → a validated `PolicyDoc`, or an InputError carrying every problem
 * found (a JSON syntax error with its line and column, duplicate keys, then each field problem with
 * its JSON path). Reading is json.ts, checking is validate.ts, migration of older formats is
 * migrate.ts; docs/rules-file.md describes the format.
 */
import { InputError, capProblems } from '../i18n/problem';
import { parseJson } from './json';
import type { PolicyDoc } from './types';
import { validatePolicy } from './validate';

export { validatePolicy } from './validate';

export function parsePolicy(text: string): PolicyDoc {
  const json = parseJson(text);
  if (!json.ok) throw new InputError(json.problems);
  const result = validatePolicy(json.value);
  const problems = [...json.problems, ...(result.ok ? [] : result.problems)];
  if (problems.length > 0 || !result.ok) throw new InputError(capProblems(problems));
  return result.policy;
}
export { writePolicy } from './write';
