import { describe, expect, it } from 'vitest';
import { writePolicy } from '../../src/policy/write';
import { parsePolicy } from '../../src/policy/parse';
import { POLICY_FIELDS } from '../../src/policy/validate';
import { InputError } from '../../src/i18n/problem';
import type { PolicyDoc } from '../../src/policy/types';
import { PRESETS, changed, presetText, raw } from './helpers';

/** The same data with every object's keys in reverse order. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.keys(v).reverse().map((k) => [k, reversed((v as Record<string, unknown>)[k])]));
  return v;
}

describe('writePolicy', () => {
  it('writes every preset byte-identically to its file', () => {
    for (const name of PRESETS) expect(writePolicy(parsePolicy(presetText(name)))).toBe(presetText(name));
  });

  it('puts keys in the documented order whatever order the document has', () => {
    const doc = reversed(raw('careful-owner')) as PolicyDoc;
    expect(Object.keys(doc)[0]).toBe('contributions');
    const text = writePolicy(doc);
    expect(text).toBe(presetText('careful-owner'));
    // the careful owner has no KPI section and no custom city (optional, like examples)
    expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(POLICY_FIELDS).filter((k) => k !== 'examples' && k !== 'kpi' && k !== 'customCity'));
  });

  it('round-trips: parse(write(parse(text))) equals parse(text) for a non-canonical text', () => {
    const withExamples = changed(raw('seed001-guarantee'), ['examples'], [{ z: 1, a: ['x', { m: null }] }]);
    const text = JSON.stringify(reversed(withExamples));
    const once = parsePolicy(text);
    expect(parsePolicy(writePolicy(once))).toEqual(once);
  });

  it('is a fixed point: write(parse(write(doc))) === write(doc)', () => {
    for (const name of PRESETS) {
      const w = writePolicy(reversed(raw(name)) as PolicyDoc);
      expect(writePolicy(parsePolicy(w))).toBe(w);
    }
  });

  it('uses 2-space indentation, one trailing newline, decimal strings exactly as given', () => {
    const doc = changed(raw('seed000'), ['base', 'junior'], '1500') as unknown as PolicyDoc;
    const text = writePolicy(doc);
    expect(text.startsWith('{\n  "format": "paylab.policy/1",\n  "name": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n    "junior": "1500",\n');
  });

  it('keeps examples verbatim, last', () => {
    const examples = [{ month: '2025-03', gross: '2758.78', notes: ['满勤奖 not paid'] }];
    const text = writePolicy(changed(raw('seed000'), ['examples'], examples) as unknown as PolicyDoc);
    expect(text.endsWith(`"examples": [\n    {\n      "month": "2025-03",\n      "gross": "2758.78",\n      "notes": [\n        "满勤奖 not paid"\n      ]\n    }\n  ]\n}\n`)).toBe(true);
  });

  it('omits optional fields that are absent and writes an upgraded v0 as v1', () => {
    const doc = changed(changed(raw('seed000'), ['description'], undefined), ['source'], undefined) as unknown as PolicyDoc;
    const text = writePolicy(doc);
    expect(text).not.toContain('"description"');
    expect(text).not.toContain('"source"');
    const v0 = changed(raw('seed000'), ['format'], 'paylab.policy/0');
    expect(writePolicy(v0 as unknown as PolicyDoc)).toBe(presetText('seed000'));
  });

  it('refuses to write a document that would not parse back', () => {
    const bad = changed(raw('seed000'), ['base', 'junior'], '1500.001') as unknown as PolicyDoc;
    expect(() => writePolicy(bad)).toThrow(InputError);
  });
});
