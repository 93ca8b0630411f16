/** Geometry of the income distribution (src/ui/charts/incomeDistribution.ts). */
import { describe, expect, it } from 'vitest';
import type { IncomeStats } from '../../../src/sim/summary';
import { INCOME_BASES, INCOME_MARGIN, basisUnit, incomeGeometry, incomeOf, incomeTable, minimumWageLines } from '../../../src/ui/charts/incomeDistribution';
import type { IncomeDistribution, VariantSummary } from '../../../src/sim/summary';

const stats = (p10: number, p25: number, p50: number, p75: number, p90: number, mean: number): IncomeStats => ({
  n: 100,
  meanFen: mean * 100,
  p10Fen: p10 * 100,
  p25Fen: p25 * 100,
  p50Fen: p50 * 100,
  p75Fen: p75 * 100,
  p90Fen: p90 * 100,
});
const empty: IncomeStats = { n: 0, meanFen: null, p10Fen: null, p25Fen: null, p50Fen: null, p75Fen: null, p90Fen: null };

describe('incomeGeometry', () => {
  const boxes = [
    { name: 'A', stats: stats(2300, 2800, 3400, 4100, 5200, 3600) },
    { name: 'B', stats: stats(3000, 3300, 3700, 4400, 6100, 3900) },
    { name: 'C', stats: empty },
  ];
  const g = incomeGeometry({ boxes, minimumWages: [{ label: '杭州最低工资 ¥2,490', fen: 249_000 }], width: 640, lang: 'zh' });
  const m = INCOME_MARGIN;
  const x = (fen: number) => m.left + ((fen - g.xDomain[0]) / (g.xDomain[1] - g.xDomain[0])) * (640 - m.left - m.right);

  it('the x domain covers every p10–p90 and the minimum wage', () => {
    expect(g.xDomain[0]).toBeLessThanOrEqual(230_000);
    expect(g.xDomain[1]).toBeGreaterThanOrEqual(610_000);
    expect(g.xDomain[0]).toBeGreaterThanOrEqual(0);
  });

  it('whiskers, box and median are the given quantiles', () => {
    const a = g.boxes[0]!;
    expect(a.p10).toBeCloseTo(x(230_000), 9);
    expect(a.q1).toBeCloseTo(x(280_000), 9);
    expect(a.median).toBeCloseTo(x(340_000), 9);
    expect(a.q3).toBeCloseTo(x(410_000), 9);
    expect(a.p90).toBeCloseTo(x(520_000), 9);
    expect(a.mean).toBeCloseTo(x(360_000), 9);
    expect(g.boxes[1]!.p90).toBeCloseTo(x(610_000), 9);
    // C has no data: no box, listed as empty
    expect(g.boxes).toHaveLength(2);
    expect(g.empty).toEqual(['C']);
  });

  it('the minimum-wage rule and the cumulative curve through the quantiles', () => {
    expect(g.rules[0]!.x).toBeCloseTo(x(249_000), 9);
    const e = g.ecdf!;
    const c = e.curves[0]!;
    expect(c.points.map((p) => [p.p, p.fen])).toEqual([
      [0.1, 230_000],
      [0.25, 280_000],
      [0.5, 340_000],
      [0.75, 410_000],
      [0.9, 520_000],
    ]);
    // y: 0 at the panel's bottom, 1 at its top
    const y = (p: number) => e.bottom - p * (e.bottom - e.top);
    expect(c.points[2]!.y).toBeCloseTo(y(0.5), 9);
    expect(c.points[2]!.x).toBeCloseTo(g.boxes[0]!.median, 9);
    expect(e.curves).toHaveLength(2);
    expect(e.yTicks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });

  it('table of quantiles', () => {
    const t = incomeTable(boxes, 'en');
    expect(t.head).toEqual(['Variant', 'Count', 'p10', 'p25', 'p50', 'p75', 'p90', 'Mean']);
    expect(t.rows[1]!.map((c) => c.csv)).toEqual(['B', '100', '3000.00', '3300.00', '3700.00', '4400.00', '6100.00', '3900.00']);
  });

  it('table with the pooled Gini as a last column', () => {
    const t = incomeTable(boxes, 'zh', [0.21234, null]);
    expect(t.head.at(-1)).toBe('基尼系数(合并)');
    expect(t.rows[0]!.at(-1)).toMatchObject({ text: '0.212', csv: '0.21234' });
    expect(t.rows[1]!.at(-1)).toMatchObject({ text: '—', csv: '' });
  });
});

describe('income bases', () => {
  const d = (n: number) => ({ all: { n } }) as unknown as IncomeDistribution;
  const v = {
    income: { agentMonthFull: d(1), agentMonthPartialFte: d(2), agentMonth: d(3), agentYearAll: d(4), agentYear: d(5) },
  } as unknown as VariantSummary;
  it('full months first (the default), each basis its own distribution, months against the monthly minimum', () => {
    expect(INCOME_BASES[0]).toBe('monthFull');
    expect(INCOME_BASES.map((b) => incomeOf(v, b).all.n)).toEqual([1, 2, 3, 4, 5]);
    expect(INCOME_BASES.map(basisUnit)).toEqual(['month', 'month', 'month', 'year', 'year']);
  });
});

describe('minimumWageLines', () => {
  it('each monthly minimum in force during the run (Hangzhou 2 490, then 2 660 from 2026-01)', () => {
    const lines = minimumWageLines(['hangzhou', 'hangzhou'], '2025-11', 14, 'month', 'zh');
    expect(lines).toEqual([
      { fen: 249_000, label: '杭州最低工资 ¥2,490' },
      { fen: 266_000, label: '杭州最低工资 ¥2,660' },
    ]);
    expect(minimumWageLines(['hangzhou'], '2026-01', 12, 'month', 'en')).toEqual([{ fen: 266_000, label: 'Hangzhou minimum wage ¥2,660' }]);
  });

  it('for agent-years, the sum over the first whole calendar year; none when no year is whole', () => {
    // 2026: 12 × 2 660 = 31 920
    expect(minimumWageLines(['hangzhou'], '2025-11', 14, 'year', 'zh')).toEqual([{ fen: 3_192_000, label: '杭州全年最低工资 ¥31,920' }]);
    expect(minimumWageLines(['hangzhou'], '2025-11', 12, 'year', 'zh')).toEqual([]);
    expect(minimumWageLines(['atlantis'], '2026-01', 12, 'month', 'zh')).toEqual([]);
  });
});
