import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/i18n/problem';
import { describeBoth, inputErrorTextBoth } from '../../src/i18n/problemText';
import { checkScenarioText, parseScenario, writeScenario } from '../../src/sim/scenarioParse';

const text = readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8');

describe('parseScenario / writeScenario', () => {
  it('round-trips the default scenario byte for byte', () => {
    expect(writeScenario(parseScenario(text))).toBe(text);
  });

  it('gives line and column for a JSON syntax error', () => {
    const broken = text.replace('"agents": 30,', '"agents": 30,,');
    const c = checkScenarioText(broken);
    expect(c.scenario).toBeNull();
    expect(c.problems).toHaveLength(1);
    expect(describeBoth(c.problems[0]!)).toMatch(/\d/);
  });

  it('refuses any problem with an InputError listing every one, scenario first then variants', () => {
    const s = JSON.parse(text);
    s.shop.agents = 0;
    s.variants[0].policy.base.junior = '-1500.00';
    try {
      parseScenario(JSON.stringify(s));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).problems.map((p) => p.path)).toEqual(['$.shop.agents', '$.variants[0].policy.base.junior']);
      expect(inputErrorTextBoth(e)).toContain(' / ');
    }
  });
});
