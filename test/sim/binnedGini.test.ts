/**
 * The Gini of binned values (src/sim/binnedGini.ts) against hand-computed values and against the
 * mean-absolute-difference definition G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ) over the exact values (a
 * different formula from the one under test).
 */
import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { BINNED_GINI_ERROR, binnedGini } from '../../src/sim/binnedGini';
import { SparseBins, mergeBins } from '../../src/sim/quantileBins';

const binsOf = (xs: number[]) => {
  const b = new SparseBins();
  for (const x of xs) b.add(x);
  return b.toData();
};

/** Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ), negatives as 0. */
function meanDifferenceGini(values: number[]): number {
  const xs = values.map((x) => Math.max(0, x));
  const n = xs.length;
  const mu = xs.reduce((a, b) => a + b, 0) / n;
  let s = 0;
  for (const a of xs) for (const b of xs) s += Math.abs(a - b);
  return s / (2 * n * n * mu);
}

describe('binnedGini', () => {
  it('gives hand-computed values on exact bins (values below 1024 fen have a bin each)', () => {
    // 100, 200, 300, 400: μ = 250; Σ over ordered pairs of |xᵢ − xⱼ| = 2 × (100+200+300+100+200+100) = 2000
    // G = 2000 / (2 × 16 × 250) = 0.25
    expect(binnedGini(binsOf([100, 200, 300, 400]))).toBeCloseTo(0.25, 12);
    // everyone equal → 0; one person has all → (n − 1)/n = 0.75 for n = 4
    expect(binnedGini(binsOf([500, 500, 500]))).toBeCloseTo(0, 12);
    expect(binnedGini(binsOf([0, 0, 0, 900]))).toBeCloseTo(0.75, 12);
    // a negative income counts as 0: (−50, 0, 0, 900) is (0, 0, 0, 900)
    expect(binnedGini(binsOf([-50, 0, 0, 900]))).toBeCloseTo(0.75, 12);
    // ties within one bin: 100, 100, 400, 400: μ = 250, Σ|·| = 8 × 300 = 2400, G = 2400 / 8000 = 0.3
    expect(binnedGini(binsOf([100, 400, 100, 400]))).toBeCloseTo(0.3, 12);
    expect(binnedGini(binsOf([300]))).toBeNull();
    expect(binnedGini(binsOf([0, 0]))).toBeNull();
  });

  it('pools: the Gini of two merged sets is that of all their values, not the mean of the two', () => {
    // shop 1: 100, 100 (G = 0); shop 2: 300, 300 (G = 0); pooled 100, 100, 300, 300: μ = 200,
    // Σ|·| = 8 × 200 = 1600, G = 1600 / (2 × 16 × 200) = 0.25
    const pooled = mergeBins(binsOf([100, 100]), binsOf([300, 300]));
    expect(binnedGini(pooled)).toBeCloseTo(0.25, 12);
  });

  it('stays within its error bound of the exact Gini on yearly incomes in fen', () => {
    const rng = seedrandom('binned-gini');
    for (let t = 0; t < 20; t++) {
      const xs = Array.from({ length: 300 }, () => Math.round(3_000_000 + 9_000_000 * rng() ** 3));
      const got = binnedGini(binsOf(xs))!;
      expect(Math.abs(got - meanDifferenceGini(xs))).toBeLessThanOrEqual(BINNED_GINI_ERROR);
    }
  });
});
