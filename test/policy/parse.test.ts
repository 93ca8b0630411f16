import { describe, expect, it } from 'vitest';
import { parsePolicy, validatePolicy } from '../../src/policy/parse';
import { InputError } from '../../src/i18n/problem';
import { describeBoth } from '../../src/i18n/problemText';
import { changed, presetText, raw } from './helpers';

function problems(text: string): [string, string][] {
  try {
    parsePolicy(text);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => [p.path, p.key]);
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parsePolicy', () => {
  it('reads a preset into the same data JSON.parse gives', () => {
    expect(parsePolicy(presetText('seed000'))).toEqual(JSON.parse(presetText('seed000')));
  });

  it('re-exports validatePolicy', () => {
    expect(validatePolicy(raw('seed000')).ok).toBe(true);
  });

  it('says the line and column of malformed JSON, in Chinese and English', () => {
    const text = presetText('seed000').replace('"city": "hangzhou",', '"city": "hangzhou"');
    const line = text.split('\n').findIndex((l) => l.includes('"base"')) + 1;
    try {
      parsePolicy(text);
      throw new Error('not refused');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const p = (e as InputError).problems;
      expect(p).toHaveLength(1);
      expect(describeBoth(p[0]!)).toBe(
        `JSON 语法错误(第 ${line} 行第 3 列):此处应为 ',' | '}',实为 '"' / JSON syntax error at line ${line}, column 3: expected ',' | '}', found '"'`,
      );
    }
  });

  it('throws every problem at once: duplicate keys and field problems', () => {
    const text = JSON.stringify(changed(raw('seed000'), ['base', 'junior'], '-1500.00'), null, 2).replace(
      '"contributions": "city"',
      '"contributions": "city",\n  "contributions": "none"',
    );
    expect(problems(text)).toEqual([
      ['$.contributions', 'policy.duplicateKey'],
      ['$.base.junior', 'policy.negative'],
    ]);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, and never pollutes Object.prototype', () => {
    const text = presetText('seed000')
      .replace('"city": "hangzhou",', '"city": "hangzhou", "__proto__": {"polluted": "yes"},')
      .replace('"legalCap": false', '"legalCap": false, "constructor": {"prototype": {"polluted": "yes"}}')
      .replace('"contributions": "city"', '"contributions": "city", "examples": [{"prototype": 1, "ok": {"__proto__": {"polluted": "yes"}}}]');
    expect(problems(text)).toEqual([
      ['$.__proto__', 'policy.forbiddenKey'],
      ['$.fines.constructor', 'policy.forbiddenKey'],
      ['$.examples[0].prototype', 'policy.forbiddenKey'],
      ['$.examples[0].ok.__proto__', 'policy.forbiddenKey'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses __proto__ in a value built by JSON.parse (own property) or hidden under an unknown field', () => {
    const doc = JSON.parse(presetText('seed000').replace('"base": {', '"base": {"__proto__": {"x": 1},')) as unknown;
    expect(validatePolicy(doc).ok).toBe(false);
    const hidden = changed(raw('seed000'), ['extra'], JSON.parse('{"deep": {"__proto__": 1}}'));
    const r = validatePolicy(hidden);
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.key])).toEqual([
      ['$.extra', 'policy.unknownField'],
      ['$.extra.deep.__proto__', 'policy.forbiddenKey'],
    ]);
  });

  it('refuses JSON that is not an object', () => {
    expect(problems('[]')).toEqual([['$', 'policy.expectedObject']]);
    expect(problems('"paylab.policy/1"')).toEqual([['$', 'policy.expectedObject']]);
  });

  it('never throws anything but an InputError on garbage', () => {
    for (const text of ['', 'null', '{', '}{', '{"format": 1}', '\u0000', '{"format":"paylab.policy/1","name":{}}']) {
      expect(() => parsePolicy(text)).toThrow(InputError);
    }
  });
});
