/**
 * Payslip explanations built from the payslip's figures: employer contributions (base × rate, the
 * floor/ceiling of the base), the annual true-up's two sums, the guarantee ledger before the
 * settlement, and notes that never repeat their result. Expected texts are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { payMonths } from '../../src/engine/pay';
import { note } from '../../src/engine/notes';
import type { CompiledPolicy } from '../../src/policy/compiled';
import { contributionsText, dropRepeatedResult, guaranteeLedgerText, guaranteeYearSums, lineNote, renderNote } from '../../src/formats/explain';
import { BASES, blankPolicy, ctx, rec } from '../engine/fixtures';

const flat = (ratePpm: number) => ({ method: 'flat' as const, brackets: [{ fromFen: 0, ratePpm }] });

describe('employer contributions (Testville: base floor 4,000.00, ceiling 20,000.00; 16 % + 9.5 % + 0.5 % + 0.2 % + 7 %)', () => {
  const p: CompiledPolicy = blankPolicy({
    baseFen: BASES,
    commission: { type: 'rate', rate: flat(10000), basis: 'personal', applyScore: false },
    contributions: 'city',
  });
  const slip = (over: Parameters<typeof rec>[0]) => payMonths(p, [rec(over)], ctx())[0]!;

  it('gross 1,500.00 is below the floor: each line is 4,000.00 × its rate', () => {
    // junior base 1,500.00, no sales → gross 1,500.00; base raised to the floor 4,000.00:
    // 640.00 + 380.00 + 20.00 + 8.00 + 280.00 = 1,328.00 (below the pay, so no "exceeds" sentence)
    const c = contributionsText(slip({}), 'zh');
    expect(c.lines.map((l) => [l.name, l.formula, l.amountFen])).toEqual([
      ['养老保险', '基数 4,000.00 × 16%', 64000],
      ['医疗保险', '基数 4,000.00 × 9.5%', 38000],
      ['失业保险', '基数 4,000.00 × 0.5%', 2000],
      ['工伤保险', '基数 4,000.00 × 0.2%', 800],
      ['住房公积金', '基数 4,000.00 × 7%', 28000],
    ]);
    expect(c.base).toBe('本月应发 1,500.00 低于当地缴费基数下限，按下限 4,000.00 缴费');
  });
  it('a part month: gross 1,500.00 × 10/31 = 483.87, contributions 1,328.00 exceed it because of the floor', () => {
    const s = slip({ daysEmployed: 10 });
    expect(s.totals.grossFen).toBe(48387);
    expect(contributionsText(s, 'zh').base).toBe('本月应发 483.87 低于当地缴费基数下限，按下限 4,000.00 缴费，所以单位缴费 1,328.00 比工资本身还多');
    expect(contributionsText(s, 'en').base).toBe(
      'gross pay 483.87 is below the city’s contribution base floor, so contributions are paid on the floor 4,000.00 — that is why the employer’s contributions 1,328.00 exceed the pay itself',
    );
  });
  it('gross 5,000.00 (1,500.00 + 1 % × 350,000.00) is the base itself', () => {
    const c = contributionsText(slip({ creditedSalesFen: 35_000_000 }), 'zh');
    expect(c.base).toBe('缴费基数 = 本月应发 5,000.00');
    expect([c.lines[0]!.formula, c.lines[0]!.amountFen]).toEqual(['基数 5,000.00 × 16%', 80000]);
  });
  it('gross 25,000.00 (1,500.00 + 1 % × 2,350,000.00) is cut to the ceiling 20,000.00', () => {
    const c = contributionsText(slip({ creditedSalesFen: 235_000_000 }), 'zh');
    expect(c.base).toBe('本月应发 25,000.00 高于当地缴费基数上限，按上限 20,000.00 缴费');
    expect([c.lines[4]!.formula, c.lines[4]!.amountFen]).toEqual(['基数 20,000.00 × 7%', 140000]);
  });
  it('no contributions: no lines and no sentence', () => {
    const none = payMonths(blankPolicy({ baseFen: BASES }), [rec({})], ctx())[0]!;
    expect(contributionsText(none, 'zh')).toEqual({ lines: [], base: null });
  });
});

describe('guarantee ledger (2,200.00 a month, tenure year 2; the agent leaves in August)', () => {
  // Earned (1 % commission): Jan 1,500, Feb 3,000, Mar 2,000, Apr 2,500, May 1,000, Jun 2,200, Jul 1,800, Aug 2,100.
  const sales = [1500, 3000, 2000, 2500, 1000, 2200, 1800, 2100].map((y) => y * 10_000);
  const records = sales.map((s, i) =>
    rec({ month: `2026-0${i + 1}`, tenureMonth: 14 + i, creditedSalesFen: s, left: i === 7, daysEmployed: [31, 28, 31, 30, 31, 30, 31, 31][i]! }),
  );
  const policy = (mode: 'annual-true-up' | 'recoverable-advance') =>
    blankPolicy({ commission: { type: 'rate', rate: flat(10000), basis: 'personal', applyScore: false }, guarantee: { byTenureYearFen: [200000, 220000, 250000], mode } });

  it('annual true-up, March: Σ guarantee 3 × 2,200 = 6,600.00, Σ earned 1,500 + 3,000 + 2,000 = 6,500.00, difference 100.00', () => {
    const slips = payMonths(policy('annual-true-up'), records, ctx());
    expect(guaranteeYearSums(slips, slips[2]!)).toEqual({ guaranteeSumFen: 660000, earnedSumFen: 650000 });
    expect(guaranteeLedgerText('annual-true-up', slips[2]!, slips, 'zh')).toBe(
      '年度核算，本年至今：保底合计 6,600.00，应得合计 6,500.00，差额 100.00（12月或离职时结算，差额为正则补足）',
    );
    // February: 4,400.00 − 4,500.00 = −100.00 (ahead of the guarantee so far)
    expect(guaranteeLedgerText('annual-true-up', slips[1]!, slips, 'en')).toBe(
      'annual true-up, this year so far: guarantees 4,400.00, earnings 4,500.00, difference -100.00 (settled in December or on leaving; a positive difference is topped up)',
    );
  });
  it('annual true-up, August settlement: the line shows Σ 17,600.00 and Σ 16,100.00, its amount 1,500.00 once', () => {
    const slips = payMonths(policy('annual-true-up'), records, ctx());
    const aug = slips[7]!;
    const line = aug.lines.find((l) => l.component === 'guaranteeTrueUp')!;
    expect(line.amountFen).toBe(150000);
    expect(lineNote(line, aug, slips, 'zh')).toBe('年度核算：全年保底合计 17,600.00 − 全年应得合计 16,100.00，差额补足');
    expect(guaranteeLedgerText('annual-true-up', aug, slips, 'zh')).toBe('本月结算全年保底，下一年从零重新累计');
    // Only August at hand: the sums cannot be rebuilt, the engine's note says the balance once.
    expect(guaranteeYearSums([aug], aug)).toBeNull();
    expect(lineNote(line, aug, [aug], 'zh')).toBe('年度核算：全年保底合计减应得合计 = 1,500.00，全部补足');
  });
  it('annual true-up settled without a top-up: earnings 4,400.00 ≥ guarantees 4,400.00 (Jan 1,000 + Dec 3,400)', () => {
    const two = [rec({ month: '2026-01', creditedSalesFen: 10_000_000 }), rec({ month: '2026-12', creditedSalesFen: 34_000_000 })];
    const slips = payMonths(policy('annual-true-up'), two, ctx());
    expect(guaranteeLedgerText('annual-true-up', slips[1]!, slips, 'zh')).toBe('年度结算：全年应得合计 4,400.00 不低于保底合计 4,400.00，无需补足');
  });
  it('recoverable advance: Jan balance 700.00, Feb recovered to 0, Aug 1,700.00 written off', () => {
    const slips = payMonths(policy('recoverable-advance'), records, ctx());
    expect(guaranteeLedgerText('recoverable-advance', slips[0]!, slips, 'zh')).toBe('预支保底：待扣回余额 700.00（以后应得高于保底的月份扣回）');
    expect(guaranteeLedgerText('recoverable-advance', slips[1]!, slips, 'zh')).toBe('预支保底：当前没有待扣回余额');
    expect(guaranteeLedgerText('recoverable-advance', slips[7]!, slips, 'zh')).toBe('年度结算：未扣回的 1,700.00 一笔勾销，不向员工追回');
  });
  it('monthly floor and no guarantee: no ledger sentence', () => {
    const slips = payMonths(policy('annual-true-up'), records, ctx());
    expect(guaranteeLedgerText('monthly-floor', slips[0]!, slips, 'zh')).toBeNull();
    expect(guaranteeLedgerText(null, slips[0]!, slips, 'zh')).toBeNull();
  });
});

describe('a note says its result once', () => {
  it('rank bonus without factors: "排名奖 679.82", not "679.82 = 679.82"', () => {
    const n = note('note.rankBonus', { metric: [note('kpi.metric.attainment')], value: '105%', rank: 1, full: '679.82', factors: [], amount: '679.82' });
    expect(renderNote(n, 'zh')).toBe('业绩达成率 105% 组内第 1 名,排名奖 679.82');
  });
  it('with a factor the result stays: 800.00 × 0.85 = 680.00', () => {
    const n = note('note.rankBonus', {
      metric: [note('kpi.metric.attainment')],
      value: '105%',
      rank: 1,
      full: '800.00',
      factors: [note('note.factor.gate', { v: '0.85' })],
      amount: '680.00',
    });
    expect(renderNote(n, 'zh')).toBe('业绩达成率 105% 组内第 1 名,排名奖 800.00 × 基本要求系数 0.85 = 680.00');
  });
  it('an operation keeps its result; a longer number ending in the same digits is not a repeat', () => {
    expect(dropRepeatedResult('1 次 × 200.00 = 200.00', '200.00')).toBe('1 次 × 200.00 = 200.00');
    expect(dropRepeatedResult('发 1,679.82 = 679.82', '679.82')).toBe('发 1,679.82 = 679.82');
    expect(dropRepeatedResult('pays 679.82 = 679.82', '679.82')).toBe('pays 679.82');
  });
});
