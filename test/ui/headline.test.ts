import { describe, expect, it } from 'vitest';
import { shareAbove, spreadMessage, wilsonInterval } from '../../src/ui/headline';
import { t } from '../../src/i18n/format';
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

describe('wilsonInterval', () => {
  it('gives the Wilson score interval by hand', () => {
    // p̂ = 0.5, n = 100, z = 1.959964, z² = 3.841459: z²/n = 0.0384146; centre = (0.5 + 0.0192073) / 1.0384146 = 0.5;
    // half = (1.959964 / 1.0384146) × √(0.0025 + 0.0000960365) = 1.887458 × 0.0509513 = 0.0961685
    const w = wilsonInterval(0.5, 100)!;
    expect(w.low).toBeCloseTo(0.5 - 0.0961685, 6);
    expect(w.high).toBeCloseTo(0.5 + 0.0961685, 6);
    // p̂ = 0 over 20 runs: centre = half = (z²/40) / (1 + z²/20) = 0.0960365 / 1.1920730 = 0.0805626 → [0, 0.161125]
    const z = wilsonInterval(0, 20)!;
    expect(z.low).toBeCloseTo(0, 9);
    expect(z.high).toBeCloseTo(0.161125, 5);
    expect(wilsonInterval(0.3, 0)).toBeNull();
  });
});

describe('spreadMessage', () => {
  const d = { p5Fen: -120_00, p95Fen: 560_00, rangeIsMinMax: false };
  it('says "nine years in ten" for 12-month runs, "nine runs in ten" otherwise, min–max below 20 runs', () => {
    expect(spreadMessage(d, 500, 12)).toEqual({ key: 'unc.spread.year', lowFen: -120_00, highFen: 560_00, n: 500, months: 12 });
    expect(spreadMessage(d, 500, 6)?.key).toBe('unc.spread.period');
    expect(spreadMessage({ ...d, rangeIsMinMax: true }, 8, 12)?.key).toBe('unc.spread.minMax');
    expect(spreadMessage({ p5Fen: null, p95Fen: null, rangeIsMinMax: true }, 0, 12)).toBeNull();
    expect(spreadMessage(null, 5, 12)).toBeNull();
  });
  it('reads in Chinese first', () => {
    const m = spreadMessage(d, 500, 12)!;
    expect(t('zh', m.key, { low: '−¥120', high: '+¥560' })).toBe('九成年份在 −¥120 至 +¥560 之间');
    expect(t('en', m.key, { low: '−¥120', high: '+¥560' })).toBe('In 9 years out of 10: −¥120 to +¥560');
  });
});
