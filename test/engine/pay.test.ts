/**
 * Golden payslips, computed by hand (arithmetic in the comments), one block per pay component of
 * shared/domain.md §"Pay components" plus the edges issue 3 lists.
 */
import { describe, expect, it } from 'vitest';
import { PayLedger, payMonth, payMonths } from '../../src/engine/pay';
import { cityTable } from '../../src/policy/cities';
import type { CFines, CScore, CompiledPolicy } from '../../src/policy/compiled';
import { BASES, blankPolicy, ctx, line, rec } from './fixtures';

const FINES_000: CFines = {
  lateShortFree: 2,
  lateShortFen: 2000,
  lateLongFen: 2000,
  absenceFen: 20000,
  slowOver: 3,
  slowFen: 5000,
  unanswered30Fen: 10000,
  unanswered2hFen: 20000,
  unansweredStack: false,
  idleHangFen: 20000,
  badReviewFen: 10000,
  capFen: null,
  legalCap: false,
};

const SCORE_001: CScore = {
  partsMax: { teamTask: 3000, handover: 2000, satisfaction: 3000, skill: 2000 },
  commendation: 500,
  light: 200,
  medium: 1000,
  severe: 2000,
  cap: null,
  steps: [
    { from: 9000, multiplierPpm: 1_000_000 },
    { from: 8000, multiplierPpm: 900_000 },
    { from: 7000, multiplierPpm: 800_000 },
  ],
};

const flat = (ratePpm: number) => ({ method: 'flat' as const, brackets: [{ fromFen: 0, ratePpm }] });
const one = (p: CompiledPolicy, over: Parameters<typeof rec>[0] = {}, c = ctx()) => payMonth(p, [rec(over)], new PayLedger(), c)[0]!;

describe('base by level and flat commission (seed 000)', () => {
  const p = blankPolicy({ baseFen: BASES, commission: { type: 'rate', rate: flat(5000), basis: 'personal', applyScore: false } });
  it('junior base 1500 + 0.5 % × 123,456.78 = 617.2839 → 617.28', () => {
    const s = one(p, { creditedSalesFen: 12345678 });
    expect(line(s, 'base')).toBe(150000);
    expect(line(s, 'commission')).toBe(61728);
    expect(s.totals.grossFen).toBe(211728); // 1500.00 + 617.28
  });
  it('commission is on net credited sales: 10,000 − returns 1,000 − bad-review orders 500 = 8,500 × 0.5 % = 42.50', () => {
    const s = one(p, { creditedSalesFen: 1000000, returnsFen: 100000, badReviewSalesFen: 50000 });
    expect(s.netSalesFen).toBe(850000);
    expect(line(s, 'commission')).toBe(4250);
  });
  it('net sales never go below 0', () => {
    const s = one(p, { creditedSalesFen: 10000, returnsFen: 50000 });
    expect(s.netSalesFen).toBe(0);
    expect(line(s, 'commission')).toBe(0);
  });
  it('manager base is 2700', () => {
    expect(line(one(p, { level: 'manager' }), 'base')).toBe(270000);
  });
});

