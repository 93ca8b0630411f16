/**
 * Money is exact at the accepted extremes of every money input (docs/records.md §Limits): a rules
 * file with every amount at 1 000 000.00, rates at their largest, an uncapped score factor; records
 * at the largest sales, counts and commendations a file may hold, 20 000 of them in one team's
 * month; the role formulas at the largest average order value. Both files go through the real
 * readers; every line and total is recomputed here with decimal.js from the written decimals and
 * must agree to the fen (and stay below 2^53 fen).
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { payMonths } from '../../src/engine/pay';
import { loadRecords, MAX_RECORDS } from '../../src/formats/records';
import { MAX_AOV_FEN, aovProblem } from '../../src/formats/realMonths';
import { compilePolicy } from '../../src/policy/compile';
import { parsePolicy } from '../../src/policy/parse';
import { ctx, line } from './fixtures';

const D = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP });
/** Yuan (exact decimal) → fen, half up, as a safe integer. */
const fen = (y: Decimal) => {
  const f = y.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  expect(f.abs().lte(Number.MAX_SAFE_INTEGER)).toBe(true);
  return f.toNumber();
};

const MAX_MONEY = '1000000.00';
const bonuses = { teamScore: { rate: '1' }, fullAttendance: MAX_MONEY, livingSubsidy: MAX_MONEY, seniority: { perYear: MAX_MONEY, fromYears: 0 }, topPerformer: MAX_MONEY };
const fines = {
  lateShort: { free: 0, each: MAX_MONEY },
  lateLong: { each: MAX_MONEY },
  absence: { each: MAX_MONEY },
  slowReplies: { over: 0, amount: MAX_MONEY },
  unanswered: { over30m: MAX_MONEY, over2h: MAX_MONEY, stack: true },
  idleHang: { each: MAX_MONEY },
  badReview: { each: MAX_MONEY },
  cap: null,
  legalCap: false,
};
const score = {
  parts: { teamTask: '1000', handover: '1000', satisfaction: '1000', skill: '1000' },
  commendation: '1000',
  violations: { light: '1000', medium: '1000', severe: '1000' },
  cap: null,
  multiplier: { type: 'factor' },
};
const byLevel = { junior: MAX_MONEY, intermediate: MAX_MONEY, senior: MAX_MONEY, manager: MAX_MONEY };
const policyText = (commission: unknown, pool: unknown) =>
  JSON.stringify({
    format: 'paylab.policy/1',
    name: 'extremes',
    city: 'hangzhou',
    base: byLevel,
    probation: null,
    guarantee: null,
    commission,
    pool,
    score,
    performancePay: { byLevel },
    dismissal: null,
    bonuses,
    fines,
    contributions: 'none',
  });

const BIG = 1_000_000;
/** Just under the bounds, so no product is round: sales 9 999 999.99, score parts 999.99, 99 commendations. */
const SALES = '9999999.99';
const PART = 999.99;
const COMMENDATIONS = 99;
/** A star agent: the largest sales, score parts, commendations, tenure and every fine count. */
const star = (agentId: string, role: string) => ({
  month: '2025-07',
  agentId,
  name: agentId,
  team: 'T',
  role,
  level: 'junior',
  tenureMonth: BIG,
  creditedSales: SALES,
  scoreTeamTask: PART,
  scoreHandover: PART,
  scoreSatisfaction: PART,
  scoreSkill: PART,
  commendations: COMMENDATIONS,
  teamScore: 100,
  latesShort: BIG,
  latesLong: BIG,
  absences: BIG,
  slowReplies: BIG,
  unanswered30m: BIG,
  unanswered2h: BIG,
  idleHangs: BIG,
  badReviews: BIG,
  afterSalesCases: BIG,
});
const records = (list: object[]) => loadRecords(new TextEncoder().encode(JSON.stringify({ format: 'paylab.records/1', records: list })), 'r.json');

/** The lines every star gets besides commission and pool, in yuan, from the written decimals. */
function starReference() {
  const money = new D(MAX_MONEY);
  // score 4 × 999.99 + 99 × 1000 = 102 999.96 points, uncapped → × 1029.9996
  const factor = new D(PART).times(4).plus(new D(COMMENDATIONS).times(1000)).div(100);
  const years = Math.floor((BIG - 1) / 12); // 83 333 full years of tenure
  const lines = {
    base: money,
    performancePay: money.times(factor),
    teamScoreBonus: money.times(1).times(new D(100).div(100)),
    livingSubsidy: money,
    seniority: money.times(years),
    topPerformer: money,
  };
  // lates, lates, absences, unanswered 30 min + 2 h stacked (each 2 h also pays the 30 min fine), idle, bad reviews; slow replies once
  const fineTotal = money.times(BIG).times(1 + 1 + 1 + 1 + 2 + 1 + 1).plus(money);
  return { factor, lines, fineTotal };
}

