/**
 * The Gini coefficient against hand values from its other definition, the mean absolute difference:
 * G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ) over all ordered pairs (independent of the sorted-rank formula that
 * src/sim/collector.ts uses). Negative incomes count as 0; fewer than two values or a zero total have
 * no Gini.
 */
import { describe, expect, it } from 'vitest';
import { gini } from '../../src/sim/collector';

describe('gini', () => {
  it('is 0 when everyone earns the same', () => {
    // every |xᵢ − xⱼ| = 0
    expect(gini([5000, 5000, 5000, 5000])).toBe(0);
  });
  it('is (n − 1)/n when one earns everything', () => {
    // 0,0,0,1: the 6 ordered pairs with the 1 differ by 1 → Σ = 6; n = 4, μ = 1/4 → 6 / (2·16·¼) = 6/8
    expect(gini([0, 0, 0, 1])).toBe(0.75);
  });
  it('1, 2, 3, 4 gives 0.25 in any order', () => {
    // unordered |differences|: 1,2,3,1,2,1 = 10 → ordered 20; n = 4, μ = 2.5 → 20 / (2·16·2.5) = 20/80
    expect(gini([1, 2, 3, 4])).toBe(0.25);
    expect(gini([4, 1, 3, 2])).toBe(0.25);
  });
  it('two incomes, 100 and 300: 0.25', () => {
    // ordered |differences| 200 + 200 = 400; n = 2, μ = 200 → 400 / (2·4·200) = 0.25
    expect(gini([10000, 30000])).toBe(0.25);
  });
  it('a negative income counts as 0', () => {
    // −5 → 0: 0, 0, 10: four ordered pairs differ by 10 → 40; n = 3, μ = 10/3 → 40 / (2·9·10/3) = 2/3
    expect(gini([-5, 0, 10])).toBeCloseTo(2 / 3, 15);
  });
  it('1, 1, 2, 6: 0.4', () => {
    // unordered: |1−1| 0, |1−2| 1 ×2, |1−6| 5 ×2, |2−6| 4 → 0+2+10+4 = 16 → ordered 32;
    // n = 4, μ = 10/4 = 2.5 → 32 / (2·16·2.5) = 32/80 = 0.4
    expect(gini([1, 6, 1, 2])).toBeCloseTo(0.4, 15);
  });
  it('has no value for fewer than two incomes or a zero total', () => {
    expect(gini([])).toBeNull();
    expect(gini([3000])).toBeNull();
    expect(gini([0, 0])).toBeNull();
    expect(gini([-1, -2])).toBeNull();
  });
});
