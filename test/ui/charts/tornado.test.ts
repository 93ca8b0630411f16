/** Geometry of the tornado chart of a sensitivity run (src/ui/charts/tornado.ts), without a DOM. */
import { describe, expect, it } from 'vitest';
import { barParts, tornadoGeometry, tornadoOrder, tornadoRows, tornadoTable, type TornadoRow } from '../../../src/ui/charts/tornado';
import type { Sensitivity, SensitivityVariantResult } from '../../../src/sim/sensitivity';
import { t } from '../../../src/i18n/format';

const v = (variant: string, low: number, base: number, high: number): SensitivityVariantResult => ({
  variant,
  baseline: variant === 'base',
  lawful: { low: true, base: true, high: true },
  lowDifferenceFen: low,
  baseDifferenceFen: base,
  highDifferenceFen: high,
  byMetric: { cost: { low, base, high }, peopleCost: { low, base, high }, contribution: { low, base, high } },
  signChanged: false,
});

// The default scenario's careful-owner at 40 replications (yuan): quit 0/1/3 → +519 525 / +557 526 / +675 154;
// effort 0/0.3/1 → +556 540 / +557 526 / +558 829.
const S = {
  months: 12,
  rows: [
    { id: 'effortElasticity', labelKey: 'sens.assumption.effortElasticity', reasonKey: 'sens.reason.effortElasticity', low: 0, base: 0.3, high: 1, variants: [v('base', 0, 0, 0), v('C', 55_654_000, 55_752_600, 55_882_900)] },
    { id: 'quitPayElasticity', labelKey: 'sens.assumption.quitPayElasticity', reasonKey: 'sens.reason.quitPayElasticity', low: 0, base: 1, high: 3, variants: [v('base', 0, 0, 0), v('C', 51_952_500, 55_752_600, 67_515_400)] },
  ],
} as unknown as Sensitivity;

