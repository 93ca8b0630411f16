/**
 * Calibration at the defaults (issue 4 "Done when"; targets from shared/domain.md §"Realistic
 * behaviour"): the default scenario (scenarios/default.json), fixed seed 20260101, replications
 * 0..R−1 of 12 months from January 2026. Each tolerance is the issue's range; the comments give the
 * sampling error of the figure so the range is seen to be wide against the noise (the seed is fixed,
 * so the test is deterministic, and a broken model lands far outside).
 *
 * Turnover is calibrated where domain.md's figures hold: a shop paying about the market (its ≈ 35 %
 * a year is an industry average). The default scenario's careful-owner variant pays about the city's
 * market pay (expected net ≈ 3 900–4 600 a month against 3 800–5 500), so the agents respond to it
 * here; seed 000's lower pay raises quits, which response.test.ts checks.
 */
import { describe, expect, it } from 'vitest';
import type { AgentMonth } from '../../src/engine/records';
import { annualTurnover, defaultScenario, mean, runReplications, variance, variantIndex } from './helpers';

const R = 40;
const scenario = defaultScenario();
const baselineRuns = runReplications(scenario, variantIndex(scenario, 'seed000'), R);
const marketRuns = runReplications(scenario, variantIndex(scenario, 'careful-owner'), R);
const all = (runs: AgentMonth[][]) => runs.flat();

describe('calibration of the default shop', () => {
  it('mean inquiry-to-order conversion of 售前 agents is 40–55 %', () => {
    const rates = all(baselineRuns)
      .filter((r) => r.role === 'presales' && r.inquiries > 0)
      .map((r) => r.orders / r.inquiries);
    // ≈ 6 000 agent-months; the spread of agents' conversion (σ ≈ 0.08) gives an SE ≈ 0.001.
    expect(rates.length).toBeGreaterThan(5000);
    const m = mean(rates);
    expect(m).toBeGreaterThanOrEqual(0.4);
    expect(m).toBeLessThanOrEqual(0.55);
  });

  it('buyers served per 售前 agent-day is 80–200', () => {
    const pre = all(baselineRuns).filter((r) => r.role === 'presales');
    const perDay = pre.reduce((a, r) => a + r.inquiries, 0) / pre.reduce((a, r) => a + r.daysWorked, 0);
    // default 120 a day × seasonality (mean 1) × staffing (≥ 1 when colleagues are away)
    expect(perDay).toBeGreaterThanOrEqual(80);
    expect(perDay).toBeLessThanOrEqual(200);
  });

  it('November volume is 1.25–1.45 × the average month', () => {
    const byMonth = new Map<string, number>();
    for (const r of all(baselineRuns)) byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.inquiries);
    const avg = mean([...byMonth.values()]);
    const nov = byMonth.get('2026-11')!;
    // national 1.35 (domain.md); the shop's monthly demand shock (σ 6 %) averages out over 40 runs
    // to ≈ 1 %; staffing moves it a little.
    expect(nov / avg).toBeGreaterThanOrEqual(1.25);
    expect(nov / avg).toBeLessThanOrEqual(1.45);
  });

  it('February volume is 0.80–0.87 × the average month (its 0.83 applied once, not shortened again by its days)', () => {
    const byMonth = new Map<string, number>();
    for (const r of all(baselineRuns)) byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.inquiries);
    const feb = byMonth.get('2026-02')! / mean([...byMonth.values()]);
    // domain.md: Jan–Feb 0.83 of an average month's total. Applying 0.83 per day and then counting
    // February's 24 scheduled days against an average month's 26.4 gave 0.83 × 24 / 26.4 ≈ 0.76.
    // Over 40 runs the shop's monthly shock (σ 6 %) leaves an SE ≈ 0.008: the range is ± 4 SE.
    expect(feb).toBeGreaterThanOrEqual(0.8);
    expect(feb).toBeLessThanOrEqual(0.87);
  });

  it('annual turnover at market pay is 25–45 %', () => {
    const t = annualTurnover(marketRuns);
    // ≈ 40 × 30 × 0.35 ≈ 420 leavers: SE ≈ 0.35 / √420 ≈ 0.017, so the range is ± 5 SE around 35 %.
    expect(t).toBeGreaterThanOrEqual(0.25);
    expect(t).toBeLessThanOrEqual(0.45);
  });

  it('35–55 % of new hires leave within 3 months', () => {
    // Hires of months 1–9 (so that 3 months are seen), by id: "A007-202603" is a hire, "A007" the starting roster.
    let hires = 0;
    let early = 0;
    for (const recs of marketRuns) {
      const first = new Map<string, AgentMonth>();
      for (const r of recs) if (r.agentId.includes('-') && r.tenureMonth === 1) first.set(r.agentId, r);
      for (const [id, r] of first) {
        if (r.month > '2026-10') continue;
        hires++;
        if (recs.some((x) => x.agentId === id && x.left && x.tenureMonth <= 3)) early++;
      }
    }
    // ≈ 300 hires: SE of a 45 % share ≈ √(0.45 × 0.55 / 300) ≈ 0.029; the range is ± 3.4 SE.
    expect(hires).toBeGreaterThan(200);
    expect(early / hires).toBeGreaterThanOrEqual(0.35);
    expect(early / hires).toBeLessThanOrEqual(0.55);
  });

  it('lateness and slow-reply counts are over-dispersed (variance > 2 × mean)', () => {
    const full = all(baselineRuns).filter((r) => r.daysWorked >= 20);
    const lateness = full.map((r) => r.latesShort + r.latesLong);
    const slow = full.map((r) => r.slowReplies);
    // Negative binomial (shape 0.8) around persistent diligence: variance/mean ≈ 1 + μ/0.8 + 0.28·μ,
    // ≈ 3 for lateness (μ ≈ 1.5) and ≈ 4.6 for slow replies (μ ≈ 2.9); a Poisson gives 1. About
    // 10 000 agent-months measure the ratio to a few %.
    expect(variance(lateness)).toBeGreaterThan(2 * mean(lateness));
    expect(variance(slow)).toBeGreaterThan(2 * mean(slow));
    // Each kind alone is over-dispersed too (the rarer long lates, μ ≈ 0.34, by 1 + μ/0.8 ≈ 1.5×).
    for (const field of ['latesShort', 'latesLong'] as const) {
      const xs = full.map((r) => r[field]);
      expect(variance(xs)).toBeGreaterThan(1.3 * mean(xs));
    }
  });
});
