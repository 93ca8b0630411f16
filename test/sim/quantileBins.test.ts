import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import {
  BIN_COUNT,
  DenseBins,
  QUANTILE_REL_ERROR,
  SparseBins,
  binLow,
  binOf,
  binWidth,
  mergeBins,
  quantiles,
} from '../../src/sim/quantileBins';

/** Exact nearest-rank quantile: the value of rank max(1, ⌈p·n/100⌉) in ascending order. */
function exactQuantile(sorted: number[], p: number): number {
  const k = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[k - 1]!;
}

describe('bin scheme', () => {
  it('gives every value below 1024 fen its own bin', () => {
    for (let v = 0; v < 1024; v++) {
      expect(binOf(v)).toBe(v);
      expect(binLow(v)).toBe(v);
      expect(binWidth(v)).toBe(1);
    }
  });

  it('cuts [1024, 2048) into 512 bins of width 2 and [2048, 4096) into width 4', () => {
    expect(binOf(1024)).toBe(1024);
    expect(binOf(1025)).toBe(1024); // 1025 / 2 = 512.5 → sub-bin 0
    expect(binOf(1026)).toBe(1025);
    expect(binOf(2047)).toBe(1535); // 2047 / 2 = 1023.5 → sub 511
    expect(binOf(2048)).toBe(1536); // next octave starts at 1024 + 512
    expect(binLow(1536)).toBe(2048);
    expect(binWidth(1536)).toBe(4);
    expect(binOf(2051)).toBe(1536);
    expect(binOf(2052)).toBe(1537);
  });

  it('holds every value in its bin and bins are contiguous, up to 2^53 − 1', () => {
    const rng = seedrandom('bins');
    for (let i = 0; i < 20000; i++) {
      const v = Math.floor(2 ** (rng() * 53)) ;
      const b = binOf(v);
      expect(b).toBeLessThan(BIN_COUNT);
      expect(v).toBeGreaterThanOrEqual(binLow(b));
      expect(v).toBeLessThan(binLow(b) + binWidth(b));
      // width ≤ value / 512 above the exact range
      if (v >= 1024) expect(binWidth(b)).toBeLessThanOrEqual(binLow(b) / 512);
    }
    expect(binOf(Number.MAX_SAFE_INTEGER)).toBe(BIN_COUNT - 1);
    for (let b = 0; b < BIN_COUNT - 1; b++) {
      if (binLow(b) + binWidth(b) !== binLow(b + 1)) throw new Error(`gap after bin ${b}`);
    }
  });
});

describe('quantiles', () => {
  it('returns null on no data and the exact value for small integers', () => {
    const d = new DenseBins();
    expect(quantiles(d.toData(), [50])).toEqual([null]);
    for (const v of [5, 1, 3, 2, 4]) d.add(v);
    // nearest rank over 1..5: p10 → rank 1 → 1; p50 → rank 3 → 3; p90 → rank 5 (⌈4.5⌉) → 5
    expect(quantiles(d.toData(), [0, 10, 50, 90, 100])).toEqual([1, 1, 3, 5, 5]);
  });

  it('stays within the stated relative error of the exact nearest-rank value (log-normal incomes, negatives too)', () => {
    const rng = seedrandom('quantiles');
    const values: number[] = [];
    const dense = new DenseBins();
    const sparse = new SparseBins();
    for (let i = 0; i < 50000; i++) {
      // log-normal around 5000 yuan, in fen; one in 50 negative (fines above pay)
      const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
      let v = Math.round(500000 * Math.exp(0.6 * z));
      if (rng() < 0.02) v = -Math.round(v / 20);
      values.push(v);
      dense.add(v);
      sparse.add(v);
    }
    values.sort((a, b) => a - b);
    const ps = [1, 5, 10, 25, 50, 75, 90, 95, 99, 100];
    const got = quantiles(dense.toData(), ps);
    expect(quantiles(sparse.toData(), ps)).toEqual(got);
    ps.forEach((p, i) => {
      const exact = exactQuantile(values, p);
      expect(Math.abs(got[i]! - exact)).toBeLessThanOrEqual(Math.abs(exact) * QUANTILE_REL_ERROR);
    });
    expect(got[ps.length - 1]).toBe(values[values.length - 1]); // clamped to the exact maximum
  });

  it('merges exactly, in any order, to the bins of all the values', () => {
    const rng = seedrandom('merge');
    const parts = [new DenseBins(), new DenseBins(), new SparseBins()];
    const all = new SparseBins();
    for (let i = 0; i < 3000; i++) {
      const v = Math.round((rng() - 0.1) * 1e7);
      parts[i % 3]!.add(v);
      all.add(v);
    }
    const [a, b, c] = parts.map((p) => p.toData()) as [any, any, any];
    const abc = mergeBins(mergeBins(a, b), c);
    const cba = mergeBins(c, mergeBins(b, a));
    expect(abc).toEqual(cba);
    expect(abc).toEqual(all.toData());
  });

  it('dense bins (pages of one octave) equal sparse bins over octaves with gaps, before and after a reset', () => {
    const rng = seedrandom('pages');
    const d = new DenseBins();
    for (const round of [0, 1, 2]) {
      const s = new SparseBins();
      for (let i = 0; i < 4000; i++) {
        // octaves 2^8 … 2^40 in round 0, only some of them later: a reset must leave no count behind
        const e = round === 0 ? 8 + rng() * 32 : round === 1 ? 20 + rng() * 2 : 30 + rng() * 10;
        const v = Math.floor((rng() < 0.03 ? -1 : 1) * 2 ** e);
        d.add(v);
        s.add(v);
      }
      expect(d.toData()).toEqual(s.toData());
      d.reset();
    }
  });

  it('resets dense bins for reuse', () => {
    const d = new DenseBins();
    d.add(123456);
    d.add(-7);
    d.reset();
    expect(d.toData()).toEqual({ keys: [], counts: [], n: 0, min: 0, max: 0 });
    d.add(42);
    expect(d.toData()).toEqual({ keys: [42], counts: [1], n: 1, min: 42, max: 42 });
  });
});
