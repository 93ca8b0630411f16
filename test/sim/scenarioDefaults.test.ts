/** scenarios/default.json is self-contained, so its embedded rules files must never drift from the presets. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/parse';
import { DEFAULT_VARIANTS, buildDefaultScenario } from '../../src/sim/scenarioDefaults';
import { parseScenario, writeScenario } from '../../src/sim/scenarioParse';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const scenario = parseScenario(read('scenarios/default.json'));

describe('the default scenario', () => {
  it('embeds each preset rules file exactly', () => {
    expect(scenario.variants.map((v) => v.name)).toEqual(DEFAULT_VARIANTS.map((v) => v.name));
    DEFAULT_VARIANTS.forEach((v, i) => {
      expect(scenario.variants[i]!.policy).toEqual(parsePolicy(read(`scenarios/policies/${v.preset}`)));
    });
  });

  it('is exactly what buildDefaultScenario writes from the presets (regenerate when a preset changes)', () => {
    const docs = DEFAULT_VARIANTS.map((v) => parsePolicy(read(`scenarios/policies/${v.preset}`)));
    expect(writeScenario(buildDefaultScenario(docs))).toBe(read('scenarios/default.json'));
  });

  it('is the 30-agent apparel shop in Hangzhou with seed 000 as baseline', () => {
    expect(scenario.shop).toMatchObject({ city: 'hangzhou', agents: 30, category: { id: 'apparel' } });
    expect(scenario.variants.filter((v) => v.baseline).map((v) => v.name)).toEqual(['seed000']);
    expect(scenario.variants.every((v) => v.policy.city === 'hangzhou')).toBe(true);
  });
});
