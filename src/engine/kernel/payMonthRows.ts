/**
 * The pay engine's kernel: (policy, one calendar month's agent-month records, ledger, context) →
 * one row per agent-month in a PayRows (payRows.ts), in typed arrays, with no object per line or
 * per payslip (docs/rules-file.md 1–12, §"The engine's legal flags"; docs/performance.md). The
 * explained payslip (`payMonth` in ../pay.ts) is built from these rows and the notes this same pass
 * writes when `ex` is given, so the simulator and the payslip never compute pay two ways.
 *
 * Order within a month: per-agent values and team totals (teamTotals.ts) → pool shares
 * (poolShares.ts) → earned lines (earnedLines.ts) → guarantee (guaranteeLine.ts) → gross → fines,
 * after the guarantee (finesTaken.ts; seed 000/001) → employer contributions (contributions.ts) →
 * legal flags and dismissal (legalFlags.ts).
 */
import type { CompiledPolicy } from '../../policy/compiled';
import { RATE_SCALE } from '../../policy/compiled';
import { inForce } from '../../policy/cities';
import { minimumWageInForce, probationTooLow } from '../../policy/legal';
import type { AgentMonth } from '../records';
import { LEVELS, ROLES } from '../../policy/types';
import type { PayContext } from '../context';
import { prorate } from '../money';
import { addMonths, daysInMonth, splitMonth } from '../months';
import {
  PayRows,
  STRIDE,
  X_CONTRIBUTIONS,
  X_EARNED,
  X_EMPLOYER_COST,
  X_LEVEL,
  X_ROLE,
  X_FINES,
  X_GROSS,
  X_MINIMUM_WAGE,
  X_MULTIPLIER_PPM,
  X_NET,
  X_NET_SALES,
  X_PROBATION,
  X_SCORE_H,
} from '../payRows';
import { MonthScratch } from './monthScratch';
import type { MonthExplain } from './monthExplain';
import type { PayLedger } from './payLedger';
import { planOf } from './payPlan';
import { teamTotals } from './teamTotals';
import { poolShares } from './poolShares';
import { earnedLines } from './earnedLines';
import { guaranteeLine } from './guaranteeLine';
import { finesTaken } from './finesTaken';
import { contributionRatesInto, contributions, monthRatesPpm } from './contributions';
import { dismissal, legalFlags } from './legalFlags';

/** One scratch for every call: the kernel runs to completion before it is called again. */
const scratch = new MonthScratch();

let sortRecords: readonly AgentMonth[] = [];
const byAgentId = (a: number, b: number): number => {
  const x = sortRecords[a]!.agentId;
  const y = sortRecords[b]!.agentId;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** `list.indexOf(x)` as a loop the compiler inlines (a level or role: four strings). */
function indexIn(list: readonly string[], x: string): number {
  for (let k = 0; k < list.length; k++) if (list[k] === x) return k;
  return -1;
}

/** Pay one calendar month of every team into `out`. All records must share a month; agent ids must be unique. */
export function payMonthRows(p: CompiledPolicy, records: readonly AgentMonth[], ledger: PayLedger, ctx: PayContext, out: PayRows, ex: MonthExplain | null = null): PayRows {
  const n = records.length;
  if (n === 0) {
    out.reset(0, '', records);
    return out;
  }
  const month = records[0]!.month;
  out.reset(n, month, records);
  const data = out.data;
  const [year, mon] = splitMonth(month);
  const calDays = daysInMonth(month);
  const aovFen = ctx.aovByMonthFen?.[month] ?? ctx.shopAovFen;
  const minFullFen = minimumWageInForce(ctx.city, month)?.fen ?? 0;
  const prevMonth = addMonths(month, -1);
  const plan = planOf(p);
  const s = scratch;
  s.reset(n);

  teamTotals(p, records, month, s, ex);
  poolShares(p, records, month, s, data, ledger, ex);
  earnedLines(p, plan, records, { calDays, aovFen }, s, data, ex);

  const rates = inForce(ctx.city.contributionRates, month);
  const bases = inForce(ctx.city.contributionBase, month);
  contributionRatesInto(rates, monthRatesPpm);
  ledger.recent.nextMonth();
  const probationLow = p.probation !== null && probationTooLow(p.probation.payFen, plan.probationReferenceFen, minFullFen);
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    const at = i * STRIDE;
    const state = ledger.nextState(r.agentId);
    const days = Math.min(r.daysEmployed, calDays);
    const probation = s.probation[i] === 1;
    const guaranteeFen = guaranteeLine(p, state, r, probation, days, calDays, year, mon === 12, data, i, ex);
    const grossFen = data[at + X_EARNED]! + guaranteeFen;
    const minFen = prorate(minFullFen, days, calDays);
    const finesFen = finesTaken(p, r, grossFen, minFen, data, i, ex);
    const contributionsFen = contributions(p, rates, monthRatesPpm, bases, grossFen, i, ex);
    data[at + X_GROSS] = grossFen;
    data[at + X_FINES] = finesFen;
    data[at + X_NET] = grossFen - finesFen;
    data[at + X_CONTRIBUTIONS] = contributionsFen;
    data[at + X_EMPLOYER_COST] = grossFen + contributionsFen;
    data[at + X_NET_SALES] = s.net[i]!;
    data[at + X_MINIMUM_WAGE] = minFen;
    data[at + X_PROBATION] = probation ? 1 : 0;
    data[at + X_SCORE_H] = s.scoreH[i]!;
    data[at + X_MULTIPLIER_PPM] = Math.round((s.multNum[i]! * RATE_SCALE) / s.multDen[i]!);
    data[at + X_LEVEL] = indexIn(LEVELS, r.level);
    data[at + X_ROLE] = indexIn(ROLES, r.role);
    legalFlags(grossFen, finesFen, minFen, probation && probationLow, data, i);
    dismissal(p, state, r, s.scoreH[i]!, month, prevMonth, year, data, i);
  }

  // rows by ascending agent id (the payslips' order)
  const order = out.order;
  let sorted = true;
  order[0] = 0;
  for (let i = 1; i < n; i++) {
    order[i] = i;
    if (sorted && !(records[i - 1]!.agentId < records[i]!.agentId)) sorted = false;
  }
  if (!sorted) {
    sortRecords = records;
    order.subarray(0, n).sort(byAgentId);
    sortRecords = [];
  }
  return out;
}
