/** Per-replication values merged chunk by chunk (src/sim/repValues.ts): a multiset, sorted when read. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RepValues } from '../../src/sim/repValues';

const of = (...chunks: number[][]) => {
  const r = new RepValues(2);
  for (const c of chunks) r.addAll(c);
  return [...r.sorted()];
};

describe('RepValues', () => {
  it('reads ascending whatever the order of the chunks and of the values in them', () => {
    // {9, −3, 4} ∪ {0, 11, 4} ∪ {2} = −3, 0, 2, 4, 4, 9, 11
    expect(of([9, -3, 4], [0, 11, 4], [2])).toEqual([-3, 0, 2, 4, 4, 9, 11]);
    expect(of([2], [4, 11, 0], [4, -3, 9])).toEqual([-3, 0, 2, 4, 4, 9, 11]);
    expect(of([], [5, 5])).toEqual([5, 5]);
    expect(of()).toEqual([]);
  });

  it('keeps values added after a read, and forgets them on reset', () => {
    const r = new RepValues(1);
    r.push(3);
    r.push(1);
    expect([...r.sorted()]).toEqual([1, 3]);
    r.addAll(new Float64Array([2, 0.5]));
    r.push(-1);
    expect(r.length).toBe(5);
    expect([...r.sorted()]).toEqual([-1, 0.5, 1, 2, 3]);
    r.reset();
    expect(r.length).toBe(0);
    r.push(7);
    expect([...r.sorted()]).toEqual([7]);
  });

  it('equals one sort of all values for any split into chunks (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 40 }), { maxLength: 12 }), (chunks) => {
        const all = chunks.flat().sort((a, b) => a - b);
        expect(of(...chunks)).toEqual(all);
        expect(of(...[...chunks].reverse())).toEqual(all);
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});
