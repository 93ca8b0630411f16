/**
 * Step 2b of paying a month (docs/rules-file.md 1–12): each agent-month's earned lines — probation
 * pay, or base, commission (pool share from poolShares.ts), performance pay, after-sales, target and
 * rank bonuses (seed 004, seed 002), team-score bonus, full attendance, living subsidy, seniority and
 * the top performer's bonus (seed 000, seed 001) — written into the row, with their notes when
 * explaining; and earned pay, their sum.
 *
 * A line of 0 is left off the payslip, except base and probation pay, and a variable line a failed
 * gate withholds entirely (it stays at 0 so the explanation shows why).
 */
import type { CompiledPolicy } from '../../policy/compiled';
import { RATE_SCALE, SCORE_SCALE } from '../../policy/compiled';
import type { GatedLine, Metric } from '../../policy/types';
import type { AgentMonth } from '../records';
import type { Note } from '../payslip';
import { fraction, prorate } from '../money';
import { note, pct, points } from '../notes';
import { fenToYuanGrouped } from '../../i18n/money';
import { commission, type CommissionInputs } from '../components/commission';
import { multiplierPpm, type Multiplier } from '../components/score';
import { boundText, fracText, metricValue, PERCENT_METRICS, type Frac } from '../components/metrics';
import { GATE_AFTER_SALES, GATE_COMMISSION, GATE_INDEX, GATE_PERFORMANCE_PAY, GATE_RANK_BONUS, GATE_TARGET_BONUS } from '../components/gates';
import { afterSalesBonus } from '../components/afterSales';
import { targetBonus } from '../components/targetBonus';
import { COMPONENT_COLUMN as C, NC, STRIDE, X_EARNED, X_LINES } from '../payRows';
import type { MonthScratch } from './monthScratch';
import type { MonthExplain } from './monthExplain';
import { targetOrNull } from './teamTotals';
import type { PayPlan } from './payPlan';

const G = 5;

/** Month constants the earned lines need. */
export interface EarnedMonth {
  calDays: number;
  aovFen: number;
}

// Reused inputs of the commission (the kernel is synchronous): no object per agent-month.
const mult: Multiplier = { num: 1, den: 1 };
const gate: Multiplier = { num: 1, den: 1 };
const ci: CommissionInputs = {
  r: null as unknown as AgentMonth,
  netFen: 0,
  teamNetFen: 0,
  presalesSumFen: 0,
  presalesCount: 0,
  aovFen: 0,
  mult,
  alphaPpm: null,
  gate,
};

/** Write amount `fen` of component c into the row at `at`; the line shows when ≠ 0 or `keep`. */
function put(data: Float64Array, at: number, c: number, fen: number, keep: boolean): void {
  data[at + c] = fen;
  if (fen !== 0 || keep) data[at + X_LINES]! |= 1 << c;
}

function setGate(s: MonthScratch, i: number, k: number): void {
  gate.num = s.gateNum[i * G + k]!;
  gate.den = s.gateDen[i * G + k]!;
}

