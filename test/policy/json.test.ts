import { describe, expect, it } from 'vitest';
import { LineIndex, MAX_JSON_DEPTH, MAX_JSON_MEMBERS, lineColumn, parseJson } from '../../src/policy/json';
import { MAX_PROBLEMS } from '../../src/i18n/problem';

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

describe('LineIndex', () => {
  it('gives the same line and column as a scan from the start, for every offset', () => {
    const text = 'ab\ncd\n\n{"x":\r\n 1}\n';
    const lines = new LineIndex(text);
    for (let at = 0; at <= text.length; at++) expect(lines.at(at)).toEqual(lineColumn(text, at));
    expect(lines.at(7)).toEqual({ line: 4, column: 1 });
  });
});

describe('parseJson on hostile input', () => {
  it('20 000 duplicate keys spread over objects on as many lines: the first ones with their lines, then a count', () => {
    const text = '[' + Array.from({ length: 20000 }, () => '{"a": 1,\n "a": 2}').join(',\n') + ']';
    const r = parseJson(text);
    if (!r.ok) throw new Error('parse failed');
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    // element i starts on line 2i+1; its duplicate key is on the next line, column 2
    expect(r.problems[0]).toMatchObject({ path: '$[0].a', key: 'policy.duplicateKey', params: { line: 2, column: 2 } });
    expect(r.problems[19]).toMatchObject({ path: '$[19].a', params: { line: 40, column: 2 } });
    expect(r.problems[20]).toMatchObject({ path: '', key: 'limits.moreProblems', params: { count: 20000 - MAX_PROBLEMS } });
  });

  it('an object with more than MAX_JSON_MEMBERS fields is refused where the extra field starts', () => {
    const fields = Array.from({ length: MAX_JSON_MEMBERS + 5 }, (_, i) => `"f${i}":0`);
    const ok = parseJson('{' + fields.slice(0, MAX_JSON_MEMBERS).join(',') + '}');
    expect(ok.ok).toBe(true);
    const text = '{' + fields.join(',') + '}';
    const p = fail(text);
    const at = text.indexOf(`"f${MAX_JSON_MEMBERS}"`);
    expect(p).toMatchObject({ key: 'limits.jsonTooManyMembers', params: { line: 1, column: at + 1, max: MAX_JSON_MEMBERS } });
  });

  it('1 000 000 fields in one object are refused early, without reading the rest', () => {
    const text = '{' + Array.from({ length: 1_000_000 }, (_, i) => `"u${i}":1`).join(',') + '}';
    const p = fail(text);
    expect(p.key).toBe('limits.jsonTooManyMembers');
  });
});