describe('fines (seed 000)', () => {
  const p = blankPolicy({ baseFen: BASES, fines: FINES_000 });
  it('exactly 2 lates ≤ 10 min are free; the 3rd costs 20', () => {
    expect(line(one(p, { latesShort: 2 }), 'fineLateShort')).toBe(0);
    expect(line(one(p, { latesShort: 3 }), 'fineLateShort')).toBe(-2000);
    expect(line(one(p, { latesShort: 5 }), 'fineLateShort')).toBe(-6000); // 3 × 20
  });
  it('3 slow replies cost nothing, 4 cost 50 once, 9 still 50', () => {
    expect(line(one(p, { slowReplies: 3 }), 'fineSlowReplies')).toBe(0);
    expect(line(one(p, { slowReplies: 4 }), 'fineSlowReplies')).toBe(-5000);
    expect(line(one(p, { slowReplies: 9 }), 'fineSlowReplies')).toBe(-5000);
  });
  it('an inquiry unanswered ≥ 2 h costs 200, not 300; ≥ 30 min costs 100', () => {
    expect(line(one(p, { unanswered2h: 1 }), 'fineUnanswered')).toBe(-20000);
    expect(line(one(p, { unanswered30m: 1 }), 'fineUnanswered')).toBe(-10000);
    // with stacking (seed 000 read literally, 以此累加) the ≥ 2 h inquiry pays 100 + 200
    const stacked = blankPolicy({ baseFen: BASES, fines: { ...FINES_000, unansweredStack: true } });
    expect(line(one(stacked, { unanswered2h: 1 }), 'fineUnanswered')).toBe(-30000);
  });
  it('late > 10 min 20 each, absence 200 each, idle-hang 200 each', () => {
    const s = one(p, { latesLong: 2, absences: 1, idleHangs: 1 });
    expect(line(s, 'fineLateLong')).toBe(-4000);
    expect(line(s, 'fineAbsence')).toBe(-20000);
    expect(line(s, 'fineIdleHang')).toBe(-20000);
    expect(s.totals.finesFen).toBe(44000); // 40 + 200 + 200
    expect(s.totals.netFen).toBe(150000 - 44000);
  });
  it('a bad review reversed to good is not fined, but its sales are deducted either way', () => {
    const withComm = blankPolicy({ ...p, commission: { type: 'rate', rate: flat(5000), basis: 'personal', applyScore: false } });
    const notReversed = one(withComm, { creditedSalesFen: 1000000, badReviews: 1, badReviewSalesFen: 30000 });
    const reversed = one(withComm, { creditedSalesFen: 1000000, badReviews: 1, badReviewsReversed: 1, badReviewSalesFen: 30000 });
    expect(line(notReversed, 'fineBadReview')).toBe(-10000);
    expect(line(reversed, 'fineBadReview')).toBe(0);
    // (10,000 − 300) × 0.5 % = 48.50 in both cases
    expect(line(notReversed, 'commission')).toBe(4850);
    expect(line(reversed, 'commission')).toBe(4850);
  });
  it('a monthly cap gives back what exceeds it', () => {
    const capped = blankPolicy({ baseFen: BASES, fines: { ...FINES_000, capFen: 10000 } });
    const s = one(capped, { latesLong: 3, absences: 1 }); // 3 × 20 + 200 = 260 > cap 100
    expect(line(s, 'fineCapRelief')).toBe(16000);
    expect(s.totals.finesFen).toBe(10000);
  });
  it('the legal cap: ≤ 20 % of gross and never below the minimum wage; exactly at the limit is not flagged', () => {
    // base 2500 (custom), minimum 2000: limit = min(2500/5 = 500, 2500 − 2000 = 500) = 500; fines 3 × 200 = 600
    const legal = blankPolicy({ baseFen: { ...BASES, junior: 250000 }, fines: { ...FINES_000, legalCap: true } });
    const s = one(legal, { absences: 3 });
    expect(line(s, 'fineCapRelief')).toBe(10000);
    expect(s.totals.finesFen).toBe(50000);
    expect(s.flags.deductionsOverCapFen).toBe(0);
    expect(s.flags.deductionsBelowMinimumFen).toBe(0);
    // without the legal cap: fines 600 > 20 % of 2500 = 500 by 100; 2500 − 600 = 1900 < 2000 by 100
    const plain = blankPolicy({ baseFen: { ...BASES, junior: 250000 }, fines: FINES_000 });
    const t = one(plain, { absences: 3 });
    expect(t.flags.deductionsOverCapFen).toBe(10000);
    expect(t.flags.deductionsBelowMinimumFen).toBe(10000);
  });
});

