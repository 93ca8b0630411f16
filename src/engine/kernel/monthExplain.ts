/**
 * What the explained payslip needs beyond the kernel's amounts (kernel/payMonthRows.ts): each line's
 * note, the itemized employer contributions, and the gate outcomes and composite parts the notes
 * cite. Filled by the same kernel pass that computes the amounts, only when explaining.
 */
import type { Note, Payslip } from '../payslip';
import type { GateOutcome } from '../components/gates';
import { NC } from '../payRows';

export class MonthExplain {
  /** Note of component c of row i at i × NC + c (null: none). */
  readonly notes: (Note | null)[];
  readonly contributions: Payslip['contributions'][];
  readonly gateOutcomes: (GateOutcome[] | null)[];
  readonly compositeH: ((number | null)[] | null)[];

  constructor(n: number) {
    this.notes = new Array<Note | null>(n * NC).fill(null);
    this.contributions = Array.from({ length: n }, () => []);
    this.gateOutcomes = new Array<GateOutcome[] | null>(n).fill(null);
    this.compositeH = new Array<(number | null)[] | null>(n).fill(null);
  }
}
