/** Geometry of the stacked cost breakdown (src/ui/charts/costBreakdown.ts). */
import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../../src/engine/payslip';
import {
  BREAKDOWN_MARGIN,
  costBreakdownGeometry,
  costBreakdownTable,
  groupTotals,
  ungroupedComponents,
  type Breakdown,
} from '../../../src/ui/charts/costBreakdown';

function breakdown(parts: Partial<Breakdown>): Breakdown {
  const b = Object.fromEntries(COMPONENTS.map((c) => [c, 0])) as unknown as Breakdown;
  return { ...b, employerContributions: 0, finesTaken: 0, net: 0, ...parts };
}

// A: base 100 000 + commission 30 000 + living 5 000 + full attendance 2 000; fines −3 000 (−3 500 + 500 relief);
//    contributions 40 000. Gross 137 000; stack = 137 000 − 3 000 + 40 000 = 174 000; cost = 177 000 (yuan).
const A = breakdown({
  base: 100_000_00,
  commission: 30_000_00,
  livingSubsidy: 5_000_00,
  fullAttendance: 2_000_00,
  fineLateShort: -2_000_00,
  fineAbsence: -1_500_00,
  fineCapRelief: 500_00,
  employerContributions: 40_000_00,
});
// B: guarantee advance 20 000 and recovery −25 000 (a negative group), pool 50 000, probation 10 000, contributions 30 000.
const B = breakdown({
  probationPay: 10_000_00,
  pool: 50_000_00,
  guaranteeAdvance: 20_000_00,
  guaranteeRecovery: -25_000_00,
  employerContributions: 30_000_00,
});

describe('costBreakdown', () => {
  it('every pay line is in exactly one group', () => {
    expect(ungroupedComponents()).toEqual([]);
  });

  it('group totals', () => {
    expect(groupTotals(A)).toEqual({
      base: 100_000_00,
      guarantee: 0,
      commission: 30_000_00,
      pool: 0,
      bonuses: 2_000_00,
      allowances: 5_000_00,
      fines: -3_000_00,
      contributions: 40_000_00,
    });
    expect(groupTotals(B).guarantee).toBe(-5_000_00);
    expect(groupTotals(B).base).toBe(10_000_00);
  });

  it('stacks positives rightwards from 0 and negatives leftwards; the segments sum to net + contributions', () => {
    const g = costBreakdownGeometry({ variants: [{ name: 'A', breakdown: A }, { name: 'B', breakdown: B }], width: 600, lang: 'zh' });
    const [a, b] = g.bars;
    // A's positives end to end: base [0, 100k], commission [100k, 130k], bonuses [130k, 132k], allowances [132k, 137k], contributions [137k, 177k]
    const pos = a!.segments.filter((s) => s.valueFen > 0);
    expect(pos.map((s) => [s.group, s.v0, s.v1])).toEqual([
      ['base', 0, 100_000_00],
      ['commission', 100_000_00, 130_000_00],
      ['bonuses', 130_000_00, 132_000_00],
      ['allowances', 132_000_00, 137_000_00],
      ['contributions', 137_000_00, 177_000_00],
    ]);
    // fines from 0 leftwards
    expect(a!.segments.find((s) => s.group === 'fines')).toMatchObject({ v0: 0, v1: -3_000_00, valueFen: -3_000_00 });
    expect(a!.stackFen).toBe(174_000_00);
    expect(a!.costFen).toBe(177_000_00);
    // B: guarantee −5 000 to the left of 0; positives base 10k, pool 50k, contributions 30k
    expect(b!.segments.find((s) => s.group === 'guarantee')).toMatchObject({ v0: 0, v1: -5_000_00 });
    expect(b!.stackFen).toBe(10_000_00 + 50_000_00 - 5_000_00 + 30_000_00);
    expect(b!.costFen).toBe(10_000_00 + 50_000_00 - 5_000_00 + 30_000_00);
    // pixel extents: contiguous, and the scale maps the domain onto the plot
    for (let i = 1; i < pos.length; i++) expect(pos[i]!.x0).toBeCloseTo(pos[i - 1]!.x1, 9);
    const m = BREAKDOWN_MARGIN;
    // left end: the most negative stack (B's guarantee, −5 000) × 1.1; right end: 177 000 niced to 200 000
    expect(g.xDomain).toEqual([-5_500_00, 200_000_00]);
    const x = (v: number) => m.left + ((v - g.xDomain[0]) / (g.xDomain[1] - g.xDomain[0])) * (600 - m.left - m.right);
    expect(g.zeroX).toBeCloseTo(x(0), 9);
    expect(a!.costX).toBeCloseTo(x(177_000_00), 9);
    expect(g.legend.map((l) => l.label)).toContain('罚款(负)');
  });

  it('table: groups, gross, net and employer cost per variant', () => {
    const t = costBreakdownTable([{ name: 'A', breakdown: A }], 'en');
    expect(t.head.slice(-3)).toEqual(['Gross', 'Net', 'Employer cost']);
    expect(t.rows[0]!.slice(-3).map((c) => c.csv)).toEqual(['137000.00', '134000.00', '177000.00']);
  });
});