describe('partial months (domain.md §9)', () => {
  const p = blankPolicy({ baseFen: BASES, bonuses: { ...blankPolicy().bonuses, livingSubsidyFen: 20000, fullAttendanceFen: 10000 } });
  it('a half month pro-rates base, allowances and the minimum wage; no full-attendance bonus', () => {
    // April has 30 days; employed 15: base 1800 × 15/30 = 900.00; subsidy 200 × 15/30 = 100.00
    const s = one(p, { month: '2026-04', level: 'intermediate', daysEmployed: 15 });
    expect(line(s, 'base')).toBe(90000);
    expect(line(s, 'livingSubsidy')).toBe(10000);
    expect(line(s, 'fullAttendance')).toBe(0);
    // minimum 2000 × 15/30 = 1000.00 = gross 1000.00: exactly at the limit, not flagged
    expect(s.minimumWageFen).toBe(100000);
    expect(s.totals.grossFen).toBe(100000);
    expect(s.flags.belowMinimumFen).toBe(0);
  });
  it('16 of 31 days: 1500 × 16/31 = 774.1935… → 774.19', () => {
    expect(line(one(p, { month: '2026-03', daysEmployed: 16 }), 'base')).toBe(77419);
  });
  it('full attendance needs no late, no absence and no leave in a whole month', () => {
    expect(line(one(p), 'fullAttendance')).toBe(10000);
    expect(line(one(p, { leaveDays: 1 }), 'fullAttendance')).toBe(0);
    expect(line(one(p, { latesShort: 1 }), 'fullAttendance')).toBe(0);
  });
});

describe('probation (seed 001: first month 1600 flat, no bonus)', () => {
  const p = blankPolicy({
    baseFen: BASES,
    probation: { months: 1, payFen: 160000 },
    commission: { type: 'rate', rate: flat(5000), basis: 'personal', applyScore: false },
    bonuses: { ...blankPolicy().bonuses, livingSubsidyFen: 20000, fullAttendanceFen: 10000 },
    fines: FINES_000,
    guarantee: { byTenureYearFen: [200000, 220000, 250000], mode: 'monthly-floor' },
  });
  it('pays the flat amount and nothing else; fines still apply; no guarantee', () => {
    const s = one(p, { tenureMonth: 1, creditedSalesFen: 5000000, latesLong: 1 });
    expect(s.probation).toBe(true);
    expect(s.lines.map((l) => l.component)).toEqual(['probationPay', 'fineLateLong']);
    expect(line(s, 'probationPay')).toBe(160000);
    expect(s.totals.grossFen).toBe(160000);
    expect(s.totals.netFen).toBe(158000); // 1600 − 20
    // 1600 ≥ 80 % × 1500 = 1200 but < minimum 2000 → flagged
    expect(s.flags.probationTooLow).toBe(true);
    expect(s.flags.belowMinimumFen).toBe(40000); // 2000 − 1600
    expect(s.flags.deductionsBelowMinimumFen).toBe(42000); // 2000 − 1580
  });
  it('tenure month 2 is out of probation', () => {
    const s = one(p, { tenureMonth: 2, creditedSalesFen: 5000000 });
    expect(s.probation).toBe(false);
    expect(line(s, 'commission')).toBe(25000); // 50,000 × 0.5 %
  });
  it('probation pay under 80 % of the lowest base is flagged even above the minimum', () => {
    const high = { junior: 300000, intermediate: 320000, senior: 350000, manager: 400000 };
    const low = blankPolicy({ baseFen: high, probation: { months: 1, payFen: 239999 } });
    // lowest base 3000: 80 % × 3000 = 2400 > 2399.99
    expect(one(low, { tenureMonth: 1 }).flags.probationTooLow).toBe(true);
    const ok = blankPolicy({ baseFen: high, probation: { months: 1, payFen: 240000 } });
    expect(one(ok, { tenureMonth: 1 }).flags.probationTooLow).toBe(false);
  });
});

