/**
 * The agent drill-down table and the compliance lists (compliance panel, §6 drill-down),
 * from the payslips of one replication (replication 0: the summary has only counts). Each agent's pay
 * is the sum of net pay (实发, after fines) over the months employed in the simulated period, under
 * each variant; the change is against the baseline. Pure.
 */
import type { DrillDown } from '../sim/drillDown';
import type { Level, Role } from '../policy/types';
import type { Payslip } from '../engine/payslip';

export interface AgentRow {
  agentId: string;
  name: string;
  /** Level and role in the agent's last month employed. */
  level: Level;
  role: Role;
  team: string;
  /** Months with a payslip (under the baseline). */
  months: number;
  /** Σ net pay per variant, fen (null when the agent has no payslip under that variant). */
  payFen: (number | null)[];
  /** Pay under `compare` minus the baseline's, fen, and relative to the baseline's. */
  changeFen: number | null;
  changeShare: number | null;
}

const netSum = (slips: readonly Payslip[]): number | null => (slips.length === 0 ? null : slips.reduce((s, p) => s + p.totals.netFen, 0));

/** One row per agent; `compare` is the variant whose change against `baseline` is shown. */
export function agentRows(drills: readonly DrillDown[], baseline: number, compare: number): AgentRow[] {
  return drills.map((d) => {
    const anyVariant = d.variants.find((v) => v.payslips.length > 0);
    const last = anyVariant?.payslips[anyVariant.payslips.length - 1];
    const payFen = d.variants.map((v) => netSum(v.payslips));
    const b = payFen[baseline] ?? null;
    const c = payFen[compare] ?? null;
    const changeFen = b === null || c === null ? null : c - b;
    return {
      agentId: d.agentId,
      name: last?.name ?? d.agentId,
      level: last?.level ?? 'junior',
      role: last?.role ?? 'presales',
      team: last?.team ?? '',
      months: (d.variants[baseline] ?? anyVariant)?.payslips.length ?? 0,
      payFen,
      changeFen,
      changeShare: changeFen === null || !b ? null : changeFen / b,
    };
  });
}

export type SortKey = 'name' | 'level' | 'role' | 'pay' | 'change';

const LEVEL_ORDER: Record<Level, number> = { junior: 0, intermediate: 1, senior: 2, manager: 3 };
const ROLE_ORDER: Record<Role, number> = { presales: 0, aftersales: 1, gold: 2, supervisor: 3 };

/** Sorted copy; `variant` picks the pay column for key "pay"; missing values sort last; ties by agent id. */
export function sortRows(rows: readonly AgentRow[], key: SortKey, descending: boolean, variant = 0): AgentRow[] {
  const value = (r: AgentRow): number | string | null => {
    switch (key) {
      case 'name':
        return r.name;
      case 'level':
        return LEVEL_ORDER[r.level];
      case 'role':
        return ROLE_ORDER[r.role];
      case 'pay':
        return r.payFen[variant] ?? null;
      case 'change':
        return r.changeShare;
    }
  };
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    let c = 0;
    if (va !== null && vb !== null) c = typeof va === 'string' ? va.localeCompare(vb as string, 'zh-CN') : va - (vb as number);
    if (descending) c = -c;
    return c !== 0 ? c : a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0;
  });
}

export type ComplianceKind = 'belowMinimum' | 'deductionsBelowMinimum' | 'deductionsOverCap' | 'probationTooLow';

export interface ComplianceItem {
  variant: number;
  agentId: string;
  name: string;
  month: string;
  kind: ComplianceKind;
  /** Shortfall or excess, fen (0 for probation pay too low, which is a yes/no flag). */
  amountFen: number;
}

/** Every flagged agent-month of the replication, by variant, then month, then agent. */
export function complianceItems(drills: readonly DrillDown[]): ComplianceItem[] {
  const out: ComplianceItem[] = [];
  for (const d of drills) {
    d.variants.forEach((v, variant) => {
      for (const p of v.payslips) {
        const f = p.flags;
        const add = (kind: ComplianceKind, amountFen: number) => out.push({ variant, agentId: p.agentId, name: p.name, month: p.month, kind, amountFen });
        if (f.belowMinimumFen > 0) add('belowMinimum', f.belowMinimumFen);
        if (f.deductionsBelowMinimumFen > 0) add('deductionsBelowMinimum', f.deductionsBelowMinimumFen);
        if (f.deductionsOverCapFen > 0) add('deductionsOverCap', f.deductionsOverCapFen);
        if (f.probationTooLow) add('probationTooLow', 0);
      }
    });
  }
  return out.sort((a, b) => a.variant - b.variant || (a.month < b.month ? -1 : a.month > b.month ? 1 : 0) || (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
}

/** Σ of a payslip's lines, fen: equals its net pay (fines are negative lines). */
export function linesSum(p: Payslip): number {
  return p.lines.reduce((s, l) => s + l.amountFen, 0);
}