export function earnedLines(p: CompiledPolicy, plan: PayPlan, records: readonly AgentMonth[], m: EarnedMonth, s: MonthScratch, data: Float64Array, ex: MonthExplain | null): void {
  const earnedColumns = plan.earnedColumns;
  const calDays = m.calDays;
  const alphaPpm = p.pool?.individualSharePpm ?? null;
  const kpi = p.kpi;
  const rankRule = kpi?.rank ?? null;
  const b = p.bonuses;
  const n = records.length;
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    const at = i * STRIDE;
    const t = s.team[i]!;
    const netFen = s.net[i]!;
    const days = Math.min(r.daysEmployed, calDays);
    const nb = i * NC; // this row's notes
    if (s.probation[i]) {
      const full = p.probation!.payFen;
      const amt = prorate(full, days, calDays);
      put(data, at, C.probationPay, amt, true);
      if (ex) ex.notes[nb + C.probationPay] = fixedNote(full, amt, days, calDays);
      data[at + X_EARNED] = amt;
      continue;
    }
    mult.num = s.multNum[i]!;
    mult.den = s.multDen[i]!;
    let basePaid = 0;
    if (p.baseFen) {
      const full = p.baseFen[r.level];
      basePaid = prorate(full, days, calDays);
      put(data, at, C.base, basePaid, true);
      if (ex) ex.notes[nb + C.base] = fixedNote(full, basePaid, days, calDays);
    }
    const notes: Note[] | null = ex ? [] : null;
    ci.r = r;
    ci.netFen = netFen;
    ci.teamNetFen = s.teamNet[t]!;
    ci.presalesSumFen = s.teamPresSum[t]!;
    ci.presalesCount = s.teamPresCount[t]!;
    ci.aovFen = m.aovFen;
    ci.alphaPpm = alphaPpm;
    setGate(s, i, GATE_COMMISSION);
    const comm = commission(p.commission, ci, notes);
    // a withheld line stays on the payslip at 0 so the explanation shows why
    put(data, at, C.commission, comm, comm === 0 && gate.num !== gate.den && p.commission.type !== 'none');
    if (ex) ex.notes[nb + C.commission] = notes![0] ?? null;
    if (p.performancePayFen) {
      const target = p.performancePayFen[r.level];
      setGate(s, i, GATE_PERFORMANCE_PAY);
      const amt = fraction(target, mult.num, gate.num, mult.den, gate.den, 1);
      put(data, at, C.performancePay, amt, amt === 0 && gate.num !== gate.den && target > 0);
      if (ex) {
        const partsH = ex.compositeH[i];
        ex.notes[nb + C.performancePay] = partsH
          ? note('note.performancePay.composite', { target: fenToYuanGrouped(target), score: points(scoreOr0(s, i)), parts: compositeNotes(partsH, kpi!.composite!), mult: pct(multiplierPpm(mult)), factors: gateFactorNotes(s, ex, i, 'performancePay'), amount: fenToYuanGrouped(amt) })
          : note('note.performancePay', { target: fenToYuanGrouped(target), mult: pct(multiplierPpm(mult)), amount: fenToYuanGrouped(amt) + gateSuffix(s, ex, i, 'performancePay') });
      }
    }
    if (kpi?.afterSales) {
      setGate(s, i, GATE_AFTER_SALES);
      const a = afterSalesBonus(kpi.afterSales, r, gate);
      put(data, at, C.afterSalesBonus, a.amountFen, a.amountFen === 0 && gate.num !== gate.den && a.reversedFen + a.goodReviewFen + a.returnRateFen > 0);
      if (ex) {
        ex.notes[nb + C.afterSalesBonus] = note('note.afterSales', {
          reversed: r.badReviewsReversed,
          reversedAmount: fenToYuanGrouped(a.reversedFen),
          good: metricText('goodReviewRate', metricValue('goodReviewRate', r, netFen, null)),
          goodAmount: fenToYuanGrouped(a.goodReviewFen),
          ret: metricText('returnRate', metricValue('returnRate', r, netFen, null)),
          retAmount: fenToYuanGrouped(a.returnRateFen),
          factors: gateFactorNotes(s, ex, i, 'afterSales'),
          amount: fenToYuanGrouped(a.amountFen),
        });
      }
    }
    const targetFen = targetOrNull(s, i);
    if (kpi?.target && targetFen !== null) {
      setGate(s, i, GATE_TARGET_BONUS);
      const res = targetBonus(kpi.target, netFen, targetFen, gate);
      const row = res.row >= 0 ? kpi.target.payout[res.row]! : null;
      put(data, at, C.targetBonus, res.amountFen, res.amountFen === 0 && gate.num !== gate.den && row !== null);
      if (ex) {
        ex.notes[nb + C.targetBonus] = note('note.targetBonus', {
          sales: fenToYuanGrouped(netFen),
          target: fenToYuanGrouped(targetFen),
          attainment: fracText(res.attainment, true),
          row: row === null ? '—' : boundText(row.from, true),
          pay: row === null ? '0' : row.amountFen !== null ? fenToYuanGrouped(row.amountFen) : `${pct(row.ratePpm!)} × ${fenToYuanGrouped(netFen)}`,
          cap: res.capped ? [note('note.targetBonus.cap', { cap: fenToYuanGrouped(kpi.target.capFen!) })] : [],
          factors: gateFactorNotes(s, ex, i, 'targetBonus'),
          amount: fenToYuanGrouped(res.amountFen),
        });
      }
    }
    const rank = s.rank[i]!;
    if (rankRule && rank > 0 && rank <= rankRule.amountsFen.length) {
      const full = rankRule.amountsFen[rank - 1]!;
      setGate(s, i, GATE_RANK_BONUS);
      const amt = gate.num === gate.den ? full : fraction(full, gate.num, 1, gate.den, 1, 1);
      put(data, at, C.rankBonus, amt, amt === 0 && full > 0);
      if (ex) {
        ex.notes[nb + C.rankBonus] = note('note.rankBonus', {
          metric: [note(`kpi.metric.${rankRule.metric}`)],
          value: metricText(rankRule.metric, metricValue(rankRule.metric, r, netFen, targetFen)),
          rank,
          full: fenToYuanGrouped(full),
          factors: gateFactorNotes(s, ex, i, 'rankBonus'),
          amount: fenToYuanGrouped(amt),
        });
      }
    }
    if (b.teamScorePpm !== null) {
      const tsH = Math.round(r.teamScore * SCORE_SCALE);
      const amt = fraction(basePaid, b.teamScorePpm, tsH, RATE_SCALE, 100 * SCORE_SCALE, 1);
      put(data, at, C.teamScoreBonus, amt, false);
      if (ex) ex.notes[nb + C.teamScoreBonus] = note('note.teamScore', { base: fenToYuanGrouped(basePaid), rate: pct(b.teamScorePpm), score: points(tsH), amount: fenToYuanGrouped(amt) });
    }
    if (b.fullAttendanceFen !== null) {
      const full = days >= calDays && r.latesShort + r.latesLong + r.absences + r.leaveDays === 0;
      put(data, at, C.fullAttendance, full ? b.fullAttendanceFen : 0, false);
      if (ex) ex.notes[nb + C.fullAttendance] = note('note.fullAttendance', { amount: fenToYuanGrouped(b.fullAttendanceFen) });
    }
    if (b.livingSubsidyFen !== null) {
      const amt = prorate(b.livingSubsidyFen, days, calDays);
      put(data, at, C.livingSubsidy, amt, false);
      if (ex) ex.notes[nb + C.livingSubsidy] = fixedNote(b.livingSubsidyFen, amt, days, calDays);
    }
    if (b.seniority !== null) {
      const fullYears = Math.floor((r.tenureMonth - 1) / 12);
      if (fullYears >= b.seniority.fromYears) {
        const full = b.seniority.perYearFen * fullYears;
        const amt = prorate(full, days, calDays);
        put(data, at, C.seniority, amt, false);
        if (ex) ex.notes[nb + C.seniority] = note('note.seniority', { per: fenToYuanGrouped(b.seniority.perYearFen), years: fullYears, full: fenToYuanGrouped(full), days, calDays, amount: fenToYuanGrouped(amt) });
      }
    }
    const top = s.teamTop[t]!;
    if (b.topPerformerFen !== null && top > 0 && netFen === top) {
      put(data, at, C.topPerformer, b.topPerformerFen, false);
      if (ex) ex.notes[nb + C.topPerformer] = note('note.topPerformer', { sales: fenToYuanGrouped(netFen), amount: fenToYuanGrouped(b.topPerformerFen) });
    }
    let earned = 0;
    for (let k = 0; k < earnedColumns.length; k++) earned += data[at + earnedColumns[k]!]!;
    data[at + X_EARNED] = earned;
  }
}