describe('guarantee 保底 (seed 001) over a year in which the agent leaves in August', () => {
  // Tenure year 2 all along (tenure months 14..21) → guarantee 2200 a month; commission 1 %.
  // Earned (commission): Jan 1500, Feb 3000, Mar 2000, Apr 2500, May 1000, Jun 2200, Jul 1800, Aug 2100.
  const sales = [150000, 300000, 200000, 250000, 100000, 220000, 180000, 210000].map((y) => y * 100);
  const records = sales.map((s, i) =>
    rec({ month: `2026-0${i + 1}`, tenureMonth: 14 + i, creditedSalesFen: s, left: i === 7, daysEmployed: [31, 28, 31, 30, 31, 30, 31, 31][i]! }),
  );
  const policy = (mode: 'monthly-floor' | 'annual-true-up' | 'recoverable-advance') =>
    blankPolicy({
      commission: { type: 'rate', rate: flat(10000), basis: 'personal', applyScore: false },
      guarantee: { byTenureYearFen: [200000, 220000, 250000], mode },
    });
  const gross = (mode: Parameters<typeof policy>[0]) => payMonths(policy(mode), records, ctx()).map((s) => s.totals.grossFen / 100);

  it('annual true-up: Σ guarantee 8 × 2200 = 17600 − Σ earned 16100 = 1500 paid in August', () => {
    const slips = payMonths(policy('annual-true-up'), records, ctx());
    expect(slips.slice(0, 7).every((s) => s.totals.guaranteeFen === 0)).toBe(true);
    expect(line(slips[7]!, 'guaranteeTrueUp')).toBe(150000);
    expect(gross('annual-true-up')).toEqual([1500, 3000, 2000, 2500, 1000, 2200, 1800, 3600]);
  });
  it('recoverable advance: never below the guarantee, recovers from later surpluses, writes off the leaver’s balance', () => {
    // Jan +700 (bal 700); Feb −700 (bal 0); Mar +200 (200); Apr −200 (0); May +1200 (1200); Jun 0; Jul +400 (1600);
    // Aug +100 (1700) → written off at leaving.
    const slips = payMonths(policy('recoverable-advance'), records, ctx());
    expect(gross('recoverable-advance')).toEqual([2200, 2300, 2200, 2300, 2200, 2200, 2200, 2200]);
    expect(line(slips[1]!, 'guaranteeRecovery')).toBe(-70000);
    expect(slips[7]!.guarantee).toMatchObject({ settlement: true, writeOffFen: 170000, balanceFen: 170000 });
    // costs at least the true-up: 17800 ≥ 17600
    expect(gross('recoverable-advance').reduce((a, b) => a + b)).toBe(17800);
    expect(gross('annual-true-up').reduce((a, b) => a + b)).toBe(17600);
  });
  it('monthly floor: top-ups 700 + 200 + 1200 + 400 + 100 = 2600 on 16100 earned', () => {
    expect(gross('monthly-floor')).toEqual([2200, 3000, 2200, 2500, 2200, 2200, 2200, 2200]);
  });
  it('the advance costs the same as the true-up when surpluses come after shortfalls within the year', () => {
    // Jan 1000 (adv 1200), Dec 3400 (recover 1200 → pays 2200): total 4400 = true-up's Σ 4400.
    const two = [rec({ month: '2026-01', creditedSalesFen: 10000000 }), rec({ month: '2026-12', creditedSalesFen: 34000000 })];
    const adv = payMonths(policy('recoverable-advance'), two, ctx()).map((s) => s.totals.grossFen);
    const tu = payMonths(policy('annual-true-up'), two, ctx()).map((s) => s.totals.grossFen);
    expect(adv).toEqual([220000, 220000]);
    expect(tu).toEqual([100000, 340000]); // Σg 4400 − Σe 4400 = 0 true-up
  });
  it('fines come after the guarantee: net may end below it', () => {
    const p = { ...policy('monthly-floor'), fines: FINES_000 };
    const s = one(p, { creditedSalesFen: 15000000, absences: 1 });
    expect(line(s, 'guaranteeTopUp')).toBe(70000); // 2200 − 1500
    expect(s.totals.netFen).toBe(200000); // 2200 − 200
  });
  it('tenure year 3 and later use the last entry: 2500', () => {
    expect(one(policy('monthly-floor'), { tenureMonth: 25 }).totals.grossFen).toBe(250000);
    expect(one(policy('monthly-floor'), { tenureMonth: 60 }).totals.grossFen).toBe(250000);
    expect(one(policy('monthly-floor'), { tenureMonth: 12 }).totals.grossFen).toBe(200000);
  });
});

