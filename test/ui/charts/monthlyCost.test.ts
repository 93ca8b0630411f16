/** Geometry of the monthly cost chart (src/ui/charts/monthlyCost.ts). */
import { describe, expect, it } from 'vitest';
import type { Spread } from '../../../src/sim/summary';
import { MONTHLY_MARGIN, monthIndexAt, monthlyCostGeometry, monthlyCostTable } from '../../../src/ui/charts/monthlyCost';

const sp = (p5: number, p50: number, p95: number): Spread => ({ meanFen: p50, p5Fen: p5, p50Fen: p50, p95Fen: p95 });
const none: Spread = { meanFen: null, p5Fen: null, p50Fen: null, p95Fen: null };

// two variants over Oct 2025 – Jan 2026; November (双11) peaks
const series = [
  { name: 'A', spreads: [sp(90_000_00, 100_000_00, 110_000_00), sp(130_000_00, 150_000_00, 171_000_00), sp(100_000_00, 110_000_00, 120_000_00), sp(80_000_00, 90_000_00, 95_000_00)] },
  { name: 'B', spreads: [sp(95_000_00, 105_000_00, 115_000_00), none, sp(105_000_00, 112_000_00, 125_000_00), sp(85_000_00, 92_000_00, 99_000_00)] },
];

describe('monthlyCostGeometry', () => {
  const g = monthlyCostGeometry({ startMonth: '2025-10', series, width: 640, height: 280, lang: 'zh' });
  const m = MONTHLY_MARGIN;
  const innerW = 640 - m.left - m.right;
  const innerH = 280 - m.top - m.bottom;
  const y = (fen: number) => m.top + innerH - (fen / g.yDomain[1]) * innerH;

  it('y domain from 0 to the nice top of every p95', () => {
    // the highest p95 is 171 000 yuan; nice() rounds it up to a round number of fen
    expect(g.yDomain[0]).toBe(0);
    expect(g.yDomain[1]).toBeGreaterThanOrEqual(171_000_00);
    expect(g.yDomain[1]).toBe(180_000_00);
    expect(g.yTicks[0]).toMatchObject({ value: 0, pos: m.top + innerH, label: '¥0' });
    expect(g.yTicks.at(-1)).toMatchObject({ value: 180_000_00, pos: m.top, label: '¥18万' });
  });

  it('months at the centre of equal steps, November shaded across its step', () => {
    // four points with padding 0.5: step = innerW / 4, first at left + step/2
    const step = innerW / 4;
    expect(g.step).toBeCloseTo(step, 9);
    expect(g.months.map((x) => x.month)).toEqual(['2025-10', '2025-11', '2025-12', '2026-01']);
    expect(g.months[0]!.x).toBeCloseTo(m.left + step / 2, 9);
    expect(g.highlights).toHaveLength(1);
    expect(g.highlights[0]).toMatchObject({ month: '2025-11', label: '双11' });
    expect(g.highlights[0]!.x0).toBeCloseTo(m.left + step, 9);
    expect(g.highlights[0]!.x1).toBeCloseTo(m.left + 2 * step, 9);
    // the first tick with its year, a January as its year alone
    expect(g.xTicks.map((t) => t.label)).toEqual(['2025年10月', '11月', '12月', '2026年']);
  });

  it('the band runs along p95 and back along p5; the line through p50; gaps where unknown', () => {
    const a = g.series[0]!;
    // d3.area: M x0,y1(0) L … along the top (p95), then back along the bottom (p5), Z
    const nums = a.band.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(a.band.startsWith('M')).toBe(true);
    expect(a.band.endsWith('Z')).toBe(true);
    // d3-path writes three decimals
    expect(nums[0]).toBeCloseTo(g.months[0]!.x, 2);
    expect(nums[1]).toBeCloseTo(y(110_000_00), 2);
    expect(nums.at(-1)).toBeCloseTo(y(90_000_00), 2); // closing point: month 0, p5
    expect(a.points[1]!.y).toBeCloseTo(y(150_000_00), 9);
    // B has no November: its band and line break into two pieces
    expect(g.series[1]!.band.match(/M/g)).toHaveLength(2);
    expect(g.series[1]!.line.match(/M/g)).toHaveLength(2);
    expect(g.series[1]!.points[1]!.y).toBeNull();
    expect(g.series.map((s) => s.color)).toEqual(['var(--pl-series-0, #0072B2)', 'var(--pl-series-1, #E69F00)']);
  });

  it('finds the month under the pointer', () => {
    expect(monthIndexAt(g, g.months[2]!.x + 3)).toBe(2);
    expect(monthIndexAt(g, 0)).toBeNull();
  });

  it('thins month labels at 390 px', () => {
    const long = Array.from({ length: 24 }, () => sp(1, 2, 3));
    const phone = monthlyCostGeometry({ startMonth: '2025-01', series: [{ name: 'A', spreads: long }], width: 390, lang: 'zh' });
    // 314 px inside fit 6 labels of 46 px: every 4th month → 6 labels
    expect(phone.xTicks.map((t) => t.value)).toEqual([0, 4, 8, 12, 16, 20]);
  });

  it('table: a row per month and variant, money exact in the CSV', () => {
    const t = monthlyCostTable({ startMonth: '2025-10', series, lang: 'en' });
    expect(t.head).toEqual(['Month', 'Variant', 'p5', 'p50', 'p95', 'Mean']);
    expect(t.rows).toHaveLength(8);
    expect(t.rows[0]!.map((c) => c.csv)).toEqual(['2025-10', 'A', '90000.00', '100000.00', '110000.00', '100000.00']);
    expect(t.rows[3]!.map((c) => c.text)).toEqual(['2025-11', 'B', '—', '—', '—', '—']);
  });
});
