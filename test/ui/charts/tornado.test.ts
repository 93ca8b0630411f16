/** Geometry of the tornado chart of a sensitivity run (src/ui/charts/tornado.ts), without a DOM. */
import { describe, expect, it } from 'vitest';
import { tornadoGeometry, tornadoOrder, tornadoRows, tornadoTable, type TornadoRow } from '../../../src/ui/charts/tornado';
import type { Sensitivity, SensitivityVariantResult } from '../../../src/sim/sensitivity';

const v = (variant: string, low: number, base: number, high: number): SensitivityVariantResult => ({
  variant,
  baseline: variant === 'base',
  lawful: { low: true, base: true, high: true },
  lowDifferenceFen: low,
  baseDifferenceFen: base,
  highDifferenceFen: high,
  byMetric: { cost: { low, base, high } },
  signChanged: false,
});

// The default scenario's careful-owner at 40 replications (yuan): quit 0/1/3 → +519 525 / +557 526 / +675 154;
// effort 0/0.3/1 → +556 540 / +557 526 / +558 829.
const S = {
  months: 12,
  rows: [
    { id: 'effortElasticity', labelKey: 'sens.assumption.effortElasticity', low: 0, base: 0.3, high: 1, variants: [v('base', 0, 0, 0), v('C', 55_654_000, 55_752_600, 55_882_900)] },
    { id: 'quitPayElasticity', labelKey: 'sens.assumption.quitPayElasticity', low: 0, base: 1, high: 3, variants: [v('base', 0, 0, 0), v('C', 51_952_500, 55_752_600, 67_515_400)] },
  ],
} as unknown as Sensitivity;

describe('tornado', () => {
  it('reads one variant\'s rows with their values and labels', () => {
    const rows = tornadoRows(S, 'C', 'cost', 'zh');
    expect(rows.map((r) => [r.label, r.lowValue, r.baseValue, r.highValue, r.lowFen, r.baseFen, r.highFen])).toEqual([
      ['努力对提成的反应', '0', '0.3', '1', 55_654_000, 55_752_600, 55_882_900],
      ['离职对薪酬的反应', '0', '1', '3', 51_952_500, 55_752_600, 67_515_400],
    ]);
    expect(tornadoRows(S, 'nobody', 'cost', 'en')).toEqual([]);
  });

  it('puts the widest swing on top, equal swings in their order', () => {
    const r = (id: string, low: number, high: number): TornadoRow => ({ id, label: id, lowValue: '0', baseValue: '1', highValue: '2', lowFen: low, baseFen: 0, highFen: high });
    expect(tornadoOrder([r('a', -1, 1), r('b', 5, -5), r('c', 2, 0), r('d', 0, 2)]).map((x) => x.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('places each bar between its low and high difference on an axis that holds 0', () => {
    const g = tornadoGeometry(tornadoRows(S, 'C', 'cost', 'en'), 600, 'en');
    expect(g.bars.map((b) => b.id)).toEqual(['quitPayElasticity', 'effortElasticity']); // swing 155 629 > 2 289 yuan
    // the axis holds 0 and the largest difference (675 154 yuan), with nice ends
    expect(g.xDomain[0]).toBe(0);
    expect(g.xDomain[1]).toBeGreaterThanOrEqual(67_515_400);
    expect(g.xDomain[1]).toBeLessThanOrEqual(80_000_000);
    const px = (fen: number) => g.margin.left + ((fen - g.xDomain[0]) / (g.xDomain[1] - g.xDomain[0])) * (600 - g.margin.left - g.margin.right);
    const [q, e] = g.bars;
    expect(q!.lowX).toBeCloseTo(px(51_952_500), 6);
    expect(q!.highX).toBeCloseTo(px(67_515_400), 6);
    expect(q!.baseX).toBeCloseTo(px(55_752_600), 6);
    expect(g.baseX).toBeCloseTo(px(55_752_600), 6);
    expect(g.zeroX).toBeCloseTo(g.margin.left, 6);
    expect(q!.swingFen).toBe(15_562_900);
    expect(e!.swingFen).toBe(228_900);
    expect(e!.y).toBeGreaterThan(q!.y);
    expect(g.height).toBe(g.margin.top + g.margin.bottom + 2 * 34);
    expect(g.xTicks[0]!.label).toBe('¥0');
  });

  it('keeps 0 on the axis when every difference is on one side, and survives nothing moving', () => {
    const far: TornadoRow = { id: 'x', label: 'x', lowValue: '0', baseValue: '1', highValue: '2', lowFen: -900_00, baseFen: -1000_00, highFen: -1100_00 };
    const g = tornadoGeometry([far], 400, 'en');
    expect(g.xDomain[1]).toBe(0); // 0 is always on the axis, so a sign is never hidden
    const flat = tornadoGeometry([{ ...far, lowFen: 0, baseFen: 0, highFen: 0 }], 400, 'en');
    expect(flat.bars[0]!.lowX).toBe(flat.bars[0]!.highX);
    expect(Number.isFinite(flat.bars[0]!.lowX)).toBe(true);
  });

  it('gives the same figures as a table and CSV, widest swing first', () => {
    const t = tornadoTable(tornadoRows(S, 'C', 'cost', 'en'), 'en');
    expect(t.head).toEqual(['Assumption', 'Low', 'High', 'At low', 'Current', 'At high', 'Swing']);
    expect(t.rows.map((r) => r.map((c) => c.csv))).toEqual([
      ['Quit response to pay', '0', '3', '519525.00', '557526.00', '675154.00', '155629.00'],
      ['Effort response to commission', '0', '1', '556540.00', '557526.00', '558829.00', '2289.00'],
    ]);
    expect(t.rows[0]![3]!.text).toBe('¥519,525');
  });
});
