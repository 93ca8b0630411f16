/**
 * The simulated worked example of a rules file (src/sim/examples.ts): one team of four from the
 * default shop over November–December, seeded, paid by the engine exactly as payMonths pays the
 * same records.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_AGENTS, exampleScenario, simulateExample } from '../../src/sim/examples';
import { payMonths } from '../../src/engine/pay';
import { compilePolicy } from '../../src/policy/compile';
import { cityTable } from '../../src/policy/cities';
import { parsePolicy } from '../../src/policy/parse';
import { validateScenario } from '../../src/sim/scenarioValidate';
import { PRESETS, presetText } from '../policy/helpers';

describe('simulateExample', () => {
  it('is a valid scenario: the default shop cut to one team of four in the policy city', () => {
    const doc = { ...parsePolicy(presetText('seed000')), city: 'shanghai' };
    const s = exampleScenario(doc);
    const check = validateScenario(s);
    expect(check.problems).toEqual([]);
    expect(check.variantProblems).toEqual([[]]);
    expect(s.shop).toMatchObject({ agents: EXAMPLE_AGENTS, teams: 1, city: 'shanghai' });
  });

  it.each(PRESETS)('%s: the payslips are what payMonths gives for the records, and reruns are identical', (name) => {
    const doc = parsePolicy(presetText(name));
    const a = simulateExample(doc);
    const b = simulateExample(doc);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.records).toHaveLength(8);
    expect(new Set(a.records.map((r) => r.team))).toEqual(new Set(['T1']));
    expect(a.shopAovFen).toBe(15000); // the default category's mean order value 150.00
    const again = payMonths(compilePolicy(doc), a.records, { city: cityTable(doc.city)!, shopAovFen: a.shopAovFen, explain: true });
    expect(again).toEqual(a.payslips);
  });

  it('ignores examples the document already carries', () => {
    const doc = parsePolicy(presetText('seed000'));
    expect(simulateExample({ ...doc, examples: [1, 2, 3] })).toEqual(simulateExample(doc));
  });
});
