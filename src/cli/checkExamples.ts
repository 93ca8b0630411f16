/**
 * The `examples` check of `paylab validate` (issue 7 §3): re-compute the worked examples a rules
 * file carries with the engine and report each difference with its JSON path. The shape of the
 * result is the hook's in validate.ts; the work is formats/policyExamples.ts.
 */
import type { Problem } from '../i18n/problem';
import type { PolicyDoc } from '../policy/types';
import { checkExamples as recheck } from '../formats/policyExamples';

export function checkExamples(doc: PolicyDoc): { checked: false; count: number } | { checked: true; problems: Problem[] } {
  return { checked: true, problems: recheck(doc) };
}
