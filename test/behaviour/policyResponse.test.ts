/** What the behaviour model reads from a policy: golden values by hand. */
import { describe, expect, it } from 'vitest';
import { policyResponse, rateAmount, typicalMonths } from '../../src/behaviour/policyResponse';
import { compilePolicy } from '../../src/policy/compile';
import { defaultScenario } from './helpers';

const scenario = defaultScenario();
const policy = (name: string) => compilePolicy(scenario.variants.find((v) => v.name === name)!.policy);

describe('rateAmount', () => {
  const br = (list: [number, number][]) => list.map(([fromFen, ratePpm]) => ({ fromFen, ratePpm }));
  it('flat: 10 000.00 × 0.5 % = 50.00', () => {
    expect(rateAmount({ method: 'flat', brackets: br([[0, 5000]]) }, 1_000_000)).toBe(5000);
  });
  it('marginal: 1 000 × 0.3 % + 2 000 × 0.5 % + 1 000 × 0.8 % = 3 + 10 + 8 = 21.00 on 4 000.00', () => {
    const rate = { method: 'marginal' as const, brackets: br([[0, 3000], [100000, 5000], [300000, 8000]]) };
    expect(rateAmount(rate, 400000)).toBeCloseTo(2100, 9);
  });
  it('whole: a total exactly at a bound takes that bracket: 3 000.00 × 0.8 % = 24.00', () => {
    const rate = { method: 'whole' as const, brackets: br([[0, 3000], [100000, 5000], [300000, 8000]]) };
    expect(rateAmount(rate, 300000)).toBeCloseTo(2400, 9);
    expect(rateAmount(rate, 299999)).toBeCloseTo(299999 * 0.005, 9);
  });
});

describe('typical month', () => {
  it('售前 net sales from the defaults', () => {
    // buyers 120/day × shift (0.7 + 0.3 × 0.8 = 0.94) × days worked (26 − 0.8 − 0.08 = 25.12)
    // × conversion 0.47 × credited (0.9 paid + 0.1 × 0.25 chased = 0.925) × AOV 15 000 fen
    // × (1 − returns 0.4 × 0.85 − bad reviews 0.002 = 0.658)
    // = 112.8 × 25.12 × 0.47 × 0.925 × 15 000 × 0.658 ≈ 12 158 634 fen (≈ 121 586 yuan a month)
    const t = typicalMonths(scenario);
    expect(t.byRole.presales.netSalesFen).toBeCloseTo(120 * 0.94 * 25.12 * 0.47 * 0.925 * 15000 * 0.658, 3);
    expect(t.byRole.presales.cases).toBe(0);
    expect(t.teamSize).toBe(10);
  });
});

describe('policyResponse', () => {
  it('seed 000 fines: deterrence (1 + fine / 50)^−0.5', () => {
    const r = policyResponse(policy('seed000'), scenario);
    // late > 10 min: 20 yuan → 1.4^−0.5 = 0.845154…; idle-hang 200 → 5^−0.5 = 0.447213…
    expect(r.detail.fineFen.latesLong).toBe(2000);
    expect(r.ruleBreaking.latesLong).toBeCloseTo(Math.pow(1.4, -0.5), 12);
    expect(r.ruleBreaking.idleHangs).toBeCloseTo(Math.pow(5, -0.5), 12);
    expect(r.ruleBreaking.absences).toBeCloseTo(Math.pow(5, -0.5), 12);
    // two short lates are free: only the excess over 2 is fined, so far less than 20 yuan per late
    expect(r.detail.fineFen.latesShort).toBeGreaterThan(0);
    expect(r.detail.fineFen.latesShort).toBeLessThan(2000 * 0.5);
    expect(r.probationMonths).toBe(0);
    expect(r.guaranteeFen).toEqual([0, 0, 0]);
  });

  it('seed 001 guarantee: probation 1 month and the guarantee by tenure year', () => {
    const r = policyResponse(policy('seed001-guarantee'), scenario);
    expect(r.probationMonths).toBe(1);
    expect(r.guaranteeFen).toEqual([200000, 220000, 250000]);
    // expected pay never below the guarantee (fines: the policy has none)
    expect(r.expectedPayFen.presales.junior[0]).toBeGreaterThanOrEqual(200000);
  });

  it('effort rises with the output-elasticity of pay: e = exp(0.3 ε)', () => {
    const r = policyResponse(policy('seed000'), scenario);
    const eps = r.detail.payElasticity.presales;
    expect(eps).toBeGreaterThan(0.1);
    expect(r.effort.presales.intermediate[0]).toBeCloseTo(Math.exp(0.3 * eps), 12);
    // 售后 earn no commission under seed 000: nothing at stake
    expect(r.detail.payElasticity.aftersales).toBe(0);
    expect(r.effort.aftersales.junior).toEqual([1, 1, 1]);
  });

  it('effort follows the marginal pay of output against the market, so a fixed raise leaves it alone', () => {
    const r = policyResponse(policy('seed000'), scenario);
    // seed 000 pays 0.5 % of net sales, not scored: 10 % more of a typical 售前 month's net sales
    // (12 158 653 fen, the golden value above) pays 0.1 × 12 158 653 × 0.005 = 6 079.3 fen; against
    // 0.1 × the market pay of 售前 (4 000.00 = 400 000 fen): ε = 60 793.3 / 400 000 = 0.15198
    expect(r.detail.payElasticity.presales).toBeCloseTo(0.15198, 4);
    expect(r.effort.presales.intermediate[0]).toBeCloseTo(Math.exp(0.3 * 0.15198), 4); // 1.0467
    // living subsidy 200 → 700 and every base +500: the same effort everywhere
    const doc = structuredClone(scenario.variants.find((v) => v.name === 'seed000')!.policy);
    doc.bonuses.livingSubsidy = '700.00' as never;
    for (const l of ['junior', 'intermediate', 'senior', 'manager'] as const) {
      (doc.base as Record<string, unknown>)[l] = String(Number(doc.base![l]) + 500) + '.00';
    }
    const raised = policyResponse(compilePolicy(doc), scenario);
    expect(raised.effort).toEqual(r.effort);
    // while the pay an agent expects (what quits weigh against the market) rises: 500 subsidy + 500
    // base + seed 000's team-score bonus on the higher base, 10 % × 500 × 82 / 100 = 41: 1 041 yuan
    expect(raised.expectedPayFen.presales.junior[0] - r.expectedPayFen.presales.junior[0]).toBe(104100);
  });
});
