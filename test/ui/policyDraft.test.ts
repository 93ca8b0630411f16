import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { commissionOfType, getAt, jsonPath, nextBracket, nextStep, sectionDefault, setAt, SECTION_DEFAULTS } from '../../src/ui/policyDraft';
import { validatePolicy } from '../../src/policy/validate';

const preset = (f: string) => JSON.parse(readFileSync(`scenarios/policies/${f}`, 'utf8')) as Record<string, unknown>;

describe('key paths', () => {
  it('write JSON paths as the validator does', () => {
    expect(jsonPath(['commission', 'brackets', 1, 'from'])).toBe('$.commission.brackets[1].from');
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['a b'])).toBe('$["a b"]');
  });
  it('get and set in place, creating containers', () => {
    const d: Record<string, unknown> = { base: { junior: '1500.00' } };
    expect(getAt(d, ['base', 'junior'])).toBe('1500.00');
    expect(getAt(d, ['fines', 'cap'])).toBeUndefined();
    expect(setAt(d, ['fines', 'lateShort', 'each'], '20.00')).toBe(true);
    expect(d.fines).toEqual({ lateShort: { each: '20.00' } });
    expect(setAt(d, ['list', 0, 'from'], '0')).toBe(true);
    expect(d.list).toEqual([{ from: '0' }]);
    expect(setAt({ a: 'text' }, ['a', 'b'], 1)).toBe(false);
  });
});

describe('section defaults', () => {
  it('turned on in the seed 000 preset, every part still validates', () => {
    for (const key of Object.keys(SECTION_DEFAULTS)) {
      const doc = preset('seed000.json');
      const keys = key.split('.');
      // a nested part (score.cap, kpi.target.cap) needs its parents on first, as the form shows it only then
      for (let n = 1; n < keys.length; n++) {
        if (getAt(doc, keys.slice(0, n)) == null) setAt(doc, keys.slice(0, n), sectionDefault(keys.slice(0, n)));
      }
      setAt(doc, keys, sectionDefault(keys));
      // a dismissal rule and a composite KPI score need a score, as the validator says (policy.dismissalNeedsScore, kpi.compositeNeedsScore)
      if (key === 'dismissal' || key === 'kpi.composite') setAt(doc, ['score'], sectionDefault(['score']));
      const r = validatePolicy(doc);
      expect(r.ok ? [] : r.problems.map((p) => `${p.path} ${p.key}`), key).toEqual([]);
    }
  });
  it('every commission type validates', () => {
    for (const type of ['none', 'flat', 'tiered', 'role', 'conversion']) {
      const doc = preset('seed000.json');
      doc.commission = commissionOfType(type);
      const r = validatePolicy(doc);
      expect(r.ok ? [] : r.problems.map((p) => p.path), type).toEqual([]);
    }
  });
  it('hands out copies', () => {
    const a = sectionDefault(['base']) as Record<string, string>;
    a.junior = '1';
    expect((sectionDefault(['base']) as Record<string, string>).junior).toBe('1500.00');
  });
});

describe('list helpers', () => {
  it('adds a bracket 50 000 above the last with its rate', () => {
    expect(nextBracket([{ from: '0', rate: '0.004' }, { from: '50000', rate: '0.006' }])).toEqual({ from: '100000', rate: '0.006' });
    expect(nextBracket([])).toEqual({ from: '0', rate: '0.005' });
  });
  it('adds a score step ten points below the last, not below 0', () => {
    expect(nextStep([{ from: '70', multiplier: '0.8' }])).toEqual({ from: '60', multiplier: '0.8' });
    expect(nextStep([{ from: '5', multiplier: '0.2' }])).toEqual({ from: '0', multiplier: '0.2' });
  });
});
