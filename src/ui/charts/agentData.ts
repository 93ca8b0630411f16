/**
 * Per-agent data of one replication for the charts that need single agents — the scatter of pay
 * against credited sales, the 保底 ledger, and winners/losers in five groups by level (the run
 * summary has only the > 5 % shares overall) — taken from the runner's drill-down of replication 0
 * (src/sim/api.ts `drillDown`, loaded by the workbench's DrillState: the replication re-run,
 * identical to the aggregated one). Pure reductions.
 *
 * Agent-years follow the runner's comparison (src/sim/collector.ts): per agent and calendar year, net
 * pay summed over the months paid under both the variant and the baseline; the level is that of the
 * agent's last such month.
 */
import type { DrillDown } from '../../sim/drillDown';
import type { GuaranteeLedger } from '../../engine/payslip';
import type { Level, Role } from '../../policy/types';
import { daysInMonth } from '../../engine/months';
import { countGroups, type WLData } from './winnersLosers';

/** One agent-month under one variant, reduced to what the charts draw (fen). */
export interface AgentMonthPoint {
  month: string;
  level: Level;
  role: Role;
  /** Employed the whole calendar month. */
  fullMonth: boolean;
  creditedSalesFen: number;
  netSalesFen: number;
  grossFen: number;
  netFen: number;
  /** Sum of the guarantee lines (top-up, true-up, advance, recovery) paid this month. */
  guaranteeLinesFen: number;
  guarantee: GuaranteeLedger | null;
}

export interface AgentData {
  agentId: string;
  name: string;
  /** One entry per variant, in scenario order: the agent's months under it. */
  variants: { name: string; months: AgentMonthPoint[] }[];
}

/** The drill-down of one agent, reduced (the name defaults to the one on its payslips). */
export function agentDataFromDrillDown(d: DrillDown, name?: string): AgentData {
  return {
    agentId: d.agentId,
    name: name ?? d.variants.find((v) => v.payslips.length > 0)?.payslips[0]!.name ?? d.agentId,
    variants: d.variants.map((v) => ({
      name: v.name,
      months: v.payslips.map((s) => {
        const r = v.records.find((x) => x.month === s.month);
        return {
          month: s.month,
          level: s.level,
          role: s.role,
          fullMonth: r ? r.daysEmployed >= daysInMonth(s.month) : false,
          creditedSalesFen: r?.creditedSalesFen ?? 0,
          netSalesFen: s.netSalesFen,
          grossFen: s.totals.grossFen,
          netFen: s.totals.netFen,
          guaranteeLinesFen: s.totals.guaranteeFen,
          guarantee: s.guarantee,
        };
      }),
    })),
  };
}

/** Per agent and calendar year: net pay under the baseline and under the variant over their common months. */
export function agentYearPairs(agents: readonly AgentData[], variant: number, baseline: number): { level: Level; baseFen: number; payFen: number }[] {
  const out: { level: Level; baseFen: number; payFen: number }[] = [];
  for (const a of agents) {
    const base = new Map(a.variants[baseline]?.months.map((m) => [m.month, m]) ?? []);
    const years = new Map<string, { level: Level; last: string; baseFen: number; payFen: number }>();
    for (const m of a.variants[variant]?.months ?? []) {
      const b = base.get(m.month);
      if (!b) continue;
      const y = m.month.slice(0, 4);
      let acc = years.get(y);
      if (!acc) years.set(y, (acc = { level: m.level, last: m.month, baseFen: 0, payFen: 0 }));
      acc.baseFen += b.netFen;
      acc.payFen += m.netFen;
      if (m.month >= acc.last) {
        acc.last = m.month;
        acc.level = m.level;
      }
    }
    for (const y of years.values()) out.push({ level: y.level, baseFen: y.baseFen, payFen: y.payFen });
  }
  return out;
}

/** Winners and losers of `variant` against `baseline` in the five groups, from one replication's agents. */
export function winnersLosersOf(agents: readonly AgentData[], variant: number, baseline: number): WLData {
  return countGroups(agentYearPairs(agents, variant, baseline));
}
