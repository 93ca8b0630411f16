/**
 * The summary's arithmetic: rounding of means, the paired-difference confidence interval (it covers
 * a known true difference about 95 % of the time), and the regression from exact sums.
 */
import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { divRound, pairedDifference, regression } from '../../src/sim/summary';

describe('divRound', () => {
  it('rounds half away from zero, exactly', () => {
    expect(divRound(21, 2)).toBe(11); // 10.5 → 11
    expect(divRound(-21, 2)).toBe(-11);
    expect(divRound(20, 3)).toBe(7); // 6.67
    expect(divRound(19, 3)).toBe(6); // 6.33
    expect(divRound(5, 0)).toBeNull();
    // 2^53 − 1 = 9007199254740991 over 2 = 4503599627370495.5 → …496 (no float rounding on the way)
    expect(divRound(Number.MAX_SAFE_INTEGER, 2)).toBe(4503599627370496);
  });
});

describe('pairedDifference', () => {
  it('computes mean, sd and the t interval by hand', () => {
    // d = 10, 20, 30, 40: mean 25, sd = sqrt(((−15)²+(−5)²+5²+15²)/3) = sqrt(500/3) = 12.9099
    // half-width = t(0.975, 3) × sd / √4 = 3.182 × 12.9099 / 2 = 20.540 → [4.46, 45.54] → [4, 46] (outward)
    // below 20 replications p5–p95 is the min–max: 10 and 40
    const d = pairedDifference(4, 100, 100n + 400n + 900n + 1600n, [10, 20, 30, 40]);
    expect(d).toEqual({ n: 4, meanFen: 25, sdFen: 13, ciLowFen: 4, ciHighFen: 46, p5: 10, p95: 40, rangeIsMinMax: true });
    expect(pairedDifference(1, 7, 49n, [7])).toEqual({ n: 1, meanFen: 7, sdFen: null, ciLowFen: null, ciHighFen: null, p5: 7, p95: 7, rangeIsMinMax: true });
    expect(pairedDifference(0, 0, 0n, [])).toMatchObject({ meanFen: null, p5: null, p95: null });
  });

  it('covers the true difference in about 95 % of repeated experiments', () => {
    // True mean difference 1 000 000 fen; paired differences = true + N(0, 300 000²) noise; 20 pairs each.
    const rng = seedrandom('ci-coverage');
    const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    const TRUE = 1_000_000;
    let covered = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      let s = 0;
      let sq = 0n;
      const ds: number[] = [];
      for (let i = 0; i < 20; i++) {
        const d = Math.round(TRUE + 300_000 * normal());
        s += d;
        sq += BigInt(d) * BigInt(d);
        ds.push(d);
      }
      const ci = pairedDifference(20, s, sq, ds.sort((a, b) => a - b));
      if (ci.ciLowFen! <= TRUE && TRUE <= ci.ciHighFen!) covered++;
    }
    // binomial sd of the coverage over 2000 trials ≈ √(0.95·0.05/2000) = 0.49 %; allow ±2 points (4 sd)
    expect(covered / trials).toBeGreaterThan(0.93);
    expect(covered / trials).toBeLessThan(0.97);
  });
});

describe('regression', () => {
  it('recovers an exact line and its correlation of 1', () => {
    // y = 3x + 5 for x = 1..4: Σx = 10, Σy = 50, Σxy = 3·30 + 5·10 = 140, Σx² = 30, Σy² = Σ(3x+5)² = 64+121+196+289 = 670
    const r = regression(4, 10, 50, 140n, 30n, 670n);
    expect(r.slope).toBe(3);
    expect(r.correlation).toBe(1);
    expect(regression(1, 1, 1, 1n, 1n, 1n)).toEqual({ slope: null, correlation: null });
  });
});
