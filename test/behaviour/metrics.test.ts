/**
 * The generated service metrics (src/behaviour/metrics.ts, docs/behaviour.md §"Service metrics"):
 * calibration against the documented medians, persistence per agent, common random numbers across
 * policies, and the response to a policy that gates pay on the reply rate (direction and size, with
 * the expected stake computed here by hand from the normal distribution).
 */
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/policy/compile';
import { policyResponse } from '../../src/behaviour/policyResponse';
import { METRIC_MODEL, METRIC_MEDIANS, SERVICE_METRICS, serviceMetrics } from '../../src/behaviour/metrics';
import { createShop } from '../../src/behaviour/createShop';
import type { AgentMonth } from '../../src/engine/records';
import type { PolicyDoc } from '../../src/policy/types';
import type { Scenario } from '../../src/sim/scenario';
import { copyPolicy, defaultScenario, mean, runReplications, withBehaviour, withVariants } from './helpers';

const base = defaultScenario();
const seed000 = base.variants.find((v) => v.name === 'seed000')!.policy;
/** Seed 000 with a first month of probation (flat pay: nothing at stake). */
const plain = (() => {
  const p = copyPolicy(seed000);
  p.probation = { months: 1, pay: '2000.00' };
  return p;
})();

const oneMonth = (s: Scenario): Scenario => ({ ...s, settings: { ...s.settings, months: 1 } });
const run = (s: Scenario, policy: PolicyDoc, replications: number) => runReplications(withVariants(s, [{ name: 'p', policy }]), 0, replications).flat();
const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};
const logit = (bp: number) => Math.log(bp / (10_000 - bp));
const worked = (rs: AgentMonth[]) => rs.filter((r) => r.daysWorked > 0);

/**
 * A policy whose only KPI rule is a basic standard: reply rate at least 95 %, else the performance
 * pay (1000.00 for every level, no score: multiplier 1) is withheld. Nothing else pays on a metric.
 */
function gatedOnReplyRate(): PolicyDoc {
  const p = copyPolicy(plain);
  p.performancePay = { byLevel: { junior: '1000.00', intermediate: '1000.00', senior: '1000.00', manager: '1000.00' } };
  p.kpi = {
    gates: [{ metric: 'replyRate', direction: 'atLeast', threshold: '0.95', factor: '0', lines: ['performancePay'] }],
    afterSales: null,
    composite: null,
    target: null,
    rank: null,
  };
  return p;
}