describe('tiered commission', () => {
  const brackets = [
    { fromFen: 0, ratePpm: 3000 },
    { fromFen: 1000000, ratePpm: 5000 },
    { fromFen: 2000000, ratePpm: 10000 },
  ];
  const tier = (method: 'marginal' | 'whole', basis: 'personal' | 'team' = 'personal') =>
    blankPolicy({ commission: { type: 'rate', rate: { method, brackets }, basis, applyScore: false } });
  it('exactly at a bracket boundary (10,000.00): marginal 10,000 × 0.3 % = 30.00; whole 10,000 × 0.5 % = 50.00', () => {
    expect(line(one(tier('marginal'), { creditedSalesFen: 1000000 }), 'commission')).toBe(3000);
    expect(line(one(tier('whole'), { creditedSalesFen: 1000000 }), 'commission')).toBe(5000);
  });
  it('25,000.00: marginal 30 + 50 + 5,000 × 1 % = 130.00; whole 25,000 × 1 % = 250.00', () => {
    expect(line(one(tier('marginal'), { creditedSalesFen: 2500000 }), 'commission')).toBe(13000);
    expect(line(one(tier('whole'), { creditedSalesFen: 2500000 }), 'commission')).toBe(25000);
  });
  it('bracket chosen by team sales (seed 001 part 5): team 20,000 reaches 1 %; applied to 12,000 and 8,000', () => {
    const slips = payMonth(
      tier('whole', 'team'),
      [rec({ agentId: 'a1', creditedSalesFen: 1200000 }), rec({ agentId: 'a2', creditedSalesFen: 800000 })],
      new PayLedger(),
      ctx(),
    );
    expect(slips.map((s) => line(s, 'commission'))).toEqual([12000, 8000]);
  });
});

describe('role formulas (seed 001), always × score', () => {
  // score 30 + 20 + 25 + 15 = 90 → factor 0.9; AOV 200.00
  const scored = { scoreSatisfaction: 25, scoreSkill: 15 };
  const p = blankPolicy({
    score: { ...SCORE_001, steps: null },
    commission: { type: 'role', presalesPpm: 5000, aftersalesPpm: 8000, goldSalesPpm: 6000, goldCasesPpm: 8000, supervisorPpm: 5000 },
  });
  const team = [
    rec({ agentId: 'p1', role: 'presales', creditedSalesFen: 10000000, ...scored }),
    rec({ agentId: 'p2', role: 'presales', creditedSalesFen: 5000001, ...scored }),
    rec({ agentId: 's1', role: 'aftersales', afterSalesCases: 300, ...scored }),
    rec({ agentId: 'g1', role: 'gold', creditedSalesFen: 5000000, afterSalesCases: 100, ...scored }),
    rec({ agentId: 'm1', role: 'supervisor', ...scored }),
  ];
  const slips = payMonth(p, team, new PayLedger(), ctx());
  const by = (id: string) => slips.find((s) => s.agentId === id)!;
  it('售前 100,000 × 0.005 × 0.9 = 450.00', () => expect(line(by('p1'), 'commission')).toBe(45000));
  it('售后 300 × 200.00 × 0.008 × 0.9 = 432.00', () => expect(line(by('s1'), 'commission')).toBe(43200));
  it('金牌 (50,000 × 0.006 + 100 × 200 × 0.008) × 0.9 = (300 + 160) × 0.9 = 414.00', () =>
    expect(line(by('g1'), 'commission')).toBe(41400));
  it('主管 average pre-sales (100,000 + 50,000.01)/2 = 75,000.005 × 0.005 × 0.9 = 337.5000225 → 337.50', () =>
    expect(line(by('m1'), 'commission')).toBe(33750));
  it('the score is 90 and the multiplier 90 %', () => {
    expect(by('p1').score).toBe(90);
    expect(by('p1').multiplierPpm).toBe(900000);
  });
});

