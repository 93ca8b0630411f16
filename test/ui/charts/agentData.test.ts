/**
 * Per-agent data from the drill-down (src/ui/charts/agentData.ts), the ledger and the scatter built on
 * it: by hand on a small synthetic drill-down, and against the runner on a real replication — the
 * five groups' extremes must be the summary's winners and losers of the same replication.
 */
import { describe, expect, it } from 'vitest';
import type { DrillDown } from '../../../src/sim/drillDown';
import { agentsOf, drillDown } from '../../../src/sim/drillDown';
import type { Payslip } from '../../../src/engine/payslip';
import type { AgentMonth } from '../../../src/engine/records';
import { prepare } from '../../../src/sim/prepare';
import { RunAcc } from '../../../src/sim/reporters';
import { ChunkRunner } from '../../../src/sim/runChunk';
import { summarize } from '../../../src/sim/summary';
import { agentDataFromDrillDown, agentYearPairs, winnersLosersOf } from '../../../src/ui/charts/agentData';
import { agentDots } from '../../../src/ui/charts/payVsPerformance';
import { hasGuarantee, ledgerMonths } from '../../../src/ui/charts/guaranteeLedger';
import { totalOf } from '../../../src/ui/charts/winnersLosers';
import { smallScenario } from '../../sim/helpers';

/** A payslip with only what agentData reads. */
function slip(month: string, netFen: number, o: Partial<Payslip> = {}): Payslip {
  return {
    month,
    level: 'junior',
    role: 'presales',
    netSalesFen: 0,
    totals: { earnedFen: netFen, guaranteeFen: 0, grossFen: netFen, finesFen: 0, netFen, contributionsFen: 0, employerCostFen: netFen },
    guarantee: null,
    ...o,
  } as Payslip;
}
const rec = (month: string, days: number, sales: number) => ({ month, daysEmployed: days, creditedSalesFen: sales }) as AgentMonth;

describe('agentData by hand', () => {
  // one agent; baseline pays 1 000 a month Nov 2025 – Feb 2026; the variant 1 100 but not in Jan 2026
  const d: DrillDown = {
    replication: 0,
    agentId: 'a1',
    variants: [
      {
        name: 'A',
        // days employed: Nov 30 (whole), Dec 30 of 31 (not whole), Jan 31 (whole), Feb 28 (whole)
        records: (['2025-11:30', '2025-12:30', '2026-01:31', '2026-02:28'] as const).map((x) => rec(x.slice(0, 7), Number(x.slice(8)), 1_000_00)),
        payslips: ['2025-11', '2025-12', '2026-01', '2026-02'].map((m) => slip(m, 1000_00, m === '2026-02' ? { level: 'senior' } : {})),
      },
      {
        name: 'B',
        records: ['2025-11', '2025-12', '2026-02'].map((m) => rec(m, m === '2025-11' ? 30 : 20, 2_000_00)),
        payslips: ['2025-11', '2025-12', '2026-02'].map((m) => slip(m, 1100_00, { level: m === '2026-02' ? 'senior' : 'junior' })),
      },
    ],
  };
  const a = agentDataFromDrillDown(d, '王芳');
  const unnamed = agentDataFromDrillDown({ ...d, variants: [] });

  it('reduces payslips and records', () => {
    expect(a.name).toBe('王芳');
    expect(unnamed.name).toBe('a1');
    expect(a.variants[0]!.months.map((m) => m.fullMonth)).toEqual([true, false, true, true]); // Dec 30 of 31 days
    expect(a.variants[1]!.months[0]).toMatchObject({ month: '2025-11', creditedSalesFen: 2_000_00, grossFen: 1100_00, fullMonth: true });
  });

  it('agent-years over common months: 2025 → 2 000 vs 2 200 (+10 %), 2026 → Feb only, 1 000 vs 1 100, level of the last month', () => {
    expect(agentYearPairs([a], 1, 0)).toEqual([
      { level: 'junior', baseFen: 2000_00, payFen: 2200_00 },
      { level: 'senior', baseFen: 1000_00, payFen: 1100_00 },
    ]);
    const wl = winnersLosersOf([a], 1, 0);
    expect(wl.all.gainMore).toBe(2);
    expect(wl.byLevel.senior.gainMore).toBe(1);
  });

  it('scatter dots average the months paid in a selling role, partial months included', () => {
    // baseline: four months, sales 1 000 and gross 1 000 each
    expect(agentDots([a], 0)).toEqual([{ agentId: 'a1', name: '王芳', months: 4, salesFen: 1_000_00, grossFen: 1000_00 }]);
    // variant: three months of 2 000 sales and 1 100 gross
    expect(agentDots([a], 1)).toEqual([{ agentId: 'a1', name: '王芳', months: 3, salesFen: 2_000_00, grossFen: 1100_00 }]);
    // an after-sales agent has no dot
    const after = agentDataFromDrillDown({ ...d, variants: d.variants.map((v) => ({ ...v, payslips: v.payslips.map((p) => ({ ...p, role: 'aftersales' as const })) })) });
    expect(agentDots([after], 0)).toEqual([]);
  });
});