describe('tornado', () => {
  it('reads one variant\'s rows with their values and labels', () => {
    const rows = tornadoRows(S, 'C', 'cost', 'zh');
    expect(rows[1]!.reason).toBe(t('zh', 'sens.reason.quitPayElasticity'));
    expect(rows.map((r) => [r.label, r.lowValue, r.baseValue, r.highValue, r.lowFen, r.baseFen, r.highFen])).toEqual([
      ['努力对提成的反应', '0', '0.3', '1', 55_654_000, 55_752_600, 55_882_900],
      ['离职对薪酬的反应', '0', '1', '3', 51_952_500, 55_752_600, 67_515_400],
    ]);
    expect(tornadoRows(S, 'nobody', 'cost', 'en')).toEqual([]);
  });

  it('puts the widest swing on top, equal swings in their order', () => {
    const r = (id: string, low: number, high: number): TornadoRow => ({ id, label: id, reason: '', lowValue: '0', baseValue: '1', highValue: '2', lowFen: low, baseFen: 0, highFen: high });
    expect(tornadoOrder([r('a', -1, 1), r('b', 5, -5), r('c', 2, 0), r('d', 0, 2)]).map((x) => x.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('places each bar between its low and high difference; the axis spans the bars when 0 is far', () => {
    const g = tornadoGeometry(tornadoRows(S, 'C', 'cost', 'en'), 600, 'en');
    expect(g.bars.map((b) => b.id)).toEqual(['quitPayElasticity', 'effortElasticity']); // swing 155 629 > 2 289 yuan
    // differences 519 525 … 675 154 yuan: span 155 629, and 519 525 > 2 × span, so 0 is left out;
    // the axis holds the span ± 10 % (504 k … 691 k) with nice ends
    expect(g.zeroX).toBeNull();
    expect(g.xDomain[0]).toBeLessThanOrEqual(50_396_210);
    expect(g.xDomain[0]).toBeGreaterThanOrEqual(45_000_000);
    expect(g.xDomain[1]).toBeGreaterThanOrEqual(69_071_690);
    expect(g.xDomain[1]).toBeLessThanOrEqual(75_000_000);
    const px = (fen: number) => g.margin.left + ((fen - g.xDomain[0]) / (g.xDomain[1] - g.xDomain[0])) * (600 - g.margin.left - g.margin.right);
    const [q, e] = g.bars;
    expect(q!.lowX).toBeCloseTo(px(51_952_500), 6);
    expect(q!.highX).toBeCloseTo(px(67_515_400), 6);
    expect(q!.baseX).toBeCloseTo(px(55_752_600), 6);
    expect(g.baseX).toBeCloseTo(px(55_752_600), 6);
    expect(q!.swingFen).toBe(15_562_900);
    expect(e!.swingFen).toBe(228_900);
    expect(e!.y).toBeGreaterThan(q!.y);
    expect(g.height).toBe(g.margin.top + g.margin.bottom + 2 * 34);
  });

  it('keeps 0 on the axis when a difference is near it or crosses it', () => {
    // −10 000 … +20 000 yuan crosses 0; 0 sits at a third of the axis
    const cross: TornadoRow = { id: 'x', label: 'x', reason: '', lowValue: '0', baseValue: '1', highValue: '2', lowFen: -1_000_000, baseFen: 500_000, highFen: 2_000_000 };
    const g = tornadoGeometry([cross], 400, 'en');
    expect(g.xDomain).toEqual([-1_000_000, 2_000_000]);
    expect(g.zeroX).toBeCloseTo(g.margin.left + (400 - g.margin.left - g.margin.right) / 3, 6);
    expect(g.xTicks.map((t) => t.label)).toContain('¥0');
    // 100 … 300 yuan: 100 < 2 × 200, so the axis still starts at 0
    const near = tornadoGeometry([{ ...cross, lowFen: 10_000, baseFen: 20_000, highFen: 30_000 }], 400, 'en');
    expect(near.xDomain[0]).toBe(0);
    expect(near.zeroX).toBeCloseTo(near.margin.left, 6);
  });

  it('survives nothing moving', () => {
    const far: TornadoRow = { id: 'x', label: 'x', reason: '', lowValue: '0', baseValue: '1', highValue: '2', lowFen: -900_00, baseFen: -1000_00, highFen: -1100_00 };
    const flat = tornadoGeometry([{ ...far, lowFen: 0, baseFen: 0, highFen: 0 }], 400, 'en');
    expect(flat.bars[0]!.lowX).toBe(flat.bars[0]!.highX);
    expect(Number.isFinite(flat.bars[0]!.lowX)).toBe(true);
  });

  it('gives the same figures as a table and CSV, widest swing first', () => {
    const tbl = tornadoTable(tornadoRows(S, 'C', 'cost', 'en'), 'en');
    expect(tbl.head).toEqual(['Assumption', 'Low', 'High', 'At low', 'Current', 'At high', 'Swing', 'Why these values']);
    expect(tbl.rows.map((r) => r.map((c) => c.csv).slice(0, 7))).toEqual([
      ['Quit response to pay', '0', '3', '519525.00', '557526.00', '675154.00', '155629.00'],
      ['Effort response to commission', '0', '1', '556540.00', '557526.00', '558829.00', '2289.00'],
    ]);
    expect(tbl.rows[0]![7]!.text).toMatch(/^Low 0: nobody quits over pay/);
    expect(tbl.rows[0]![3]!.text).toBe('¥519,525');
  });

  it('draws both halves when they lie on the same side, the nearer on top, its value inside', () => {
    // opposite sides: low at 100 px, current 200, high 350: low half 100–200, high half 200–350, labels outside
    expect(barParts(100, 200, 350, '0', '3')).toEqual({
      halves: [
        { setting: 'high', x0: 200, x1: 350 },
        { setting: 'low', x0: 100, x1: 200 },
      ],
      labels: [
        { setting: 'low', text: '0', x: 96, anchor: 'end', inside: false },
        { setting: 'high', text: '3', x: 354, anchor: 'start', inside: false },
      ],
    });
    // same side: low at 220, high at 350, current 200: the high half (further) first, then the low half over it
    expect(barParts(220, 200, 350, '0', '3')).toEqual({
      halves: [
        { setting: 'high', x0: 200, x1: 350 },
        { setting: 'low', x0: 200, x1: 220 },
      ],
      labels: [
        { setting: 'low', text: '0', x: 217, anchor: 'end', inside: true },
        { setting: 'high', text: '3', x: 354, anchor: 'start', inside: false },
      ],
    });
    // same side to the left: high at 180, low at 50, current 200
    expect(barParts(50, 200, 180, 'slow', 'none').labels).toEqual([
      { setting: 'low', text: 'slow', x: 46, anchor: 'end', inside: false },
      { setting: 'high', text: 'none', x: 183, anchor: 'start', inside: true },
    ]);
  });
});
