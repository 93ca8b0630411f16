import { describe, expect, it } from 'vitest';
import { agentRows, complianceItems, linesSum, sortRows } from '../../src/ui/agentTable';
import type { DrillDown } from '../../src/sim/drillDown';
import type { Payslip } from '../../src/engine/payslip';

const flags = { belowMinimumFen: 0, deductionsBelowMinimumFen: 0, deductionsOverCapFen: 0, probationTooLow: false, dismissal: null };
function slip(agentId: string, name: string, month: string, netFen: number, extra: Partial<Payslip> = {}): Payslip {
  return {
    agentId,
    name,
    month,
    team: 'T1',
    role: 'presales',
    level: 'junior',
    probation: false,
    score: null,
    multiplierPpm: 1_000_000,
    minimumWageFen: 249_000,
    netSalesFen: 0,
    lines: [{ component: 'base', amountFen: netFen, note: { key: '', params: {} } }],
    contributions: [],
    totals: { earnedFen: netFen, guaranteeFen: 0, grossFen: netFen, finesFen: 0, netFen, contributionsFen: 0, employerCostFen: netFen },
    flags: { ...flags },
    guarantee: null,
    ...extra,
  };
}
const drill = (agentId: string, name: string, perVariant: number[][]): DrillDown => ({
  replication: 0,
  agentId,
  variants: perVariant.map((nets, v) => ({
    name: `V${v}`,
    records: [],
    payslips: nets.map((n, m) => slip(agentId, name, `2026-0${m + 1}`, n)),
  })),
});

describe('agent rows', () => {
  const drills = [
    // A001: baseline 2 months 300 000 + 310 000 = 610 000 fen; variant 1 pays 330 000 + 340 000 = 670 000 (+60 000, +9.836 %)
    drill('A001', '张三', [
      [300_000, 310_000],
      [330_000, 340_000],
    ]),
    // A002: baseline 250 000; variant 1 240 000 (−10 000, −4 %)
    drill('A002', '李四', [[250_000], [240_000]]),
    // A003: only under the baseline (left before the variant's month, e.g. dismissed earlier)
    drill('A003', '王五', [[200_000], []]),
  ];
  const rows = agentRows(drills, 0, 1);
  it('sums net pay per variant and compares with the baseline', () => {
    expect(rows.map((r) => r.payFen)).toEqual([
      [610_000, 670_000],
      [250_000, 240_000],
      [200_000, null],
    ]);
    expect(rows.map((r) => r.changeFen)).toEqual([60_000, -10_000, null]);
    expect(rows[0]!.changeShare).toBeCloseTo(60_000 / 610_000, 12);
    expect(rows[1]!.changeShare).toBe(-0.04);
    expect(rows[0]!.months).toBe(2);
  });
  it('sorts by change with missing values last, and by pay of a chosen variant', () => {
    expect(sortRows(rows, 'change', true).map((r) => r.agentId)).toEqual(['A001', 'A002', 'A003']);
    expect(sortRows(rows, 'change', false).map((r) => r.agentId)).toEqual(['A002', 'A001', 'A003']);
    expect(sortRows(rows, 'pay', false, 0).map((r) => r.agentId)).toEqual(['A003', 'A002', 'A001']);
    expect(sortRows(rows, 'pay', true, 1).map((r) => r.agentId)).toEqual(['A001', 'A002', 'A003']);
  });
});

describe('compliance items', () => {
  it('lists each flagged agent-month by variant and month', () => {
    const d = drill('A001', '张三', [[100_000, 100_000], [100_000]]);
    d.variants[0]!.payslips[1]!.flags.belowMinimumFen = 149_000;
    d.variants[0]!.payslips[0]!.flags.deductionsOverCapFen = 1_000;
    d.variants[1]!.payslips[0]!.flags.probationTooLow = true;
    expect(complianceItems([d]).map((i) => [i.variant, i.month, i.kind, i.amountFen])).toEqual([
      [0, '2026-01', 'deductionsOverCap', 1_000],
      [0, '2026-02', 'belowMinimum', 149_000],
      [1, '2026-01', 'probationTooLow', 0],
    ]);
  });
  it('sums lines including negative fines', () => {
    const p = slip('A', 'a', '2026-01', 150_000);
    p.lines.push({ component: 'fineAbsence', amountFen: -20_000, note: { key: '', params: {} } });
    expect(linesSum(p)).toBe(130_000);
  });
});