describe('agentData over a real replication', () => {
  const scenario = smallScenario({ agents: 8, months: 14, startMonth: '2025-11', replications: 1, responsive: false });
  const setup = prepare(scenario);
  const list = agentsOf(setup, 0);
  // what the workbench's DrillState holds: replication 0's drill-down of every agent
  const agents = list.map((a) => agentDataFromDrillDown(drillDown(setup, 0, a.agentId)));

  it('takes every agent of replication 0 with the name on the payslips', () => {
    expect(agents.map((a) => [a.agentId, a.name])).toEqual(list.map((a) => [a.agentId, a.name]));
    expect(agents.length).toBeGreaterThanOrEqual(8);
  });

  it('five groups: the > 5 % groups are the runner’s winners and losers of the same replication', () => {
    const acc = new RunAcc(setup.variants.length, setup.months);
    acc.absorb(new ChunkRunner(setup).run(0, 1));
    const summary = summarize(acc, {
      scenario: scenario.name,
      seed: scenario.settings.seed,
      startMonth: scenario.settings.startMonth,
      months: setup.months,
      requested: 1,
      names: setup.variants.map((v) => v.name),
      baseline: 0,
    });
    for (const v of [1, 2]) {
      const vs = summary.variants[v]!.vsBaseline!;
      const wl = winnersLosersOf(agents, v, 0);
      expect(totalOf(wl.all)).toBe(vs.agentYearsCompared);
      expect(wl.all.gainMore / totalOf(wl.all)).toBeCloseTo(vs.winnersShare!, 12);
      expect(wl.all.loseMore / totalOf(wl.all)).toBeCloseTo(vs.losersShare!, 12);
    }
  });

  it('the 保底 ledger of the seed 001 variant: earned + guarantee lines = gross, settlements in December', () => {
    expect(hasGuarantee(agents, 0)).toBe(false);
    expect(hasGuarantee(agents, 1)).toBe(true);
    const months = ledgerMonths(agents, 1);
    expect(months.length).toBeGreaterThan(0);
    // by hand from the payslips: Σ over agents of earned + guarantee lines of the month
    for (const m of months) {
      let paid = 0;
      for (const a of agents)
        for (const x of a.variants[1]!.months) if (x.month === m.month && x.guarantee && x.guarantee.guaranteeFen > 0) paid += x.grossFen;
      expect(m.paidFen).toBe(paid);
      expect(m.paidFen).toBe(m.earnedFen + m.adjustmentFen);
    }
    const dec = months.find((m) => m.month === '2025-12')!;
    expect(dec.settlements).toBe(dec.agents);
    // annual true-up: no guarantee line before the settlement month, except for leavers
    const nov = months.find((m) => m.month === '2025-11')!;
    expect(nov.adjustmentFen).toBeGreaterThanOrEqual(0);
  });
});
