/** p5–p95 of per-replication values by nearest rank (src/sim/percentileRange.ts), by hand. */
import { describe, expect, it } from 'vitest';
import { MIN_FOR_PERCENTILES, nearestRank, percentileRange } from '../../src/sim/percentileRange';

describe('percentileRange', () => {
  it('is the min–max below 20 values, and says so', () => {
    expect(MIN_FOR_PERCENTILES).toBe(20);
    expect(percentileRange([])).toBeNull();
    expect(percentileRange([7])).toEqual({ p5: 7, p95: 7, rangeIsMinMax: true });
    // 19 values 1…19: min 1, max 19
    const v19 = Array.from({ length: 19 }, (_, i) => i + 1);
    expect(percentileRange(v19)).toEqual({ p5: 1, p95: 19, rangeIsMinMax: true });
  });

  it('takes nearest ranks ⌈0.05·n⌉ and ⌈0.95·n⌉ from 20 values on', () => {
    // n = 20: ranks ⌈1⌉ = 1 and ⌈19⌉ = 19 of 10, 20, …, 200 → 10 and 190
    const v20 = Array.from({ length: 20 }, (_, i) => 10 * (i + 1));
    expect(percentileRange(v20)).toEqual({ p5: 10, p95: 190, rangeIsMinMax: false });
    // n = 41: ranks ⌈2.05⌉ = 3 and ⌈38.95⌉ = 39 of −20, −19, …, 20 → −18 and 18
    const v41 = Array.from({ length: 41 }, (_, i) => i - 20);
    expect(percentileRange(v41)).toEqual({ p5: -18, p95: 18, rangeIsMinMax: false });
    // n = 100: ranks 5 and 95 of 1…100
    const v100 = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(nearestRank(v100, 5)).toBe(5);
    expect(nearestRank(v100, 95)).toBe(95);
  });
});