describe('team pool (seed 001 (g))', () => {
  const poolPolicy = (split: 'score' | 'equal' | 'sales', applyScore = false) =>
    blankPolicy({ score: SCORE_001, pool: { rate: flat(10000), split, applyScore, individualSharePpm: null } });
  it('equal split of 10.00 among 3: 3.33 each and the odd fen to the first id → shares add up to the pool', () => {
    // team net 1,000.01 × 1 % = 10.0001 → pool 10.00
    const team = [rec({ agentId: 'a2', creditedSalesFen: 100001 }), rec({ agentId: 'a1' }), rec({ agentId: 'a3' })];
    const ledger = new PayLedger();
    const slips = payMonth(poolPolicy('equal'), team, ledger, ctx());
    expect(slips.map((s) => line(s, 'pool'))).toEqual([334, 333, 333]);
    expect(ledger.pools[0]).toMatchObject({ poolFen: 1000, paidFen: 1000, unspentFen: 0 });
  });
  it('split by score 95 / 80 / 70 of 10.00: floors 3.87 / 3.26 / 2.85, the 2 fen left to the largest remainders', () => {
    // 1000 × 9500/24500 = 387.755 (r 18500); × 8000/24500 = 326.53 (r 13000); × 7000/24500 = 285.71 (r 17500)
    // Σ floors 998 → a1 (18500) and a3 (17500) get one fen each: 388 + 326 + 286 = 1000
    const team = [
      rec({ agentId: 'a1', creditedSalesFen: 100000, scoreSatisfaction: 25 }), // 95
      rec({ agentId: 'a2', scoreSatisfaction: 20, scoreSkill: 10 }), // 80
      rec({ agentId: 'a3', scoreTeamTask: 20, scoreSatisfaction: 20, scoreSkill: 10 }), // 70
    ];
    const slips = payMonth(poolPolicy('score'), team, new PayLedger(), ctx());
    expect(slips.map((s) => line(s, 'pool'))).toEqual([388, 326, 286]);
    // scored: 388 × 100 % = 388; 326 × 90 % = 293.4 → 293; 286 × 80 % = 228.8 → 229; withheld 1000 − 910 = 90
    const ledger = new PayLedger();
    const scored = payMonth(poolPolicy('score', true), team, ledger, ctx());
    expect(scored.map((s) => line(s, 'pool'))).toEqual([388, 293, 229]);
    expect(ledger.pools[0]).toMatchObject({ paidFen: 910, withheldFen: 90, unspentFen: 0 });
  });
  it('every score 0: nobody is paid and the pool is reported unspent', () => {
    const zero = { scoreTeamTask: 0, scoreHandover: 0, scoreSatisfaction: 0, scoreSkill: 0 };
    const ledger = new PayLedger();
    const slips = payMonth(poolPolicy('score'), [rec({ agentId: 'a1', creditedSalesFen: 100000, ...zero }), rec({ agentId: 'a2', ...zero })], ledger, ctx());
    expect(slips.map((s) => line(s, 'pool'))).toEqual([0, 0]);
    expect(ledger.pools[0]).toMatchObject({ poolFen: 1000, paidFen: 0, unspentFen: 1000 });
  });
  it('probationers add to team sales but get no share; split by sales', () => {
    const p = { ...poolPolicy('sales'), probation: { months: 1, payFen: 160000 } };
    // team 3,000 + 1,000 + 2,000 (probationer) = 6,000 × 1 % = 60.00, split 3:1 → 45.00 / 15.00
    const slips = payMonth(
      p,
      [rec({ agentId: 'a1', creditedSalesFen: 300000 }), rec({ agentId: 'a2', creditedSalesFen: 100000 }), rec({ agentId: 'a3', tenureMonth: 1, creditedSalesFen: 200000 })],
      new PayLedger(),
      ctx(),
    );
    expect(slips.map((s) => line(s, 'pool'))).toEqual([4500, 1500, 0]);
  });
  it('blend α = 0.6: individual 1 % × 0.6, pool 1 % × 0.4, each rounded once', () => {
    const p = blankPolicy({
      commission: { type: 'rate', rate: flat(10000), basis: 'personal', applyScore: false },
      pool: { rate: flat(10000), split: 'equal', applyScore: false, individualSharePpm: 600000 },
    });
    // a1: 10,000 × 1 % × 0.6 = 60.00; a2: 5,000 × 1 % × 0.6 = 30.00; pool 15,000 × 1 % × 0.4 = 60.00 → 30.00 each
    const slips = payMonth(p, [rec({ agentId: 'a1', creditedSalesFen: 1000000 }), rec({ agentId: 'a2', creditedSalesFen: 500000 })], new PayLedger(), ctx());
    expect(slips.map((s) => [line(s, 'commission'), line(s, 'pool')])).toEqual([
      [6000, 3000],
      [3000, 3000],
    ]);
  });
});

