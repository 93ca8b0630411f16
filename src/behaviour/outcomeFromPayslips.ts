/** The pay outcome of a month as the roster reads it: net pay by agent and the dismissal flags. */
import type { Payslip } from '../engine/payslip';
import { STRIDE, X_DISMISSAL, X_NET, type PayRows } from '../engine/payRows';
import type { MonthOutcome } from './types';

export function outcomeFromPayslips(payslips: readonly Payslip[]): MonthOutcome {
  const netPayFen = new Map<string, number>();
  const dismissed: string[] = [];
  for (const p of payslips) {
    netPayFen.set(p.agentId, (netPayFen.get(p.agentId) ?? 0) + p.totals.netFen);
    if (p.flags.dismissal !== null) dismissed.push(p.agentId);
  }
  return { netPayFen, dismissed };
}

/** The same outcome read from the engine's lean rows (engine/payRows.ts), in payslip order. */
export function outcomeFromPayRows(rows: PayRows): MonthOutcome {
  const netPayFen = new Map<string, number>();
  const dismissed: string[] = [];
  const d = rows.data;
  for (let k = 0; k < rows.n; k++) {
    const i = rows.order[k]!;
    const id = rows.records[i]!.agentId;
    netPayFen.set(id, (netPayFen.get(id) ?? 0) + d[i * STRIDE + X_NET]!);
    if (d[i * STRIDE + X_DISMISSAL] !== 0) dismissed.push(id);
  }
  return { netPayFen, dismissed };
}
