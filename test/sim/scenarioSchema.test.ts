/**
 * The JSON Schema (for editors) says what the validator checks: same fields, same ranges, and Ajv
 * (a maintained draft 2020-12 validator) accepts and refuses what the validator does.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../../src/sim/scenarioSchema.json';
import policySchema from '../../src/policy/schema.json';
import { CITY_CHOICES } from '../../src/policy/cities';
import {
  BEHAVIOUR_RANGES,
  CATEGORY_FIELDS,
  RAMP_MAX_MONTHS,
  CATEGORY_RANGES,
  SCENARIO_FIELDS,
  SCENARIO_LIMITS,
  SETTINGS_FIELDS,
  SHOP_FIELDS,
  VARIANT_FIELDS,
  validateScenario,
} from '../../src/sim/scenarioValidate';

type Obj = { properties: Record<string, any>; required?: string[] };
const keys = (o: Obj) => Object.keys(o.properties);
const required = (o: Obj) => [...(o.required ?? [])].sort();
const requiredOf = (spec: Record<string, string>) => Object.keys(spec).filter((k) => spec[k] === 'required').sort();

describe('scenarioSchema.json', () => {
  const p = schema.properties as Record<string, any>;

  it('has the validator’s fields and required fields at each level', () => {
    expect(keys(schema as Obj)).toEqual(Object.keys(SCENARIO_FIELDS));
    expect(required(schema as Obj)).toEqual(requiredOf(SCENARIO_FIELDS));
    expect(keys(p.shop)).toEqual(Object.keys(SHOP_FIELDS));
    expect(keys(p.shop.properties.category)).toEqual(Object.keys(CATEGORY_FIELDS));
    expect(required(p.shop.properties.category)).toEqual(requiredOf(CATEGORY_FIELDS));
    expect(keys(p.settings)).toEqual(Object.keys(SETTINGS_FIELDS));
    expect(required(p.settings)).toEqual(requiredOf(SETTINGS_FIELDS));
    expect(keys(p.variants.items)).toEqual(Object.keys(VARIANT_FIELDS));
    expect(keys(p.behaviour)).toEqual(Object.keys(BEHAVIOUR_RANGES));
    expect(p.shop.properties.city.enum).toEqual([...CITY_CHOICES]);
  });

  it('has the validator’s ranges', () => {
    for (const [k, [min, max, integer]] of Object.entries(BEHAVIOUR_RANGES)) {
      if (k === 'fineReference') continue; // money (a decimal string)
      if (k === 'ramp') {
        // a list of monthly multipliers, each in the range
        expect(p.behaviour.properties.ramp.items).toEqual({ type: 'number', minimum: min, maximum: max });
        expect(p.behaviour.properties.ramp.maxItems).toBe(RAMP_MAX_MONTHS);
        continue;
      }
      expect(p.behaviour.properties[k], k).toEqual({ type: integer ? 'integer' : 'number', minimum: min, maximum: max });
    }
    for (const [k, [min, max]] of Object.entries(CATEGORY_RANGES)) {
      expect(p.shop.properties.category.properties[k], k).toEqual({ type: 'number', minimum: min, maximum: max });
    }
    expect(p.shop.properties.agents.maximum).toBe(SCENARIO_LIMITS.agents);
    expect(p.settings.properties.months.maximum).toBe(SCENARIO_LIMITS.months);
    expect(p.settings.properties.seed.maximum).toBe(SCENARIO_LIMITS.seed);
    expect(p.settings.properties.replications.maximum).toBe(SCENARIO_LIMITS.replications);
    expect(p.variants.maxItems).toBe(SCENARIO_LIMITS.variants);
  });
});

describe('scenarioSchema.json under Ajv', () => {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, strictTypes: false, allErrors: true });
  ajv.addSchema(policySchema);
  const valid = ajv.compile(schema);
  const defaultFile = () => JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'));
  const edit = (f: (s: any) => void) => {
    const s = defaultFile();
    f(s);
    return s;
  };

  /** The validator accepts the whole file: no problem of its own and none in any variant. */
  const accepted = (doc: unknown) => {
    const c = validateScenario(doc);
    return c.problems.length === 0 && c.variantProblems.every((p) => p.length === 0);
  };

  it('accepts the default scenario, as the validator does', () => {
    expect(accepted(defaultFile())).toBe(true);
    expect(valid(defaultFile()), JSON.stringify(valid.errors)).toBe(true);
  });

  it('refuses what the validator refuses (where a schema can say it)', () => {
    for (const doc of [
      edit((s) => (s.shop.agents = SCENARIO_LIMITS.agents + 1)),
      edit((s) => (s.settings.months = 0)),
      edit((s) => (s.settings.replications = SCENARIO_LIMITS.replications + 1)),
      edit((s) => (s.shop.city = 'atlantis')),
      edit((s) => (s.surprise = true)),
      edit((s) => delete s.settings),
      edit((s) => (s.format = 'paylab.scenario/2')),
      edit((s) => (s.variants = [])),
    ]) {
      expect(accepted(doc)).toBe(false);
      expect(valid(doc)).toBe(false);
    }
  });
});
