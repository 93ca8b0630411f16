/**
 * Drill-down for the UI: instead of keeping payslips of every replication, re-run one
 * replication with explanations on and return one agent's payslips under each variant. A
 * replication depends only on (scenario seed, replication index), so the re-run is identical to the
 * one that was aggregated.
 */
import type { Payslip } from '../engine/payslip';
import type { AgentMonth } from '../engine/records';
import { runReplication, type SimSetup } from './replication';

export interface DrillDown {
  replication: number;
  agentId: string;
  /** One entry per variant, in scenario order: the agent's records and payslips (months employed). */
  variants: { name: string; records: AgentMonth[]; payslips: Payslip[] }[];
}

export function drillDown(setup: SimSetup, replication: number, agentId: string): DrillDown {
  const out: DrillDown = {
    replication,
    agentId,
    variants: setup.variants.map((v) => ({ name: v.name, records: [], payslips: [] })),
  };
  rerun(setup, replication, (v, records, slips) => {
    const r = records.find((x) => x.agentId === agentId);
    const s = slips.find((x) => x.agentId === agentId);
    if (r) out.variants[v]!.records.push({ ...r });
    if (s) out.variants[v]!.payslips.push(s);
  });
  return out;
}

/** Re-run one replication with explained payslips, handing each variant's month to `take`. */
function rerun(setup: SimSetup, replication: number, take: (variant: number, records: readonly AgentMonth[], slips: readonly Payslip[]) => void): void {
  runReplication(
    setup,
    replication,
    {
      begin() {},
      roster() {},
      end() {},
      month(v, _m, records, slips) {
        take(v, records, slips);
      },
    },
    { explain: true },
  );
}

/**
 * Every agent's drill-down of one replication in one pass (the page's agent table, compliance lists
 * and per-agent charts): the same data as `drillDown` for each agent of `agentsOf`, in that order,
 * for the cost of one re-run instead of one per agent.
 */
export function drillDownAll(setup: SimSetup, replication: number): DrillDown[] {
  const byId = new Map<string, DrillDown>();
  const names = setup.variants.map((v) => v.name);
  const of = (agentId: string): DrillDown => {
    let d = byId.get(agentId);
    if (!d) {
      d = { replication, agentId, variants: names.map((name) => ({ name, records: [], payslips: [] })) };
      byId.set(agentId, d);
    }
    return d;
  };
  rerun(setup, replication, (v, records, slips) => {
    for (const r of records) of(r.agentId).variants[v]!.records.push({ ...r });
    for (const s of slips) of(s.agentId).variants[v]!.payslips.push(s);
  });
  return [...byId.values()];
}

/** Agent ids of a replication's roster over the run, in order of first appearance (for the UI's picker). */
export function agentsOf(setup: SimSetup, replication: number): { agentId: string; name: string }[] {
  const seen = new Map<string, string>();
  runReplication(setup, replication, {
    begin() {},
    roster() {},
    end() {},
    month(_v, _m, records) {
      for (const r of records) if (!seen.has(r.agentId)) seen.set(r.agentId, r.name);
    },
  });
  return [...seen].map(([agentId, name]) => ({ agentId, name }));
}
