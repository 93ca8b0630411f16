import { describe, expect, it } from 'vitest';
import { shareAbove } from '../../src/ui/headline';
import { SparseBins, binLow, binOf, binWidth } from '../../src/sim/quantileBins';

const binsOf = (values: number[]) => {
  const b = new SparseBins();
  for (const v of values) b.add(v);
  return b.toData();
};

describe('shareAbove', () => {
  it('counts replications above a budget between well separated values', () => {
    // four yearly costs: 1.70 M, 1.75 M, 1.80 M, 1.85 M yuan (in fen); a budget of 1.78 M has 2 of 4 above
    const d = binsOf([170_000_000, 175_000_000, 180_000_000, 185_000_000]);
    expect(shareAbove(d, 178_000_000)).toBe(0.5);
    expect(shareAbove(d, 100_000_000)).toBe(1); // below the minimum: all above
    expect(shareAbove(d, 185_000_000)).toBe(0); // at the maximum: none strictly above
    expect(shareAbove(d, 169_999_999)).toBe(1);
  });
  it('splits a bin holding the budget linearly', () => {
    // 170 000 000 fen lies in a bin of width 2^18 = 262 144 fen (2^27 ≤ v < 2^28, 512 sub-bins)
    const v = 170_000_000;
    const k = binOf(v);
    expect(binWidth(k)).toBe(262_144);
    const low = binLow(k);
    const d = binsOf([v, v + 10_000_000]);
    // budget at the bin's midpoint: half of that bin's count is above, plus the other value
    const mid = low + 131_072;
    // high = low + 262 143; (high − mid) / width = 131 071 / 262 144
    expect(shareAbove(d, mid)).toBeCloseTo((1 + 131_071 / 262_144) / 2, 12);
  });
  it('has no answer without values', () => {
    expect(shareAbove({ keys: [], counts: [], n: 0, min: 0, max: 0 }, 5)).toBeNull();
  });
});