describe('calibration (default scenario, 4 replications × 12 months)', () => {
  const recs = worked(run(base, seed000, 4));

  it('every worked agent-month carries all seven metrics; a month without a worked day has 0 online hours and no rates', () => {
    for (const r of recs) {
      expect(r.onlineHours).toBeGreaterThan(0);
      for (const k of ['replyRateBp', 'satisfactionRateBp', 'goodReviewRateBp', 'returnRateBp'] as const) {
        expect(Number.isInteger(r[k])).toBe(true);
        expect(r[k]!).toBeGreaterThanOrEqual(0);
        expect(r[k]!).toBeLessThanOrEqual(10_000);
      }
      expect(r.avgResponseSec).toBeGreaterThan(0);
      expect(r.firstResponseSec).toBeGreaterThan(0);
      expect(Math.abs(r.onlineHours! * 100 - Math.round(r.onlineHours! * 100))).toBeLessThan(1e-6);
      expect(r.onlineHours!).toBeLessThanOrEqual(r.daysEmployed * 24);
    }
    const shop = createShop(base, 0);
    const idle = { ...serviceMetrics(shop, 0, 12345, 0, 30, false, 1, null) };
    expect(idle).toEqual({
      onlineHours: 0,
      replyRateBp: undefined,
      avgResponseSec: undefined,
      firstResponseSec: undefined,
      satisfactionRateBp: undefined,
      goodReviewRateBp: undefined,
      returnRateBp: undefined,
    });
  });

  it('medians sit at the documented values (response times slowed a little by vacancies)', () => {
    // Documented medians (docs/behaviour.md): reply rate 97.5 %, satisfaction 93 %, good reviews 98.5 %,
    // returns 40 % (apparel, the category's rate); response 28 s and 12 s before overload (× 1–1.25).
    expect(median(recs.map((r) => r.replyRateBp!))).toBeGreaterThanOrEqual(9720);
    expect(median(recs.map((r) => r.replyRateBp!))).toBeLessThanOrEqual(9780);
    expect(median(recs.map((r) => r.satisfactionRateBp!))).toBeGreaterThanOrEqual(9250);
    expect(median(recs.map((r) => r.satisfactionRateBp!))).toBeLessThanOrEqual(9350);
    expect(median(recs.map((r) => r.goodReviewRateBp!))).toBeGreaterThanOrEqual(9830);
    expect(median(recs.map((r) => r.goodReviewRateBp!))).toBeLessThanOrEqual(9870);
    expect(median(recs.map((r) => r.returnRateBp!))).toBeGreaterThanOrEqual(3900);
    expect(median(recs.map((r) => r.returnRateBp!))).toBeLessThanOrEqual(4100);
    expect(median(recs.map((r) => r.avgResponseSec!))).toBeGreaterThanOrEqual(METRIC_MEDIANS.avgResponseSec);
    expect(median(recs.map((r) => r.avgResponseSec!))).toBeLessThanOrEqual(METRIC_MEDIANS.avgResponseSec * 1.25);
    expect(median(recs.map((r) => r.firstResponseSec!))).toBeGreaterThanOrEqual(METRIC_MEDIANS.firstResponseSec);
    expect(median(recs.map((r) => r.firstResponseSec!))).toBeLessThanOrEqual(METRIC_MEDIANS.firstResponseSec * 1.25);
  });

  it('online hours follow the shift: a full day-shift month ≈ days worked × 8.5 h, a night-shift month × 5 h', () => {
    // seed 002: 白班 9:00–17:30 (8.5 h), 晚班 17:30–22:30 (5 h); log-spread 0.06 between agents, 0.04 a month
    const perDay = (night: boolean) =>
      median(recs.filter((r) => r.daysWorked >= 20 && (r.onlineHours! / r.daysWorked < 6.5) === night).map((r) => r.onlineHours! / r.daysWorked));
    expect(perDay(false)).toBeGreaterThan(8.5 * 0.97);
    expect(perDay(false)).toBeLessThan(8.5 * 1.03);
    expect(perDay(true)).toBeGreaterThan(5 * 0.97);
    expect(perDay(true)).toBeLessThan(5 * 1.03);
  });

  it('persist per agent: an agent replies alike month after month', () => {
    // logit of the reply rate: between-agent σ 0.5, month σ 0.35 → correlation of two months of one
    // agent 0.25 / (0.25 + 0.1225) ≈ 0.67 (rounding to 0.01 % adds a little noise)
    const byAgent = new Map<string, AgentMonth[]>();
    for (const r of recs) byAgent.set(`${r.agentId}`, [...(byAgent.get(r.agentId) ?? []), r]);
    const xs: number[] = [];
    const ys: number[] = [];
    for (const list of byAgent.values()) {
      for (let i = 1; i < list.length; i++) {
        if (list[i - 1]!.month >= list[i]!.month) continue;
        xs.push(logit(list[i - 1]!.replyRateBp!));
        ys.push(logit(list[i]!.replyRateBp!));
      }
    }
    expect(xs.length).toBeGreaterThan(500);
    const mx = mean(xs);
    const my = mean(ys);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < xs.length; i++) {
      sxy += (xs[i]! - mx) * (ys[i]! - my);
      sxx += (xs[i]! - mx) ** 2;
      syy += (ys[i]! - my) ** 2;
    }
    const corr = sxy / Math.sqrt(sxx * syy);
    // the replications pool 4 × 12 months of agents; sampling error of a correlation over > 500 pairs ≈ 0.03
    expect(corr).toBeGreaterThan(0.57);
    expect(corr).toBeLessThan(0.77);
  });
});

describe('common random numbers', () => {
  it('with every elasticity 0 the metrics do not depend on the policy', () => {
    const s = oneMonth(withBehaviour(base, { effortElasticity: 0, fineElasticity: 0, quitPayElasticity: 0 }));
    const a = run(s, plain, 2);
    const b = run(s, gatedOnReplyRate(), 2);
    expect(b.map((r) => [r.agentId, r.onlineHours, r.replyRateBp, r.avgResponseSec, r.returnRateBp])).toEqual(
      a.map((r) => [r.agentId, r.onlineHours, r.replyRateBp, r.avgResponseSec, r.returnRateBp]),
    );
  });
});

