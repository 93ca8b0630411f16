/**
 * The owner's budget travels with the workspace: the scenario file's optional `budget` (validated
 * like money, with its path), in the share link as part of the scenario patch — links made before
 * the budget existed still open, without one — and in the workbench (saved when it reads as an
 * amount, never a reason to re-run).
 */
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/formats/base64url';
import { deflateRaw } from '../../src/formats/deflate';
import { encodeShareLink, encodeV0, payloadV1 } from '../../src/formats/shareLink';
import { defaultScenario, openWorkspaceLink, readWorkspaceFile, writeWorkspaceFile } from '../../src/formats/workspace';
import { validateScenario } from '../../src/sim/scenarioValidate';
import { Workbench } from '../../src/ui/workbench.svelte';
import { jsonEqual } from '../../src/formats/jsonPatch';

describe('budget in the scenario file', () => {
  it('is optional and kept as written', () => {
    expect(validateScenario(defaultScenario()).scenario?.budget).toBeUndefined();
    const s = { ...defaultScenario(), budget: '1800000.50' };
    const r = validateScenario(s);
    expect(r.problems).toEqual([]);
    expect(r.scenario?.budget).toBe('1800000.50');
  });

  it('is refused with its path when it is not an amount of yuan or is absurd', () => {
    const cases: [unknown, string][] = [
      [1800000, 'policy.numberNotDecimal'],
      ['-5', 'policy.negative'],
      ['12.345', 'policy.moneyDecimals'],
      ['1,800,000', 'policy.notDecimal'],
      ['100000000000.01', 'workspace.budgetTooLarge'],
    ];
    for (const [budget, key] of cases) {
      const r = validateScenario({ ...defaultScenario(), budget });
      expect(r.scenario, String(budget)).toBeNull();
      expect(r.problems.map((p) => [p.path, p.key])).toEqual([['$.budget', key]]);
    }
    expect(validateScenario({ ...defaultScenario(), budget: '100000000000.00' }).problems).toEqual([]);
  });

  it('survives saving and opening the scenario file', () => {
    const s = { ...defaultScenario(), budget: '2400000.00' };
    const back = readWorkspaceFile(writeWorkspaceFile(s));
    expect(back.ok && back.scenario.budget).toBe('2400000.00');
  });
});

describe('budget in the share link', () => {
  it('travels as one entry of the scenario patch and comes back', async () => {
    const s = { ...defaultScenario(), budget: '1800000.00' };
    // one entry more than the default scenario's own patch (which carries the fields added to the
    // scenario after the frozen version-1 base: recruiting cost, gross margin, ramp, capacity)
    const plain = (payloadV1(defaultScenario()).s ?? {}) as Record<string, unknown>;
    expect(payloadV1(s).s).toEqual({ ...plain, budget: ['1800000.00'] });
    const opened = await openWorkspaceLink(await encodeShareLink(s));
    expect(opened.ok && opened.scenario.budget).toBe('1800000.00');
    expect(opened.ok && opened.scenario).toEqual(s);
  });

  it('links made before the budget existed still open, without a budget', async () => {
    // the default scenario's version-1 link as written when version 1 was made: {"v":[0,1,2,3]}
    const old = `s1.${toBase64Url(await deflateRaw(new TextEncoder().encode('{"v":[0,1,2,3]}')))}`;
    const a = await openWorkspaceLink(old);
    expect(a.ok).toBe(true);
    expect(a.ok && 'budget' in a.scenario).toBe(false);
    const b = await openWorkspaceLink(encodeV0(defaultScenario()));
    expect(b.ok && 'budget' in b.scenario).toBe(false);
  });
});

describe('budget in the workbench', () => {
  it('is saved when it reads as an amount, and shown again on opening', () => {
    const wb = new Workbench();
    expect(jsonEqual(wb.toScenario(), defaultScenario())).toBe(true);
    wb.budgetText = '¥1,800,000.5';
    expect(wb.toScenario().budget).toBe('1800000.50');
    const other = new Workbench();
    other.loadScenario(wb.toScenario());
    expect(other.budgetText).toBe('1,800,000.50');
    wb.budgetText = 'about 2 million';
    expect('budget' in wb.toScenario()).toBe(false);
    other.loadScenario(defaultScenario());
    expect(other.budgetText).toBe('');
  });

  it('is not part of what runs (changing it re-runs nothing)', () => {
    const wb = new Workbench();
    const before = JSON.stringify(wb.runnable.scenario);
    wb.budgetText = '1800000';
    expect(JSON.stringify(wb.runnable.scenario)).toBe(before);
  });
});
