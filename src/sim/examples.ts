/**
 * Worked examples for an exported rules file (in the manner of OpenFisca's YAML tests:
 * inputs and the outputs they must give): a few simulated agent-months and the payslips the engine
 * computes for them. They are simulated with the default shop (src/behaviour/defaults.ts) cut down to
 * one team of EXAMPLE_AGENTS agents in the policy's city, over EXAMPLE_MONTHS months ending in a
 * December (so annual guarantee settlements show), from a fixed seed: the same policy always gets
 * the same examples. Writing them into the file and re-checking them is formats/policyExamples.ts.
 */
import type { AgentMonth } from '../engine/records';
import type { Payslip } from '../engine/payslip';
import type { PolicyDoc } from '../policy/types';
import { defaultBehaviour, defaultShop } from '../behaviour/defaults';
import { prepare } from './prepare';
import { runReplication } from './replication';
import { SCENARIO_FORMAT, type Scenario } from './scenario';

/** One team: enough for a pool split and a top performer, few enough to read (default mix → 2 售前, 1 售后, 1 主管). */
export const EXAMPLE_AGENTS = 4;
/** November and December: an ordinary month and a settlement month. */
export const EXAMPLE_START = '2025-11';
export const EXAMPLE_MONTHS = 2;
export const EXAMPLE_SEED = 20250701;

export interface SimulatedExample {
  /** The shop's average order value the payslips were computed with, fen. */
  shopAovFen: number;
  /** The agent-months, in month order then as the generator lists them. */
  records: AgentMonth[];
  /** The engine's payslips for them (with explanations), ordered by month then agent id. */
  payslips: Payslip[];
}

/** The small scenario the examples are simulated in (exported for tests and the docs). */
export function exampleScenario(policy: PolicyDoc): Scenario {
  const shop = defaultShop();
  return {
    format: SCENARIO_FORMAT,
    name: 'worked example',
    shop: { ...shop, city: policy.city, ...(policy.customCity ? { customCity: policy.customCity } : {}), agents: EXAMPLE_AGENTS, teams: 1 },
    behaviour: defaultBehaviour(),
    variants: [{ name: 'example', baseline: true, policy }],
    settings: { startMonth: EXAMPLE_START, months: EXAMPLE_MONTHS, replications: 1, seed: EXAMPLE_SEED },
  };
}

/** Simulate the worked example of a (valid) rules file. Throws InputError when it cannot be compiled. */
export function simulateExample(policy: PolicyDoc): SimulatedExample {
  const withoutExamples = { ...policy };
  delete withoutExamples.examples;
  const setup = prepare(exampleScenario(withoutExamples));
  const records: AgentMonth[] = [];
  const payslips: Payslip[] = [];
  runReplication(
    setup,
    0,
    {
      begin() {},
      roster() {},
      end() {},
      month(_v, _m, monthRecords, slips) {
        for (const r of monthRecords) records.push({ ...r });
        payslips.push(...slips);
      },
    },
    { explain: true },
  );
  payslips.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
  return { shopAovFen: setup.variants[0]!.ctx.shopAovFen, records, payslips };
}
