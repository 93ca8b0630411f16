import { describe, expect, it } from 'vitest';
import { defaultScenario, PRESET_POLICIES, Workbench } from '../../src/ui/workbench.svelte';

describe('workbench state', () => {
  it('opens on the default scenario with all four variants runnable', () => {
    const wb = new Workbench();
    expect(wb.variants.map((v) => v.name)).toEqual(['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner']);
    const r = wb.runnable;
    expect(r.check.problems).toEqual([]);
    expect(r.scenario?.variants.map((v) => v.name)).toEqual(wb.variants.map((v) => v.name));
    expect(r.baselineStandIn).toBe(false);
    // the workspace as a scenario file is the default scenario itself
    expect(wb.toScenario()).toEqual(defaultScenario());
  });

  it('a variant keeps its colour when another is copied or removed; the default writes none', () => {
    const wb = new Workbench();
    expect(wb.variants.map((v) => v.colour)).toEqual([0, 1, 2, 3]);
    wb.duplicate(wb.variants[0]!.id);
    // the copy sits after seed000 with the first free colour, 4; seed001-guarantee keeps 1
    expect(wb.variants.map((v) => [v.name, v.colour])).toEqual([
      ['seed000', 0],
      ['底薪提成 (2)', 4],
      ['seed001-guarantee', 1],
      ['seed001-roles', 2],
      ['careful-owner', 3],
    ]);
    wb.remove(wb.variants[0]!.id);
    expect(wb.variants.map((v) => v.colour)).toEqual([4, 1, 2, 3]);
    // written where reading would not give it: 0 is free before each of them, so all four are written
    expect(wb.toScenario().variants.map((v) => v.colour)).toEqual([4, 1, 2, 3]);
    // read back: the same colours
    const again = new Workbench();
    again.loadScenario(wb.toScenario());
    expect(again.variants.map((v) => v.colour)).toEqual([4, 1, 2, 3]);
    // the default workspace carries no colour at all
    expect(new Workbench().toScenario().variants.every((v) => !('colour' in v))).toBe(true);
  });

  it('skips an invalid variant and keeps the others', () => {
    const wb = new Workbench();
    const roles = wb.variants[2]!;
    roles.set(['commission', 'presales'], '5'); // a percentage where a fraction belongs
    expect(roles.valid).toBe(false);
    expect(roles.problemsAt(['commission', 'presales'])[0]?.key).toBe('policy.rateAboveOne');
    const r = wb.runnable;
    expect(r.scenario?.variants.map((v) => v.name)).toEqual(['seed000', 'seed001-guarantee', 'careful-owner']);
    expect(r.ids).toEqual([wb.variants[0]!.id, wb.variants[1]!.id, wb.variants[3]!.id]);
  });

  it('lets the first usable variant stand in when the baseline is invalid', () => {
    const wb = new Workbench();
    wb.variants[0]!.setText('{ "format": "paylab.policy/1", oops }');
    // '{' 1, ' ' 2, '"format"' 3–10, ':' 11, ' ' 12, '"paylab.policy/1"' 13–29, ',' 30, ' ' 31, 'oops' at 32
    expect(wb.variants[0]!.problems[0]?.path).toBe('1:32');
    const r = wb.runnable;
    expect(r.baselineStandIn).toBe(true);
    expect(r.scenario?.variants.map((v) => [v.name, v.baseline])).toEqual([
      ['seed001-guarantee', true],
      ['seed001-roles', false],
      ['careful-owner', false],
    ]);
  });

  it('a raw edit that parses replaces the draft; a form edit after a syntax error starts from the last good draft', () => {
    const wb = new Workbench();
    const v = wb.variants[0]!;
    const text = v.text.replace('"rate": "0.005"', '"rate": "0.006"');
    v.setText(text);
    expect(v.get(['commission', 'rate'])).toBe('0.006');
    expect(v.valid).toBe(true);
    v.setText(text.slice(0, 40));
    expect(v.valid).toBe(false);
    expect(v.get(['commission', 'rate'])).toBe('0.006');
    v.set(['commission', 'rate'], '0.007');
    expect(v.valid).toBe(true);
    expect(v.rawText).toBeNull();
    expect(v.text).toContain('"rate": "0.007"');
  });

  it('turns the response to pay off and back on, restoring the elasticities', () => {
    const wb = new Workbench();
    const before = { ...wb.behaviour };
    expect(wb.responsive).toBe(true);
    wb.setResponsive(false);
    expect([wb.behaviour.effortElasticity, wb.behaviour.fineElasticity, wb.behaviour.quitPayElasticity]).toEqual([0, 0, 0]);
    expect(wb.responsive).toBe(false);
    wb.setResponsive(true);
    expect(wb.behaviour).toEqual(before);
  });

  it('keeps every rules file in the shop’s city', () => {
    const wb = new Workbench();
    wb.setField(['shop', 'city'], 'shanghai');
    expect(wb.variants.map((v) => v.get(['city']))).toEqual(['shanghai', 'shanghai', 'shanghai', 'shanghai']);
    expect(wb.runnable.check.problems).toEqual([]);
    const added = wb.addVariant(PRESET_POLICIES[0]!.policy, 'seed000');
    expect(added.name).toBe('seed000 (2)');
    expect(added.get(['city'])).toBe('shanghai');
    expect(added.baseline).toBe(false);
  });

  it('duplicates, reorders, renames and deletes variants, keeping one baseline', () => {
    const wb = new Workbench();
    const [a, b] = wb.variants;
    wb.duplicate(a!.id);
    // a copy is named after the name shown (seed000 reads as 底薪提成), never shown like another
    expect(wb.variants.map((v) => v.name)).toEqual(['seed000', '底薪提成 (2)', 'seed001-guarantee', 'seed001-roles', 'careful-owner']);
    expect(wb.selected?.name).toBe('底薪提成 (2)');
    wb.move(b!.id, -2);
    expect(wb.variants[0]!.id).toBe(b!.id);
    expect(wb.rename(b!.id, 'seed001-roles')).toBe('ui.rename.taken');
    // another variant's shown name, in either language, is taken too
    expect(wb.rename(b!.id, '谨慎方案')).toBe('ui.rename.taken');
    expect(wb.rename(b!.id, 'Role formulas')).toBe('ui.rename.taken');
    // confirming the shown name keeps the preset file id
    expect(wb.rename(b!.id, ' 年度保底 ')).toBeNull();
    expect(b!.name).toBe('seed001-guarantee');
    expect(wb.rename(b!.id, ' 年度保底制 ')).toBeNull();
    expect(b!.name).toBe('年度保底制');
    wb.setBaseline(b!.id);
    wb.remove(b!.id);
    expect(wb.variants.filter((v) => v.baseline).map((v) => v.name)).toEqual(['seed000']);
    expect(wb.runnable.scenario?.variants.find((v) => v.baseline)?.name).toBe('seed000');
  });

  it('shows preset names in the current language', () => {
    const wb = new Workbench();
    expect(wb.policyTitle(wb.variants[0]!)).toBe('seed 000:底薪+提成+奖金,有罚款');
    wb.lang = 'en';
    expect(wb.policyTitle(wb.variants[0]!)).toBe('Seed 000: base + commission + bonuses, fines');
    wb.variants[0]!.set(['name'], 'Mine');
    expect(wb.policyTitle(wb.variants[0]!)).toBe('Mine');
  });
});

