/** The pay outcome of a month as the roster reads it: net pay by agent and the dismissal flags. */
import type { Payslip } from '../engine/payslip';
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
