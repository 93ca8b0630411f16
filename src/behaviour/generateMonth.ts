/**
 * One month of records for the current roster, drawn from the hashed streams (docs/behaviour.md).
 */
import type { AgentMonth } from '../engine/records';
import type { PolicyResponse, ShopState } from './types';

/** Records of every agent employed at some time in month `monthIndex` (must equal state.monthIndex). */
export function generateMonth(state: ShopState, monthIndex: number, response: PolicyResponse): AgentMonth[] {
  void state;
  void monthIndex;
  void response;
  throw new Error('generateMonth: not implemented yet');
}
