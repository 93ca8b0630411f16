/**
 * The pay engine: (policy, agent-month records, context) → one itemized payslip per agent-month
 * (docs/rules-file.md 1–12 and §"The engine's legal flags"). Pure: no I/O, no randomness, no clock.
 * Pool shares and the top-performer bonus need a team's whole month, and the guarantee and
 * dismissal rules need an agent's earlier months, so `payMonth` takes one calendar month of every
 * team and carries per-agent state in a `PayLedger`; `payMonths` runs a whole file.
 *
 * The amounts come from the kernel (kernel/payMonthRows.ts), which the simulator calls directly for
 * its lean rows (payRows.ts); `payMonth` adds the explanation and builds the payslip objects from
 * the same rows (kernel/payslipOf.ts).
 */
import type { CompiledPolicy } from '../policy/compiled';
import type { AgentMonth } from './records';
import type { PayContext } from './context';
import type { Payslip } from './payslip';
import { PayRows } from './payRows';
import { payMonthRows } from './kernel/payMonthRows';
import { MonthExplain } from './kernel/monthExplain';
import { payslipsOf } from './kernel/payslipOf';
import { PayLedger } from './kernel/payLedger';

export { PayLedger, type TeamPoolReport } from './kernel/payLedger';
export { payMonthRows } from './kernel/payMonthRows';
export { MonthExplain } from './kernel/monthExplain';
export { payslipsOf } from './kernel/payslipOf';

/** Pay one calendar month of every team. All records must share `month`; agent ids must be unique. */
export function payMonth(p: CompiledPolicy, records: readonly AgentMonth[], ledger: PayLedger, ctx: PayContext): Payslip[] {
  if (records.length === 0) return [];
  const ex = ctx.explain === true ? new MonthExplain(records.length) : null;
  const rows = payMonthRows(p, records, ledger, ctx, new PayRows(), ex);
  return payslipsOf(rows, ex);
}

/** Pay every month of a records file, in calendar order, agents sorted by id within a month. */
export function payMonths(p: CompiledPolicy, records: readonly AgentMonth[], ctx: PayContext): Payslip[] {
  const byMonth = new Map<string, AgentMonth[]>();
  for (const r of records) {
    let list = byMonth.get(r.month);
    if (!list) byMonth.set(r.month, (list = []));
    list.push(r);
  }
  const ledger = new PayLedger();
  const out: Payslip[] = [];
  // One push per payslip: spreading a month of 100 000+ payslips as arguments overflows the stack.
  for (const month of [...byMonth.keys()].sort()) {
    for (const slip of payMonth(p, byMonth.get(month)!, ledger, ctx)) out.push(slip);
  }
  return out;
}