function scoreOr0(s: MonthScratch, i: number): number {
  const h = s.scoreH[i]!;
  return h === h ? h : 0;
}

/** Note of a fixed monthly amount: in full, or pro-rated by days employed. */
function fixedNote(fullFen: number, amountFen: number, days: number, calDays: number): Note {
  return days >= calDays
    ? note('note.fixed', { full: fenToYuanGrouped(fullFen) })
    : note('note.prorated', { full: fenToYuanGrouped(fullFen), days, calDays, amount: fenToYuanGrouped(amountFen) });
}

/** Payslip note of a metric's value: "92.5%" for rates, "25.36" for measures, "—" when absent. */
function metricText(m: Metric, v: Frac | null): string {
  return v === null ? '—' : fracText(v, PERCENT_METRICS.has(m));
}

/** Why a line is held back: the failed gates that list it, each with its value and threshold. */
function gateFactorNotes(s: MonthScratch, ex: MonthExplain, i: number, line: GatedLine): Note[] {
  const k = GATE_INDEX[line];
  const num = s.gateNum[i * G + k]!;
  const den = s.gateDen[i * G + k]!;
  const outcomes = ex.gateOutcomes[i];
  if (num === den || !outcomes) return [];
  const failed = outcomes.filter((o) => o.passed === false && o.gate.lines.includes(line));
  return [
    note('note.gate.factor', {
      v: pct(Math.round((num * RATE_SCALE) / den)),
      why: failed.map((o) =>
        note(o.gate.atLeast ? 'note.gate.belowMin' : 'note.gate.aboveMax', {
          metric: [note(`kpi.metric.${o.gate.metric}`)],
          value: metricText(o.gate.metric, o.value),
          threshold: boundText(PERCENT_METRICS.has(o.gate.metric) ? o.gate.threshold * 100 : o.gate.threshold, PERCENT_METRICS.has(o.gate.metric)),
        }),
      ),
    }),
  ];
}

function gateSuffix(s: MonthScratch, ex: MonthExplain, i: number, line: GatedLine): string {
  const k = GATE_INDEX[line];
  return gateFactorNotes(s, ex, i, line).length > 0 ? ` (${pct(Math.round((s.gateNum[i * G + k]! * RATE_SCALE) / s.gateDen[i * G + k]!))})` : '';
}

/** The composite's parts for the performance-pay note: "转化率 80 × 20%". */
function compositeNotes(partsH: readonly (number | null)[], parts: NonNullable<NonNullable<CompiledPolicy['kpi']>['composite']>): Note[] {
  return parts.map((part, i) => {
    const h = partsH[i]!;
    return note('note.composite.part', { metric: [note(`kpi.metric.${part.metric}`)], points: h === null ? '—' : points(h), weight: points(part.weightH) });
  });
}

