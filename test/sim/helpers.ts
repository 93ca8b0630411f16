/**
 * Small scenarios for the runner's tests, built from the behaviour defaults (src/behaviour/defaults.ts)
 * and the preset rules files (scenarios/policies/). A test helper, not a test.
 */
import { readFileSync } from 'node:fs';
import { parsePolicy } from '../../src/policy/parse';
import { defaultBehaviour, defaultShop } from '../../src/behaviour/defaults';
import type { PolicyDoc } from '../../src/policy/types';
import type { Scenario } from '../../src/sim/scenario';

export const preset = (name: string): PolicyDoc =>
  parsePolicy(readFileSync(new URL(`../../scenarios/policies/${name}.json`, import.meta.url), 'utf8'));

export interface SmallOptions {
  agents?: number;
  months?: number;
  startMonth?: string;
  replications?: number;
  seed?: number;
  /** Behaviour responds to the policy (default elasticities) or not (all 0). */
  responsive?: boolean;
  variants?: { name: string; policy: PolicyDoc }[];
}

/** A small scenario; the first variant is the baseline. */
export function smallScenario(o: SmallOptions = {}): Scenario {
  const behaviour = defaultBehaviour();
  if (o.responsive === false) {
    behaviour.effortElasticity = 0;
    behaviour.fineElasticity = 0;
    behaviour.quitPayElasticity = 0;
  }
  const variants = o.variants ?? [
    { name: 'seed000', policy: preset('seed000') },
    { name: 'seed001', policy: preset('seed001-guarantee') },
    { name: 'careful', policy: preset('careful-owner') },
  ];
  return {
    format: 'paylab.scenario/1',
    name: 'test shop',
    shop: { ...defaultShop(), agents: o.agents ?? 12, teams: 2 },
    behaviour,
    variants: variants.map((v, i) => ({ name: v.name, baseline: i === 0, policy: v.policy })),
    settings: {
      startMonth: o.startMonth ?? '2025-11',
      months: o.months ?? 14,
      replications: o.replications ?? 6,
      seed: o.seed ?? 20260101,
    },
  };
}
