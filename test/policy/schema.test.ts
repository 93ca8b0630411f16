/**
 * Keeps src/policy/schema.json honest: its top level matches PolicyDoc's fields (through
 * POLICY_FIELDS, which the compiler checks against the type), its city list matches the city
 * table, every preset satisfies it, and documents the validator refuses are refused by it too.
 * The schema is checked by a small interpreter of exactly the keywords it uses.
 */
import { describe, expect, it } from 'vitest';
import schema from '../../src/policy/schema.json';
import { POLICY_FIELDS, validatePolicy } from '../../src/policy/validate';
import { CITY_IDS } from '../../src/policy/cities';
import { DELETE, PRESETS, changed, raw } from './helpers';

type Schema = Record<string, unknown>;
const ROOT = schema as unknown as Schema;
const KEYWORDS = new Set([
  '$schema', '$id', '$comment', '$defs', '$ref', 'title', 'description',
  'type', 'const', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
  'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems',
  'oneOf', 'allOf', 'not', 'if', 'then',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Whether `v` satisfies schema `s` (draft 2020-12 semantics for the keywords in KEYWORDS). */
function valid(s: Schema, v: unknown): boolean {
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/$defs/', '');
    if (!valid((ROOT.$defs as Record<string, Schema>)[name]!, v)) return false;
  }
  const t = typeOf(v);
  if (s.type !== undefined && !(s.type === t || (s.type === 'number' && t === 'integer'))) return false;
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(v)) return false;
  if (s.enum && !(s.enum as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(v))) return false;
  if (t === 'string') {
    const str = v as string;
    if (s.pattern !== undefined && !new RegExp(s.pattern as string, 'u').test(str)) return false;
    if (s.minLength !== undefined && [...str].length < (s.minLength as number)) return false;
    if (s.maxLength !== undefined && [...str].length > (s.maxLength as number)) return false;
  }
  if (t === 'integer' || t === 'number') {
    if (s.minimum !== undefined && (v as number) < (s.minimum as number)) return false;
    if (s.maximum !== undefined && (v as number) > (s.maximum as number)) return false;
  }
  if (t === 'array') {
    const a = v as unknown[];
    if (s.minItems !== undefined && a.length < (s.minItems as number)) return false;
    if (s.maxItems !== undefined && a.length > (s.maxItems as number)) return false;
    if (s.items && !a.every((x) => valid(s.items as Schema, x))) return false;
  }
  if (t === 'object') {
    const o = v as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    if (s.required && !(s.required as string[]).every((k) => k in o)) return false;
    for (const k of Object.keys(o)) {
      if (k in props) {
        if (!valid(props[k]!, o[k])) return false;
      } else if (s.additionalProperties === false) return false;
    }
  }
  if (s.oneOf && (s.oneOf as Schema[]).filter((x) => valid(x, v)).length !== 1) return false;
  if (s.allOf && !(s.allOf as Schema[]).every((x) => valid(x, v))) return false;
  if (s.not && valid(s.not as Schema, v)) return false;
  if (s.if && valid(s.if as Schema, v) && s.then && !valid(s.then as Schema, v)) return false;
  return true;
}

function keywordsUsed(s: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(s)) s.forEach((x) => keywordsUsed(x, out));
  else if (typeof s === 'object' && s !== null) {
    for (const [k, v] of Object.entries(s)) {
      out.add(k);
      if (k === 'properties' || k === '$defs') Object.values(v as object).forEach((x) => keywordsUsed(x, out));
      else if (k !== 'const' && k !== 'enum' && k !== 'required') keywordsUsed(v, out);
    }
  }
  return out;
}

describe('schema.json', () => {
  it('is a draft 2020-12 schema using only keywords this test interprets', () => {
    expect(ROOT.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect([...keywordsUsed(ROOT)].filter((k) => !KEYWORDS.has(k))).toEqual([]);
  });

  it('has exactly the top-level fields of PolicyDoc, in the documented order, with the same required ones', () => {
    expect(Object.keys(ROOT.properties as object)).toEqual(Object.keys(POLICY_FIELDS));
    expect(ROOT.required).toEqual(Object.entries(POLICY_FIELDS).filter(([, p]) => p !== 'optional').map(([k]) => k));
    expect(ROOT.additionalProperties).toBe(false);
  });

  it('lists the cities of the city table', () => {
    expect((ROOT.properties as Record<string, Schema>).city!.enum).toEqual([...CITY_IDS]);
  });

  it('accepts every preset, as the validator does', () => {
    for (const name of PRESETS) {
      expect(validatePolicy(raw(name)).ok).toBe(true);
      expect(valid(ROOT, raw(name))).toBe(true);
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
      expect(valid(ROOT, doc)).toBe(true);
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
      expect(valid(ROOT, doc)).toBe(false);
    }
  });
});
