/**
 * The synthetic records of one variant of a scenario, month by month as the runner makes them
 * (src/behaviour/index.ts): generate the month, pay it (the engine's dismissals and net pay feed the
 * roster), advance the roster. `paylab generate` writes them; tests check they are byte-identical
 * for the same seed. Ordered by month, then agent id (as the engine orders payslips).
 */
import { Decimal } from 'decimal.js';
import { PayLedger, payMonth } from '../engine/pay';
import type { AgentMonth } from '../engine/records';
import { compilePolicy } from '../policy/compile';
import { cityOf } from '../policy/cities';
import { advanceRoster, createShop, generateMonth, outcomeFromPayslips, policyResponse } from '../behaviour/index';
import type { Scenario } from './scenario';

export interface RecordsOptions {
  /** Index of the variant whose policy the agents respond to (default: the baseline). */
  variant?: number;
  /** Replication index (default 0). */
  replication?: number;
}

export function scenarioRecords(scenario: Scenario, options: RecordsOptions = {}): AgentMonth[] {
  const vi = options.variant ?? Math.max(0, scenario.variants.findIndex((v) => v.baseline));
  const variant = scenario.variants[vi];
  if (!variant) throw new RangeError(`scenarioRecords: no variant ${vi}`);
  const policy = compilePolicy(variant.policy);
  const city = cityOf(variant.policy);
  if (!city) throw new RangeError(`scenarioRecords: unknown city ${variant.policy.city}`);
  const ctx = { city, shopAovFen: new Decimal(scenario.shop.category.meanOrderValue).times(100).toNumber() };
  const response = policyResponse(policy, scenario);
  const shop = createShop(scenario, options.replication ?? 0);
  const ledger = new PayLedger();
  const out: AgentMonth[] = [];
  for (let m = 0; m < scenario.settings.months; m++) {
    const records = generateMonth(shop, m, response);
    records.sort((a, b) => (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
    const slips = payMonth(policy, records, ledger, ctx);
    advanceRoster(shop, m, outcomeFromPayslips(slips, shop), response);
    for (const r of records) out.push(r);
  }
  return out;
}
