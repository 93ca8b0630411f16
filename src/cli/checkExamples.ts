/**
 * The `examples` check of `paylab validate` (issue 7 §3): re-compute the worked examples a rules
 * file carries with the engine and report each difference with its JSON path. The work is formats/policyExamples.ts.
 */
import type { Problem } from '../i18n/problem';
import type { PolicyDoc } from '../policy/types';
import { checkExamples as recheck } from '../formats/policyExamples';

export function checkExamples(doc: PolicyDoc): { problems: Problem[] } {
  return { problems: recheck(doc) };
}