describe('exact money at the accepted extremes', () => {
  it(`${MAX_RECORDS} agent-months in one team: commission, pool by score and every bonus and fine of the star`, () => {
    const policy = compilePolicy(parsePolicy(policyText({ type: 'flat', rate: '0.1', applyScore: true }, { rate: { type: 'flat', rate: '0.1' }, split: 'score', applyScore: true })));
    // everyone else sells as much but scores 0, so the whole pool goes to the star
    const others = Array.from({ length: MAX_RECORDS - 1 }, (_, i) => ({ month: '2025-07', agentId: `B${i}`, name: 'b', team: 'T', role: 'presales', level: 'junior', tenureMonth: 1, creditedSales: SALES }));
    const slips = payMonths(policy, records([star('A0', 'presales'), ...others]), ctx({ explain: false }));
    expect(slips).toHaveLength(MAX_RECORDS);
    const s = slips.find((p) => p.agentId === 'A0')!;
    const { factor, lines, fineTotal } = starReference();
    const sales = new D(SALES);
    const teamSales = sales.times(MAX_RECORDS);
    const expected: Record<string, number> = {
      ...Object.fromEntries(Object.entries(lines).map(([k, v]) => [k, fen(v)])),
      commission: fen(sales.times('0.1').times(factor)),
      pool: fen(teamSales.times('0.1').times(factor)),
    };
    for (const [k, v] of Object.entries(expected)) expect([k, line(s, k)]).toEqual([k, v]);
    const gross = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(gross).toBe(fen(Object.values(lines).reduce((a, b) => a.plus(b), new D(0)).plus(sales.times('0.1').times(factor)).plus(teamSales.times('0.1').times(factor))));
    expect(s.totals.grossFen).toBe(gross);
    expect(s.totals.finesFen).toBe(fen(fineTotal));
    expect(s.totals.netFen).toBe(gross - fen(fineTotal));
    expect(Number.isSafeInteger(s.totals.employerCostFen)).toBe(true);
    // a colleague: base, living subsidy, top performer (equal top sales) and team-score bonus; commission × 0
    const b = slips.find((p) => p.agentId === 'B0')!;
    expect(b.totals.grossFen).toBe(fen(new D(MAX_MONEY).times(4)));
  }, 120_000);

  it('role formulas at the largest average order value and case count', () => {
    const policy = compilePolicy(parsePolicy(policyText({ type: 'role', presales: '0.1', aftersales: '0.1', gold: { sales: '0.1', cases: '0.1' }, supervisor: '0.1' }, null)));
    const roles = ['presales', 'aftersales', 'gold', 'supervisor'];
    const slips = payMonths(policy, records(roles.map((r, i) => star(`R${i}`, r))), ctx({ explain: false, shopAovFen: MAX_AOV_FEN }));
    const { factor, lines, fineTotal } = starReference();
    const sales = new D(SALES);
    const aov = new D(MAX_AOV_FEN).div(100);
    const cases = new D(BIG);
    const commission = {
      presales: sales.times('0.1').times(factor),
      aftersales: cases.times(aov).times('0.1').times(factor),
      gold: sales.times('0.1').plus(cases.times(aov).times('0.1')).times(factor),
      supervisor: sales.times('0.1').times(factor), // the presales agents' mean sales (one agent) × rate
    };
    for (const [i, role] of roles.entries()) {
      const s = slips.find((p) => p.agentId === `R${i}`)!;
      const c = fen(commission[role as keyof typeof commission]);
      expect([role, line(s, 'commission')]).toEqual([role, c]);
      const gross = c + Object.values(lines).reduce((a, v) => a + fen(v), 0);
      expect([role, s.totals.grossFen]).toEqual([role, gross]);
      expect([role, s.totals.netFen]).toEqual([role, gross - fen(fineTotal)]);
    }
  });

  it('an average order value above the bound is refused, naming it and the bound', () => {
    expect(aovProblem(MAX_AOV_FEN, '')).toBeNull();
    expect(aovProblem(MAX_AOV_FEN + 1, '')).toMatchObject({ key: 'limits.aovTooLarge', params: { aov: '100000.01', max: '100000.00' } });
  });
});
