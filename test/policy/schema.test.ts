/**
 * Keeps src/policy/schema.json honest: its top level matches PolicyDoc's fields (through
 * POLICY_FIELDS, which the compiler checks against the type), its city list matches the city
 * table, every preset satisfies it, and documents the validator refuses are refused by it too.
 * The schema is checked by Ajv, a maintained JSON Schema validator, in strict mode.
 */
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../src/policy/schema.json';
import { POLICY_FIELDS, validatePolicy } from '../../src/policy/validate';
import { CITY_CHOICES } from '../../src/policy/cities';
import { DELETE, PRESETS, changed, raw } from './helpers';

type Schema = Record<string, unknown>;
const ROOT = schema as unknown as Schema;
/** A real draft 2020-12 validator: an unknown keyword or a malformed schema is an error (strict mode; conditions
 * in `if`/`not` name properties declared elsewhere and leave out `type`, which strictRequired and
 * strictTypes would refuse). */
const valid = new Ajv2020({ strict: true, strictRequired: false, strictTypes: false, allErrors: true }).compile(ROOT);

describe('schema.json', () => {
  it('is a draft 2020-12 schema that Ajv compiles in strict mode', () => {
    expect(ROOT.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof valid).toBe('function');
  });

  it('has exactly the top-level fields of PolicyDoc, in the documented order, with the same required ones', () => {
    expect(Object.keys(ROOT.properties as object)).toEqual(Object.keys(POLICY_FIELDS));
    expect(ROOT.required).toEqual(Object.entries(POLICY_FIELDS).filter(([, p]) => p !== 'optional').map(([k]) => k));
    expect(ROOT.additionalProperties).toBe(false);
  });

  it('lists the cities of the city table', () => {
    expect((ROOT.properties as Record<string, Schema>).city!.enum).toEqual([...CITY_CHOICES]);
  });

  it('accepts every preset, as the validator does', () => {
    for (const name of PRESETS) {
      expect(validatePolicy(raw(name)).ok).toBe(true);
      expect(valid(raw(name))).toBe(true);
    }
  });

  const s000 = raw('seed000');
  const g001 = raw('seed001-guarantee');
  const careful = raw('careful-owner');
  const tiered = (basis: string, method: string) =>
    changed(s000, ['commission'], { type: 'tiered', method, brackets: [{ from: '0', rate: '0.003' }], basis, applyScore: false });

  it('accepts what the validator accepts at its limits', () => {
    for (const doc of [
      changed(s000, ['base', 'manager'], '1000000.00'),
      changed(s000, ['base', 'manager'], '999999.99'),
      changed(s000, ['commission', 'rate'], '0.1'),
      changed(s000, ['commission', 'rate'], '0.099999'),
      changed(s000, ['commission', 'rate'], '0'),
      changed(s000, ['bonuses', 'teamScore', 'rate'], '1.000000'),
      changed(g001, ['score', 'multiplier', 'steps', 0, 'multiplier'], '2'),
      changed(g001, ['score', 'cap'], '1000'),
      changed(g001, ['probation', 'months'], 6),
      tiered('team', 'whole'),
      changed(s000, ['examples'], [{ any: 'thing' }]),
    ]) {
      expect(validatePolicy(doc).ok).toBe(true);
      expect(valid(doc)).toBe(true);
    }
  });

  it('refuses what the validator refuses (where a schema can say it)', () => {
    for (const doc of [
      changed(s000, ['base', 'junior'], '-1500.00'),
      changed(s000, ['base', 'junior'], '1500.005'),
      changed(s000, ['base', 'junior'], 1500),
      changed(s000, ['base', 'junior'], '01500'),
      changed(s000, ['base', 'manager'], '1000000.01'),
      changed(s000, ['commission', 'rate'], '50'),
      changed(s000, ['commission', 'rate'], '0.5'),
      changed(s000, ['commission', 'rate'], '0.100001'),
      changed(s000, ['commission', 'rate'], '0.0000005'),
      changed(s000, ['bonuses', 'teamScore', 'rate'], '1.5'),
      changed(s000, ['bonuses', 'holiday'], null),
      changed(s000, ['pool'], DELETE),
      changed(s000, ['city'], 'atlantis'),
      changed(s000, ['format'], 'paylab.policy/2'),
      changed(s000, ['fines', 'lateShort', 'free'], 32),
      changed(s000, ['fines', 'lateShort', 'free'], 2.5),
      changed(g001, ['probation', 'months'], 7),
      changed(g001, ['guarantee', 'byTenureYear'], []),
      changed(g001, ['score'], null),
      changed(careful, ['commission'], { type: 'none' }),
      changed(g001, ['score', 'multiplier', 'steps', 0, 'multiplier'], '2.5'),
      tiered('team', 'marginal'),
    ]) {
      expect(validatePolicy(doc).ok).toBe(false);
      expect(valid(doc)).toBe(false);
    }
  });
});
