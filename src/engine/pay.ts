/**
 * The pay engine: (policy, agent-month records, context) → one itemized payslip per agent-month
 * (shared/domain.md §"Pay components" 1–11 and §"The engine's legal flags"). Pure: no I/O, no
 * randomness, no clock. Pool shares and the top-performer bonus need a team's whole month, and the
 * guarantee and dismissal rules need an agent's earlier months, so `payMonth` takes one calendar
 * month of every team and carries per-agent state in a `PayLedger`; `payMonths` runs a whole file.
 *
 * Order within a month: earned lines (base or probation pay, commission, pool share, performance
 * pay, bonuses, allowances) → guarantee → gross → fines (after the guarantee, seed 000/001) →
 * employer contributions → legal flags.
 */
import type { CompiledPolicy } from '../policy/compiled';
import { RATE_SCALE, SCORE_SCALE } from '../policy/compiled';
import { CONTRIBUTION_LINES, inForce } from '../policy/cities';
import { minimumWageInForce, probationReferenceFen, probationTooLow } from '../policy/legal';
import type { AgentMonth } from './records';
import type { PayContext } from './context';
import type { Component, Flags, GuaranteeLedger, Note, PayLine, Payslip } from './payslip';
import { fraction, mul2Div, prorate } from './money';
import { daysInMonth, addMonths, splitMonth } from './months';
import { note, pct, points, yuan } from './notes';
import { commission, netSales } from './components/commission';
import { ONE, multiplierOf, multiplierPpm, scoreOf, type Multiplier } from './components/score';
import { poolAmount, scoredShare, splitPool } from './components/pool';
import { fineLimit, fineLines } from './components/fines';
import { applyGuarantee, guaranteeForTenure, newGuaranteeState, type GuaranteeState } from './components/guarantee';
import { boundText, fracText, metricValue, PERCENT_METRICS, type Frac } from './components/metrics';
import { checkGates, NO_GATE, type GateFactors, type GateOutcome } from './components/gates';
import { compositeScore } from './components/composite';
import { afterSalesBonus } from './components/afterSales';
import { targetBonus, targetOf } from './components/targetBonus';
import { competitionRanks } from './components/rankBonus';
import type { Metric } from '../policy/types';

/** Per-agent state carried from month to month. */
interface AgentState {
  guarantee: GuaranteeState;
  lastMonth: string | null;
  lowScoreRun: number;
  warningsYear: number;
  warnings: number;
}

/** What a team's pool did in a month. */
export interface TeamPoolReport {
  team: string;
  month: string;
  teamNetSalesFen: number;
  poolFen: number;
  /** Shares paid (after any score multiplier). */
  paidFen: number;
  /** Pool nobody could be paid from (every weight 0, or no member outside probation). */
  unspentFen: number;
  /** Withheld from shares by the score multiplier (stays with the shop). */
  withheldFen: number;
}

/** Carry-over state of a run: guarantee balances, score runs, warnings; and the last month's pool reports. */
export class PayLedger {
  readonly agents = new Map<string, AgentState>();
  pools: TeamPoolReport[] = [];

  state(agentId: string): AgentState {
    let s = this.agents.get(agentId);
    if (!s) {
      s = { guarantee: newGuaranteeState(), lastMonth: null, lowScoreRun: 0, warningsYear: 0, warnings: 0 };
      this.agents.set(agentId, s);
    }
    return s;
  }
}

/** The note of a line when the run does not explain (shared: the simulator makes millions of lines). */
const NO_NOTE: Note = Object.freeze({ key: '', params: Object.freeze({}) }) as Note;

const ZERO_FLAGS = (): Flags => ({
  belowMinimumFen: 0,
  deductionsBelowMinimumFen: 0,
  deductionsOverCapFen: 0,
  probationTooLow: false,
  dismissal: null,
});

/** Per-agent working values of a month. */
interface Work {
  r: AgentMonth;
  probation: boolean;
  netFen: number;
  scoreH: number | null;
  mult: Multiplier;
  lines: PayLine[];
  earnedFen: number;
  /** KPI pay (domain.md 12): the month's target (fen) or null, gate factors, rank in the team (0: none). */
  targetFen: number | null;
  gate: GateFactors;
  gateOutcomes: GateOutcome[] | null;
  compositeH: (number | null)[] | null;
  rank: number;
}

