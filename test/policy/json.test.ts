import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, lineColumn, parseJson } from '../../src/policy/json';

const fail = (text: string) => {
  const r = parseJson(text);
  if (r.ok) throw new Error('expected a syntax error');
  expect(r.problems).toHaveLength(1);
  return r.problems[0]!;
};

describe('parseJson', () => {
  it('reads every JSON value kind as JSON.parse does', () => {
    const text = '{"a": [1, -2.5e2, 0.125, true, false, null, "x\\u00e9\\n\\"\\/"], "b": {}, "c": [], "中文": "客服"}';
    const r = parseJson(text);
    expect(r.ok && r.value).toEqual(JSON.parse(text));
  });

  it('builds objects without a prototype, so "__proto__" is plain data', () => {
    const r = parseJson('{"__proto__": {"polluted": true}, "constructor": 1}');
    if (!r.ok) throw new Error('parse failed');
    const v = r.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(null);
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says the line and column of a syntax error (trailing comma)', () => {
    const p = fail('{\n  "a": 1,\n}');
    expect(p).toEqual({ path: '3:1', key: 'policy.jsonExpected', params: { path: '3:1', line: 3, column: 1, expected: "'\"'", found: "'}'" } });
  });

  it('counts columns after Chinese text on the same line', () => {
    const p = fail('{"name": "客服", "x" 1}');
    expect([p.key, p.params.line, p.params.column, p.params.expected]).toEqual(['policy.jsonExpected', 1, 20, "':'"]);
  });

  it('reports an unexpected end with its position', () => {
    const p = fail('{"a": [1, 2');
    expect([p.key, p.params.line, p.params.column]).toEqual(['policy.jsonEnd', 1, 12]);
    expect(fail('').key).toBe('policy.jsonEnd');
  });

  it('refuses single quotes, comments, NaN, control characters, bad escapes and text after the end', () => {
    expect(fail("{'a': 1}").key).toBe('policy.jsonExpected');
    expect(fail('{"a": 1 // note\n}').key).toBe('policy.jsonExpected');
    expect(fail('{"a": NaN}').key).toBe('policy.jsonExpected');
    expect(fail('{"a": "two\nlines"}').key).toBe('policy.jsonControlChar');
    expect(fail('{"a": "\\x41"}').key).toBe('policy.jsonBadEscape');
    expect(fail('{"a": -}').key).toBe('policy.jsonBadNumber');
    const t = fail('{"a": 1}\n{"b": 2}');
    expect([t.key, t.params.line, t.params.column]).toEqual(['policy.jsonTrailing', 2, 1]);
  });

  it('refuses nesting deeper than the limit instead of overflowing the stack', () => {
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(fail(deep).key).toBe('policy.jsonTooDeep');
    expect(parseJson('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(fail('['.repeat(100000)).key).toBe('policy.jsonTooDeep');
  });

  it('reports duplicate keys with their path and keeps parsing', () => {
    const r = parseJson('{"fines": {"cap": null,\n "cap": "200.00"}, "a": 1}');
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.path, p.key, p.params.line, p.params.column])).toEqual([['$.fines.cap', 'policy.duplicateKey', 2, 2]]);
  });

  it('skips a leading byte-order mark', () => {
    const r = parseJson('\ufeff{"a": 1}');
    expect(r.ok && r.value).toEqual({ a: 1 });
  });
});

describe('lineColumn', () => {
  it('counts from 1 and restarts columns after each newline', () => {
    expect(lineColumn('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});
