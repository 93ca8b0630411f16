/**
 * The spread across replications and the income basis, through the streaming collector
 * (src/sim/collector.ts → reporters.ts → summary.ts), on hand-made payslips whose every figure is
 * worked out by hand below; then on a small real run against a brute force over its raw payslips.
 */
import { describe, expect, it } from 'vitest';
import type { Payslip } from '../../src/engine/payslip';
import type { AgentMonth } from '../../src/engine/records';
import type { RosterReport } from '../../src/behaviour/types';
import { daysInMonth } from '../../src/engine/months';
import { ReplicationCollector } from '../../src/sim/collector';
import { RunAcc } from '../../src/sim/reporters';
import { summarize, type Summary } from '../../src/sim/summary';
import { prepare } from '../../src/sim/prepare';
import { runReplication } from '../../src/sim/replication';
import { ChunkRunner } from '../../src/sim/runChunk';
import { BINNED_GINI_ERROR } from '../../src/sim/binnedGini';
import { QUANTILE_REL_ERROR } from '../../src/sim/quantileBins';
import { smallScenario } from './helpers';

// ── hand-made payslips: 2 variants (0 = baseline), months 2026-01 (31 days) and 2026-02 (28 days) ──
// Agent A works both months in full; agent B joins on 16 January (16 days employed) and works all of
// February. Net = gross = employer cost (no contributions, no fines), in fen, small enough that every
// quantile bin holds one value (values < 1024 fen are exact), so every figure is exact.
const slip = (agentId: string, month: string, netFen: number, belowMinimum = false): Payslip =>
  ({
    agentId,
    month,
    level: 'junior',
    role: 'presales',
    probation: false,
    lines: [],
    totals: { employerCostFen: netFen, grossFen: netFen, netFen, contributionsFen: 0, finesFen: 0 },
    flags: { belowMinimumFen: belowMinimum ? 1 : 0, deductionsBelowMinimumFen: 0, deductionsOverCapFen: 0, probationTooLow: false, dismissal: null },
  }) as unknown as Payslip;
const rec = (agentId: string, month: string, daysEmployed: number): AgentMonth =>
  ({ agentId, month, daysEmployed, creditedSalesFen: 0, returnsFen: 0, paidOrders: 0 }) as unknown as AgentMonth;
const roster = (monthIndex: number, quits: string[]): RosterReport => ({
  monthIndex,
  month: monthIndex === 0 ? '2026-01' : '2026-02',
  hires: [],
  quits,
  dismissals: [],
  trainingCostFen: 0,
  recruitingCostFen: 0,
  headcount: 2,
});

/**
 * One replication: A is paid `a1` a month under variant 1 (10 under the baseline); B is paid 8 in
 * January (flagged below the minimum under the baseline) and 14 in February under both; `quits`
 * quits under variant 1 in February.
 */
function feed(c: ReplicationCollector, a1: number, quits: number): void {
  c.begin();
  const jan = [rec('A', '2026-01', 31), rec('B', '2026-01', 16)];
  const feb = [rec('A', '2026-02', 28), rec('B', '2026-02', 28)];
  c.month(0, 0, jan, [slip('A', '2026-01', 10), slip('B', '2026-01', 8, true)]);
  c.month(1, 0, jan, [slip('A', '2026-01', a1), slip('B', '2026-01', 8)]);
  c.roster(0, roster(0, []));
  c.roster(1, roster(0, []));
  c.month(0, 1, feb, [slip('A', '2026-02', 10), slip('B', '2026-02', 14)]);
  c.month(1, 1, feb, [slip('A', '2026-02', a1), slip('B', '2026-02', 14)]);
  c.roster(0, roster(1, []));
  c.roster(1, roster(1, Array.from({ length: quits }, (_, i) => `Q${i}`)));
  c.end();
}

function run(parts: { a1: number; quits: number }[][]): Summary {
  const total = new RunAcc(2, 2);
  for (const part of parts) {
    const acc = new RunAcc(2, 2);
    const c = new ReplicationCollector(acc, 0, '2026-01', 2);
    for (const r of part) feed(c, r.a1, r.quits);
    total.absorb(acc.toPartial(0, part.length));
  }
  const n = parts.reduce((s, p) => s + p.length, 0);
  return summarize(total, { scenario: 'hand', seed: 1, startMonth: '2026-01', months: 2, requested: n, names: ['base', 'alt'], baseline: 0 });
}