describe('response: an agent whose performance pay needs a 95 % reply rate replies more', () => {
  // Hand computation. Reply rate on the logit scale: centre logit(0.975) = ln 39 = 3.66356, between-
  // agent spread s = 0.5, month σ 0.35, total σ = √(0.25 + 0.1225) = 0.61033; threshold logit(0.95) =
  // ln 19 = 2.94444. One spread better = +0.5 on the logit. Chance of failing the gate at ∓ half a spread:
  //   Φ((2.94444 − 3.66356 + 0.25) / 0.61033) = Φ(−0.76864) = 0.221053
  //   Φ((2.94444 − 3.66356 − 0.25) / 0.61033) = Φ(−1.58787) = 0.056158
  // Stake = 1000.00 yuan × (0.221053 − 0.056158) = 164.90 yuan = 16 489.6 fen.
  // ε = stake ÷ (0.1 × 售前 market pay 4000.00) = 16 489.6 / 40 000 = 0.412240;
  // shift = effortElasticity 0.3 × 0.412240 = 0.123672 spreads = +0.061836 on the logit.
  const doc = gatedOnReplyRate();
  const r = policyResponse(compilePolicy(doc), base);
  const ri = SERVICE_METRICS.indexOf('replyRate');

  it('the stake and the shift of the reply rate, by hand', () => {
    // the quadrature of 1000 equally likely nodes puts each chance within 0.0005: the stake within 100 fen
    expect(Math.abs(r.detail.metricStakeFen.presales[ri]! - 16489.6)).toBeLessThan(100);
    expect(Math.abs(r.metricShift.presales[ri]! - 0.123672)).toBeLessThan(0.00075);
    // nothing else is paid on: every other metric's shift is exactly 0
    SERVICE_METRICS.forEach((m, i) => {
      if (m !== 'replyRate') expect(r.metricShift.presales[i]).toBe(0);
    });
    expect(METRIC_MODEL.replyRate.service).toBe(0.5);
  });

  it('generated months: the same agents reply +0.062 on the logit (≈ +0.15 points at the median), probation untouched', () => {
    const s = oneMonth(withBehaviour(base, { fineElasticity: 0, quitPayElasticity: 0 }));
    const without = run(s, plain, 10);
    const withGate = run(s, doc, 10);
    const diffs: number[] = [];
    for (let i = 0; i < without.length; i++) {
      const a = without[i]!;
      const b = withGate[i]!;
      expect(b.agentId).toBe(a.agentId);
      if (a.replyRateBp === undefined || a.replyRateBp === 10_000 || b.replyRateBp === 10_000) continue;
      if (a.tenureMonth <= 1) {
        expect(b.replyRateBp).toBe(a.replyRateBp); // probation: nothing at stake
        continue;
      }
      if (a.role !== 'presales') continue;
      diffs.push(logit(b.replyRateBp!) - logit(a.replyRateBp));
    }
    expect(diffs.length).toBeGreaterThan(120);
    // rounding to 0.01 % moves a logit by at most 0.5 / (10 000 × r(1 − r)) ≈ 0.002 at 97.5 %
    expect(mean(diffs)).toBeCloseTo(0.061836, 2);
    expect(Math.min(...diffs)).toBeGreaterThan(0.03);
  });

  it('a strong response (effort elasticity 3) is capped at one spread: median reply rate 97.5 % → 98.5 %', () => {
    // shift = min(1, 3 × 0.41224) = 1 spread = +0.5 on the logit: 1 / (1 + e^−(3.66356 + 0.5)) = 0.98469
    const strong = withBehaviour(base, { effortElasticity: 3 });
    const rs = policyResponse(compilePolicy(doc), strong);
    expect(rs.metricShift.presales[ri]).toBe(1);
    const s = oneMonth(withBehaviour(strong, { fineElasticity: 0, quitPayElasticity: 0 }));
    const med = (rs2: AgentMonth[]) => median(rs2.filter((x) => x.role === 'presales' && x.tenureMonth > 1 && x.daysWorked > 0).map((x) => x.replyRateBp!));
    const before = med(run(s, plain, 6));
    const after = med(run(s, doc, 6));
    expect(after - before).toBeGreaterThanOrEqual(70);
    expect(after - before).toBeLessThanOrEqual(130);
  });
});
