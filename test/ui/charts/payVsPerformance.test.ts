/** Geometry of pay against performance (src/ui/charts/payVsPerformance.ts). */
import { describe, expect, it } from 'vitest';
import { PVP_MARGIN, payCurveTable, pvpGeometry } from '../../../src/ui/charts/payVsPerformance';

describe('pvpGeometry', () => {
  const curves = [
    { name: 'A', points: [0, 100_000_00, 200_000_00].map((s) => ({ creditedSalesFen: s, grossFen: 2247_60 + s / 200, costFen: 0 })) },
    { name: 'broken', points: null },
  ];
  const dots = [[{ agentId: 'x', name: '李', months: 10, salesFen: 250_000_00, grossFen: 3400_00 }], []];
  const g = pvpGeometry({ curves, dots, width: 500, height: 300, lang: 'en' });
  const m = PVP_MARGIN;
  const x = (fen: number) => m.left + (fen / g.xDomain[1]) * (500 - m.left - m.right);
  const y = (fen: number) => 300 - m.bottom - (fen / g.yDomain[1]) * (300 - m.top - m.bottom);

  it('axes from 0 to cover curves and dots', () => {
    expect(g.xDomain[0]).toBe(0);
    expect(g.xDomain[1]).toBeGreaterThanOrEqual(250_000_00);
    expect(g.yDomain[1]).toBeGreaterThanOrEqual(3400_00);
  });

  it('a line per valid curve through its points; dots placed by sales and pay', () => {
    expect(g.curves).toHaveLength(1);
    const c = g.curves[0]!;
    expect(c.points[1]!.x).toBeCloseTo(x(100_000_00), 9);
    expect(c.points[1]!.y).toBeCloseTo(y(2747_60), 9);
    expect(c.path.startsWith('M')).toBe(true);
    expect(g.dots[0]!.dots[0]!.x).toBeCloseTo(x(250_000_00), 9);
    expect(g.dots[0]!.dots[0]!.y).toBeCloseTo(y(3400_00), 9);
    expect(g.dots[1]!.dots).toEqual([]);
  });

  it('table of the curves', () => {
    const t = payCurveTable(curves, 'en');
    expect(t.head).toEqual(['Credited sales a month', 'A']);
    expect(t.rows.map((r) => r.map((c) => c.csv))).toEqual([
      ['0.00', '2247.60'],
      ['100000.00', '2747.60'],
      ['200000.00', '3247.60'],
    ]);
  });
});