describe('spread across replications, by hand', () => {
  // three replications: A under variant 1 gets 13, 9, 20 a month
  const s = run([[{ a1: 13, quits: 1 }, { a1: 9, quits: 0 }], [{ a1: 20, quits: 3 }]]);
  const alt = s.variants[1]!;

  it('p5–p95 of the paired cost difference is the min–max below 20 replications', () => {
    // per replication: variant 1 − baseline = 2 × (a1 − 10) = 6, −2, 20
    const d = alt.vsBaseline!.costDifference;
    expect(d.meanFen).toBe(8); // (6 − 2 + 20) / 3
    expect(d.p5).toBe(-2);
    expect(d.p95).toBe(20);
    expect(d.rangeIsMinMax).toBe(true);
  });

  it('ranges of winners/losers shares, months below the minimum and quits', () => {
    // A: 26 vs 20 (> 5 % more: winner), 18 vs 20 (> 5 % less: loser), 40 vs 20 (winner); B: same pay.
    // Shares per replication of the 2 compared agent-years: winners 0.5, 0, 0.5; losers 0, 0.5, 0.
    const vs = alt.vsBaseline!;
    expect(vs.winnersShare).toBeCloseTo(2 / 6, 12);
    expect(vs.winnersShareRange).toEqual({ p5: 0, p95: 0.5, rangeIsMinMax: true });
    expect(vs.losersShareRange).toEqual({ p5: 0, p95: 0.5, rangeIsMinMax: true });
    // below the minimum: the baseline has B's January in every replication (1, 1, 1); variant 1 none
    expect(s.variants[0]!.compliance.belowMinimumRange).toEqual({ p5: 1, p95: 1, rangeIsMinMax: true });
    expect(alt.compliance.belowMinimumRange).toEqual({ p5: 0, p95: 0, rangeIsMinMax: true });
    // quits per replication under variant 1: 1, 0, 3
    expect(alt.turnover.quitsRange).toEqual({ p5: 0, p95: 3, rangeIsMinMax: true });
    expect(s.variants[0]!.vsBaseline).toBeNull();
  });

  it('takes nearest ranks from 20 replications on, the same however they are split and merged', () => {
    // a1 = 10 + k for k = 0 … 19 in a scrambled order → differences 2k: 0, 2, …, 38.
    // n = 20: p5 is rank ⌈1⌉ = 1 → 0; p95 is rank ⌈19⌉ = 19 → 36.
    const ks = [7, 3, 19, 0, 12, 5, 16, 1, 9, 14, 2, 18, 6, 11, 4, 15, 8, 13, 10, 17];
    const reps = ks.map((k) => ({ a1: 10 + k, quits: k % 4 }));
    const one = run([reps]);
    const d = one.variants[1]!.vsBaseline!.costDifference;
    expect([d.p5, d.p95, d.rangeIsMinMax]).toEqual([0, 36, false]);
    // quits k mod 4 over k = 0 … 19: five each of 0, 1, 2, 3 → rank 1 = 0, rank 19 = 3
    expect(one.variants[1]!.turnover.quitsRange).toEqual({ p5: 0, p95: 3, rangeIsMinMax: false });
    const split = run([reps.slice(13), reps.slice(0, 5), reps.slice(5, 13)]);
    expect(split).toEqual(one);
  });
});

