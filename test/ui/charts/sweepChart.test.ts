/** Geometry of the sweep chart (src/ui/charts/sweepChart.ts). */
import { describe, expect, it } from 'vitest';
import type { MatchResult, SweepPoint, SweepResult } from '../../../src/sim/sweep';
import { SWEEP_MARGIN, sweepGeometry, sweepTable } from '../../../src/ui/charts/sweepChart';

const pt = (value: string, p50: number, diff: number): SweepPoint => ({
  value,
  costMeanFen: p50,
  costP5Fen: p50 - 1000_00,
  costP50Fen: p50,
  costP95Fen: p50 + 1000_00,
  incomeP10Fen: 2000_00 + p50 / 1000,
  incomeP50Fen: 3000_00 + p50 / 1000,
  difference: { n: 5, meanFen: diff, sdFen: 0, ciLowFen: diff, ciHighFen: diff, p5: diff, p95: diff, rangeIsMinMax: true },
});

// baseline mean cost 100 000 yuan; the variant costs 90 000 + 2 000 000 × rate
const result: SweepResult = {
  variant: 'B',
  path: '$.commission.rate',
  replications: 5,
  complete: true,
  points: [pt('0.003', 96_000_00, -4_000_00), pt('0.005', 100_000_00, 0), pt('0.007', 104_000_00, 4_000_00)],
};

describe('sweepGeometry', () => {
  const match = { value: '0.005000', low: '0.004800', high: '0.005200' } as MatchResult;
  const g = sweepGeometry(result, 600, 'zh', match);
  const m = SWEEP_MARGIN;
  const x = (v: number) => m.left + ((v - 0.003) / 0.004) * (600 - m.left - m.right);

  it('x spans the values; points, match and its range placed on it', () => {
    expect(g.points.map((p) => p.x)).toEqual([x(0.003), x(0.005), x(0.007)].map((v) => expect.closeTo(v, 9)));
    expect(g.match!.x).toBeCloseTo(x(0.005), 9);
    expect(g.match!.lowX).toBeCloseTo(x(0.0048), 9);
    expect(g.match!.highX).toBeCloseTo(x(0.0052), 9);
    expect(g.xTicks[0]!.label).toBe('0.003');
  });

  it('cost panel above income panel; the baseline rule at variant mean − paired difference = 100 000', () => {
    expect(g.cost.bottom).toBeLessThan(g.income.top);
    const y = (fen: number) => {
      const d = g.cost.yTicks;
      // from two ticks: linear
      const [a, b] = [d[0]!, d.at(-1)!];
      return a.pos + ((fen - a.value) / (b.value - a.value)) * (b.pos - a.pos);
    };
    expect(g.cost.baselineY!).toBeCloseTo(y(100_000_00), 6);
    expect(g.cost.band.startsWith('M')).toBe(true);
    expect(g.income.p10.startsWith('M')).toBe(true);
  });

  it('table', () => {
    const t = sweepTable(result, 'en');
    expect(t.head[0]).toBe('$.commission.rate');
    expect(t.rows[0]!.map((c) => c.csv)).toEqual(['0.003', '95000.00', '96000.00', '97000.00', '2096.00', '3096.00', '-4000.00']);
  });
});
