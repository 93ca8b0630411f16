/**
 * Same scenario and seed give byte-identical records; another seed differs; streams are keyed, not
 * sequential (issue 4 §6); nothing in src/behaviour needs Node (the browser runs the same code).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createShop, cloneShop, emptyOutcome, generateMonth, policyResponse, advanceRoster } from '../../src/behaviour/index';
import { compilePolicy } from '../../src/policy/compile';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import { defaultScenario } from './helpers';

const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');
const scenario = defaultScenario();

describe('reproducibility', () => {
  it('the same scenario and seed give byte-identical records', () => {
    const a = scenarioRecords(scenario);
    const b = scenarioRecords(defaultScenario());
    expect(a.length).toBeGreaterThan(300);
    expect(sha(b)).toBe(sha(a));
  });

  it('another seed or replication gives other records (and other names)', () => {
    const a = scenarioRecords(scenario);
    const other = { ...scenario, settings: { ...scenario.settings, seed: scenario.settings.seed + 1 } };
    const b = scenarioRecords(other);
    expect(sha(b)).not.toBe(sha(a));
    expect(b[0]!.name).not.toBe(a[0]!.name);
    expect(sha(scenarioRecords(scenario, { replication: 1 }))).not.toBe(sha(a));
  });

  it('names come from faker zh_CN: Chinese surname and given name, stable ids', () => {
    const shop = createShop(scenario, 0);
    expect(shop.agentId.slice(0, 3)).toEqual(['A001', 'A002', 'A003']);
    for (const n of shop.name) expect(n).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    expect(new Set(shop.name).size).toBeGreaterThan(25);
    expect(createShop(scenario, 0).name).toEqual(shop.name);
  });

  it('a month does not depend on the months generated before it in other shops (keyed streams)', () => {
    const response = policyResponse(compilePolicy(scenario.variants[0]!.policy), scenario);
    const a = createShop(scenario, 3);
    const b = createShop(scenario, 3);
    // Exercise other streams in between: another replication's shop, months of it.
    const noise = createShop(scenario, 9);
    generateMonth(noise, 0, response);
    expect(JSON.stringify(generateMonth(b, 0, response))).toBe(JSON.stringify(generateMonth(a, 0, response)));
  });

  it('a cloned shop evolves exactly as the original', () => {
    const response = policyResponse(compilePolicy(scenario.variants[0]!.policy), scenario);
    const a = createShop(scenario, 2);
    const b = cloneShop(a);
    const empty = emptyOutcome(a.size);
    for (let m = 0; m < 6; m++) {
      expect(JSON.stringify(generateMonth(b, m, response))).toBe(JSON.stringify(generateMonth(a, m, response)));
      expect(advanceRoster(b, m, empty, response)).toEqual(advanceRoster(a, m, empty, response));
    }
  });

  it('generates the whole year in order and refuses a month out of turn', () => {
    const response = policyResponse(compilePolicy(scenario.variants[0]!.policy), scenario);
    const s = createShop(scenario, 0);
    expect(() => generateMonth(s, 1, response)).toThrow(/open for month 0/);
  });
});

describe('portability', () => {
  it('src/behaviour imports no Node module and uses no Math.random or argument-less Date', () => {
    const dir = new URL('../../src/behaviour/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      // code only: block and line comments dropped
      const text = readFileSync(new URL(f, dir), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(text, f).not.toMatch(/from ['"]node:|require\(|process\.|Buffer\b/);
      expect(text, f).not.toMatch(/Math\.random|new Date\(\s*\)|Date\.now/);
    }
  });
});