describe('income basis, by hand', () => {
  const s = run([[{ a1: 13, quits: 0 }]]);
  const base = s.variants[0]!.income;
  const alt = s.variants[1]!.income;

  it('full months apart from part-months; a part-month as its full-month equivalent', () => {
    // full months under the baseline: A 10, 10; B (February) 14 → n 3, mean 34 / 3 = 11.33 → 11
    expect(base.agentMonthFull.all.n).toBe(3);
    expect(base.agentMonthFull.all.meanFen).toBe(11);
    expect(base.agentMonthFull.all.p10Fen).toBe(10);
    expect(base.agentMonthFull.all.p90Fen).toBe(14);
    // B's January: 8 for 16 of 31 days → 8 × 31 / 16 = 15.5 → 16 (half away from zero)
    expect(base.agentMonthPartialFte.all).toMatchObject({ n: 1, meanFen: 16, p50Fen: 16 });
    expect(base.agentMonthPartialFte.byLevel.junior.n).toBe(1);
    expect(base.agentMonthPartialFte.byLevel.senior.n).toBe(0);
    // the mixed figure is still there: 10, 10, 8, 14
    expect(base.agentMonth.all).toMatchObject({ n: 4, meanFen: 11, p10Fen: 8, p90Fen: 14 });
  });

  it('every agent-year annualised to the calendar year by days employed', () => {
    // 2026 has 365 days. A: 20 over 59 days → 20 × 365 / 59 = 123.73 → 124.
    // B: 8 + 14 = 22 over 16 + 28 = 44 days → 22 × 365 / 44 = 182.5 → 183.
    expect(base.agentYearAll.all.n).toBe(2);
    expect(base.agentYearAll.all.meanFen).toBe(154); // (124 + 183) / 2 = 153.5
    expect([base.agentYearAll.all.p10Fen, base.agentYearAll.all.p90Fen]).toEqual([124, 183]);
    // the older figure counts an agent paid in every simulated month, B included, as paid: 20 and 22
    expect(base.agentYear.all.n).toBe(2);
    expect(base.agentYear.all.p10Fen).toBe(20);
    expect(base.partialAgentYears).toBe(0);
    // variant 1: A 26 × 365 / 59 = 160.85 → 161, B 183
    expect([alt.agentYearAll.all.p10Fen, alt.agentYearAll.all.p90Fen]).toEqual([161, 183]);
  });

  it('the Gini over pooled agent-years, by hand', () => {
    // baseline: 124, 183 → Σ over ordered pairs |xᵢ − xⱼ| = 2 × 59 = 118, n = 2, μ = 153.5:
    // G = 118 / (2 × 4 × 153.5) = 0.0960912…
    expect(base.giniPooled).toBeCloseTo(118 / 1228, 12);
    // variant 1: 161, 183 → 44 / (8 × 172) = 0.0319767…
    expect(alt.giniPooled).toBeCloseTo(44 / 1376, 12);
  });

  it('pools agent-years across replications rather than averaging per-replication Ginis', () => {
    // two replications under variant 1: A 161 (a1 = 13) and 40 × 365 / 59 = 247.46 → 247 (a1 = 20); B 183 in both.
    // Pooled 161, 183, 183, 247: μ = 193.5; unordered |differences| 22, 22, 86, 0, 64, 64 = 258,
    // ordered 516; G = 516 / (2 × 16 × 193.5) = 1/12. (The mean of the per-replication Ginis would be
    // (44/1376 + 128/1720) / 2 = 0.0532.)
    const two = run([[{ a1: 13, quits: 0 }, { a1: 20, quits: 0 }]]);
    expect(two.variants[1]!.income.giniPooled).toBeCloseTo(1 / 12, 12);
  });
});

