import { describe, expect, it } from 'vitest';
import { markBaseline, moveEntry, normalizeBaseline, removeEntry, renameProblem, uniqueName, type Entry } from '../../src/ui/variantList';

const list = (): Entry[] => [
  { id: 'a', name: 'A', baseline: true },
  { id: 'b', name: 'B', baseline: false },
  { id: 'c', name: 'C', baseline: false },
];

describe('variant list', () => {
  it('names copies uniquely', () => {
    expect(uniqueName('A', ['A', 'B'])).toBe('A (2)');
    expect(uniqueName('A', ['A', 'A (2)'])).toBe('A (3)');
    expect(uniqueName('A (2)', ['A', 'A (2)'])).toBe('A (3)');
    expect(uniqueName('D', ['A'])).toBe('D');
  });
  it('moves an entry', () => {
    expect(moveEntry(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveEntry(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveEntry(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
    expect(moveEntry(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
  it('keeps one baseline', () => {
    const l = list();
    markBaseline(l, 'c');
    expect(l.map((e) => e.baseline)).toEqual([false, false, true]);
    markBaseline(l, 'zzz');
    expect(l.map((e) => e.baseline)).toEqual([false, false, true]);
    const r = removeEntry(l, 'c');
    expect(r.map((e) => [e.id, e.baseline])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    const n: Entry[] = [
      { id: 'x', name: 'X', baseline: false },
      { id: 'y', name: 'Y', baseline: true },
      { id: 'z', name: 'Z', baseline: true },
    ];
    normalizeBaseline(n);
    expect(n.map((e) => e.baseline)).toEqual([false, true, false]);
    const none = list().map((e) => ({ ...e, baseline: false }));
    normalizeBaseline(none);
    expect(none.map((e) => e.baseline)).toEqual([true, false, false]);
  });
  it('checks renames', () => {
    expect(renameProblem(list(), 'a', '  ')).toBe('empty');
    expect(renameProblem(list(), 'a', 'B')).toBe('taken');
    expect(renameProblem(list(), 'a', 'A')).toBeNull();
    expect(renameProblem(list(), 'a', 'x'.repeat(61))).toBe('tooLong');
  });
});
