/**
 * The shop at the start of a replication: slots with team, role and shift, and their first occupants
 * (stable ids, faker zh_CN names, level, tenure, persistent traits), all drawn from the scenario seed.
 */
import type { BehaviourInput, ShopState } from './types';

/** The seeded roster of month 0 of `replication` (identical for every variant). */
export function createShop(input: BehaviourInput, replication: number): ShopState {
  void input;
  void replication;
  throw new Error('createShop: not implemented yet');
}

/** An independent copy of a shop state (e.g. one per variant from one createShop). */
export function cloneShop(state: ShopState): ShopState {
  void state;
  throw new Error('cloneShop: not implemented yet');
}
