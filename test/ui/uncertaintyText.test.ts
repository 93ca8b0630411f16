/** Ranges across replications in words (src/ui/uncertaintyText.ts). */
import { describe, expect, it } from 'vitest';
import { rangeText, wlRangesText } from '../../src/ui/uncertaintyText';
import type { VariantSummary } from '../../src/sim/summary';

describe('rangeText', () => {
  it('says p5–p95, or min–max below 20 runs', () => {
    expect(rangeText({ p5: 3, p95: 11, rangeIsMinMax: false }, String, 'zh')).toBe('各次模拟 3–11');
    expect(rangeText({ p5: 3, p95: 11, rangeIsMinMax: true }, String, 'zh')).toBe('各次模拟最小–最大 3–11');
    expect(rangeText({ p5: 3, p95: 11, rangeIsMinMax: false }, String, 'en')).toBe('runs 3–11');
    expect(rangeText(null, String, 'zh')).toBeNull();
  });
});

describe('wlRangesText', () => {
  const vs = (minMax: boolean) =>
    ({
      winnersShareRange: { p5: 0.4, p95: 0.62, rangeIsMinMax: minMax },
      losersShareRange: { p5: 0.05, p95: 0.2, rangeIsMinMax: minMax },
    }) as VariantSummary['vsBaseline'];
  it('puts both shares in one sentence, Chinese first', () => {
    expect(wlRangesText(vs(false), 'zh')).toBe('各次模拟的 p5–p95:增加超过 5% 的占 40%–62%,减少超过 5% 的占 5%–20%');
    expect(wlRangesText(vs(true), 'en')).toBe('Across runs (min–max, fewer than 20): 40%–62% gain more than 5%, 5%–20% lose more than 5%');
    expect(wlRangesText(null, 'zh')).toBeNull();
  });
});