// ── a small real run with 21 replications, against a brute force over its raw payslips ──
describe('on a real run: brute force over the raw payslips', () => {
  const R = 21;
  const scenario = smallScenario({ agents: 6, months: 4, startMonth: '2025-11', replications: R });
  const setup = prepare(scenario);
  const V = setup.variants.length;
  const runner = new ChunkRunner(setup);
  const acc = new RunAcc(V, setup.months);
  acc.absorb(runner.run(8, R));
  acc.absorb(runner.run(0, 8));
  const summary = summarize(acc, {
    scenario: scenario.name,
    seed: scenario.settings.seed,
    startMonth: scenario.settings.startMonth,
    months: setup.months,
    requested: R,
    names: setup.variants.map((v) => v.name),
    baseline: 0,
  });
  type Row = { v: number; rec: AgentMonth; slip: Payslip };
  const reps = Array.from({ length: R }, (_, r) => {
    const rows: Row[] = [];
    let quits = new Array<number>(V).fill(0);
    runReplication(setup, r, {
      begin() {},
      end() {},
      roster: (v, report) => (quits[v]! += report.quits.length),
      month: (v, _m, records, slips) => {
        for (const s of slips) rows.push({ v, rec: records.find((x) => x.agentId === s.agentId)!, slip: s });
      },
    });
    quits = [...quits];
    return { rows, quits };
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const rank = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(1, Math.ceil((p * xs.length) / 100)) - 1]!;
  const cost = (r: number, v: number) => sum(reps[r]!.rows.filter((x) => x.v === v).map((x) => x.slip.totals.employerCostFen));
  const full = (x: Row) => x.rec.daysEmployed >= daysInMonth(x.rec.month);

  it('p5–p95 of the paired difference, months below the minimum and quits are exact nearest ranks', () => {
    for (let v = 1; v < V; v++) {
      const d = reps.map((_, r) => cost(r, v) - cost(r, 0));
      const cd = summary.variants[v]!.vsBaseline!.costDifference;
      expect([cd.p5, cd.p95, cd.rangeIsMinMax]).toEqual([rank(d, 5), rank(d, 95), false]);
      expect(cd.p5! < cd.p95!).toBe(true);
    }
    for (let v = 0; v < V; v++) {
      const below = reps.map((x) => x.rows.filter((y) => y.v === v && y.slip.flags.belowMinimumFen > 0).length);
      expect(summary.variants[v]!.compliance.belowMinimumRange).toEqual({ p5: rank(below, 5), p95: rank(below, 95), rangeIsMinMax: false });
      const q = reps.map((x) => x.quits[v]!);
      expect(summary.variants[v]!.turnover.quitsRange).toEqual({ p5: rank(q, 5), p95: rank(q, 95), rangeIsMinMax: false });
    }
  });

  it('full months and part-months (as full-month equivalents) split every agent-month', () => {
    for (let v = 0; v < V; v++) {
      const rows = reps.flatMap((x) => x.rows.filter((y) => y.v === v));
      const f = rows.filter(full).map((x) => x.slip.totals.netFen);
      // full-month equivalent: net × calendar days ÷ days employed, rounded half away from zero
      const p = rows
        .filter((x) => !full(x))
        .map((x) => {
          const q = (x.slip.totals.netFen * daysInMonth(x.rec.month)) / x.rec.daysEmployed;
          return Math.sign(q) * Math.round(Math.abs(q));
        });
      const inc = summary.variants[v]!.income;
      expect(inc.agentMonthFull.all.n).toBe(f.length);
      expect(inc.agentMonthPartialFte.all.n).toBe(p.length);
      expect(p.length).toBeGreaterThan(0);
      expect(f.length + p.length).toBe(rows.length);
      expect(inc.agentMonthFull.all.meanFen).toBe(Math.round(sum(f) / f.length));
      expect(Math.abs(inc.agentMonthPartialFte.all.meanFen! - sum(p) / p.length)).toBeLessThanOrEqual(0.5);
      const exact = rank(p, 50);
      expect(Math.abs(inc.agentMonthPartialFte.all.p50Fen! - exact)).toBeLessThanOrEqual(Math.abs(exact) * QUANTILE_REL_ERROR);
    }
  });

  it('every agent-year annualised, and the pooled Gini within its bound of the exact one', () => {
    const cal = (m: string) => daysInMonth(m);
    for (let v = 0; v < V; v++) {
      const years: number[] = [];
      reps.forEach(({ rows }) => {
        const by = new Map<string, { net: number; days: number }>();
        const yearDays = new Map<string, number>();
        for (const x of rows.filter((y) => y.v === v)) {
          const y = x.slip.month.slice(0, 4);
          const k = `${x.slip.agentId}|${y}`;
          const e = by.get(k) ?? { net: 0, days: 0 };
          e.net += x.slip.totals.netFen;
          e.days += Math.min(x.rec.daysEmployed, cal(x.rec.month));
          by.set(k, e);
        }
        // annualised to the calendar year: 2025 and 2026 have 365 days each (the run covers two months of each)
        yearDays.set('2025', 365);
        yearDays.set('2026', 365);
        for (const [k, e] of by) {
          const yd = yearDays.get(k.split('|')[1]!)!;
          const q = e.days >= yd ? e.net : (e.net * yd) / e.days;
          years.push(Math.sign(q) * Math.round(Math.abs(q)));
        }
      });
      const inc = summary.variants[v]!.income;
      expect(inc.agentYearAll.all.n).toBe(years.length);
      expect(inc.agentYearAll.all.meanFen).toBe(Math.round(sum(years) / years.length));
      // exact pooled Gini by the mean absolute difference, negatives as 0
      const xs = years.map((x) => Math.max(0, x));
      let s = 0;
      for (const a of xs) for (const b of xs) s += Math.abs(a - b);
      const g = s / (2 * xs.length * xs.length * (sum(xs) / xs.length));
      expect(Math.abs(inc.giniPooled! - g)).toBeLessThanOrEqual(BINNED_GINI_ERROR);
      expect(inc.giniPooled!).toBeGreaterThan(0.01);
    }
  });
});
