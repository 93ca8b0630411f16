/** Winners and losers: groups, whole percentages, the title sentence and the bars (src/ui/charts/winnersLosers.ts). */
import { describe, expect, it } from 'vitest';
import {
  WL_MARGIN,
  classify,
  countGroups,
  wholePercents,
  wlGeometry,
  wlSentence,
  wlTable,
  zeroCounts,
  type WLCounts,
} from '../../../src/ui/charts/winnersLosers';

const counts = (c: Partial<WLCounts>): WLCounts => ({ ...zeroCounts(), ...c });

describe('classify', () => {
  it('five groups with exact 5 % edges, as the runner counts them', () => {
    // base 1 000.00 yuan: 1 050.00 is exactly +5 % (≤ 5 %), 1 050.01 more
    expect(classify(100_000, 105_001)).toBe('gainMore');
    expect(classify(100_000, 105_000)).toBe('gainLess');
    expect(classify(100_000, 100_001)).toBe('gainLess');
    expect(classify(100_000, 100_000)).toBe('same');
    expect(classify(100_000, 99_999)).toBe('loseLess');
    expect(classify(100_000, 95_000)).toBe('loseLess');
    expect(classify(100_000, 94_999)).toBe('loseMore');
    expect(classify(0, 5)).toBeNull();
    expect(classify(-1, 5)).toBeNull();
  });

  it('counts overall and by level', () => {
    const d = countGroups([
      { level: 'junior', baseFen: 100, payFen: 200 },
      { level: 'junior', baseFen: 100, payFen: 100 },
      { level: 'senior', baseFen: 100, payFen: 50 },
      { level: 'senior', baseFen: 0, payFen: 50 },
    ]);
    expect(d.all).toEqual(counts({ gainMore: 1, same: 1, loseMore: 1 }));
    expect(d.byLevel.junior).toEqual(counts({ gainMore: 1, same: 1 }));
    expect(d.byLevel.senior).toEqual(counts({ loseMore: 1 }));
    expect(d.byLevel.manager).toEqual(zeroCounts());
  });
});

describe('wholePercents', () => {
  it('adds up to 100 by largest remainders', () => {
    // 1/3 each of three groups: 33.3 → 33, 33, 33, one point left goes to the first in order (loseMore)
    expect(wholePercents(counts({ loseMore: 1, same: 1, gainMore: 1 }))).toEqual(counts({ loseMore: 34, same: 33, gainMore: 33 }));
    // 62 / 21 / 17 of 100
    const p = wholePercents(counts({ gainMore: 40, gainLess: 22, same: 17, loseLess: 13, loseMore: 8 }));
    expect(p).toEqual(counts({ gainMore: 40, gainLess: 22, same: 17, loseLess: 13, loseMore: 8 }));
    expect(wholePercents(zeroCounts())).toEqual(zeroCounts());
  });
});

describe('wlSentence', () => {
  const c = counts({ gainMore: 40, gainLess: 22, same: 17, loseLess: 13, loseMore: 8 });
  it('Chinese', () => {
    expect(wlSentence('zh', '方案B', '现行', c)).toBe(
      '与“现行”相比,“方案B”使 62% 的客服收入增加(其中 40% 增幅超过 5%), 21% 的客服收入减少(其中 8% 降幅超过 5%), 17% 不变。',
    );
  });
  it('English', () => {
    expect(wlSentence('en', 'B', 'current', c)).toBe(
      'Compared with “current”, “B” raises the pay of 62% of agents (40% by more than 5%), lowers the pay of 21% of agents (8% by more than 5%) and leaves 17% unchanged.',
    );
  });
  it('leaves out empty parts and says "all" when every change is large', () => {
    expect(wlSentence('en', 'B', 'A', counts({ gainMore: 3, same: 1 }))).toBe(
      'Compared with “A”, “B” raises the pay of 75% of agents (all by more than 5%) and leaves 25% unchanged.',
    );
    expect(wlSentence('zh', 'B', 'A', counts({ loseLess: 2 }))).toBe('与“A”相比,“B”使 100% 的客服收入减少。');
    expect(wlSentence('en', 'B', 'A', counts({ same: 5 }))).toBe('Compared with “A”, “B” leaves every agent’s pay unchanged.');
    expect(wlSentence('zh', 'B', 'A', zeroCounts())).toBe('没有可与“A”比较的客服收入');
  });
});

describe('wlGeometry', () => {
  it('100 % bars, losers left, winners right; levels without agent-years are left out', () => {
    const data = countGroups([
      ...Array.from({ length: 3 }, () => ({ level: 'junior' as const, baseFen: 100, payFen: 200 })),
      { level: 'junior', baseFen: 100, payFen: 50 },
    ]);
    const g = wlGeometry(data, 600, 'zh');
    expect(g.rows.map((r) => r.label)).toEqual(['全部客服', '初级客服']);
    const r = g.rows[0]!;
    const left = WL_MARGIN.left;
    const right = 600 - WL_MARGIN.right;
    expect(r.segments.map((s) => s.group)).toEqual(['loseMore', 'gainMore']);
    expect(r.segments[0]!.x0).toBeCloseTo(left, 9);
    expect(r.segments[0]!.x1).toBeCloseTo(left + 0.25 * (right - left), 9);
    expect(r.segments[1]!.x1).toBeCloseTo(right, 9);
    expect(r.segments.map((s) => s.label)).toEqual(['25%', '75%']);
    expect(g.legend[0]!.label).toBe('增加超过 5%');
  });

  it('table with counts and shares', () => {
    const t = wlTable(countGroups([{ level: 'senior', baseFen: 100, payFen: 100 }]), 'en');
    expect(t.head).toEqual(['Group', 'Count', 'gain > 5%', 'gain ≤ 5%', 'no change', 'lose ≤ 5%', 'lose > 5%']);
    expect(t.rows[0]!.map((c) => c.text)).toEqual(['All agents', '1', '0 (0%)', '0 (0%)', '1 (100%)', '0 (0%)', '0 (0%)']);
    expect(t.rows[3]!.map((c) => c.csv)).toEqual(['Senior', '1', '0.0000', '0.0000', '1.0000', '0.0000', '0.0000']);
    expect(t.rows[1]!.map((c) => c.text)).toEqual(['Junior', '0', '—', '—', '—', '—', '—']);
  });
});