describe('performance score and performance pay (seed 001)', () => {
  const p = blankPolicy({ score: SCORE_001, performancePayFen: { junior: 50000, intermediate: 60000, senior: 70000, manager: 80000 } });
  it('steps include their lower bound: 85 → 90 % × 500 = 450; 70 → 80 % = 400; 69.99 → 0', () => {
    expect(line(one(p, { scoreSatisfaction: 15 }), 'performancePay')).toBe(45000); // 30+20+15+20 = 85
    expect(line(one(p, { scoreSatisfaction: 0 }), 'performancePay')).toBe(40000); // 70
    expect(line(one(p, { scoreSatisfaction: 0, scoreSkill: 19.99 }), 'performancePay')).toBe(0); // 69.99
  });
  it('commendations add 5, violations take 2 / 10 / 20: 100 + 5 − 2 − 10 = 93 → 100 %', () => {
    const s = one(p, { commendations: 1, violationsLight: 1, violationsMedium: 1 });
    expect(s.score).toBe(93);
    expect(line(s, 'performancePay')).toBe(50000);
  });
  it('the score is floored at 0 and not capped unless the policy caps it', () => {
    expect(one(p, { violationsSevere: 9 }).score).toBe(0); // 100 − 180 → 0
    expect(one(p, { commendations: 3 }).score).toBe(115);
    expect(one(blankPolicy({ ...p, score: { ...SCORE_001, cap: 10000 } }), { commendations: 3 }).score).toBe(100);
  });
  it('as a factor: 87.5/100 × 600 = 525.00', () => {
    const f = blankPolicy({ ...p, score: { ...SCORE_001, steps: null } });
    expect(line(one(f, { level: 'intermediate', scoreSatisfaction: 17.5 }), 'performancePay')).toBe(52500);
  });
});

describe('bonuses and allowances', () => {
  const b = blankPolicy().bonuses;
  it('team-score bonus: base 1800 × 10 % × 87.5/100 = 157.50', () => {
    const p = blankPolicy({ baseFen: BASES, bonuses: { ...b, teamScorePpm: 100000 } });
    expect(line(one(p, { level: 'intermediate', teamScore: 87.5 }), 'teamScoreBonus')).toBe(15750);
  });
  it('seniority 50 per full year from 2 years: tenure month 24 → 0; 25 → 100; 37 → 150', () => {
    const p = blankPolicy({ bonuses: { ...b, seniority: { perYearFen: 5000, fromYears: 2 } } });
    expect(line(one(p, { tenureMonth: 24 }), 'seniority')).toBe(0);
    expect(line(one(p, { tenureMonth: 25 }), 'seniority')).toBe(10000);
    expect(line(one(p, { tenureMonth: 37 }), 'seniority')).toBe(15000);
  });
  it('top performer: each tied agent in full, probationers excluded, nobody when the highest is 0', () => {
    const p = blankPolicy({ probation: { months: 1, payFen: 200000 }, bonuses: { ...b, topPerformerFen: 30000 } });
    const slips = payMonth(
      p,
      [
        rec({ agentId: 'a1', creditedSalesFen: 50000 }),
        rec({ agentId: 'a2', creditedSalesFen: 80000 }),
        rec({ agentId: 'a3', creditedSalesFen: 80000 }),
        rec({ agentId: 'a4', tenureMonth: 1, creditedSalesFen: 90000 }),
      ],
      new PayLedger(),
      ctx(),
    );
    expect(slips.map((s) => line(s, 'topPerformer'))).toEqual([0, 30000, 30000, 0]);
    const none = payMonth(p, [rec({ agentId: 'a1' }), rec({ agentId: 'a2' })], new PayLedger(), ctx());
    expect(none.map((s) => line(s, 'topPerformer'))).toEqual([0, 0]);
  });
});

