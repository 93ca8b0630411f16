/** Test builders: a blank compiled policy, a blank agent-month, and a test city with round numbers. */
import type { CompiledPolicy } from '../../src/policy/compiled';
import type { CityTable } from '../../src/policy/cities';
import type { AgentMonth } from '../../src/engine/records';
import type { PayContext } from '../../src/engine/context';

export function blankPolicy(over: Partial<CompiledPolicy> = {}): CompiledPolicy {
  return {
    name: 'test',
    city: 'testville',
    baseFen: null,
    probation: null,
    guarantee: null,
    commission: { type: 'none' },
    pool: null,
    score: null,
    performancePayFen: null,
    dismissal: null,
    bonuses: { teamScorePpm: null, fullAttendanceFen: null, livingSubsidyFen: null, seniority: null, topPerformerFen: null },
    fines: null,
    contributions: 'none',
    kpi: null,
    ...over,
  };
}

export const BASES = { junior: 150000, intermediate: 180000, senior: 220000, manager: 270000 };

export function rec(over: Partial<AgentMonth> = {}): AgentMonth {
  return {
    month: '2026-03',
    agentId: 'a1',
    name: '张三',
    team: 'T',
    role: 'presales',
    level: 'junior',
    hireMonth: '2025-01',
    tenureMonth: 15,
    daysEmployed: 31,
    left: false,
    scheduledDays: 26,
    daysWorked: 26,
    leaveDays: 0,
    absences: 0,
    latesShort: 0,
    latesLong: 0,
    slowReplies: 0,
    unanswered30m: 0,
    unanswered2h: 0,
    idleHangs: 0,
    inquiries: 2000,
    orders: 900,
    paidOrders: 850,
    creditedSalesFen: 0,
    chasedSalesFen: 0,
    returnsFen: 0,
    badReviews: 0,
    badReviewsReversed: 0,
    badReviewSalesFen: 0,
    afterSalesCases: 0,
    scoreTeamTask: 30,
    scoreHandover: 20,
    scoreSatisfaction: 30,
    scoreSkill: 20,
    violationsLight: 0,
    violationsMedium: 0,
    violationsSevere: 0,
    commendations: 0,
    warnings: 0,
    teamScore: 100,
    ...over,
  };
}

/** A city with a minimum wage of 2000.00 (from 2020) and one contribution table, for readable goldens. */
export const TESTVILLE: CityTable = {
  id: 'testville',
  name: { zh: '测试市', en: 'Testville' },
  minimumWage: [{ fromMonth: '2020-01', fen: 200000, source: 'test' }],
  contributionBase: [{ fromMonth: '2020-01', floorFen: 400000, ceilingFen: 2000000, source: 'test' }],
  contributionRates: [
    {
      fromMonth: '2020-01',
      ppm: { pension: 160000, medical: 95000, unemployment: 5000, injury: 2000, housingFund: 70000 },
      source: 'test',
    },
  ],
};

export const ctx = (over: Partial<PayContext> = {}): PayContext => ({ city: TESTVILLE, shopAovFen: 20000, explain: true, ...over });

/** Amount of a component on a payslip's lines (0 when absent). */
export function line(slip: { lines: { component: string; amountFen: number }[] }, component: string): number {
  return slip.lines.filter((l) => l.component === component).reduce((a, l) => a + l.amountFen, 0);
}
