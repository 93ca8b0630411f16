/**
 * The pay outcome of a month as the roster reads it (types.ts MonthOutcome): net pay and the
 * dismissal flag by roster slot, from payslip objects or from the engine's lean rows.
 */
import type { Payslip } from '../engine/payslip';
import { STRIDE, X_DISMISSAL, X_NET, type PayRows } from '../engine/payRows';
import type { MonthOutcome, ShopState } from './types';

/** An outcome for a shop of `size` slots with nobody paid and nobody dismissed. */
export function emptyOutcome(size: number): MonthOutcome {
  return { netPayFen: new Float64Array(size).fill(NaN), dismissed: new Uint8Array(size) };
}

/** The outcome of a month's payslips for the shop whose records they pay (slots by agent id; other ids are ignored). */
export function outcomeFromPayslips(payslips: readonly Payslip[], state: ShopState): MonthOutcome {
  const out = emptyOutcome(state.size);
  const slotById = new Map<string, number>();
  for (let s = 0; s < state.size; s++) if (state.occupied[s]) slotById.set(state.agentId[s]!, s);
  for (const p of payslips) {
    const s = slotById.get(p.agentId);
    if (s === undefined) continue;
    const net = out.netPayFen[s]!;
    out.netPayFen[s] = (net === net ? net : 0) + p.totals.netFen;
    if (p.flags.dismissal !== null) out.dismissed[s] = 1;
  }
  return out;
}

/**
 * The same outcome read from the engine's lean rows (engine/payRows.ts) into `into` (refilled: a
 * runner keeps one per variant): row i pays the agent of slot `slots[i]` (monthRecords.ts).
 */
export function outcomeFromPayRows(rows: PayRows, slots: Int32Array, into: MonthOutcome): MonthOutcome {
  const net = into.netPayFen;
  const dismissed = into.dismissed;
  net.fill(NaN);
  dismissed.fill(0);
  const d = rows.data;
  for (let i = 0; i < rows.n; i++) {
    const s = slots[i]!;
    const x = net[s]!;
    net[s] = (x === x ? x : 0) + d[i * STRIDE + X_NET]!;
    if (d[i * STRIDE + X_DISMISSAL] !== 0) dismissed[s] = 1;
  }
  return into;
}

/** Whether two outcomes of the same roster dismiss the same agents. */
export function sameDismissals(a: MonthOutcome, b: MonthOutcome): boolean {
  const x = a.dismissed;
  const y = b.dismissed;
  if (x.length !== y.length) return false;
  for (let s = 0; s < x.length; s++) if (x[s] !== y[s]) return false;
  return true;
}
