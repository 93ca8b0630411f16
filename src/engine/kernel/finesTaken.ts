/**
 * Step 4 of paying a month (docs/rules-file.md; seed 000 §1–2, rule 5): the fine lines, taken after
 * the guarantee (components/fines.ts), and the relief line when the schedule's cap or the legal
 * limit (工资支付暂行规定 Art. 16) holds them back. Returns the fines taken (positive fen).
 */
import type { CompiledPolicy } from '../../policy/compiled';
import type { AgentMonth } from '../records';
import { note } from '../notes';
import { fenToYuanGrouped } from '../../i18n/money';
import { FINE_KINDS, fineLimit, fineNote, fineOf } from '../components/fines';
import { COMPONENT_COLUMN, NC, STRIDE, X_LINES } from '../payRows';
import type { MonthExplain } from './monthExplain';

const FINE_COLUMNS = FINE_KINDS.map((k) => COMPONENT_COLUMN[k]);
const RELIEF = COMPONENT_COLUMN.fineCapRelief;

export function finesTaken(p: CompiledPolicy, r: AgentMonth, grossFen: number, minFen: number, data: Float64Array, i: number, ex: MonthExplain | null): number {
  const f = p.fines;
  if (!f) return 0;
  const at = i * STRIDE;
  let finesFen = 0;
  for (let k = 0; k < FINE_COLUMNS.length; k++) {
    const fen = fineOf(f, r, k);
    if (fen <= 0) continue;
    const c = FINE_COLUMNS[k]!;
    data[at + c] = -fen;
    data[at + X_LINES]! |= 1 << c;
    finesFen += fen;
    if (ex) ex.notes[i * NC + c] = fineNote(f, r, k, fen);
  }
  const limit = fineLimit(f, grossFen, minFen);
  if (finesFen > limit) {
    const relief = finesFen - limit;
    data[at + RELIEF] = relief;
    data[at + X_LINES]! |= 1 << RELIEF;
    if (ex) ex.notes[i * NC + RELIEF] = note('note.fine.capRelief', { fines: fenToYuanGrouped(finesFen), limit: fenToYuanGrouped(limit), amount: fenToYuanGrouped(relief) });
    finesFen = limit;
  }
  return finesFen;
}
