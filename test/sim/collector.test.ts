/**
 * Every aggregate of a small run equals a brute-force computation from all its payslips (issue 5
 * "Done when"): the run goes through the streaming collector in two chunks; the reference keeps every
 * payslip and recomputes each figure plainly. Sums, counts and shares must be equal; quantiles within
 * the stated bin error (|reported − exact| ≤ |exact| / 1024) of the exact nearest-rank value.
 */
import { describe, expect, it } from 'vitest';
import { COMPONENTS, type Payslip } from '../../src/engine/payslip';
import type { AgentMonth } from '../../src/engine/records';
import { daysInMonth } from '../../src/engine/months';
import type { RosterReport } from '../../src/behaviour/types';
import { LEVELS, ROLES } from '../../src/policy/types';
import { prepare } from '../../src/sim/prepare';
import { runReplication } from '../../src/sim/replication';
import { ChunkRunner } from '../../src/sim/runChunk';
import { RunAcc } from '../../src/sim/reporters';
import { summarize, type IncomeStats, type Spread } from '../../src/sim/summary';
import { QUANTILE_REL_ERROR } from '../../src/sim/quantileBins';
import { gini } from '../../src/sim/collector';
import { drillDownAll } from '../../src/sim/drillDown';
import { agentDataFromDrillDown, winnersLosersOf } from '../../src/ui/charts/agentData';
import type { WLCounts } from '../../src/ui/charts/winnersLosers';
import { smallScenario } from './helpers';

interface Row {
  v: number;
  m: number;
  rec: AgentMonth;
  slip: Payslip;
}

const R = 6;
const scenario = smallScenario({ agents: 12, months: 14, startMonth: '2025-11', replications: R });
const setup = prepare(scenario);
const V = setup.variants.length;
const M = setup.months;

// ── the run through the streaming aggregates, in two chunks ──
const runner = new ChunkRunner(setup);
const acc = new RunAcc(V, M);
acc.absorb(runner.run(0, 4));
acc.absorb(runner.run(4, R));
const summary = summarize(acc, {
  scenario: scenario.name,
  seed: scenario.settings.seed,
  startMonth: scenario.settings.startMonth,
  months: M,
  requested: R,
  names: setup.variants.map((v) => v.name),
  baseline: 0,
});

// ── brute force: keep everything ──
const reps: { rows: Row[]; rosters: { v: number; report: RosterReport }[] }[] = [];
for (let r = 0; r < R; r++) {
  const rows: Row[] = [];
  const rosters: { v: number; report: RosterReport }[] = [];
  runReplication(setup, r, {
    begin() {},
    end() {},
    roster: (v, report) => rosters.push({ v, report }),
    month: (v, m, records, slips) => {
      for (const slip of slips) rows.push({ v, m, rec: records.find((x) => x.agentId === slip.agentId)!, slip });
    },
  });
  reps.push({ rows, rosters });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const roundHalfUp = (x: number) => Math.sign(x) * Math.round(Math.abs(x));
function nearestRank(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(1, Math.ceil((p * s.length) / 100)) - 1]!;
}
function expectQuantile(got: number | null, values: number[], p: number) {
  const exact = nearestRank(values, p);
  expect(got).not.toBeNull();
  expect(Math.abs(got! - exact)).toBeLessThanOrEqual(Math.abs(exact) * QUANTILE_REL_ERROR);
}
function expectSpread(got: Spread, values: number[]) {
  expect(got.meanFen).toBe(roundHalfUp(sum(values) / values.length));
  expectQuantile(got.p5Fen, values, 5);
  expectQuantile(got.p50Fen, values, 50);
  expectQuantile(got.p95Fen, values, 95);
}
function expectIncome(got: IncomeStats, values: number[]) {
  expect(got.n).toBe(values.length);
  if (values.length === 0) return expect(got.meanFen).toBeNull();
  expect(got.meanFen).toBe(roundHalfUp(sum(values) / values.length));
  for (const p of [10, 25, 50, 75, 90] as const) expectQuantile(got[`p${p}Fen`], values, p);
}

const yearOf = (month: string) => Number(month.slice(0, 4));
const monthsInYear = new Map<number, number>();
for (let m = 0; m < M; m++) {
  const y = yearOf(reps[0]!.rows.find((x) => x.m === m)!.slip.month);
  monthsInYear.set(y, (monthsInYear.get(y) ?? 0) + 1);
}

/** Full agent-years of variant v in one replication: agentId|year → { sum, last slip }. */
function agentYears(rows: Row[], v: number) {
  const by = new Map<string, { n: number; sum: number; last: Payslip }>();
  for (const x of rows.filter((x) => x.v === v)) {
    const k = `${x.slip.agentId}|${yearOf(x.slip.month)}`;
    const e = by.get(k) ?? { n: 0, sum: 0, last: x.slip };
    e.n++;
    e.sum += x.slip.totals.netFen;
    if (x.slip.month >= e.last.month) e.last = x.slip;
    by.set(k, e);
  }
  const full = [...by].filter(([k, e]) => e.n === monthsInYear.get(Number(k.split('|')[1])));
  return { full: full.map(([, e]) => e), partial: by.size - full.length };
}