/** Payslip note of a metric's value: "92.5%" for rates, "25.36" for measures, "—" when absent. */
function metricText(m: Metric, v: Frac | null): string {
  return v === null ? '—' : fracText(v, PERCENT_METRICS.has(m));
}

function isProbation(p: CompiledPolicy, r: AgentMonth): boolean {
  return p.probation !== null && r.tenureMonth <= p.probation.months;
}

/** Pay one calendar month of every team. All records must share `month`; agent ids must be unique. */
export function payMonth(p: CompiledPolicy, records: readonly AgentMonth[], ledger: PayLedger, ctx: PayContext): Payslip[] {
  if (records.length === 0) return [];
  const month = records[0]!.month;
  const [year, mon] = splitMonth(month);
  const calDays = daysInMonth(month);
  const explain = ctx.explain === true;
  const aovFen = ctx.aovByMonthFen?.[month] ?? ctx.shopAovFen;
  const minFullFen = minimumWageInForce(ctx.city, month)?.fen ?? 0;
  const alphaPpm = p.pool?.individualSharePpm ?? null;
  const prevMonth = addMonths(month, -1);

  const add = (w: Work, component: Component, amountFen: number, n: Note | null) => {
    if (amountFen === 0 && component !== 'base' && component !== 'probationPay') return;
    w.lines.push({ component, amountFen, note: n ?? NO_NOTE });
  };
  const fixedNote = (fullFen: number, amountFen: number, days: number): Note =>
    days >= calDays
      ? note('note.fixed', { full: yuan(fullFen) })
      : note('note.prorated', { full: yuan(fullFen), days, calDays, amount: yuan(amountFen) });

  // ── 1. per-agent values and team aggregates ──
  const works: Work[] = [];
  const teams = new Map<string, { net: number; presSum: number; presCount: number; top: number; members: Work[] }>();
  for (const r of records) {
    if (r.month !== month) throw new Error(`payMonth: record of ${r.month} in month ${month}`);
    const netFen = netSales(r);
    const kpi = p.kpi;
    const targetFen = kpi ? targetOf(kpi.target, r, r.level) : null;
    let scoreH = p.score ? scoreOf(p.score, r) : null;
    let compositeH: (number | null)[] | null = null;
    if (kpi?.composite && p.score) {
      // domain.md 12: the composite KPI score is the month's score (cap, multiplier and pass mark of §6 apply)
      const c = compositeScore(kpi.composite, (m) => metricValue(m, r, netFen, targetFen));
      scoreH = p.score.cap === null ? c.scoreH : Math.min(c.scoreH, p.score.cap);
      compositeH = c.partsH;
    }
    const gates = kpi && kpi.gates.length > 0 ? checkGates(kpi.gates, (g) => metricValue(g.metric, r, netFen, targetFen)) : null;
    const w: Work = {
      r,
      probation: isProbation(p, r),
      netFen,
      scoreH,
      mult: p.score && scoreH !== null ? multiplierOf(p.score, scoreH) : ONE,
      lines: [],
      earnedFen: 0,
      targetFen,
      gate: gates ? gates.factors : NO_GATE,
      gateOutcomes: gates ? gates.outcomes : null,
      compositeH,
      rank: 0,
    };
    works.push(w);
    let t = teams.get(r.team);
    if (!t) teams.set(r.team, (t = { net: 0, presSum: 0, presCount: 0, top: 0, members: [] }));
    t.net += w.netFen;
    t.members.push(w);
    if (r.role === 'presales') {
      t.presSum += w.netFen;
      t.presCount += 1;
    }
    if (!w.probation && w.netFen > t.top) t.top = w.netFen;
  }

  // Rank bonus (domain.md 12): ranks within each team among members outside probation.
  const rankRule = p.kpi?.rank ?? null;
  if (rankRule) {
    for (const t of teams.values()) {
      const eligible = t.members.filter((w) => !w.probation);
      const ranks = competitionRanks(eligible.map((w) => metricValue(rankRule.metric, w.r, w.netFen, w.targetFen)), rankRule.higher);
      eligible.forEach((w, i) => (w.rank = ranks[i]!));
    }
  }

  // ── 2. earned lines ──
  const poolShares = new Map<Work, { paid: number; note: Note | null }>();
  ledger.pools = [];
  if (p.pool) {
    for (const [team, t] of teams) {
      const poolFen = poolAmount(p.pool, t.net);
      const eligible = t.members.filter((w) => !w.probation);
      const weights = eligible.map((w) =>
        p.pool!.split === 'equal' ? 1 : p.pool!.split === 'sales' ? w.netFen : (w.scoreH ?? SCORE_SCALE * 100),
      );
      const shares = splitPool(poolFen, weights, eligible.map((w) => w.r.agentId));
      const sumW = weights.reduce((a, b) => a + b, 0);
      const report: TeamPoolReport = { team, month, teamNetSalesFen: t.net, poolFen, paidFen: 0, unspentFen: 0, withheldFen: 0 };
      let allotted = 0;
      eligible.forEach((w, i) => {
        const share = shares[i]!;
        allotted += share;
        const paid = p.pool!.applyScore ? scoredShare(share, w.mult.num, w.mult.den) : share;
        report.paidFen += paid;
        report.withheldFen += share - paid;
        poolShares.set(w, {
          paid,
          note: explain
            ? note('note.pool', {
                team: yuan(t.net),
                pool: yuan(poolFen),
                weight: p.pool!.split === 'sales' ? yuan(weights[i]!) : p.pool!.split === 'score' ? points(weights[i]!) : 1,
                total: p.pool!.split === 'sales' ? yuan(sumW) : p.pool!.split === 'score' ? points(sumW) : weights.length,
                share: yuan(share),
                factors: p.pool!.applyScore ? [note('note.factor.score', { v: pct(multiplierPpm(w.mult)) })] : [],
                amount: yuan(paid),
              })
            : null,
        });
      });
      report.unspentFen = poolFen - allotted;
      ledger.pools.push(report);
    }
  }

  for (const w of works) {
    const r = w.r;
    const t = teams.get(r.team)!;
    const days = Math.min(r.daysEmployed, calDays);
    if (w.probation) {
      const full = p.probation!.payFen;
      const amt = prorate(full, days, calDays);
      add(w, 'probationPay', amt, explain ? fixedNote(full, amt, days) : null);
      w.earnedFen = amt;
      continue;
    }
    let basePaid = 0;
    if (p.baseFen) {
      const full = p.baseFen[r.level];
      basePaid = prorate(full, days, calDays);
      add(w, 'base', basePaid, explain ? fixedNote(full, basePaid, days) : null);
    }
    const notes: Note[] | null = explain ? [] : null;
    const comm = commission(
      p.commission,
      { r, netFen: w.netFen, teamNetFen: t.net, presalesSumFen: t.presSum, presalesCount: t.presCount, aovFen, mult: w.mult, alphaPpm, gate: w.gate.commission },
      notes,
    );
    const gated = (key: keyof GateFactors) => w.gate[key].num !== w.gate[key].den;
    if (comm === 0 && gated('commission') && p.commission.type !== 'none') {
      // a withheld line stays on the payslip at 0 so the explanation shows why
      w.lines.push({ component: 'commission', amountFen: 0, note: notes?.[0] ?? NO_NOTE });
    } else add(w, 'commission', comm, notes?.[0] ?? null);
    const share = poolShares.get(w);
    if (share) add(w, 'pool', share.paid, share.note);
    if (p.performancePayFen) {
      const target = p.performancePayFen[r.level];
      const g = w.gate.performancePay;
      const amt = fraction(target, w.mult.num, g.num, w.mult.den, g.den, 1);
      const n = explain
        ? w.compositeH
          ? note('note.performancePay.composite', { target: yuan(target), score: points(w.scoreH ?? 0), parts: compositeNotes(w, p.kpi!.composite!), mult: pct(multiplierPpm(w.mult)), factors: gateFactorNotes(w, 'performancePay'), amount: yuan(amt) })
          : note('note.performancePay', { target: yuan(target), mult: pct(multiplierPpm(w.mult)), amount: yuan(amt) + gateSuffix(w, 'performancePay') })
        : null;
      if (amt === 0 && gated('performancePay') && target > 0) w.lines.push({ component: 'performancePay', amountFen: 0, note: n ?? NO_NOTE });
      else add(w, 'performancePay', amt, n);
    }
    const kpi = p.kpi;
    if (kpi?.afterSales) {
      const a = afterSalesBonus(kpi.afterSales, r, w.gate.afterSales);
      const n = explain
        ? note('note.afterSales', {
            reversed: r.badReviewsReversed,
            reversedAmount: yuan(a.reversedFen),
            good: metricText('goodReviewRate', metricValue('goodReviewRate', r, w.netFen, null)),
            goodAmount: yuan(a.goodReviewFen),
            ret: metricText('returnRate', metricValue('returnRate', r, w.netFen, null)),
            retAmount: yuan(a.returnRateFen),
            factors: gateFactorNotes(w, 'afterSales'),
            amount: yuan(a.amountFen),
          })
        : null;
      if (a.amountFen === 0 && gated('afterSales') && a.reversedFen + a.goodReviewFen + a.returnRateFen > 0) w.lines.push({ component: 'afterSalesBonus', amountFen: 0, note: n ?? NO_NOTE });
      else add(w, 'afterSalesBonus', a.amountFen, n);
    }
    if (kpi?.target && w.targetFen !== null) {
      const res = targetBonus(kpi.target, w.netFen, w.targetFen, w.gate.targetBonus);
      const row = res.row >= 0 ? kpi.target.payout[res.row]! : null;
      const n = explain
        ? note('note.targetBonus', {
            sales: yuan(w.netFen),
            target: yuan(w.targetFen),
            attainment: fracText(res.attainment, true),
            row: row === null ? '—' : boundText(row.from, true),
            pay: row === null ? '0' : row.amountFen !== null ? yuan(row.amountFen) : `${pct(row.ratePpm!)} × ${yuan(w.netFen)}`,
            cap: res.capped ? [note('note.targetBonus.cap', { cap: yuan(kpi.target.capFen!) })] : [],
            factors: gateFactorNotes(w, 'targetBonus'),
            amount: yuan(res.amountFen),
          })
        : null;
      if (res.amountFen === 0 && gated('targetBonus') && row !== null) w.lines.push({ component: 'targetBonus', amountFen: 0, note: n ?? NO_NOTE });
      else add(w, 'targetBonus', res.amountFen, n);
    }
    if (rankRule && w.rank > 0 && w.rank <= rankRule.amountsFen.length) {
      const full = rankRule.amountsFen[w.rank - 1]!;
      const g = w.gate.rankBonus;
      const amt = g.num === g.den ? full : fraction(full, g.num, 1, g.den, 1, 1);
      const n = explain
        ? note('note.rankBonus', { metric: [note(`kpi.metric.${rankRule.metric}`)], value: metricText(rankRule.metric, metricValue(rankRule.metric, r, w.netFen, w.targetFen)), rank: w.rank, full: yuan(full), factors: gateFactorNotes(w, 'rankBonus'), amount: yuan(amt) })
        : null;
      if (amt === 0 && full > 0) w.lines.push({ component: 'rankBonus', amountFen: 0, note: n ?? NO_NOTE });
      else add(w, 'rankBonus', amt, n);
    }
    const b = p.bonuses;
    if (b.teamScorePpm !== null) {
      const tsH = Math.round(r.teamScore * SCORE_SCALE);
      const amt = fraction(basePaid, b.teamScorePpm, tsH, RATE_SCALE, 100 * SCORE_SCALE, 1);
      add(w, 'teamScoreBonus', amt, explain ? note('note.teamScore', { base: yuan(basePaid), rate: pct(b.teamScorePpm), score: points(tsH), amount: yuan(amt) }) : null);
    }
    if (b.fullAttendanceFen !== null) {
      const full = days >= calDays && r.latesShort + r.latesLong + r.absences + r.leaveDays === 0;
      add(w, 'fullAttendance', full ? b.fullAttendanceFen : 0, explain ? note('note.fullAttendance', { amount: yuan(b.fullAttendanceFen) }) : null);
    }
    if (b.livingSubsidyFen !== null) {
      const amt = prorate(b.livingSubsidyFen, days, calDays);
      add(w, 'livingSubsidy', amt, explain ? fixedNote(b.livingSubsidyFen, amt, days) : null);
    }
    if (b.seniority !== null) {
      const fullYears = Math.floor((r.tenureMonth - 1) / 12);
      if (fullYears >= b.seniority.fromYears) {
        const full = b.seniority.perYearFen * fullYears;
        const amt = prorate(full, days, calDays);
        add(w, 'seniority', amt, explain ? note('note.seniority', { per: yuan(b.seniority.perYearFen), years: fullYears, full: yuan(full), days, calDays, amount: yuan(amt) }) : null);
      }
    }
    if (b.topPerformerFen !== null && t.top > 0 && w.netFen === t.top) {
      add(w, 'topPerformer', b.topPerformerFen, explain ? note('note.topPerformer', { sales: yuan(w.netFen), amount: yuan(b.topPerformerFen) }) : null);
    }
    let earned = 0;
    for (const l of w.lines) earned += l.amountFen;
    w.earnedFen = earned;
  }

  // ── 3. guarantee, fines, contributions, flags ──
  const out: Payslip[] = [];
  const rates = inForce(ctx.city.contributionRates, month) ?? ctx.city.contributionRates[0];
  const bases = inForce(ctx.city.contributionBase, month) ?? ctx.city.contributionBase[0];
  for (const w of works) {
    const r = w.r;
    const s = ledger.state(r.agentId);
    const days = Math.min(r.daysEmployed, calDays);
    const settles = mon === 12 || r.left;
    let ledgerOut: GuaranteeLedger | null = null;
    let guaranteeFen = 0;
    if (p.guarantee && !w.probation) {
      const full = guaranteeForTenure(p.guarantee.byTenureYearFen, r.tenureMonth);
      const g = prorate(full, days, calDays);
      const res = applyGuarantee(p.guarantee.mode, s.guarantee, year, g, w.earnedFen, settles);
      if (res.component) {
        guaranteeFen = res.amountFen;
        w.lines.push({
          component: res.component,
          amountFen: res.amountFen,
          note: explain
            ? note(`note.guarantee.${p.guarantee.mode}`, {
                guarantee: yuan(g),
                earned: yuan(w.earnedFen),
                balance: yuan(res.balanceFen),
                amount: yuan(res.amountFen),
              })
            : NO_NOTE,
        });
      }
      ledgerOut = { guaranteeFen: g, earnedFen: w.earnedFen, balanceFen: res.balanceFen, settlement: settles, writeOffFen: res.writeOffFen };
    } else if (p.guarantee) {
      ledgerOut = { guaranteeFen: 0, earnedFen: w.earnedFen, balanceFen: 0, settlement: false, writeOffFen: 0 };
    }
    const grossFen = w.earnedFen + guaranteeFen;
    const minFen = prorate(minFullFen, days, calDays);

    let finesFen = 0;
    if (p.fines) {
      const fl = fineLines(p.fines, r, explain);
      for (const l of fl) {
        finesFen -= l.amountFen;
        w.lines.push({ component: l.component, amountFen: l.amountFen, note: l.note ?? NO_NOTE });
      }
      const limit = fineLimit(p.fines, grossFen, minFen);
      if (finesFen > limit) {
        const relief = finesFen - limit;
        w.lines.push({
          component: 'fineCapRelief',
          amountFen: relief,
          note: explain ? note('note.fine.capRelief', { fines: yuan(finesFen), limit: yuan(limit), amount: yuan(relief) }) : NO_NOTE,
        });
        finesFen = limit;
      }
    }

    const contributions: Payslip['contributions'] = [];
    let contributionsFen = 0;
    if (p.contributions === 'city' && rates && bases) {
      const baseFen = Math.min(Math.max(grossFen, bases.floorFen), bases.ceilingFen);
      for (const line of CONTRIBUTION_LINES) {
        const ppm = rates.ppm[line];
        const amountFen = mul2Div(baseFen, ppm, RATE_SCALE);
        if (explain) contributions.push({ line, baseFen, ratePpm: ppm, amountFen });
        contributionsFen += amountFen;
      }
    }

    const flags = ZERO_FLAGS();
    if (grossFen < minFen) flags.belowMinimumFen = minFen - grossFen;
    if (finesFen > 0 && grossFen - finesFen < minFen) flags.deductionsBelowMinimumFen = minFen - (grossFen - finesFen);
    if (finesFen * 5 > grossFen) flags.deductionsOverCapFen = finesFen - Math.floor(grossFen / 5);
    if (w.probation) {
      const reference = probationReferenceFen(p.baseFen && Object.values(p.baseFen), p.guarantee?.byTenureYearFen ?? null);
      flags.probationTooLow = probationTooLow(p.probation!.payFen, reference, minFullFen);
    }
    flags.dismissal = dismissal(p, s, w, month, prevMonth, year);

    out.push({
      agentId: r.agentId,
      name: r.name,
      month,
      team: r.team,
      role: r.role,
      level: r.level,
      probation: w.probation,
      score: w.scoreH === null ? null : w.scoreH / SCORE_SCALE,
      multiplierPpm: multiplierPpm(w.mult),
      minimumWageFen: minFen,
      netSalesFen: w.netFen,
      lines: w.lines,
      contributions,
      totals: {
        earnedFen: w.earnedFen,
        guaranteeFen,
        grossFen,
        finesFen,
        netFen: grossFen - finesFen,
        contributionsFen,
        employerCostFen: grossFen + contributionsFen,
      },
      flags,
      guarantee: ledgerOut,
    });
  }
  out.sort((a, b) => (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
  return out;
}

/**
 * Dismissal (seed 001; docs/engine.md): a score below the pass mark in N consecutive calendar months
 * present in the records is a state, flagged in every month that continues such a run (a third low
 * month in a row is flagged again); the n-th formal warning within a calendar year is an event,
 * flagged only in the month that reaches it. Updates the agent's state.
 */
function dismissal(p: CompiledPolicy, s: AgentState, w: Work, month: string, prevMonth: string, year: number): Flags['dismissal'] {
  const d = p.dismissal;
  const consecutive = s.lastMonth === prevMonth;
  s.lastMonth = month;
  if (!d) return null;
  let result: Flags['dismissal'] = null;
  if (w.scoreH !== null) {
    if (w.scoreH < d.passMark) {
      s.lowScoreRun = consecutive ? s.lowScoreRun + 1 : 1;
      if (s.lowScoreRun >= d.consecutiveMonths) result = 'low-score';
    } else s.lowScoreRun = 0;
  }
  if (s.warningsYear !== year) {
    s.warningsYear = year;
    s.warnings = 0;
  }
  const before = s.warnings;
  s.warnings += w.r.warnings;
  if (result === null && before < d.warningsPerYear && s.warnings >= d.warningsPerYear) result = 'warnings';
  return result;
}

/** Why a line is held back: the failed gates that list it, each with its value and threshold. */
function gateFactorNotes(w: Work, line: keyof GateFactors): Note[] {
  const g = w.gate[line];
  if (g.num === g.den || !w.gateOutcomes) return [];
  const failed = w.gateOutcomes.filter((o) => o.passed === false && o.gate.lines.includes(line));
  return [
    note('note.gate.factor', {
      v: pct(Math.round((g.num * RATE_SCALE) / g.den)),
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

function gateSuffix(w: Work, line: keyof GateFactors): string {
  return gateFactorNotes(w, line).length > 0 ? ` (${pct(Math.round((w.gate[line].num * RATE_SCALE) / w.gate[line].den))})` : '';
}

/** The composite's parts for the performance-pay note: "转化率 80 × 20%". */
function compositeNotes(w: Work, parts: NonNullable<NonNullable<CompiledPolicy['kpi']>['composite']>): Note[] {
  return parts.map((part, i) => {
    const h = w.compositeH![i]!;
    return note('note.composite.part', { metric: [note(`kpi.metric.${part.metric}`)], points: h === null ? '—' : points(h), weight: points(part.weightH) });
  });
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
