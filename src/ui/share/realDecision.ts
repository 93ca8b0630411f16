/**
 * "Last year under each policy": the decision views of the simulation (docs/ui.md) computed on the
 * shop's real months paid under every variant — people cost (employer cost + the turnover cost of
 * the hires in the data, docs/charts.md), contribution where the records carry sales (Σ over months of
 * round(gross margin × the month's net sales) − the month's people cost, the simulation's rule:
 * marginFen in src/sim/costAcc.ts), the lawful / cheapest / best-contribution verdict (src/ui/verdict.ts
 * on one "replication": the real year), and the winners and losers by real name against the
 * baseline (each agent's net pay over the months). Pure; money in integer fen.
 */
import type { AgentMonth } from '../../engine/records';
import type { Payslip } from '../../engine/payslip';
import type { Scenario } from '../../sim/scenario';
import { marginFen, marginPpm } from '../../sim/costAcc';
import { verdicts, type VerdictInput } from '../verdict';

export interface AgentChange {
  agentId: string;
  name: string;
  /** Net pay over the months under the variant, and its difference from the baseline, fen. */
  netFen: number;
  deltaFen: number;
}

export interface RealDecisionVariant {
  name: string;
  baseline: boolean;
  employerCostFen: number;
  turnoverCostFen: number;
  peopleCostFen: number;
  /** Null when the records carry no sales. */
  contributionFen: number | null;
  /** People cost minus the baseline's (null for the baseline). */
  vsBaselineFen: number | null;
  lawful: boolean;
  cheapestLawful: boolean;
  bestContributionLawful: boolean;
  /** Agents paid more / less than under the baseline, and the largest changes each way (at most 5). */
  gainers: number;
  losers: number;
  topGains: AgentChange[];
  topLosses: AgentChange[];
}

export interface RealDecision {
  hires: number;
  netSalesFen: number;
  hasSales: boolean;
  variants: RealDecisionVariant[];
}

export const TOP = 5;

export function realDecision(records: readonly AgentMonth[], paid: readonly { name: string; baseline: boolean; payslips: readonly Payslip[] }[], scenario: Scenario): RealDecision {
  const shop = scenario.shop;
  const perHire = Math.round((Number(shop.trainingCost) + Number(shop.recruitingCost)) * 100);
  const hiresByMonth = new Map<string, number>();
  const salesByMonth = new Map<string, number>();
  let netSalesFen = 0;
  let hasSales = false;
  for (const r of records) {
    if (r.tenureMonth === 1) hiresByMonth.set(r.month, (hiresByMonth.get(r.month) ?? 0) + 1);
    const net = r.creditedSalesFen - r.returnsFen;
    salesByMonth.set(r.month, (salesByMonth.get(r.month) ?? 0) + net);
    netSalesFen += net;
    if (r.creditedSalesFen > 0) hasSales = true;
  }
  const hires = [...hiresByMonth.values()].reduce((s, x) => s + x, 0);
  const ppm = marginPpm(shop.category.grossMargin);
  const months = [...salesByMonth.keys()].sort();

  const perAgent = paid.map((v) => {
    const m = new Map<string, { name: string; netFen: number }>();
    for (const p of v.payslips) {
      const e = m.get(p.agentId);
      if (e) e.netFen += p.totals.netFen;
      else m.set(p.agentId, { name: p.name, netFen: p.totals.netFen });
    }
    return m;
  });
  const baseIndex = Math.max(0, paid.findIndex((v) => v.baseline));

  const figures = paid.map((v) => {
    const costByMonth = new Map<string, number>();
    for (const p of v.payslips) costByMonth.set(p.month, (costByMonth.get(p.month) ?? 0) + p.totals.employerCostFen);
    let employer = 0;
    let contribution = 0;
    for (const month of months) {
      const people = (costByMonth.get(month) ?? 0) + (hiresByMonth.get(month) ?? 0) * perHire;
      employer += costByMonth.get(month) ?? 0;
      contribution += marginFen(salesByMonth.get(month) ?? 0, ppm) - people;
    }
    const flags = { belowMinimum: 0, deductionsOverCap: 0, deductionsBelowMinimum: 0, probationTooLow: 0 };
    for (const p of v.payslips) {
      if (p.flags.belowMinimumFen > 0) flags.belowMinimum++;
      if (p.flags.deductionsOverCapFen > 0) flags.deductionsOverCap++;
      if (p.flags.deductionsBelowMinimumFen > 0) flags.deductionsBelowMinimum++;
      if (p.flags.probationTooLow) flags.probationTooLow++;
    }
    return { employer, people: employer + hires * perHire, contribution: hasSales ? contribution : null, flags };
  });

  // The verdict reads a run summary; the real year is one replication with these figures (the
  // fields verdicts() reads: compliance counts, replications, people cost, contribution, cost).
  const asRun = figures.map(
    (f, i) =>
      ({
        name: paid[i]!.name,
        baseline: paid[i]!.baseline,
        replications: 1,
        compliance: {
          belowMinimum: { count: f.flags.belowMinimum },
          deductionsOverCap: { count: f.flags.deductionsOverCap },
          deductionsBelowMinimum: { count: f.flags.deductionsBelowMinimum },
          probationTooLow: f.flags.probationTooLow,
        },
        cost: { meanFen: f.employer },
        peopleCost: { meanFen: f.people },
        ...(f.contribution === null ? {} : { contribution: { meanFen: f.contribution } }),
      }) as unknown as VerdictInput,
  );
  const vs = verdicts(asRun);

  return {
    hires,
    netSalesFen,
    hasSales,
    variants: paid.map((v, i) => {
      const changes: AgentChange[] = [];
      for (const [agentId, e] of perAgent[i]!) {
        const b = perAgent[baseIndex]!.get(agentId);
        changes.push({ agentId, name: e.name, netFen: e.netFen, deltaFen: e.netFen - (b?.netFen ?? 0) });
      }
      changes.sort((a, b) => b.deltaFen - a.deltaFen || (a.agentId < b.agentId ? -1 : 1));
      const f = figures[i]!;
      return {
        name: v.name,
        baseline: v.baseline,
        employerCostFen: f.employer,
        turnoverCostFen: hires * perHire,
        peopleCostFen: f.people,
        contributionFen: f.contribution,
        vsBaselineFen: i === baseIndex ? null : f.people - figures[baseIndex]!.people,
        lawful: vs[i]!.lawful,
        cheapestLawful: vs[i]!.cheapestLawful,
        bestContributionLawful: vs[i]!.bestContributionLawful,
        gainers: changes.filter((c) => c.deltaFen > 0).length,
        losers: changes.filter((c) => c.deltaFen < 0).length,
        topGains: i === baseIndex ? [] : changes.filter((c) => c.deltaFen > 0).slice(0, TOP),
        topLosses: i === baseIndex ? [] : changes.filter((c) => c.deltaFen < 0).reverse().slice(0, TOP),
      };
    }),
  };
}