describe('minimum wage and employer cost', () => {
  // seed 000 junior: 1500 + 0.5 % × 20,000 = 100 + team bonus 10 % × 1500 × 100/100 = 150 + 满勤 100 + 生活 200 = 2050
  const p = blankPolicy({
    city: 'shanghai',
    baseFen: BASES,
    commission: { type: 'rate', rate: flat(5000), basis: 'personal', applyScore: false },
    bonuses: { teamScorePpm: 100000, fullAttendanceFen: 10000, livingSubsidyFen: 20000, seniority: null, topPerformerFen: null },
  });
  const sh = ctx({ city: cityTable('shanghai')! });
  it('a month below Shanghai’s minimum wage is flagged with the shortfall: 2740 − 2050 = 690 (July 2025)', () => {
    const s = one(p, { month: '2025-07', creditedSalesFen: 2000000 }, sh);
    expect(s.totals.grossFen).toBe(205000);
    expect(s.minimumWageFen).toBe(274000);
    expect(s.flags.belowMinimumFen).toBe(69000);
  });
  it('the minimum in force before 2025-07-01 was 2690: shortfall 640 in June 2025', () => {
    expect(one(p, { month: '2025-06', creditedSalesFen: 2000000 }, sh).flags.belowMinimumFen).toBe(64000);
  });
  it('contributions on gross clamped to the floor: 3000 → base 4000 × (16 + 9.5 + 0.5 + 0.2 + 7) % = 1328.00', () => {
    const c = blankPolicy({ baseFen: { ...BASES, junior: 300000 }, contributions: 'city' });
    const s = one(c);
    expect(s.contributions.map((x) => x.amountFen)).toEqual([64000, 38000, 2000, 800, 28000]);
    expect(s.totals.contributionsFen).toBe(132800);
    expect(s.totals.employerCostFen).toBe(432800);
  });
  it('each contribution line is rounded on its own: 12,345.67 → 1975.31 + 1172.84 + 61.73 + 24.69 + 864.20', () => {
    // 12345.67 × 0.16 = 1975.3072; × 0.095 = 1172.83865; × 0.005 = 61.72835; × 0.002 = 24.69134; × 0.07 = 864.1969
    const c = blankPolicy({ baseFen: { ...BASES, junior: 1234567 }, contributions: 'city' });
    const s = one(c);
    expect(s.contributions.map((x) => x.amountFen)).toEqual([197531, 117284, 6173, 2469, 86420]);
    expect(s.totals.contributionsFen).toBe(409877);
  });
});

describe('dismissal (seed 001)', () => {
  const p = blankPolicy({ score: SCORE_001, dismissal: { passMark: 6000, consecutiveMonths: 2, warningsPerYear: 3 } });
  const low = { scoreSatisfaction: 5, scoreSkill: 0 }; // 30 + 20 + 5 + 0 = 55
  it('two consecutive calendar months below 60 → flagged in the second', () => {
    const slips = payMonths(p, [rec({ month: '2026-01', ...low }), rec({ month: '2026-02', ...low })], ctx());
    expect(slips.map((s) => s.flags.dismissal)).toEqual([null, 'low-score']);
  });
  it('the low-score trigger is a state: every month that continues the run is flagged again', () => {
    // Jan 55, Feb 55 (run 2 → flagged), Mar 55 (run 3 → flagged again), Apr 100 (run ends), May 55 (run 1)
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
    const slips = payMonths(p, months.map((month, i) => rec({ month, ...(i === 3 ? {} : low) })), ctx());
    expect(slips.map((s) => s.flags.dismissal)).toEqual([null, 'low-score', 'low-score', null, null]);
  });
  it('a gap in the records breaks the run', () => {
    const slips = payMonths(p, [rec({ month: '2026-01', ...low }), rec({ month: '2026-03', ...low })], ctx());
    expect(slips.map((s) => s.flags.dismissal)).toEqual([null, null]);
  });
  it('the third formal warning within a calendar year, flagged when reached; a new year starts over', () => {
    const slips = payMonths(
      p,
      [rec({ month: '2025-11', warnings: 2 }), rec({ month: '2026-02', warnings: 1 }), rec({ month: '2026-05', warnings: 2 }), rec({ month: '2026-06', warnings: 1 })],
      ctx(),
    );
    expect(slips.map((s) => s.flags.dismissal)).toEqual([null, null, 'warnings', null]);
  });
});

describe('payslip lines', () => {
  it('lines sum to net pay and every line has an explanation', () => {
    const p = blankPolicy({
      baseFen: BASES,
      commission: { type: 'rate', rate: flat(5000), basis: 'personal', applyScore: false },
      fines: FINES_000,
      bonuses: { teamScorePpm: 100000, fullAttendanceFen: 10000, livingSubsidyFen: 20000, seniority: null, topPerformerFen: null },
    });
    const s = one(p, { creditedSalesFen: 12345678, latesShort: 4, slowReplies: 5 });
    expect(s.lines.reduce((a, l) => a + l.amountFen, 0)).toBe(s.totals.netFen);
    expect(s.lines.every((l) => l.note.key.startsWith('note.'))).toBe(true);
  });
});
