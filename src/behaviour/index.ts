/**
 * Synthetic shop behaviour: seeded months of agent behaviour that respond to the policy.
 * This file only re-exports; each function lives in the module named after it.
 *
 * The runner (src/sim) drives one shop per variant and replication, month by month:
 *
 *   const response = policyResponse(policy, scenario);      // once per variant
 *   const shop = createShop(scenario, replication);          // month 0 roster (same for every variant)
 *   for (let m = 0; m < months; m++) {
 *     const records = generateMonth(shop, m, response);      // AgentMonth[] of every agent employed in month m
 *     const slips = payMonth(policy, records, ledger, ctx);  // the engine
 *     const report = advanceRoster(shop, m, outcomeFromPayslips(slips, shop), response);
 *     // report: quits, dismissals, hires and training cost of month m + 1 (shop.report holds month 0's)
 *   }
 *
 * generateMonth's records are fresh objects; `generateMonthInto(shop, m, response, metrics, buffer)`
 * writes the same records into the record objects of a MonthRecords, reused month to month (the runner's lean
 * path: read them before the next month). The outcome is by roster slot (types.ts MonthOutcome).
 *
 * Common random numbers: every draw comes from a stream keyed by (scenario seed, replication, slot,
 * month, kind of event) by hashing (random.ts), never from a shared sequence, so variants of a
 * replication meet the same luck, and a result never depends on how work is split across workers.
 * With every elasticity at 0 the records do not depend on the policy at all.
 *
 * Month m's records: an agent who quits or is dismissed in month m has `left: true` and is employed
 * up to a day of that month; a hire joins on a day of month m, on probation. Quits in month m + 1 are
 * drawn when month m closes (advanceRoster), from the agent's smoothed net pay against the city's
 * market pay; month 0's quits use the base chance only (no pay seen yet). Nothing here uses
 * Node-only APIs, Math.random or the wall clock.
 */
export { createShop, cloneShop } from './createShop';
export { policyResponse } from './policyResponse';
export { generateMonth, generateMonthInto } from './generateMonth';
export { MonthRecords } from './monthRecords';
export { advanceRoster } from './advanceRoster';
export { emptyOutcome, outcomeFromPayslips } from './outcomeFromPayslips';
export { MAX_AGENTS, MAX_MONTHS } from './params';
export type { BehaviourParams, CategoryParams, ShopProfile } from './params';
export type { BehaviourInput, MonthOutcome, PolicyResponse, RosterReport, ShopState } from './types';
