import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAX_PROBLEMS, capProblems, problem } from '../../src/i18n/problem';
import { validatePolicy } from '../../src/policy/validate';

const seed000 = () => JSON.parse(readFileSync(new URL('../../scenarios/policies/seed000.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('the cap on problems reported', () => {
  it('capProblems keeps the first MAX_PROBLEMS and counts the rest, adding earlier counts in', () => {
    const list = Array.from({ length: 30 }, (_, i) => problem(`$.f${i}`, 'policy.unknownField', { field: `f${i}` }));
    const capped = capProblems([...list, problem('', 'limits.moreProblems', { count: 7 })]);
    expect(capped.map((p) => p.path)).toEqual([...list.slice(0, MAX_PROBLEMS).map((p) => p.path), '']);
    expect(capped[MAX_PROBLEMS]!.params.count).toBe(30 - MAX_PROBLEMS + 7);
    expect(capProblems(list.slice(0, 3))).toEqual(list.slice(0, 3));
  });

  it('a rules file with 999 unknown fields: the first 20 by name, then "and 979 more"', () => {
    const doc: Record<string, unknown> = {};
    for (let i = 0; i < 999; i++) doc[`u${i}`] = 1;
    Object.assign(doc, seed000());
    const r = validatePolicy(doc);
    if (r.ok) throw new Error('expected problems');
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems[0]).toMatchObject({ path: '$.u0', key: 'policy.unknownField' });
    expect(r.problems[19]).toMatchObject({ path: '$.u19', key: 'policy.unknownField' });
    expect(r.problems[20]).toMatchObject({ key: 'limits.moreProblems', params: { count: 979 } });
  });

  it('more worked examples than allowed are refused before any is re-paid', () => {
    const r = validatePolicy({ ...seed000(), examples: Array.from({ length: 21 }, () => ({})) });
    if (r.ok) throw new Error('expected problems');
    expect(r.problems).toEqual([problem('$.examples', 'policy.listTooLong', { max: 20 })]);
  });
});
