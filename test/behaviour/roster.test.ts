/** The roster: roles, teams, shifts, levels by tenure, and what advanceRoster does month to month. */
import { describe, expect, it } from 'vitest';
import { allocateRoles, createShop } from '../../src/behaviour/createShop';
import { advanceRoster, generateMonth, policyResponse } from '../../src/behaviour/index';
import { levelByTenure, payQuitFactor } from '../../src/behaviour/roster';
import { compilePolicy } from '../../src/policy/compile';
import { defaultScenario, outcomeOf, withBehaviour } from './helpers';

const scenario = defaultScenario();
const response = policyResponse(compilePolicy(scenario.variants[0]!.policy), scenario);

describe('allocateRoles', () => {
  it('gives the weights exactly when they are counts', () => {
    expect(allocateRoles(30, { presales: 17, aftersales: 8, gold: 2, supervisor: 3 })).toEqual({ presales: 17, aftersales: 8, gold: 2, supervisor: 3 });
  });

  it('hands out the remainder to the largest remainders, ties in role order', () => {
    // 10 agents at 17:8:2:3 of 30: exact 5.67, 2.67, 0.67, 1.00 → floors 5, 2, 0, 1 (8 given);
    // remainders .67, .67, .67, 0 → the 2 left go to presales and aftersales (role order).
    expect(allocateRoles(10, { presales: 17, aftersales: 8, gold: 2, supervisor: 3 })).toEqual({ presales: 6, aftersales: 3, gold: 0, supervisor: 1 });
  });
});

describe('levels by tenure (seed 001)', () => {
  it('中级 after 3 months, 高级 after 1 year, 资深 after 2 years', () => {
    expect([0, 2, 3, 11, 12, 23, 24, 100].map(levelByTenure)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe('createShop', () => {
  const shop = createShop(scenario, 0);

  it('deals supervisors to each team first and spreads 30 % on the night shift', () => {
    expect(shop.size).toBe(30);
    expect(shop.role.slice(0, 3)).toEqual(['supervisor', 'supervisor', 'supervisor']);
    expect(shop.team.slice(0, 3)).toEqual(['T1', 'T2', 'T3']);
    for (const t of ['T1', 'T2', 'T3']) expect(shop.team.filter((x) => x === t).length).toBe(10);
    // round(30 × 0.3) = 9 night slots
    expect(shop.night.reduce((a, b) => a + b, 0)).toBe(9);
  });

  it('starts everyone employed, levels following tenure', () => {
    expect(shop.occupied.every((x) => x === 1)).toBe(true);
    for (let s = 0; s < shop.size; s++) expect(shop.level[s]).toBe(levelByTenure(-shop.hireMonth[s]!));
  });
});

describe('advanceRoster', () => {
  it('a dismissed agent leaves on day `dismissalDays` of the next month, marked as leaving', () => {
    const still = withBehaviour(scenario, { quitEarly: 0, quitSettled: 0, quitPayElasticity: 0 });
    const shop = createShop(still, 0);
    generateMonth(shop, 0, response);
    const report = advanceRoster(shop, 0, outcomeOf(shop, ['A005']), response);
    expect(report.dismissals).toEqual(['A005']);
    expect(report.quits).toEqual([]);
    const rec = generateMonth(shop, 1, response).find((r) => r.agentId === 'A005')!;
    // February 2026: employed on days 1–3
    expect(rec).toMatchObject({ month: '2026-02', left: true, daysEmployed: 3 });
  });

  it('refills a vacancy with a junior on probation, joining on a day of the month, and reports its training cost', () => {
    const noVacancy = withBehaviour(scenario, { quitEarly: 0, quitSettled: 0, vacancyMonths: 0 });
    const shop = createShop(noVacancy, 0);
    generateMonth(shop, 0, response);
    advanceRoster(shop, 0, outcomeOf(shop, ['A010']), response);
    generateMonth(shop, 1, response);
    const report = advanceRoster(shop, 1, outcomeOf(shop), response);
    // A010 left in February; with no vacancy gap the hire joins in March 2026.
    expect(report.hires).toEqual(['A010-202603']);
    expect(report.trainingCostFen).toBe(150000); // 1 500.00 yuan
    const hire = generateMonth(shop, 2, response).find((r) => r.agentId === 'A010-202603')!;
    expect(hire).toMatchObject({ level: 'junior', tenureMonth: 1, hireMonth: '2026-03', role: shop.role[9] });
    expect(hire.daysEmployed).toBeGreaterThanOrEqual(1);
    expect(hire.daysEmployed).toBeLessThanOrEqual(31);
    expect(hire.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
  });

  it('promotes by tenure when the month turns', () => {
    // The first replication whose roster has someone with 2 completed months at the start (junior).
    const still = withBehaviour(scenario, { quitEarly: 0, quitSettled: 0 });
    let shop = createShop(still, 0);
    for (let r = 1; r < 50 && !shop.hireMonth.includes(-2); r++) shop = createShop(still, r);
    const s = shop.hireMonth.indexOf(-2);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(shop.level[s]).toBe(0);
    generateMonth(shop, 0, response);
    advanceRoster(shop, 0, outcomeOf(shop), response);
    expect(shop.level[s]).toBe(1); // 3 completed months in month 1: 中级
  });

  it('the quit factor is (market / pay)^κ, above 1 below market and below 1 above it', () => {
    expect(payQuitFactor(400000, 400000, 1)).toBe(1);
    expect(payQuitFactor(500000, 400000, 1)).toBe(0.8); // 4 000 / 5 000: pay above market keeps people
    expect(payQuitFactor(500000, 400000, 0)).toBe(1);
    expect(payQuitFactor(200000, 400000, 1)).toBe(2); // 4 000 / 2 000
    expect(payQuitFactor(200000, 400000, 0.5)).toBeCloseTo(Math.SQRT2, 12);
    expect(payQuitFactor(200000, 400000, 0)).toBe(1);
  });
});
