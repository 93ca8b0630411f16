/**
 * Step 3 of paying a month (docs/rules-file.md; seed 001 "年度核算月保底"): the guarantee floors
 * earned pay outside probation (components/guarantee.ts has the three modes); writes the guarantee
 * line and the month's 保底 ledger into the row. Returns the guarantee line's amount (0 for none).
 */
import type { CompiledPolicy } from '../../policy/compiled';
import type { AgentMonth } from '../records';
import { prorate } from '../money';
import { note } from '../notes';
import { fenToYuanGrouped } from '../../i18n/money';
import { applyGuarantee, guaranteeForTenure, type GuaranteeResult } from '../components/guarantee';
import { COMPONENT_COLUMN, NC, STRIDE, X_EARNED, X_G_BALANCE, X_G_GUARANTEE, X_G_LEDGER, X_G_SETTLEMENT, X_G_WRITE_OFF, X_GUARANTEE, X_LINES } from '../payRows';
import type { AgentState } from './payLedger';
import type { MonthExplain } from './monthExplain';

const result: GuaranteeResult = { component: null, amountFen: 0, balanceFen: 0, writeOffFen: 0, settlement: false };

export function guaranteeLine(
  p: CompiledPolicy,
  state: AgentState,
  r: AgentMonth,
  probation: boolean,
  days: number,
  calDays: number,
  year: number,
  december: boolean,
  data: Float64Array,
  i: number,
  ex: MonthExplain | null,
): number {
  const g0 = p.guarantee;
  if (!g0) return 0;
  const at = i * STRIDE;
  const earnedFen = data[at + X_EARNED]!;
  data[at + X_G_LEDGER] = 1;
  if (probation) return 0; // the ledger of a probation month: no guarantee, nothing compared
  const settles = december || r.left;
  const full = guaranteeForTenure(g0.byTenureYearFen, r.tenureMonth);
  const g = prorate(full, days, calDays);
  const res = applyGuarantee(g0.mode, state.guarantee, year, g, earnedFen, settles, result);
  data[at + X_G_GUARANTEE] = g;
  data[at + X_G_BALANCE] = res.balanceFen;
  data[at + X_G_SETTLEMENT] = settles ? 1 : 0;
  data[at + X_G_WRITE_OFF] = res.writeOffFen;
  if (!res.component) return 0;
  const c = COMPONENT_COLUMN[res.component];
  data[at + c] = res.amountFen;
  data[at + X_LINES]! |= 1 << c;
  data[at + X_GUARANTEE] = res.amountFen;
  if (ex) {
    ex.notes[i * NC + c] = note(`note.guarantee.${g0.mode}`, {
      guarantee: fenToYuanGrouped(g),
      earned: fenToYuanGrouped(earnedFen),
      balance: fenToYuanGrouped(res.balanceFen),
      amount: fenToYuanGrouped(res.amountFen),
    });
  }
  return res.amountFen;
}