describe('variant issues beyond the rules file', () => {
  it('names a variant the scenario leaves out for its own reasons (a city other than the shop’s)', () => {
    const s = defaultScenario();
    s.variants[1]!.policy = { ...s.variants[1]!.policy, city: 'shanghai' };
    const wb = new Workbench(s);
    const v = wb.variants[1]!;
    expect(v.problems).toEqual([]);
    expect(wb.variantIssues(v).map((p) => p.key)).toEqual(['scenario.cityMismatch']);
    expect(wb.runnable.ids).not.toContain(v.id);
    expect(wb.variantIssues(wb.variants[0]!)).toEqual([]);
  });
});

describe('variant names as shown', () => {
  it('shows the default variants by their preset titles, in the page language, and keeps the file ids', () => {
    const wb = new Workbench();
    expect(wb.variants.map((v) => wb.label(v.name))).toEqual(['底薪提成', '年度保底', '岗位提成', '谨慎方案']);
    wb.lang = 'en';
    expect(wb.variants.map((v) => wb.label(v.name))).toEqual(['Base+commission', 'Annual guarantee', 'Role formulas', 'Careful owner']);
    // the scenario (file, share link, run) keeps the ids the CLI uses
    expect(wb.toScenario().variants.map((v) => v.name)).toEqual(['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner']);
  });

  it('adds a preset beside its own default variant without two cards shown alike', () => {
    const wb = new Workbench();
    const seed000 = PRESET_POLICIES.find((p) => p.id === 'seed000')!;
    // the picker adds under the short title, which seed000 is already shown as
    const added = wb.addVariant(seed000.policy, '底薪提成');
    expect(added.name).toBe('底薪提成 (2)');
    const shown = wb.variants.map((v) => wb.label(v.name));
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('a file holding both a preset id and its title shows the id, so the two stay apart', () => {
    const s = defaultScenario();
    s.variants[1]!.name = '底薪提成';
    const wb = new Workbench(s);
    expect(wb.variants.map((v) => wb.label(v.name))).toEqual(['seed000', '底薪提成', '岗位提成', '谨慎方案']);
  });
});
