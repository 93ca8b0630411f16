/**
 * "Pay against performance": each variant's pay curve over credited sales for a typical
 * agent, computed with the engine itself (src/engine/pay.ts `payMonth`) on synthetic records — never
 * a re-implementation of the pay rules. The typical agent (level, role, tenure, the typical score
 * parts and team score of the behaviour model, src/behaviour/defaults.ts; no lates, absences or
 * fines) works in a team whose other members sell `colleagueSalesFen` each, so pool shares, team-basis
 * brackets, the supervisor formula and the top-performer bonus see a realistic team.
 *
 * Choice: a point of the curve is the average monthly gross pay of a calendar year in which every
 * month looks the same (12 months paid through one PayLedger, the total divided by 12, rounded half
 * up). This makes the three guarantee modes comparable (annual true-up and recoverable advance
 * settle in December) — each then pays max(earned, guarantee) a month on average. Pure.
 */
import { Decimal } from 'decimal.js';
import { PayLedger, payMonth } from '../engine/pay';
import type { PayContext } from '../engine/context';
import type { AgentMonth } from '../engine/records';
import type { Payslip } from '../engine/payslip';
import { daysInMonth } from '../engine/months';
import { compilePolicy } from '../policy/compile';
import { cityOf } from '../policy/cities';
import type { CompiledPolicy } from '../policy/compiled';
import type { Level, Role } from '../policy/types';
import type { Scenario } from './scenario';
import { SCORE_TYPICAL, TEAM_SCORE_TYPICAL } from '../behaviour/defaults';

export interface TypicalAgent {
  level: Level;
  role: Role;
  /** Tenure month in January of the curve's year (13 = the first month of tenure year 2). */
  tenureMonth: number;
  /** Members of the team, the typical agent included (≥ 1). */
  teamSize: number;
  /** Credited sales of each other member, fen a month. */
  colleagueSalesFen: number;
  /** After-sales cases a month (售后/金牌 formulas). */
  afterSalesCases: number;
}

export const DEFAULT_AGENT: TypicalAgent = {
  level: 'intermediate',
  role: 'presales',
  tenureMonth: 13,
  teamSize: 5,
  colleagueSalesFen: 20_000_000,
  afterSalesCases: 0,
};

export interface CurvePoint {
  creditedSalesFen: number;
  /** Average monthly gross pay of the year (before fines; the typical agent has none), fen. */
  grossFen: number;
  /** Average monthly employer cost (gross + contributions), fen. */
  costFen: number;
}

/** One month's record of a team member: full month, clean attendance, typical scores. */
export function typicalRecord(month: string, agentId: string, team: string, salesFen: number, tenureMonth: number, agent: TypicalAgent, aovFen: number): AgentMonth {
  const days = daysInMonth(month);
  const paidOrders = aovFen > 0 ? Math.round(salesFen / aovFen) : 0;
  return {
    month,
    agentId,
    name: agentId,
    team,
    role: agent.role,
    level: agent.level,
    hireMonth: month,
    tenureMonth,
    daysEmployed: days,
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
    inquiries: Math.round(paidOrders / 0.45),
    orders: paidOrders,
    paidOrders,
    creditedSalesFen: salesFen,
    chasedSalesFen: 0,
    returnsFen: 0,
    badReviews: 0,
    badReviewsReversed: 0,
    badReviewSalesFen: 0,
    afterSalesCases: agent.afterSalesCases,
    scoreTeamTask: SCORE_TYPICAL.teamTask,
    scoreHandover: SCORE_TYPICAL.handover,
    scoreSatisfaction: SCORE_TYPICAL.satisfaction,
    scoreSkill: SCORE_TYPICAL.skill,
    violationsLight: 0,
    violationsMedium: 0,
    violationsSevere: 0,
    commendations: 0,
    warnings: 0,
    teamScore: TEAM_SCORE_TYPICAL,
  };
}

const TYPICAL_ID = 'typical';

/** The typical agent's 12 payslips of `year` when they sell `salesFen` every month. */
export function yearOfPay(policy: CompiledPolicy, ctx: PayContext, year: number, salesFen: number, agent: TypicalAgent): Payslip[] {
  const ledger = new PayLedger();
  const out: Payslip[] = [];
  const aov = ctx.shopAovFen;
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    const tenure = agent.tenureMonth + m - 1;
    const team = [typicalRecord(month, TYPICAL_ID, 'T', salesFen, tenure, agent, aov)];
    for (let k = 1; k < Math.max(1, agent.teamSize); k++) {
      team.push(typicalRecord(month, `colleague-${String(k).padStart(3, '0')}`, 'T', agent.colleagueSalesFen, tenure, agent, aov));
    }
    const slips = payMonth(policy, team, ledger, { ...ctx, explain: false });
    out.push(slips.find((s) => s.agentId === TYPICAL_ID)!);
  }
  return out;
}

/** Σ / 12 rounded half up (amounts are never negative here). */
const perMonth = (sum: number): number => Math.floor((2 * sum + 12) / 24);

/** The curve of one compiled policy over the given credited sales (fen a month). */
export function payCurve(policy: CompiledPolicy, ctx: PayContext, year: number, sales: readonly number[], agent: TypicalAgent = DEFAULT_AGENT): CurvePoint[] {
  return sales.map((s) => {
    const slips = yearOfPay(policy, ctx, year, s, agent);
    return {
      creditedSalesFen: s,
      grossFen: perMonth(slips.reduce((a, p) => a + p.totals.grossFen, 0)),
      costFen: perMonth(slips.reduce((a, p) => a + p.totals.employerCostFen, 0)),
    };
  });
}

/** `count` ≥ 2 evenly spaced whole-yuan amounts from 0 to `maxFen`, fen. */
export function salesGrid(maxFen: number, count: number): number[] {
  const n = Math.max(2, count);
  return Array.from({ length: n }, (_, i) => Math.round((maxFen * i) / (n - 1) / 100) * 100);
}

/** The typical agent's team size in a scenario: agents per team, rounded, at least 1. */
export function scenarioTeamSize(s: Scenario): number {
  return Math.max(1, Math.round(s.shop.agents / Math.max(1, s.shop.teams)));
}

/**
 * Each valid variant's curve in a scenario (a variant whose rules file does not compile, or whose
 * city is unknown, gets null: the UI marks it and skips it, as the runner does).
 */
export function scenarioPayCurves(
  s: Scenario,
  sales: readonly number[],
  agent: TypicalAgent = { ...DEFAULT_AGENT, teamSize: scenarioTeamSize(s) },
): { name: string; points: CurvePoint[] | null }[] {
  const year = Number(s.settings.startMonth.slice(0, 4));
  const shopAovFen = new Decimal(s.shop.category.meanOrderValue).times(100).toDecimalPlaces(0).toNumber();
  return s.variants.map((v) => {
    const city = cityOf(v.policy);
    let policy: CompiledPolicy;
    try {
      policy = compilePolicy(v.policy);
    } catch {
      return { name: v.name, points: null };
    }
    if (!city) return { name: v.name, points: null };
    return { name: v.name, points: payCurve(policy, { city, shopAovFen }, year, sales, agent) };
  });
}
