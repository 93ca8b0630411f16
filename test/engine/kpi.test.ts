/**
 * Golden payslips for KPI pay (shared/domain.md 12; seed 004 (004_81d4706ebc33c59f.txt), seed 002
 * (002_fc8d89eb9e52b9d0.txt) 每月业绩奖), computed by hand with the arithmetic beside each case. The
 * rules are written as rules-file JSON and compiled, so validation and compilation are exercised too.
 * Edges: a conversion exactly at a bracket bound, a gate exactly at its threshold, ties in a rank,
 * attainment of exactly 100 %, a target of 0, a composite with a lower-is-better metric, a partial month.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PayLedger, payMonth } from '../../src/engine/pay';
import { compilePolicy } from '../../src/policy/compile';
import type { Kpi, PolicyDoc } from '../../src/policy/types';
import type { AgentMonth } from '../../src/engine/records';
import { renderNote } from '../../src/formats/explain';
import { ctx, line, rec } from './fixtures';

const NO_BONUSES = { teamScore: null, fullAttendance: null, livingSubsidy: null, seniority: null, topPerformer: null };
const KPI_NONE: Kpi = { gates: [], afterSales: null, composite: null, target: null, rank: null };

function policy(over: Partial<PolicyDoc>, kpi: Partial<Kpi> = {}): ReturnType<typeof compilePolicy> {
  const doc: PolicyDoc = {
    format: 'paylab.policy/1',
    name: 'kpi test',
    city: 'hangzhou',
    base: { junior: '3000.00', intermediate: '3000.00', senior: '3000.00', manager: '3000.00' },
    probation: null,
    guarantee: null,
    commission: { type: 'none' },
    pool: null,
    score: null,
    performancePay: null,
    dismissal: null,
    bonuses: NO_BONUSES,
    fines: null,
    contributions: 'none',
    kpi: { ...KPI_NONE, ...kpi },
    ...over,
  };
  const c = compilePolicy(doc);
  return { ...c, city: 'testville' };
}

const pay = (p: ReturnType<typeof compilePolicy>, records: AgentMonth[]) => payMonth(p, records, new PayLedger(), ctx());
const one = (p: ReturnType<typeof compilePolicy>, over: Partial<AgentMonth>) => pay(p, [rec(over)])[0]!;
const noteOf = (s: ReturnType<typeof one>, component: string) => renderNote(s.lines.find((l) => l.component === component)!.note, 'zh');

describe('conversion-stepped commission (seed 004 咨询转化率越高,客服将有对应的提成奖励)', () => {
  const p = policy({
    commission: {
      type: 'conversion',
      brackets: [
        { from: '0', rate: '0.003' },
        { from: '0.4', rate: '0.005' },
        { from: '0.475', rate: '0.008' },
      ],
      applyScore: false,
    },
  });
  const sales = { creditedSalesFen: 1_234_567 }; // 12,345.67 yuan
  it('exactly at a bound (475 of 1000 = 47.5 %) is in the bracket that starts there: 12,345.67 × 0.8 % = 98.76536 → 98.77', () => {
    expect(line(one(p, { ...sales, inquiries: 1000, paidOrders: 475 }), 'commission')).toBe(9877);
  });
  it('just below (474 of 1000 = 47.4 %): 12,345.67 × 0.5 % = 61.72835 → 61.73', () => {
    expect(line(one(p, { ...sales, inquiries: 1000, paidOrders: 474 }), 'commission')).toBe(6173);
  });
  it('an exact rational that is no decimal: 19 of 40 = 47.5 % → 0.8 %; 2 of 3 (66.67 %) → 0.8 %; 1 of 3 → 0.3 %', () => {
    expect(line(one(p, { ...sales, inquiries: 40, paidOrders: 19 }), 'commission')).toBe(9877);
    // 1 of 3 = 33.3…% < 40 % → 0.3 %: 12,345.67 × 0.003 = 37.03701 → 37.04
    expect(line(one(p, { ...sales, inquiries: 3, paidOrders: 1 }), 'commission')).toBe(3704);
  });
  it('no inquiries: no conversion, the first bracket (from 0) applies: 37.04', () => {
    expect(line(one(p, { ...sales, inquiries: 0, paidOrders: 0 }), 'commission')).toBe(3704);
  });
  it('the note names the conversion and the bracket', () => {
    expect(noteOf(one(p, { ...sales, inquiries: 1000, paidOrders: 475 }), 'commission')).toBe('询单转化率 47.5% 所在档(≥47.5%)提成 0.8% × 净业绩 12,345.67 = 98.77');
  });
});

describe('basic standards (gates, seed 004 在线时长、消息回复率、咨询响应速度是基本要求)', () => {
  const flat = { commission: { type: 'flat' as const, rate: '0.01', applyScore: false } };
  const sales = { creditedSalesFen: 1_000_000 }; // 10,000.00 → 1 % = 100.00
  const replyGate = policy(flat, { gates: [{ metric: 'replyRate', direction: 'atLeast', threshold: '0.95', factor: '0', lines: ['commission'] }] });
  it('exactly at the threshold (95.00 %) passes: commission 100.00', () => {
    const s = one(replyGate, { ...sales, replyRateBp: 9500 });
    expect(line(s, 'commission')).toBe(10000);
    expect(line(s, 'base')).toBe(300000);
  });
  it('one ten-thousandth below (94.99 %) fails: commission × 0 = 0, shown at 0 with the reason; base untouched', () => {
    const s = one(replyGate, { ...sales, replyRateBp: 9499 });
    expect(s.lines.find((l) => l.component === 'commission')?.amountFen).toBe(0);
    expect(line(s, 'base')).toBe(300000);
    expect(s.totals.finesFen).toBe(0); // a gate is not a deduction
    expect(noteOf(s, 'commission')).toBe('提成 1% × 净业绩 10,000.00 × 基本要求系数 0% = 0.00');
  });
  it('an absent reply rate does not apply the gate (unknown is not a failure): 100.00', () => {
    expect(line(one(replyGate, sales), 'commission')).toBe(10000);
  });
  const slow = policy(
    { ...flat, score: null, performancePay: { byLevel: { junior: '500.00', intermediate: '500.00', senior: '500.00', manager: '500.00' } } },
    { gates: [{ metric: 'avgResponseSec', direction: 'atMost', threshold: '30', factor: '0.5', lines: ['commission', 'performancePay'] }] },
  );
  it('"at most" 30 s: 30.00 s passes (100.00 + 500.00); 30.01 s halves both lines (50.00 + 250.00), base 3000 untouched', () => {
    const ok = one(slow, { ...sales, avgResponseSec: 30 });
    expect([line(ok, 'commission'), line(ok, 'performancePay'), line(ok, 'base')]).toEqual([10000, 50000, 300000]);
    const late = one(slow, { ...sales, avgResponseSec: 30.01 });
    expect([line(late, 'commission'), line(late, 'performancePay'), line(late, 'base')]).toEqual([5000, 25000, 300000]);
  });
  it('two failed gates on one line: the smaller factor applies (0.5, not 0.5 × 0.8): 100.00 × 0.5 = 50.00', () => {
    const two = policy(flat, {
      gates: [
        { metric: 'onlineHours', direction: 'atLeast', threshold: '160', factor: '0.8', lines: ['commission'] },
        { metric: 'replyRate', direction: 'atLeast', threshold: '0.95', factor: '0.5', lines: ['commission'] },
      ],
    });
    expect(line(one(two, { ...sales, onlineHours: 159.99, replyRateBp: 9000 }), 'commission')).toBe(5000);
    // only the hours gate fails: 100.00 × 0.8 = 80.00
    expect(line(one(two, { ...sales, onlineHours: 159.99, replyRateBp: 9600 }), 'commission')).toBe(8000);
  });
  it('the gate factor is inside the one rounding of the line', () => {
    // 12,345.67 × 1 % × 0.333333 = 41.15218… → 41.15
    const odd = policy(flat, { gates: [{ metric: 'replyRate', direction: 'atLeast', threshold: '0.95', factor: '0.333333', lines: ['commission'] }] });
    expect(line(one(odd, { creditedSalesFen: 1_234_567, replyRateBp: 9000 }), 'commission')).toBe(4115);
    // 10,000.90 × 1 % × 0.5 = 50.0045 → 50.00; rounding the commission first would give 100.01 × 0.5 = 50.005 → 50.01
    const half = policy(flat, { gates: [{ metric: 'replyRate', direction: 'atLeast', threshold: '0.95', factor: '0.5', lines: ['commission'] }] });
    expect(line(one(half, { creditedSalesFen: 1_000_090, replyRateBp: 9000 }), 'commission')).toBe(5000);
  });
});

describe('after-sales incentives (seed 004 好评率越高,退货率越低,改评数越多)', () => {
  const p = policy({}, {
    afterSales: {
      perReversed: '5.00',
      goodReview: [
        { bound: '0.95', amount: '100.00' },
        { bound: '0.98', amount: '200.00' },
      ],
      returnRate: [
        { bound: '0.10', amount: '50.00' },
        { bound: '0.05', amount: '150.00' },
      ],
    },
  });
  it('3 reversed × 5 = 15 + good-review 98.00 % (exactly at 0.98) → 200 + return 10.00 % (at most 0.10, not 0.05) → 50 = 265.00', () => {
    const s = one(p, { badReviews: 3, badReviewsReversed: 3, goodReviewRateBp: 9800, returnRateBp: 1000 });
    expect(line(s, 'afterSalesBonus')).toBe(26500);
    expect(noteOf(s, 'afterSalesBonus')).toBe('改评 3 条 15.00 + 好评率 98% 档 200.00 + 退货率 10% 档 50.00 = 265.00');
  });
  it('good-review 97.99 % → 100; return 5.00 % (the lower bound reached) → 150; none reversed: 250.00', () => {
    expect(line(one(p, { goodReviewRateBp: 9799, returnRateBp: 500 }), 'afterSalesBonus')).toBe(25000);
  });
  it('return 10.01 % and good-review 94.99 %: no step; absent rates pay no step either', () => {
    expect(line(one(p, { goodReviewRateBp: 9499, returnRateBp: 1001 }), 'afterSalesBonus')).toBe(0);
    expect(line(one(p, {}), 'afterSalesBonus')).toBe(0);
  });
  it('a partial month (15 of 30 June days) pro-rates the base, not the incentive: base 3000 × 15/30 = 1500.00, incentive 265.00', () => {
    const s = one(p, { month: '2026-06', daysEmployed: 15, badReviews: 3, badReviewsReversed: 3, goodReviewRateBp: 9800, returnRateBp: 1000 });
    expect([line(s, 'base'), line(s, 'afterSalesBonus')]).toEqual([150000, 26500]);
  });
});

describe('composite KPI score (domain.md 12) feeding the score of domain.md 6', () => {
  const score = {
    parts: { teamTask: '30', handover: '20', satisfaction: '30', skill: '20' },
    commendation: '5',
    violations: { light: '2', medium: '10', severe: '20' },
    cap: null,
    multiplier: { type: 'factor' as const },
  };
  const p = policy(
    { score, performancePay: { byLevel: { junior: '1000.00', intermediate: '1000.00', senior: '1000.00', manager: '1000.00' } } },
    {
      composite: [
        { metric: 'conversion', weight: '50', scoring: { type: 'linear', worst: '0.30', best: '0.60' } },
        // lower is better: best 15 s below worst 60 s
        { metric: 'avgResponseSec', weight: '30', scoring: { type: 'linear', worst: '60', best: '15' } },
        {
          metric: 'replyRate',
          weight: '20',
          scoring: {
            type: 'steps',
            better: 'higher',
            steps: [
              { bound: '0.90', points: '60' },
              { bound: '0.95', points: '100' },
            ],
          },
        },
      ],
    },
  );
  const base = { inquiries: 1000, paidOrders: 450, replyRateBp: 9200 };
  it('conversion 45 % → (0.45 − 0.30)/0.30 = 50 pts; response 30 s → (30 − 60)/(15 − 60) = 2/3 → 66.67 pts; reply 92 % → 60 pts; composite 50×50% + 30×(200/3)% + 20×60% = 25 + 20 + 12 = 57.00 → pay 1000 × 0.57 = 570.00', () => {
    const s = one(p, { ...base, avgResponseSec: 30 });
    expect(s.score).toBe(57);
    expect(line(s, 'performancePay')).toBe(57000);
  });
  it('response 40 s → 20/45 = 4/9 → 44.44… pts: composite 25 + 30 × 4/9 + 12 = 50.3333… → 50.33; pay 1000 × 0.5033 = 503.30', () => {
    const s = one(p, { ...base, avgResponseSec: 40 });
    expect(s.score).toBe(50.33);
    expect(line(s, 'performancePay')).toBe(50330);
    expect(noteOf(s, 'performancePay')).toBe('综合KPI得分 50.33(询单转化率 50分×权重50 平均响应时长(秒) 44.44分×权重30 旺旺回复率 60分×权重20 )→ 绩效奖金 1,000.00 × 绩效系数 50.33% = 503.30');
  });
  it('clamped: 10 s (better than best) → 100 pts, 70 s (worse than worst) → 0; reply 95 % → 100 pts; conversion 20 % → 0', () => {
    // 0 + 30 + 20 = 50.00
    expect(one(p, { inquiries: 1000, paidOrders: 200, replyRateBp: 9500, avgResponseSec: 10 }).score).toBe(50);
    // 50 × (0.6 − 0.3)/0.3 → conversion 60 % → 100 pts → 50; response 70 s → 0; reply 89.99 % → 0: 50.00
    expect(one(p, { inquiries: 1000, paidOrders: 600, replyRateBp: 8999, avgResponseSec: 70 }).score).toBe(50);
  });
  it('an absent metric scores 0 points: no reply rate, no response time → 25.00 (pay 250.00)', () => {
    const s = one(p, { inquiries: 1000, paidOrders: 450 });
    expect(s.score).toBe(25);
    expect(line(s, 'performancePay')).toBe(25000);
  });
  it('composite below the pass mark is a low month for dismissal (domain.md 6)', () => {
    const withDismissal = policy(
      { score, dismissal: { passMark: '60', consecutiveMonths: 2, warningsPerYear: 3 } },
      { composite: [{ metric: 'replyRate', weight: '100', scoring: { type: 'linear', worst: '0.5', best: '1' } }] },
    );
    // reply 70 % → (0.7 − 0.5)/0.5 = 40 points < 60 in two consecutive months
    const ledger = new PayLedger();
    const jan = payMonth(withDismissal, [rec({ month: '2026-01', replyRateBp: 7000 })], ledger, ctx())[0]!;
    const feb = payMonth(withDismissal, [rec({ month: '2026-02', replyRateBp: 7000 })], ledger, ctx())[0]!;
    expect([jan.score, jan.flags.dismissal, feb.flags.dismissal]).toEqual([40, null, 'low-score']);
  });
});

describe('target attainment (seed 002 每月业绩奖根据业务指标确定标准)', () => {
  const p = policy({}, {
    target: {
      byLevel: { junior: '50000.00', intermediate: '80000.00', senior: '80000.00', manager: '80000.00' },
      payout: [
        { from: '0.8', amount: '300.00' },
        { from: '1', rate: '0.01' },
        { from: '1.2', amount: '1000.00' },
      ],
      cap: '900.00',
    },
  });
  it('attainment exactly 100 % (50,000.00 of 50,000.00) → rate row: 50,000 × 1 % = 500.00', () => {
    const s = one(p, { creditedSalesFen: 5_000_000 });
    expect(line(s, 'targetBonus')).toBe(50000);
    expect(noteOf(s, 'targetBonus')).toBe('净业绩 50,000.00 ÷ 目标 50,000.00 = 达成 100%,所在档(≥100%)发 1% × 50,000.00 = 500.00');
  });
  it('39,999.99 (79.99998 %) → below every row: no line; 40,000.00 (80 %) → 300.00', () => {
    expect(one(p, { creditedSalesFen: 3_999_999 }).lines.some((l) => l.component === 'targetBonus')).toBe(false);
    expect(line(one(p, { creditedSalesFen: 4_000_000 }), 'targetBonus')).toBe(30000);
  });
  it('59,999.99 (119.99998 %) → 1 %: 599.9999 → 600.00; 60,000.00 (120 %) → 1000.00 capped at 900.00', () => {
    expect(line(one(p, { creditedSalesFen: 5_999_999 }), 'targetBonus')).toBe(60000);
    expect(line(one(p, { creditedSalesFen: 6_000_000 }), 'targetBonus')).toBe(90000);
  });
  it('a rate row is capped exactly: cap 550.00, 59,999.99 × 1 % = 599.9999 > 550 → 550.00; 54,999.99 → 549.9999 → 550.00 (not capped, rounded)', () => {
    const capped = policy({}, { target: { byLevel: { junior: '50000.00', intermediate: '1', senior: '1', manager: '1' }, payout: [{ from: '1', rate: '0.01' }], cap: '550.00' } });
    expect(line(one(capped, { creditedSalesFen: 5_999_999 }), 'targetBonus')).toBe(55000);
    expect(line(one(capped, { creditedSalesFen: 5_499_999 }), 'targetBonus')).toBe(55000);
    // 54,000.00 × 1 % = 540.00 (under the cap)
    expect(line(one(capped, { creditedSalesFen: 5_400_000 }), 'targetBonus')).toBe(54000);
  });
  it("the record's own target overrides the level's: 40,000.00 of 40,000.00 = 100 % → 400.00", () => {
    expect(line(one(p, { creditedSalesFen: 4_000_000, salesTargetFen: 4_000_000 }), 'targetBonus')).toBe(40000);
  });
  it('a target of 0 (in the record) or no target at all: no line, even with sales', () => {
    expect(one(p, { creditedSalesFen: 9_000_000, salesTargetFen: 0 }).lines.some((l) => l.component === 'targetBonus')).toBe(false);
    const noLevel = policy({}, { target: { byLevel: null, payout: [{ from: '0', amount: '100.00' }], cap: null } });
    expect(one(noLevel, { creditedSalesFen: 9_000_000 }).lines.some((l) => l.component === 'targetBonus')).toBe(false);
  });
  it('a partial month: attainment on the month as it is, not pro-rated: 50,000 in 10 of 31 days → 500.00', () => {
    expect(line(one(p, { creditedSalesFen: 5_000_000, daysEmployed: 10 }), 'targetBonus')).toBe(50000);
  });
});

describe('rank bonus (850/800/750 to the top three of a team)', () => {
  const p = policy({ probation: { months: 1, pay: '2500.00' } }, { rank: { metric: 'netSales', better: 'higher', amounts: ['850.00', '800.00', '750.00'] } });
  const agent = (agentId: string, yuan: number, over: Partial<AgentMonth> = {}) => rec({ agentId, creditedSalesFen: yuan * 100, ...over });
  it('ties share a rank and are each paid in full; the next rank is skipped (1, 1, 3); probation and 0 are not ranked', () => {
    const slips = pay(p, [
      agent('A', 30000),
      agent('B', 30000),
      agent('C', 20000),
      agent('D', 10000),
      agent('E', 50000, { tenureMonth: 1, hireMonth: '2026-03' }), // probation: not ranked
      agent('F', 0),
    ]);
    expect(slips.map((s) => [s.agentId, line(s, 'rankBonus')])).toEqual([
      ['A', 85000],
      ['B', 85000],
      ['C', 75000],
      ['D', 0],
      ['E', 0],
      ['F', 0],
    ]);
  });
  it('ranks are within a team; "lower is better" ranks the smallest first and skips absent values', () => {
    const fast = policy({}, { rank: { metric: 'avgResponseSec', better: 'lower', amounts: ['100.00', '50.00'] } });
    const slips = pay(fast, [
      rec({ agentId: 'A', team: 'x', avgResponseSec: 20 }),
      rec({ agentId: 'B', team: 'x', avgResponseSec: 12.5 }),
      rec({ agentId: 'C', team: 'x' }),
      rec({ agentId: 'D', team: 'y', avgResponseSec: 40 }),
    ]);
    expect(slips.map((s) => line(s, 'rankBonus'))).toEqual([5000, 10000, 0, 10000]);
  });
  it('a three-way tie for first pays 850 to each and nobody gets 800 or 750 from the next (rank 4)', () => {
    const slips = pay(p, [agent('A', 100), agent('B', 100), agent('C', 100), agent('D', 99)]);
    expect(slips.map((s) => line(s, 'rankBonus'))).toEqual([85000, 85000, 85000, 0]);
  });
});

describe('the KPI presets, one month each computed by hand (scenarios/policies/)', () => {
  const load = (name: string) => ({ ...compilePolicy(JSON.parse(readFileSync(fileURLToPath(new URL(`../../scenarios/policies/${name}.json`, import.meta.url)), 'utf8')) as PolicyDoc), city: 'testville' });
  it('seed004: conversion 55 % → 0.7 % × 50,000 = 350.00; after-sales 2 × 10 + good 99 % → 200 + return 35 % (≤ 40 %) → 100 = 320.00; gross 2700 + 350 + 320 + 100 + 200 = 3670.00', () => {
    const p = load('seed004');
    const r = { creditedSalesFen: 5_000_000, inquiries: 2000, paidOrders: 1100, onlineHours: 170, replyRateBp: 9600, avgResponseSec: 25, badReviews: 2, badReviewsReversed: 2, goodReviewRateBp: 9900, returnRateBp: 3500 };
    const s = one(p, r);
    expect([line(s, 'base'), line(s, 'commission'), line(s, 'afterSalesBonus'), line(s, 'fullAttendance'), line(s, 'livingSubsidy')]).toEqual([270000, 35000, 32000, 10000, 20000]);
    expect(s.totals.grossFen).toBe(367000);
    // 159.5 online hours misses the basic standard: commission and after-sales withheld, 2700 + 100 + 200 = 3000.00
    expect(one(p, { ...r, onlineHours: 159.5 }).totals.grossFen).toBe(300000);
  });
  it('kpi-shop: composite 30 + 10 + 4.44 + 16 + 4 + 3 = 67.44 → step 60 % × 800 = 480.00; target 120 % → 1 % × 120,000 = 1200.00; rank 1 → 850.00; gross 5530.00', () => {
    // attainment 120,000 / 100,000 = 1.2 → (1.2 − 0.5)/0.7 = 100 pts × 30 %; conversion 900/2000 = 0.45 → 50 pts × 20 %;
    // AOV 120,000/900 = 133.33 → (133.33 − 100)/150 = 22.22 pts × 20 % = 4.444…; reply 97 % → (0.97 − 0.85)/0.15 = 80 pts × 20 %;
    // response 24 s → (24 − 60)/(15 − 60) = 80 pts × 5 %; attendance 25/26 = 96.2 % → 60 pts × 5 %: 67.444… → 67.44
    const p = load('kpi-shop');
    const s = one(p, { creditedSalesFen: 12_000_000, inquiries: 2000, paidOrders: 900, replyRateBp: 9700, avgResponseSec: 24, scheduledDays: 26, daysWorked: 25 });
    expect(s.score).toBe(67.44);
    expect([line(s, 'base'), line(s, 'performancePay'), line(s, 'targetBonus'), line(s, 'rankBonus'), line(s, 'fullAttendance'), line(s, 'livingSubsidy')]).toEqual([
      270000, 48000, 120000, 85000, 10000, 20000,
    ]);
    expect(s.totals.grossFen).toBe(553000);
  });
});
