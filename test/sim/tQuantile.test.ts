import { describe, expect, it } from 'vitest';
import { tQuantile975 } from '../../src/sim/tQuantile';

describe('tQuantile975', () => {
  it('matches the table for small df', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(9)).toBe(2.262);
    expect(tQuantile975(30)).toBe(2.042);
  });
  it('matches known values above the table (R qt(0.975, df))', () => {
    // qt(0.975, 40) = 2.021075, qt(0.975, 99) = 1.984217, qt(0.975, 999) = 1.962341
    expect(tQuantile975(40)).toBeCloseTo(2.021075, 4);
    expect(tQuantile975(99)).toBeCloseTo(1.984217, 4);
    expect(tQuantile975(999)).toBeCloseTo(1.962341, 5);
  });
  it('refuses df < 1', () => {
    expect(() => tQuantile975(0)).toThrow(RangeError);
  });
});
