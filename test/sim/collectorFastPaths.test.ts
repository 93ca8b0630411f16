/**
 * The collector's and the kernel's fast paths against the plain forms they replace, over random
 * inputs: the sort behind the Gini (insertion, byte radix or built-in) against `Float64Array.sort`;
 * the Gini against the sorted-rank formula on a built-in sort; the ranking of compared agent-years
 * by baseline pay against a comparison sort of (pay, index); the lookup of an agent's state or
 * track by its position in the previous month's list (engine/kernel/rowCache.ts) against the Map;
 * the kernel's team of each record (monthScratch.ts `teamOf`) against a Map cleared every month.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { giniInPlace, rankByBase, sortAscending } from '../../src/sim/collector';
import { RowCache } from '../../src/engine/kernel/rowCache';
import { PayLedger } from '../../src/engine/pay';
import { MonthScratch } from '../../src/engine/kernel/monthScratch';

const value = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  fc.integer({ min: -50_000, max: 2 ** 40 }),
  fc.constantFrom(0, 1, 255, 256, 65535, 65536, 2 ** 24, 2 ** 32 - 1, 2 ** 32),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
);
const values = fc.array(value, { maxLength: 400 });

/** The Gini as collector.ts computed it before its own sort: negatives → 0, built-in sort, rank sums. */
function giniReference(vs: number[]): number | null {
  const xs = Float64Array.from(vs, (x) => (x > 0 ? x : 0)).sort();
  const n = xs.length;
  if (n < 2) return null;
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    sum += xs[i]!;
    weighted += (i + 1) * xs[i]!;
  }
  if (sum <= 0) return null;
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}

describe('the Gini sort', () => {
  it('orders non-negative numbers as the built-in sort does, by whichever path', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const xs = Float64Array.from(vs, (x) => (x > 0 ? x : 0));
        const radix = xs.every((x) => x === Math.floor(x) && x < 2 ** 32);
        const expected = Float64Array.from(xs).sort();
        sortAscending(xs, radix);
        expect(Array.from(xs)).toEqual(Array.from(expected));
      }),
      { numRuns: 300 },
    );
  });
  it('sorts whole numbers below 2^32 by radix as the built-in sort does', () => {
    const whole = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 49, maxLength: 400 }),
      fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 49, maxLength: 400 }),
    );
    fc.assert(
      fc.property(whole, (vs) => {
        const xs = Float64Array.from(vs);
        sortAscending(xs, true);
        expect(Array.from(xs)).toEqual([...vs].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
  it('orders by every byte: values whose low bytes alone would order them wrongly', () => {
    // 2^25 + 1 has low three bytes 1, 2^24 + 5 has 5; 2^32 − 1 ends in 0xff, 2^31 in 0x00
    const vs = Array.from({ length: 100 }, (_, i) => [2 ** 25 + 1, 2 ** 24 + 5, 2 ** 32 - 1, 2 ** 31, 256 + 1, 255][i % 6]!);
    const xs = Float64Array.from(vs);
    sortAscending(xs, true);
    expect(Array.from(xs)).toEqual([...vs].sort((a, b) => a - b));
  });
  it('the Gini equals the sorted-rank formula on a built-in sort, exactly', () => {
    fc.assert(
      fc.property(values, (vs) => {
        expect(giniInPlace(Float64Array.from(vs))).toBe(giniReference(vs));
      }),
      { numRuns: 300 },
    );
  });
});

describe('ranking compared agent-years by baseline pay', () => {
  const bases = fc.oneof(
    fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 200 }), // many ties
    fc.array(fc.integer({ min: 1, max: 2 ** 45 }), { maxLength: 200 }), // keys past 2^53: comparison sort
    fc.array(fc.double({ min: 0.5, max: 1e6, noNaN: true }), { maxLength: 60 }), // not whole fen
  );
  it('lists indexes by ascending pay, ties by index', () => {
    fc.assert(
      fc.property(bases, (bs) => {
        const n = bs.length;
        const arr = Float64Array.from(bs);
        let max = 0;
        for (const b of bs) max = b !== Math.floor(b) ? Infinity : Math.max(max, b);
        const expected = bs.map((b, i) => ({ b, i })).sort((p, q) => p.b - q.b || p.i - q.i).map((p) => p.i);
        expect(Array.from(rankByBase(arr, n, max, new Float64Array(n + 3)))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('lookups by position in the previous month (rowCache.ts)', () => {
  // months of a roster: each month a list of distinct ids from a small pool, often the month
  // before with some left, some joined and some reordered
  const months = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 25 }), { minLength: 1, maxLength: 12 });
  it('a hit is the value stored with that very id', () => {
    fc.assert(
      fc.property(months, fc.boolean(), (ms, stable) => {
        const cache = new RowCache<number>();
        const truth = new Map<string, number>();
        let prev: number[] = [];
        for (const m of ms) {
          // a stable month: the previous list with every third agent gone and the new ones at the end
          const list = stable ? [...prev.filter((_, k) => k % 3 !== 1), ...m.filter((x) => !prev.includes(x))] : m;
          cache.nextMonth();
          for (const x of list) {
            const id = `A${x}`;
            if (!truth.has(id)) truth.set(id, truth.size);
            const hit = cache.find(id);
            if (hit !== undefined) expect(hit).toBe(truth.get(id));
            cache.add(id, truth.get(id)!);
          }
          prev = list;
        }
      }),
      { numRuns: 300 },
    );
  });
  it('a roster that keeps its order hits for every agent already seen', () => {
    const cache = new RowCache<number>();
    let misses = 0;
    for (let month = 0; month < 6; month++) {
      cache.nextMonth();
      // agent 3 leaves after month 2; agent 9 joins in month 4
      const list = [0, 1, 2, 3, 4, 5, 6, 7].filter((x) => x !== 3 || month <= 2).concat(month >= 4 ? [9] : []);
      for (const x of list) {
        const hit = cache.find(`A${x}`);
        if (hit === undefined) misses++;
        else expect(hit).toBe(x);
        cache.add(`A${x}`, x);
      }
    }
    // the first month's 8, and agent 9's first month
    expect(misses).toBe(9);
  });
  it("the ledger's next state is its state by id, in any order of months", () => {
    fc.assert(
      fc.property(months, (ms) => {
        const ledger = new PayLedger();
        for (const m of ms) {
          ledger.recent.nextMonth();
          for (const x of m) expect(ledger.nextState(`A${x}`)).toBe(ledger.state(`A${x}`));
        }
        expect(ledger.agents.size).toBe(new Set(ms.flat()).size);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the kernel's teams of a month (monthScratch.ts teamOf)", () => {
  it('numbers teams in order of first appearance each month, names as given', () => {
    const month = fc.array(fc.constantFrom('T1', 'T2', 'T3', 'T4', '一组', '二组', ''), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 8 }), (ms) => {
        const s = new MonthScratch();
        for (const teams of ms) {
          s.reset(teams.length);
          const reference = new Map<string, number>();
          for (const name of teams) {
            if (!reference.has(name)) reference.set(name, reference.size);
            // a copy of the name: equal text, another string object
            expect(s.teamOf(name.split('').join(''))).toBe(reference.get(name));
          }
          expect(s.teams).toBe(reference.size);
          expect(s.teamName).toEqual([...reference.keys()]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