describe('streaming aggregates equal a brute-force computation', () => {
  it('ran a non-trivial sample', () => {
    expect(summary.replications).toBe(R);
    expect(reps[0]!.rows.length).toBeGreaterThan(V * M * 10);
  });

  for (let v = 0; v < V; v++) {
    const name = setup.variants[v]!.name;
    const vs = () => summary.variants[v]!;
    const rowsOf = (r: number) => reps[r]!.rows.filter((x) => x.v === v);
    const all = () => reps.flatMap((_, r) => rowsOf(r));

    describe(`variant ${name}`, () => {
      it('cost and gross: mean and p5/p50/p95 over replications, in total and per month', () => {
        expectSpread(vs().cost, reps.map((_, r) => sum(rowsOf(r).map((x) => x.slip.totals.employerCostFen))));
        expectSpread(vs().gross, reps.map((_, r) => sum(rowsOf(r).map((x) => x.slip.totals.grossFen))));
        for (let m = 0; m < M; m++) {
          const per = reps.map((_, r) => sum(rowsOf(r).filter((x) => x.m === m).map((x) => x.slip.totals.employerCostFen)));
          expectSpread(vs().costByMonth[m]!, per);
          const perG = reps.map((_, r) => sum(rowsOf(r).filter((x) => x.m === m).map((x) => x.slip.totals.grossFen)));
          expectSpread(vs().grossByMonth[m]!, perG);
        }
      });

      it('breakdown by component, contributions, fines; cost share of sales and per paid order', () => {
        const rows = all();
        for (const c of COMPONENTS) {
          const total = sum(rows.flatMap((x) => x.slip.lines.filter((l) => l.component === c).map((l) => l.amountFen)));
          expect(vs().breakdownFen[c]).toBe(roundHalfUp(total / R));
        }
        expect(vs().breakdownFen.employerContributions).toBe(roundHalfUp(sum(rows.map((x) => x.slip.totals.contributionsFen)) / R));
        expect(vs().breakdownFen.finesTaken).toBe(roundHalfUp(sum(rows.map((x) => x.slip.totals.finesFen)) / R));
        const cost = sum(rows.map((x) => x.slip.totals.employerCostFen));
        expect(vs().costShareOfSales).toBe(cost / sum(rows.map((x) => x.rec.creditedSalesFen)));
        expect(vs().costPerPaidOrderFen).toBe(roundHalfUp(cost / sum(rows.map((x) => x.rec.paidOrders))));
      });

      it('agent-month income: p10…p90 overall, by level and by role', () => {
        const rows = all();
        const net = (xs: Row[]) => xs.map((x) => x.slip.totals.netFen);
        expectIncome(vs().income.agentMonth.all, net(rows));
        for (const l of LEVELS) expectIncome(vs().income.agentMonth.byLevel[l], net(rows.filter((x) => x.slip.level === l)));
        for (const ro of ROLES) expectIncome(vs().income.agentMonth.byRole[ro], net(rows.filter((x) => x.slip.role === ro)));
      });

      it('agent-year income (full years), by level and role of the last month; partial years; Gini', () => {
        const years = reps.map((_, r) => agentYears(reps[r]!.rows, v));
        const full = years.flatMap((y) => y.full);
        expect(full.length).toBeGreaterThan(0);
        expectIncome(vs().income.agentYear.all, full.map((e) => e.sum));
        for (const l of LEVELS)
          expectIncome(vs().income.agentYear.byLevel[l], full.filter((e) => e.last.level === l).map((e) => e.sum));
        for (const ro of ROLES)
          expectIncome(vs().income.agentYear.byRole[ro], full.filter((e) => e.last.role === ro).map((e) => e.sum));
        expect(vs().income.partialAgentYears).toBe(sum(years.map((y) => y.partial)));
        // Gini of full agent-year pay per replication, mean over replications (each rounded to 1e-6)
        const gs = years.map((y) => Math.round(gini(y.full.map((e) => e.sum))! * 1e6));
        expect(vs().income.giniAgentYear).toBe(sum(gs) / R / 1e6);
        const gm = reps.map((_, r) => Math.round(gini(rowsOf(r).map((x) => x.slip.totals.netFen))! * 1e6));
        expect(vs().income.giniAgentMonth).toBe(sum(gm) / R / 1e6);
      });

      it('compliance counts and shortfalls', () => {
        const rows = all();
        const f = (pick: (x: Row) => number) => rows.map(pick).filter((x) => x > 0);
        const c = vs().compliance;
        expect(c.agentMonths).toBe(rows.length);
        expect(c.belowMinimum.count).toBe(f((x) => x.slip.flags.belowMinimumFen).length);
        expect(c.belowMinimum.shortfallFen).toBe(sum(f((x) => x.slip.flags.belowMinimumFen)));
        expect(c.belowMinimum.share).toBe(c.belowMinimum.count / rows.length);
        expect(c.deductionsBelowMinimum.count).toBe(f((x) => x.slip.flags.deductionsBelowMinimumFen).length);
        expect(c.deductionsBelowMinimum.shortfallFen).toBe(sum(f((x) => x.slip.flags.deductionsBelowMinimumFen)));
        expect(c.deductionsOverCap.count).toBe(f((x) => x.slip.flags.deductionsOverCapFen).length);
        expect(c.deductionsOverCap.excessFen).toBe(sum(f((x) => x.slip.flags.deductionsOverCapFen)));
        expect(c.probationMonths).toBe(rows.filter((x) => x.slip.probation).length);
        expect(c.probationTooLow).toBe(rows.filter((x) => x.slip.flags.probationTooLow).length);
        expect(c.dismissalsFlagged.lowScore).toBe(rows.filter((x) => x.slip.flags.dismissal === 'low-score').length);
        expect(c.dismissalsFlagged.warnings).toBe(rows.filter((x) => x.slip.flags.dismissal === 'warnings').length);
      });

      it('pay for performance: slope and correlation of gross pay on credited sales (售前/金牌, whole months)', () => {
        const pts = all().filter(
          (x) => (x.slip.role === 'presales' || x.slip.role === 'gold') && x.rec.daysEmployed >= daysInMonth(x.rec.month),
        );
        const n = pts.length;
        const mx = sum(pts.map((p) => p.rec.creditedSalesFen)) / n;
        const my = sum(pts.map((p) => p.slip.totals.grossFen)) / n;
        let sxy = 0;
        let sxx = 0;
        let syy = 0;
        for (const p of pts) {
          const dx = p.rec.creditedSalesFen - mx;
          const dy = p.slip.totals.grossFen - my;
          sxy += dx * dy;
          sxx += dx * dx;
          syy += dy * dy;
        }
        expect(vs().payForPerformance.n).toBe(n);
        expect(vs().payForPerformance.slope).toBeCloseTo(sxy / sxx, 9);
        expect(vs().payForPerformance.correlation).toBeCloseTo(sxy / Math.sqrt(sxx * syy), 9);
      });

      it('turnover: quits, hires, dismissals acted on, training cost', () => {
        const rs = reps.flatMap((x) => x.rosters.filter((y) => y.v === v).map((y) => y.report));
        expect(rs.length).toBe(R * M);
        const t = vs().turnover;
        expect(t.quits).toBe(sum(rs.map((x) => x.quits.length)));
        expect(t.hires).toBe(sum(rs.map((x) => x.hires.length)));
        expect(t.dismissals).toBe(sum(rs.map((x) => x.dismissals.length)));
        expect(t.trainingCostFen).toBe(sum(rs.map((x) => x.trainingCostFen)));
        expect(t.quits).toBeGreaterThan(0);
      });

      if (v === 0) {
        it('the baseline has no comparison with itself', () => expect(vs().vsBaseline).toBeNull());
        return;
      }

      it('winners, losers and mean change by decile of baseline pay (common months of each agent-year)', () => {
        let compared = 0;
        let winners = 0;
        let losers = 0;
        const dn = new Array(10).fill(0);
        const dc = new Array(10).fill(0);
        const groups = { all: [0, 0, 0, 0, 0], byLevel: Object.fromEntries(LEVELS.map((l) => [l, [0, 0, 0, 0, 0]])) as Record<string, number[]> };
        for (const { rows } of reps) {
          const pay = new Map<string, { b: number; x: number; level: string; last: string }>();
          const byKey = (w: number) => new Map(rows.filter((x) => x.v === w).map((x) => [`${x.slip.agentId}|${x.slip.month}`, x]));
          const base = byKey(0);
          for (const [k, x] of byKey(v)) {
            const b = base.get(k);
            if (!b) continue;
            const yk = `${x.slip.agentId}|${yearOf(x.slip.month)}`;
            const e = pay.get(yk) ?? { b: 0, x: 0, level: x.slip.level, last: x.slip.month };
            e.b += b.slip.totals.netFen;
            e.x += x.slip.totals.netFen;
            if (x.slip.month >= e.last) {
              e.last = x.slip.month;
              e.level = x.slip.level;
            }
            pay.set(yk, e);
          }
          const list = [...pay.values()].filter((e) => e.b > 0);
          // deciles of baseline pay within the replication (fen sums: ties are practically absent)
          const sorted = [...list].sort((a, b) => a.b - b.b);
          sorted.forEach((e, rank) => {
            compared++;
            // five groups, by plain comparison of fractions: lose > 5 %, lose ≤ 5 %, same, gain ≤ 5 %, gain > 5 %
            const r = e.x / e.b;
            const g = e.x === e.b ? 2 : r > 1.05 + 1e-12 ? 4 : r > 1 ? 3 : r < 0.95 - 1e-12 ? 0 : 1;
            groups.all[g]!++;
            groups.byLevel[e.level]![g]!++;
            if (e.x > e.b * 1.05 + 1e-9) winners++;
            else if (e.x < e.b * 0.95 - 1e-9) losers++;
            const d = Math.floor((rank * 10) / sorted.length);
            dn[d]++;
            dc[d] += e.x - e.b;
          });
        }
        const s = vs().vsBaseline!;
        expect(s.agentYearsCompared).toBe(compared);
        expect(s.winnersShare).toBe(winners / compared);
        expect(s.losersShare).toBe(losers / compared);
        expect(s.byDecile.map((d) => d.n)).toEqual(dn);
        dn.forEach((n, d) => expect(s.byDecile[d]!.meanChangeFen).toBe(roundHalfUp(dc[d] / n)));
        // the five groups: counts, shares, the extremes are the winners and losers, levels add up to all
        expect(s.groupCounts.all).toEqual(groups.all);
        expect(s.groupCounts.byLevel).toEqual(groups.byLevel);
        expect(s.groups.all).toEqual(groups.all.map((c) => c / compared));
        for (const l of LEVELS) {
          const n = sum(groups.byLevel[l]!);
          expect(s.groups.byLevel[l]).toEqual(groups.byLevel[l]!.map((c) => (n === 0 ? 0 : c / n)));
        }
        expect(s.groupCounts.all[4]).toBe(winners);
        expect(s.groupCounts.all[0]).toBe(losers);
        expect(sum(groups.all)).toBe(compared);
        // a non-trivial sample: agent-years compared and several levels occupied (several groups: across
        // variants, below; the careful owner pays every agent more than 5 % above seed 000)
        expect(compared).toBeGreaterThan(100);
        expect(LEVELS.filter((l) => sum(groups.byLevel[l]!) > 0).length).toBeGreaterThanOrEqual(2);
      });

      it('paired difference of total employer cost against the baseline, with a 95 % CI', () => {
        const cost = (w: number, r: number) => sum(reps[r]!.rows.filter((x) => x.v === w).map((x) => x.slip.totals.employerCostFen));
        const d = reps.map((_, r) => cost(v, r) - cost(0, r));
        const mean = sum(d) / R;
        const sd = Math.sqrt(sum(d.map((x) => (x - mean) ** 2)) / (R - 1));
        const half = (2.571 * sd) / Math.sqrt(R); // t(0.975, 5) = 2.571
        const cd = vs().vsBaseline!.costDifference;
        expect(cd.n).toBe(R);
        expect(cd.meanFen).toBe(roundHalfUp(mean));
        expect(Math.abs(cd.sdFen! - sd)).toBeLessThanOrEqual(0.5 + 1e-6);
        expect(Math.abs(cd.ciLowFen! - (mean - half))).toBeLessThanOrEqual(1);
        expect(Math.abs(cd.ciHighFen! - (mean + half))).toBeLessThanOrEqual(1);
      });
    });
  }
});

