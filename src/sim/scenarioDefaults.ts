/**
 * The default scenario (issue 4 §1): a 30-agent apparel shop in Hangzhou comparing seed 000's rules
 * (the baseline), seed 001's 保底 + team-pool scheme, seed 001's role formulas and the careful-owner
 * variant, 12 months from January 2026. scenarios/default.json is this scenario written out with the
 * preset rules files of scenarios/policies/ embedded (the file is self-contained);
 * test/sim/scenarioDefaults.test.ts checks that the embedded rules equal the presets. Regenerate with
 *   npx tsx src/cli/writeDefaultScenario.ts
 */
import { defaultBehaviour, defaultShop } from '../behaviour/defaults';
import type { PolicyDoc } from '../policy/types';
import { SCENARIO_FORMAT, type Scenario, type SimSettings } from './scenario';

/** Variant name → preset file in scenarios/policies/, in the order compared; the first is the baseline. */
export const DEFAULT_VARIANTS: readonly { name: string; preset: string }[] = [
  { name: 'seed000', preset: 'seed000.json' },
  { name: 'seed001-guarantee', preset: 'seed001-guarantee.json' },
  { name: 'seed001-roles', preset: 'seed001-roles.json' },
  { name: 'careful-owner', preset: 'careful-owner.json' },
];

export function defaultSettings(): SimSettings {
  return { startMonth: '2026-01', months: 12, replications: 500, seed: 20260101 };
}

/** The default scenario with the given rules files (validated presets, in DEFAULT_VARIANTS order). */
export function buildDefaultScenario(policies: readonly PolicyDoc[]): Scenario {
  return {
    format: SCENARIO_FORMAT,
    name: '杭州女装店:四种客服薪酬方案 (Hangzhou apparel shop: four pay policies)',
    description:
      'A 30-agent apparel shop in Hangzhou (17 售前, 8 售后, 2 金牌, 3 主管 in three teams; 30 % on the night shift) over 12 months from January 2026, comparing seed 000\'s rules (baseline), seed 001\'s annual 保底 with a team pool split by score, seed 001\'s role formulas × score, and a careful owner\'s legal variant. Behaviour defaults and their sources: docs/behaviour.md.',
    shop: defaultShop(),
    behaviour: defaultBehaviour(),
    variants: DEFAULT_VARIANTS.map((v, i) => ({ name: v.name, baseline: i === 0, policy: policies[i]! })),
    settings: defaultSettings(),
  };
}
