/**
 * What the behaviour model reads from a policy: effort from the marginal pay of more output, rule-
 * breaking from fines, expected pay for quits (docs/behaviour.md §"Response to the policy").
 */
import type { CompiledPolicy } from '../policy/compiled';
import type { BehaviourInput, PolicyResponse } from './types';

export function policyResponse(policy: CompiledPolicy, input: BehaviourInput): PolicyResponse {
  void policy;
  void input;
  throw new Error('policyResponse: not implemented yet');
}