describe('winner/loser groups agree with the chart', () => {
  it("one replication's groups equal the chart's count from that replication's drill-down (classify, level)", () => {
    const one = new RunAcc(V, M);
    one.absorb(runner.run(2, 3));
    const s1 = summarize(one, { scenario: '', seed: 0, startMonth: scenario.settings.startMonth, months: M, requested: 1, names: setup.variants.map((v) => v.name), baseline: 0 });
    const agents = drillDownAll(setup, 2).map((d) => agentDataFromDrillDown(d));
    for (let v = 1; v < V; v++) {
      const wl = winnersLosersOf(agents, v, 0);
      const five = (c: WLCounts) => [c.loseMore, c.loseLess, c.same, c.gainLess, c.gainMore];
      const g = s1.variants[v]!.vsBaseline!.groupCounts;
      expect(g.all).toEqual(five(wl.all));
      for (const l of LEVELS) expect(g.byLevel[l]).toEqual(five(wl.byLevel[l]));
      expect(sum(g.all)).toBeGreaterThan(10);
    }
    // over all runs, the variants occupy at least three of the five groups between them
    const occupied = new Set(summary.variants.slice(1).flatMap((x) => x.vsBaseline!.groupCounts.all.flatMap((c, i) => (c > 0 ? [i] : []))));
    expect(occupied.size).toBeGreaterThanOrEqual(3);
  });
});
