/** A malformed scenario is refused with its path and a message in Chinese and English (issue 4). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describe as say } from '../../src/i18n/problemText';
import { parseJson } from '../../src/policy/json';
import { validateScenario } from '../../src/sim/scenarioValidate';
import { defaultBehaviour, defaultShop } from '../../src/behaviour/defaults';

const text = readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8');
/** A fresh raw copy of the default scenario to break. */
const raw = (): Record<string, any> => JSON.parse(text);

function problemsOf(value: unknown) {
  const c = validateScenario(value);
  return [...c.problems, ...c.variantProblems.flat()];
}

/** Exactly one problem, at `path`, with `key`; its messages name the path in both languages. */
function expectOne(value: unknown, path: string, key: string) {
  const ps = problemsOf(value);
  expect(ps.map((p) => `${p.path} ${p.key}`)).toEqual([`${path} ${key}`]);
  const p = ps[0]!;
  const zh = say(p, 'zh');
  const en = say(p, 'en');
  expect(zh).toContain(path);
  expect(en).toContain(path);
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(en).not.toMatch(/[\u4e00-\u9fff]{2}/);
  expect(zh).not.toBe(p.key);
  expect(en).not.toBe(p.key);
  return p;
}

describe('validateScenario', () => {
  it('accepts the default scenario as written', () => {
    const json = parseJson(text);
    expect(json.ok).toBe(true);
    const c = validateScenario(json.ok ? json.value : null);
    expect(c.problems).toEqual([]);
    expect(c.variantProblems).toEqual([[], [], [], []]);
    expect(c.scenario!.variants.map((v) => v.name)).toEqual(['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner']);
    expect(c.baselineUsable).toBe(true);
  });

  it('refuses an unknown field', () => {
    const s = raw();
    s.shop.staff = 30;
    const p = expectOne(s, '$.shop.staff', 'policy.unknownField');
    expect(say(p, 'en')).toContain('agents');
  });

  it('refuses 0 agents and more than 300', () => {
    const s = raw();
    s.shop.agents = 0;
    expectOne(s, '$.shop.agents', 'scenario.agentsRange');
    s.shop.agents = 301;
    const p = expectOne(s, '$.shop.agents', 'scenario.agentsRange');
    expect(say(p, 'en')).toBe('$.shop.agents: a shop has 1 to 300 agents; found 301');
    expect(say(p, 'zh')).toBe('$.shop.agents:客服人数应为 1–300 人,实为 301');
  });

  it('keeps a variant colour 0–7 and refuses 8 or 1.5', () => {
    const s = raw();
    s.variants[1].colour = 7;
    expect(validateScenario(s).scenario?.variants.map((v) => v.colour)).toEqual([undefined, 7, undefined, undefined]);
    s.variants[1].colour = 8;
    expectOne(s, '$.variants[1].colour', 'scenario.numberRange');
    s.variants[1].colour = 1.5;
    expectOne(s, '$.variants[1].colour', 'scenario.expectedInteger');
  });

  it('refuses months = 0 and months > 120', () => {
    const s = raw();
    s.settings.months = 0;
    expectOne(s, '$.settings.months', 'scenario.monthsRange');
    s.settings.months = 121;
    expectOne(s, '$.settings.months', 'scenario.monthsRange');
  });

  it('refuses a negative rate', () => {
    const s = raw();
    s.shop.category.returnRate = -0.1;
    const p = expectOne(s, '$.shop.category.returnRate', 'scenario.negative');
    expect(say(p, 'en')).toContain('-0.1 is negative');
    const t = raw();
    t.behaviour.effortElasticity = -1;
    expectOne(t, '$.behaviour.effortElasticity', 'scenario.negative');
  });

  it('refuses a missing baseline and a duplicated one', () => {
    const s = raw();
    s.variants[0].baseline = false;
    expectOne(s, '$.variants', 'scenario.noBaseline');
    const t = raw();
    t.variants[2].baseline = true;
    const p = expectOne(t, '$.variants', 'scenario.twoBaselines');
    expect(say(p, 'en')).toContain('[0], [2]');
  });

  it("reports a bad rules file under its variant's path, apart from the scenario's problems", () => {
    const s = raw();
    s.variants[1].policy.commission = { type: 'flat', rate: '-0.005', applyScore: false };
    const c = validateScenario(s);
    expect(c.problems).toEqual([]);
    expect(c.variantProblems[1]!.map((p) => p.path)).toEqual(['$.variants[1].policy.commission.rate']);
    expect(say(c.variantProblems[1]![0]!, 'en')).toMatch(/^\$\.variants\[1\]\.policy\.commission\.rate: /);
    // The UI can still run the other three.
    expect(c.usable).toEqual([0, 2, 3]);
    expect(c.scenario!.variants.map((v) => v.name)).toEqual(['seed000', 'seed001-roles', 'careful-owner']);
    expect(c.baselineUsable).toBe(true);
  });

  it('says when the baseline itself is the unusable variant', () => {
    const s = raw();
    delete s.variants[0].policy.city;
    const c = validateScenario(s);
    expect(c.problems).toEqual([]);
    expect(c.variantProblems[0]!.map((p) => `${p.path} ${p.key}`)).toEqual(['$.variants[0].policy.city policy.missingField']);
    expect(c.baselineUsable).toBe(false);
  });

  it('refuses a rules file for another city than the shop', () => {
    const s = raw();
    s.variants[3].policy.city = 'shanghai';
    expectOne(s, '$.variants[3].policy.city', 'scenario.cityMismatch');
  });

  it('refuses duplicated variant names, a quoted number, a wrong seasonality and a bad month', () => {
    const s = raw();
    s.variants[1].name = 'seed000';
    expectOne(s, '$.variants[1].name', 'scenario.variantNameDuplicate');
    const t = raw();
    t.behaviour.conversion = '0.47';
    expectOne(t, '$.behaviour.conversion', 'scenario.numberQuoted');
    const u = raw();
    u.shop.seasonality = [1, 1, 1];
    expectOne(u, '$.shop.seasonality', 'scenario.seasonalityLength');
    const v = raw();
    v.settings.startMonth = '2026-13';
    expectOne(v, '$.settings.startMonth', 'scenario.monthFormat');
    const w = raw();
    w.format = 'paylab.scenario/2';
    expectOne(w, '$.format', 'scenario.formatNewer');
  });

  it('fills omitted shop and behaviour fields with the defaults', () => {
    const s = raw();
    s.shop = { agents: 12, teams: 2 };
    delete s.behaviour;
    const c = validateScenario(s);
    expect(c.problems).toEqual([]);
    expect(c.scenario!.shop).toEqual({ ...defaultShop(), agents: 12, teams: 2 });
    expect(c.scenario!.behaviour).toEqual(defaultBehaviour());
  });

  it('needs every category field for a category that is not built in', () => {
    const s = raw();
    s.shop.category = { id: 'furniture', meanOrderValue: '900.00' };
    const ps = problemsOf(s);
    expect(ps.map((p) => p.path)).toEqual([
      '$.shop.category.orderValueSigma',
      '$.shop.category.returnRate',
      '$.shop.category.nonQualityReturnShare',
      '$.shop.category.badReviewRate',
      '$.shop.category.badReviewReversal',
    ]);
    expect(ps.every((p) => p.key === 'scenario.categoryFieldNeeded')).toBe(true);
  });

  it('refuses something that is not an object', () => {
    expectOne([], '$', 'policy.expectedObject');
  });
});
