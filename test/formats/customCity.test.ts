/**
 * A workspace in a custom city (docs/law.md §"Custom city"): the scenario validates only when the
 * shop and every variant carry the same tables; it survives the share link and the rules-file export
 * and import unchanged; a default workspace's link does not grow; importing a rules file into a shop
 * in another city takes the shop's city and tables; the 制度 document cites the table's sources.
 */
import { describe, expect, it } from 'vitest';
import { encodeShareLink, payloadV1 } from '../../src/formats/shareLink';
import { exportRulesFile, importRulesFile, variantFromPolicy } from '../../src/formats/rulesFile';
import { defaultScenario, openWorkspaceLink, readWorkspaceFile, writeWorkspaceFile } from '../../src/formats/workspace';
import { canonicalJson } from '../../src/formats/canonicalJson';
import { documentMarkdown, policyDocument } from '../../src/formats/policyDocument';
import { validateScenario } from '../../src/sim/scenarioValidate';
import { allProblems } from '../../src/sim/scenarioParse';
import type { Scenario } from '../../src/sim/scenario';
import type { CustomCity } from '../../src/policy/types';
import { TEST_CUSTOM_CITY } from '../policy/customCityFixture';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The default workspace moved to the custom city: the shop and every variant carry its tables. */
function customScenario(table: CustomCity = copy(TEST_CUSTOM_CITY)): Scenario {
  const s = defaultScenario();
  s.shop = { name: s.shop.name, city: 'custom', customCity: table, ...Object.fromEntries(Object.entries(s.shop).filter(([k]) => k !== 'name' && k !== 'city')) } as Scenario['shop'];
  for (const v of s.variants) {
    const { format, name, description, source, ...rest } = v.policy;
    v.policy = { format, name, ...(description !== undefined ? { description } : {}), ...(source !== undefined ? { source } : {}), ...rest, city: 'custom', customCity: copy(table) };
  }
  return s;
}

describe('a scenario in a custom city', () => {
  it('validates, and the scenario file round-trips', () => {
    const s = customScenario();
    const check = validateScenario(copy(s));
    expect(allProblems(check)).toEqual([]);
    expect(check.scenario!.shop.customCity).toEqual(TEST_CUSTOM_CITY);
    const back = readWorkspaceFile(writeWorkspaceFile(check.scenario!));
    expect(back.ok && back.scenario).toEqual(check.scenario);
  });

  it('refuses a shop in "custom" without tables, and tables with a built-in city', () => {
    const s = copy(customScenario()) as unknown as { shop: Record<string, unknown> };
    delete s.shop.customCity;
    expect(allProblems(validateScenario(s)).map((p) => [p.path, p.key])).toContainEqual(['$.shop.customCity', 'city.customMissing']);
    const t = copy(defaultScenario()) as unknown as { shop: Record<string, unknown> };
    t.shop.customCity = copy(TEST_CUSTOM_CITY);
    expect(allProblems(validateScenario(t)).map((p) => [p.path, p.key])).toEqual([['$.shop.customCity', 'city.customUnused']]);
  });

  it('refuses a variant whose tables differ from the shop’s, at the variant’s path', () => {
    const s = customScenario();
    s.variants[1]!.policy.customCity!.minimumWage[0]!.amount = '2281.00';
    const problems = allProblems(validateScenario(copy(s))).map((p) => [p.path, p.key]);
    expect(problems).toEqual([['$.variants[1].policy.customCity', 'city.customMismatch']]);
  });

  it('a bad table in the shop is reported at its field', () => {
    const s = customScenario();
    s.shop.customCity!.contributionBase[0]!.floor = '30000.00';
    expect(allProblems(validateScenario(copy(s))).map((p) => [p.path, p.key])).toContainEqual(['$.shop.customCity.contributionBase[0].floor', 'city.floorAboveCeiling']);
  });
});

describe('share link', () => {
  it('round-trips a custom-city workspace deep-equal', async () => {
    const s = validateScenario(customScenario()).scenario!;
    const link = await encodeShareLink(s);
    const opened = await openWorkspaceLink(`#${link}`);
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(opened.scenario).toEqual(s);
    console.log(`[share] custom-city workspace (4 variants, 2+1+1 table rows): ${link.length} characters`);
    expect(link.length).toBeLessThan(2000);
  });

  it('a default workspace carries no city table: its payload is the reference variants and nothing else', () => {
    const p = payloadV1(defaultScenario());
    expect(Object.keys(p)).toEqual(['v']);
    expect(canonicalJson(p)).not.toContain('customCity');
  });
});

describe('rules file', () => {
  const s = validateScenario(customScenario()).scenario!;
  const doc = s.variants[0]!.policy;

  it('export → import gives the same policy with its table', () => {
    const text = exportRulesFile(doc);
    expect(text).toContain('"customCity": {');
    expect(text).toContain('"source": "test table B"');
    const back = importRulesFile(text);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.warnings).toEqual([]);
    const { examples: _e, ...rules } = back.doc;
    expect(rules).toEqual(doc);
  });

  it('imported into a shop in a built-in city, it takes that city and drops its table, with a warning', () => {
    const { variant, warnings } = variantFromPolicy(doc, defaultScenario());
    expect(variant.policy.city).toBe('hangzhou');
    expect(variant.policy.customCity).toBeUndefined();
    expect(warnings.map((w) => [w.key, w.params])).toEqual([['share.importCityChanged', { path: '$.city', from: '测试县', to: 'hangzhou' }]]);
  });

  it('imported into a custom-city shop with other tables, it takes the shop’s tables', () => {
    const other = validateScenario(customScenario({ ...copy(TEST_CUSTOM_CITY), name: '别县' })).scenario!;
    const { variant, warnings } = variantFromPolicy(doc, other);
    expect(variant.policy.customCity).toEqual(other.shop.customCity);
    expect(warnings).toHaveLength(1);
    const sc = { ...other, variants: [...other.variants, variant] };
    expect(allProblems(validateScenario(copy(sc)))).toEqual([]);
  });
});

describe('制度 document', () => {
  const doc = validateScenario(customScenario()).scenario!.variants[0]!.policy;

  it('compares with the custom minimum wage and cites its source (zh, en)', () => {
    // August 2025: the row dated 2025-07-15 (2490.00, "test table B") applies
    const zh = documentMarkdown(policyDocument(doc, { lang: 'zh', asOfMonth: '2025-08' }));
    expect(zh).toContain('测试县 2025-08 适用的月最低工资标准为 2490 元（自 2025-08 起执行）。');
    expect(zh).toContain('测试县的最低工资标准由店铺自行填写，来源：test table B。');
    // contributions: base 4000–20000, rates 16 + 8.5 + 0.5 + 0.33 + 5 = 30.33 %
    expect(zh).toContain('测试县 2025-08 的缴费基数为 4000–20000 元（来源：test base），单位缴费比例合计 30.33%');
    expect(zh).toContain('来源：test rates');
    const en = documentMarkdown(policyDocument(doc, { lang: 'en', asOfMonth: '2025-07' }));
    expect(en).toContain('The minimum wage of 测试县 was entered by the shop; source: test table A.');
  });

  it('a built-in city has no such note', () => {
    const zh = documentMarkdown(policyDocument(defaultScenario().variants[0]!.policy, { lang: 'zh', asOfMonth: '2025-08' }));
    expect(zh).not.toContain('由店铺自行填写');
  });
});
