import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MIGRATIONS, migratePolicy } from '../../src/policy/migrate';
import { parsePolicy } from '../../src/policy/parse';
import { validatePolicy } from '../../src/policy/validate';
import { InputError } from '../../src/i18n/problem';
import { inputErrorTextBoth } from '../../src/i18n/problemText';
import { DELETE, changed, raw } from './helpers';

/** The synthetic v0 of seed 000: v1 without `contributions`. */
const v0 = changed(changed(raw('seed000'), ['format'], 'paylab.policy/0'), ['contributions'], DELETE);

describe('migratePolicy', () => {
  it('has one upgrade per older version', () => {
    expect(CURRENT_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual(['0']);
  });

  it('upgrades paylab.policy/0 to /1, defaulting contributions to "city"', () => {
    const r = migratePolicy(v0);
    expect(r.ok && r.fromVersion).toBe(0);
    expect(r.ok && r.doc.format).toBe('paylab.policy/1');
    expect(r.ok && r.doc.contributions).toBe('city');
    expect(v0.format).toBe('paylab.policy/0'); // the input is not mutated
  });

  it('makes a v0 file parse to the same policy as the v1 file', () => {
    expect(parsePolicy(JSON.stringify(v0))).toEqual(raw('seed000'));
    const none = changed(raw('seed000'), ['contributions'], 'none');
    expect(validatePolicy(changed(v0, ['contributions'], 'none'))).toEqual({ ok: true, policy: none });
  });

  it('leaves a current file as it is', () => {
    const doc = raw('seed000');
    const r = migratePolicy(doc);
    expect(r.ok && r.doc).toBe(doc);
  });

  it('refuses a newer format: "written by a newer Paylab"', () => {
    const r = validatePolicy(changed(raw('seed000'), ['format'], 'paylab.policy/2'));
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.key])).toEqual([['$.format', 'policy.formatNewer']]);
    const text = JSON.stringify(changed(raw('seed000'), ['format'], 'paylab.policy/2'));
    expect(() => parsePolicy(text)).toThrow(InputError);
    const err = (() => {
      try {
        parsePolicy(text);
      } catch (e) {
        return e;
      }
    })();
    expect(inputErrorTextBoth(err)).toContain('this file was written by a newer Paylab (paylab.policy/2)');
  });

  it('refuses an unknown format', () => {
    for (const f of ['paylab.policy/01', 'paylab.scenario/1', 'PAYLAB.POLICY/1', 1, null]) {
      const r = validatePolicy(changed(raw('seed000'), ['format'], f));
      expect(r.ok ? [] : r.problems.map((p) => [p.path, p.key])).toEqual([['$.format', 'policy.formatUnknown']]);
    }
  });

  it('reports a missing format and still checks the rest as the current format', () => {
    const doc = changed(changed(raw('seed000'), ['format'], DELETE), ['base', 'junior'], '1500.001');
    const r = validatePolicy(doc);
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.key])).toEqual([
      ['$.format', 'policy.formatMissing'],
      ['$.base.junior', 'policy.moneyDecimals'],
    ]);
  });
});
