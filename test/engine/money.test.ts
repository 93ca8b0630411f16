import { describe, expect, it } from 'vitest';
import { fraction, mulDiv, product, prorate, ratio, roundDiv } from '../../src/engine/money';

describe('roundDiv (half away from zero)', () => {
  it('rounds halves away from zero on both sides', () => {
    expect(roundDiv(5, 10)).toBe(1); // 0.5 → 1
    expect(roundDiv(-5, 10)).toBe(-1); // −0.5 → −1 (Math.round would give −0)
    expect(roundDiv(15, 10)).toBe(2);
    expect(roundDiv(25, 10)).toBe(3);
    expect(roundDiv(-25, 10)).toBe(-3);
    expect(roundDiv(4, 10)).toBe(0);
    expect(roundDiv(-4, 10)).toBe(-0);
  });
  it('is exact near the safe-integer limit', () => {
    // (2^53 − 1) / 2 = 4503599627370495.5 → 4503599627370496
    expect(roundDiv(Number.MAX_SAFE_INTEGER, 2)).toBe(4503599627370496);
  });
});

describe('mulDiv / ratio', () => {
  it('123456.78 × 0.5 % = 617.2839 → 617.28 (domain.md example)', () => {
    expect(mulDiv([12345678, 5000], 1_000_000)).toBe(61728);
  });
  it('falls back to BigInt when a product leaves the safe range', () => {
    // 1e9 yuan = 1e11 fen × 0.999999 (999999 ppm) × score 123.45 (12345/10000):
    // 1e11 × 0.999999 = 99999900000 fen; × 1.2345 = 123449876550 fen exactly.
    expect(ratio([100_000_000_000, 999_999, 12345], [1_000_000, 10_000])).toBe(123449876550);
  });
});

describe('prorate', () => {
  it('pro-rates by days and rounds half up', () => {
    expect(prorate(180000, 15, 30)).toBe(90000); // 1800 × 15/30 = 900.00
    expect(prorate(150000, 16, 31)).toBe(77419); // 1500 × 16/31 = 774.1935… → 774.19
    expect(prorate(150000, 31, 31)).toBe(150000);
  });
});

describe('fraction', () => {
  it('stays exact when the first product is beyond 2^53', () => {
    // 1e9 yuan = 1e11 fen at 0.9999 (999900 ppm) with α 0.7: 1e11 × 0.9999 × 0.7 = 69993000000 fen
    expect(fraction(product(100_000_000_000, 999_900), 700_000, 1, 1_000_000, 1_000_000, 1)).toBe(69_993_000_000);
    // 12345678901 fen × 0.123457 × 0.333333 … rounded once: check against BigInt arithmetic
    const exact = (12345678901n * 123457n * 333333n * 2n + 1_000_000_000_000n) / (2n * 1_000_000_000_000n);
    expect(fraction(product(12_345_678_901, 123_457), 333_333, 1, 1_000_000, 1_000_000, 1)).toBe(Number(exact));
  });
});
