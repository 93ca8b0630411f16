/**
 * Feeds one replication's payslips into the streaming aggregates (reporters.ts). Figures of single
 * payslips (cost, components, flags, agent-month income) go straight into the run's aggregate; the
 * figures that need a whole replication (agent-year income, Gini, winners and losers against the
 * baseline, the paired cost difference, per-replication cost quantiles) are computed from a small
 * scratch table of the replication's agents when it ends, then the table is dropped.
 *
 * Choices (docs/performance.md §"What the figures mean"):
 * - income = net pay (gross − fines, before the employee's own contributions and tax);
 * - an agent-year is an agent's months within one calendar year of the simulation; it enters the
 *   agent-year income distribution and the Gini only when the agent is paid in every simulated month
 *   of that year (partial years are counted apart); level and role are those of its last month;
 * - winners and losers compare, per agent and calendar year, the months the agent is paid under
 *   both the variant and the baseline (their rosters can differ once behaviour responds to pay or a
 *   variant dismisses); baseline pay must be > 0; a change of more than 5 % either way counts;
 *   deciles are those of baseline pay within the replication; the five groups (lose > 5 %, lose ≤ 5 %,
 *   no change, gain ≤ 5 %, gain > 5 %) use the chart's integer rules, by the level of the agent's
 *   last compared month of the year under the variant;
 * - pay for performance regresses gross pay on credited sales over agent-months of 售前 and 金牌
 *   agents (the roles that sell) employed the whole month;
 * - the Gini counts a negative income as 0;
 * - income basis (docs/charts.md §"Income distribution"): agent-months employed the whole calendar
 *   month apart from part-months (joining or leaving), a part-month also as its full-month
 *   equivalent net × calendar days ÷ days employed (the inverse of the engine's pro-rating of fixed
 *   pay, engine/money.ts `prorate`, docs/rules-file.md), so both compare with the monthly minimum wage;
 *   every agent-year annualised to the whole calendar year as net × (days of that calendar year) ÷
 *   (days employed in it), so a joiner's, a leaver's and a year only partly simulated all stand on
 *   a year's basis (an agent employed every day of a fully simulated year keeps its net exactly);
 * - per replication, for their p5–p95 across replications (percentileRange.ts): the paired cost
 *   difference, the winners' and losers' shares, agent-months below the minimum wage, quits.
 */
import type { AgentMonth } from '../engine/records';
import type { Payslip } from '../engine/payslip';
import {
  STRIDE,
  X_BELOW_MINIMUM,
  X_CONTRIBUTIONS,
  X_DEDUCTIONS_BELOW_MINIMUM,
  X_DEDUCTIONS_OVER_CAP,
  X_DISMISSAL,
  X_EMPLOYER_COST,
  X_FINES,
  X_GROSS,
  X_LEVEL,
  X_LINES,
  X_NET,
  X_PROBATION,
  X_PROBATION_TOO_LOW,
  X_ROLE,
  payRowsOf,
  type PayRows,
} from '../engine/payRows';
import { daysInMonth, addMonths, splitMonth } from '../engine/months';
import type { MonthService, RosterReport } from '../behaviour/types';
import { COST_TOTALS, marginFen, type CostTotal } from './costAcc';
import { mul2Div } from '../engine/money';
import { RowCache } from '../engine/kernel/rowCache';
import { keyOf } from './quantileBins';
import { ROLES } from '../policy/types';
import { DECILES, GROUP_ALL, GROUP_LEVEL0, GROUP_ROLE0, WL_GROUPS, type RunAcc } from './reporters';

const PRESALES = ROLES.indexOf('presales');
const GOLD = ROLES.indexOf('gold');

export class ReplicationCollector {
  private readonly V: number;
  private readonly M: number;
  private readonly yearOf: Int32Array;
  private readonly monthsInYear: number[];
  private readonly monthStr: string[];
  private readonly fullDays: number[];
  /** Days of each calendar year of the simulation (365 or 366). */
  private readonly yearDays: number[];
  private readonly ids = new Map<string, number>();
  /**
   * Scratch of the replication's agents (track t, in order of first payslip), at t × V·M + v·M + m:
   * net pay, NaN when not paid; days employed in a part-month (0 for a full month); level and role
   * indexes. Reused from replication to replication.
   */
  private trackNet = new Float64Array(0);
  private trackDays = new Int8Array(0);
  private trackLevel = new Int8Array(0);
  private trackRole = new Int8Array(0);
  private tracks = 0;
  /** Scratch of agentYears: a variant's full agent-years' and agent-months' net pay (for the Gini). */
  private giniYearly = new Float64Array(0);
  private giniMonthly = new Float64Array(0);
  private readonly costM: Float64Array;
  private readonly grossM: Float64Array;
  /** Per variant: Σxy, Σx², Σy² of pay for performance within the replication (fixed order). */
  private readonly pfp: Float64Array;
  /** Per (variant, month) of the replication: turnover cost, net credited sales, unanswered inquiries, lost sales. */
  private readonly turnoverM: Float64Array;
  private readonly salesM: Float64Array;
  private readonly unansweredM: Float64Array;
  private readonly lostM: Float64Array;
  /** Per variant, this replication: agent-months below the minimum wage, quits. */
  private readonly belowRep: Float64Array;
  private readonly quitsRep: Float64Array;

  constructor(
    private readonly acc: RunAcc,
    private readonly baseline: number,
    startMonth: string,
    months: number,
    /** Gross margin in ppm (costAcc.ts marginPpm): contribution = round(margin × net sales) − people cost. */
    private readonly marginPpm = 0,
  ) {
    this.V = acc.variants.length;
    this.M = months;
    this.monthStr = Array.from({ length: months }, (_, m) => addMonths(startMonth, m));
    this.fullDays = this.monthStr.map(daysInMonth);
    const y0 = splitMonth(startMonth)[0];
    this.yearOf = Int32Array.from(this.monthStr, (s) => splitMonth(s)[0] - y0);
    this.monthsInYear = [];
    for (const y of this.yearOf) this.monthsInYear[y] = (this.monthsInYear[y] ?? 0) + 1;
    this.yearDays = this.monthsInYear.map((_, y) => {
      let d = 0;
      for (let mo = 1; mo <= 12; mo++) d += daysInMonth(`${y0 + y}-${String(mo).padStart(2, '0')}`);
      return d;
    });
    this.costM = new Float64Array(this.V * months);
    this.grossM = new Float64Array(this.V * months);
    this.pfp = new Float64Array(this.V * 3);
    this.turnoverM = new Float64Array(this.V * months);
    this.salesM = new Float64Array(this.V * months);
    this.unansweredM = new Float64Array(this.V * months);
    this.lostM = new Float64Array(this.V * months);
    this.belowRep = new Float64Array(this.V);
    this.quitsRep = new Float64Array(this.V);
    this.recent = Array.from({ length: this.V }, () => new RowCache<number>());
  }

  /** Start a replication. */
  begin(): void {
    this.ids.clear();
    for (const c of this.recent) c.clear();
    this.tracks = 0;
    this.costM.fill(0);
    this.grossM.fill(0);
    this.pfp.fill(0);
    this.turnoverM.fill(0);
    this.salesM.fill(0);
    this.unansweredM.fill(0);
    this.lostM.fill(0);
    this.belowRep.fill(0);
    this.quitsRep.fill(0);
  }

  /** Per variant, the tracks of its last month's agents in payslip order (engine/kernel/rowCache.ts). */
  private readonly recent: RowCache<number>[];

  /** The track of an agent (a new one, cleared, at its first payslip of the replication). */
  private track(id: string): number {
    let t = this.ids.get(id);
    if (t === undefined) {
      t = this.tracks++;
      this.ids.set(id, t);
      const n = this.V * this.M;
      if (this.trackNet.length < this.tracks * n) {
        const grow = <T extends Float64Array | Int8Array>(a: T, make: (len: number) => T): T => {
          const b = make(Math.max(this.tracks, 2 * (a.length / n), 64) * n);
          b.set(a);
          return b;
        };
        this.trackNet = grow(this.trackNet, (len) => new Float64Array(len));
        this.trackDays = grow(this.trackDays, (len) => new Int8Array(len));
        this.trackLevel = grow(this.trackLevel, (len) => new Int8Array(len));
        this.trackRole = grow(this.trackRole, (len) => new Int8Array(len));
      }
      this.trackNet.fill(NaN, t * n, t * n + n);
      this.trackDays.fill(0, t * n, t * n + n);
      this.trackLevel.fill(0, t * n, t * n + n);
      this.trackRole.fill(0, t * n, t * n + n);
    }
    return t;
  }

  /** The payslips of variant v in month index m, with the records they were computed from. */
  month(v: number, m: number, records: readonly AgentMonth[], slips: readonly Payslip[], service?: MonthService): void {
    this.pay(v, m, records, payRowsOf(slips, records), service);
  }

  /** The pay of variant v in month index m as the engine's rows (engine/payRows.ts), in payslip order. */
  pay(v: number, m: number, records: readonly AgentMonth[], rows: PayRows, service?: MonthService): void {
    const a = this.acc.variants[v]!;
    const comp = a.componentFen;
    const incF = a.incomeMonthFull;
    const incFS = a.incomeMonthFullSumFen;
    const incP = a.incomeMonthPart;
    const incPS = a.incomeMonthPartSumFen;
    const incE = a.incomeMonthPartFte;
    const incES = a.incomeMonthPartFteSumFen;
    const full = this.fullDays[m]!;
    const at0 = v * this.M + m;
    const d = rows.data;
    const order = rows.order;
    const n = rows.n;
    const VM = this.V * this.M;
    const recent = this.recent[v]!;
    recent.nextMonth();
    // per-slip figures in locals, added to the (dictionary-shaped) counters once per month
    let cost = 0;
    let gross = 0;
    let net = 0;
    let contributions = 0;
    let fines = 0;
    let sales = 0;
    let netSales = 0;
    let orders = 0;
    let belowN = 0;
    let belowFen = 0;
    let dedN = 0;
    let dedFen = 0;
    let capN = 0;
    let capFen = 0;
    let probation = 0;
    let probationLow = 0;
    let lowScore = 0;
    let warnings = 0;
    let pfpN = 0;
    let pfpX = 0;
    let pfpY = 0;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      const r = records[i]!;
      const at = i * STRIDE;
      const grossFen = d[at + X_GROSS]!;
      cost += d[at + X_EMPLOYER_COST]!;
      gross += grossFen;
      net += d[at + X_NET]!;
      contributions += d[at + X_CONTRIBUTIONS]!;
      fines += d[at + X_FINES]!;
      sales += r.creditedSalesFen;
      netSales += r.creditedSalesFen - r.returnsFen;
      orders += r.paidOrders;
      // the component columns with a line (X_LINES bit c): every non-zero amount has one (payRows.ts)
      for (let bits = d[at + X_LINES]! | 0; bits !== 0; bits &= bits - 1) {
        const c = 31 - Math.clz32(bits & -bits);
        comp[c]! += d[at + c]!;
      }
      const below = d[at + X_BELOW_MINIMUM]!;
      if (below > 0) {
        belowN++;
        belowFen += below;
      }
      const ded = d[at + X_DEDUCTIONS_BELOW_MINIMUM]!;
      if (ded > 0) {
        dedN++;
        dedFen += ded;
      }
      const over = d[at + X_DEDUCTIONS_OVER_CAP]!;
      if (over > 0) {
        capN++;
        capFen += over;
      }
      if (d[at + X_PROBATION] === 1) probation++;
      if (d[at + X_PROBATION_TOO_LOW] === 1) probationLow++;
      const dismissal = d[at + X_DISMISSAL]!;
      if (dismissal === 1) lowScore++;
      else if (dismissal === 2) warnings++;
      const x = d[at + X_NET]!;
      const li = d[at + X_LEVEL]!;
      const ri = d[at + X_ROLE]!;
      const id = r.agentId;
      let tr = recent.find(id);
      if (tr === undefined) tr = this.track(id);
      recent.add(id, tr);
      const ta = tr * VM + at0;
      const days = r.daysEmployed;
      // income bins by level and by role; the all group's bins are the levels' (reporters.ts `incomeBins`)
      if (days >= full) {
        const kx = keyOf(x);
        incF[GROUP_LEVEL0 + li]!.addKeyed(kx, x);
        incF[GROUP_ROLE0 + ri]!.addKeyed(kx, x);
        incFS[GROUP_ALL]! += x;
        incFS[GROUP_LEVEL0 + li]! += x;
        incFS[GROUP_ROLE0 + ri]! += x;
      } else {
        const kx = keyOf(x);
        incP[GROUP_LEVEL0 + li]!.addKeyed(kx, x);
        incP[GROUP_ROLE0 + ri]!.addKeyed(kx, x);
        incPS[GROUP_ALL]! += x;
        incPS[GROUP_LEVEL0 + li]! += x;
        incPS[GROUP_ROLE0 + ri]! += x;
        // daysEmployed is 1 … days of the month (docs/records.md)
        this.trackDays[ta] = days;
        const fte = mul2Div(x, full, days);
        const kfte = keyOf(fte);
        incE[GROUP_LEVEL0 + li]!.addKeyed(kfte, fte);
        incE[GROUP_ROLE0 + ri]!.addKeyed(kfte, fte);
        incES[GROUP_ALL]! += fte;
        incES[GROUP_LEVEL0 + li]! += fte;
        incES[GROUP_ROLE0 + ri]! += fte;
      }
      if ((ri === PRESALES || ri === GOLD) && r.daysEmployed >= full) {
        const sx = r.creditedSalesFen;
        const sy = grossFen;
        pfpN++;
        pfpX += sx;
        pfpY += sy;
        sxy += sx * sy;
        sxx += sx * sx;
        syy += sy * sy;
      }
      const prev = this.trackNet[ta]!;
      this.trackNet[ta] = prev === prev ? prev + x : x; // NaN (not paid yet) → x
      this.trackLevel[ta] = li;
      this.trackRole[ta] = ri;
    }
    const c = a.c;
    c.agentMonths += n;
    c.costFen += cost;
    c.grossFen += gross;
    c.netFen += net;
    c.contributionsFen += contributions;
    c.finesFen += fines;
    c.salesFen += sales;
    c.paidOrders += orders;
    c.belowMinCount += belowN;
    this.belowRep[v]! += belowN;
    c.belowMinFen += belowFen;
    c.dedBelowMinCount += dedN;
    c.dedBelowMinFen += dedFen;
    c.overCapCount += capN;
    c.overCapFen += capFen;
    c.probationMonths += probation;
    c.probationTooLowCount += probationLow;
    c.dismissLowScore += lowScore;
    c.dismissWarnings += warnings;
    c.pfpN += pfpN;
    c.pfpX += pfpX;
    c.pfpY += pfpY;
    a.costByMonthFen[m]! += cost;
    a.grossByMonthFen[m]! += gross;
    this.costM[at0]! += cost;
    this.grossM[at0]! += gross;
    this.salesM[at0]! += netSales;
    if (service) {
      this.unansweredM[at0] = service.unansweredInquiries;
      this.lostM[at0] = service.lostSalesFen;
    }
    this.pfp[v * 3]! += sxy;
    this.pfp[v * 3 + 1]! += sxx;
    this.pfp[v * 3 + 2]! += syy;
  }

  /** Roster events of variant v in one month (quits, hires, training cost). */
  roster(v: number, report: RosterReport): void {
    const c = this.acc.variants[v]!.c;
    c.quits += report.quits.length;
    this.quitsRep[v]! += report.quits.length;
    c.hires += report.hires.length;
    c.dismissalsActed += report.dismissals.length;
    c.trainingCostFen += report.trainingCostFen;
    if (report.monthIndex < this.M) this.turnoverM[v * this.M + report.monthIndex]! += report.trainingCostFen + report.recruitingCostFen;
  }

  /** Close the replication: per-replication figures into the aggregate. */
  end(): void {
    const { V, M } = this;
    const totals: number[] = [];
    for (let v = 0; v < V; v++) {
      const a = this.acc.variants[v]!;
      let cost = 0;
      let gross = 0;
      for (let m = 0; m < M; m++) {
        const cm = this.costM[v * M + m]!;
        const gm = this.grossM[v * M + m]!;
        a.costMonth[m]!.add(cm);
        a.grossMonth[m]!.add(gm);
        cost += cm;
        gross += gm;
      }
      a.costTotal.add(cost);
      a.grossTotal.add(gross);
      totals.push(cost);
      a.c.replications++;
      a.perRep.belowMin.push(this.belowRep[v]!);
      a.perRep.quits.push(this.quitsRep[v]!);
      a.w.pfpXY += BigInt(Math.round(this.pfp[v * 3]!));
      a.w.pfpXX += BigInt(Math.round(this.pfp[v * 3 + 1]!));
      a.w.pfpYY += BigInt(Math.round(this.pfp[v * 3 + 2]!));
      this.agentYears(v);
    }
    const costTotals = this.costFigures();
    const b = this.baseline;
    for (let v = 0; v < V; v++) {
      if (v === b) continue;
      const a = this.acc.variants[v]!;
      const d = totals[v]! - totals[b]!;
      a.c.diffN++;
      a.c.diffSum += d;
      a.w.diffSq += BigInt(d) * BigInt(d);
      const cv = costTotals[v]!;
      const cb = costTotals[b]!;
      a.cost.addDifference({ people: cv.people - cb.people, contribution: cv.contribution - cb.contribution, sales: cv.sales - cb.sales });
      a.perRep.costDiff.push(d);
      this.compare(v);
    }
  }

  /**
   * People cost, contribution and lost service of each variant in this replication (docs/charts.md §"What
   * a policy really costs"): people cost of a month = employer cost + turnover cost of its hires;
   * contribution of a month = round(margin × its net credited sales) − its people cost; totals are
   * the sums of the months.
   */
  private costFigures(): Record<CostTotal, number>[] {
    const { V, M } = this;
    const out: Record<CostTotal, number>[] = [];
    const people = new Float64Array(M);
    const contribution = new Float64Array(M);
    for (let v = 0; v < V; v++) {
      const t = Object.fromEntries(COST_TOTALS.map((k) => [k, 0])) as Record<CostTotal, number>;
      for (let m = 0; m < M; m++) {
        const at = v * M + m;
        const turnover = this.turnoverM[at]!;
        const sales = this.salesM[at]!;
        people[m] = this.costM[at]! + turnover;
        contribution[m] = marginFen(sales, this.marginPpm) - people[m]!;
        t.people += people[m]!;
        t.turnover += turnover;
        t.sales += sales;
        t.contribution += contribution[m]!;
        t.lostSales += this.lostM[at]!;
        t.unanswered += this.unansweredM[at]!;
      }
      this.acc.variants[v]!.cost.addReplication(t, people, contribution);
      out.push(t);
    }
    return out;
  }

  private agentYears(v: number): void {
    const a = this.acc.variants[v]!;
    const M = this.M;
    const years = this.monthsInYear.length;
    // the replication's full agent-years and agent-months, in scratch arrays reused across calls
    const maxMonthly = this.tracks * M;
    if (this.giniMonthly.length < maxMonthly) {
      this.giniMonthly = new Float64Array(Math.max(maxMonthly, 2 * this.giniMonthly.length));
      this.giniYearly = new Float64Array(this.giniMonthly.length);
    }
    const yearly = this.giniYearly;
    const monthly = this.giniMonthly;
    let ny = 0;
    let nm = 0;
    let whole = 0;
    let partial = 0;
    const VM = this.V * M;
    for (let t = 0; t < this.tracks; t++) {
      const tb = t * VM;
      for (let y = 0; y < years; y++) {
        let n = 0;
        let sum = 0;
        let days = 0;
        let last = -1;
        for (let m = 0; m < M; m++) {
          if (this.yearOf[m] !== y) continue;
          const x = this.trackNet[tb + v * M + m]!;
          if (Number.isNaN(x)) continue;
          n++;
          sum += x;
          days += this.trackDays[tb + v * M + m] || this.fullDays[m]!; // 0: a full month
          last = tb + v * M + m;
          monthly[nm++] = x;
        }
        if (n === 0) continue;
        {
          const yd = this.yearDays[y]!;
          const annual = days >= yd ? sum : mul2Div(sum, yd, days);
          const li = this.trackLevel[last]!;
          const ri = this.trackRole[last]!;
          const key = keyOf(annual);
          a.incomeYearAll[GROUP_LEVEL0 + li]!.addKeyed(key, annual);
          a.incomeYearAll[GROUP_ROLE0 + ri]!.addKeyed(key, annual);
          a.incomeYearAllSumFen[GROUP_ALL]! += annual;
          a.incomeYearAllSumFen[GROUP_LEVEL0 + li]! += annual;
          a.incomeYearAllSumFen[GROUP_ROLE0 + ri]! += annual;
        }
        if (n < this.monthsInYear[y]!) {
          partial++;
          continue;
        }
        whole++;
        yearly[ny++] = sum;
        const li = this.trackLevel[last]!;
        const ri = this.trackRole[last]!;
        const key = keyOf(sum);
        a.incomeYear[GROUP_LEVEL0 + li]!.addKeyed(key, sum);
        a.incomeYear[GROUP_ROLE0 + ri]!.addKeyed(key, sum);
        a.incomeYearSumFen[GROUP_ALL]! += sum;
        a.incomeYearSumFen[GROUP_LEVEL0 + li]! += sum;
        a.incomeYearSumFen[GROUP_ROLE0 + ri]! += sum;
      }
    }
    a.c.agentYears += whole;
    a.c.agentYearsPartial += partial;
    const gy = giniInPlace(yearly.subarray(0, ny));
    if (gy !== null) {
      a.c.giniYearPpm += Math.round(gy * 1e6);
      a.c.giniYearN++;
    }
    const gm = giniInPlace(monthly.subarray(0, nm));
    if (gm !== null) {
      a.c.giniMonthPpm += Math.round(gm * 1e6);
      a.c.giniMonthN++;
    }
  }

  /** Scratch of `compare`: per compared agent-year, baseline and variant pay, level; the sort keys. */
  private cmpBase = new Float64Array(0);
  private cmpPay = new Float64Array(0);
  private cmpLevel = new Int8Array(0);
  private cmpKey = new Float64Array(0);

  /** Winners, losers and change by decile of variant v against the baseline. */
  private compare(v: number): void {
    const a = this.acc.variants[v]!;
    const M = this.M;
    const b = this.baseline;
    const years = this.monthsInYear.length;
    const cap = this.tracks * years;
    if (this.cmpBase.length < cap) {
      const len = Math.max(cap, 2 * this.cmpBase.length);
      this.cmpBase = new Float64Array(len);
      this.cmpPay = new Float64Array(len);
      this.cmpLevel = new Int8Array(len);
      this.cmpKey = new Float64Array(len);
    }
    const bases = this.cmpBase;
    const pays = this.cmpPay;
    const levels = this.cmpLevel;
    // pairs in order of (track, year); that order breaks ties of equal baseline pay
    let n = 0;
    let maxBase = 0;
    const VM = this.V * M;
    for (let i = 0; i < this.tracks; i++) {
      const tb = i * VM;
      for (let y = 0; y < years; y++) {
        let base = 0;
        let pay = 0;
        let k = 0;
        let level = 0;
        for (let m = 0; m < M; m++) {
          if (this.yearOf[m] !== y) continue;
          const xb = this.trackNet[tb + b * M + m]!;
          const xv = this.trackNet[tb + v * M + m]!;
          if (Number.isNaN(xb) || Number.isNaN(xv)) continue;
          k++;
          base += xb;
          pay += xv;
          level = this.trackLevel[tb + v * M + m]!;
        }
        if (k > 0 && base > 0) {
          bases[n] = base;
          pays[n] = pay;
          levels[n] = level;
          if (base > maxBase) maxBase = base;
          if (base !== Math.floor(base)) maxBase = Infinity; // not whole fen: no integer key
          n++;
        }
      }
    }
    if (n === 0) return;
    const byRank = rankByBase(bases, n, maxBase, this.cmpKey);
    let winners = 0;
    let losers = 0;
    for (let rank = 0; rank < n; rank++) {
      const j = byRank[rank]!;
      const base = bases[j]!;
      const pay = pays[j]!;
      // > 5 % either way, in integers: 100·pay > 105·base, 100·pay < 95·base
      if (100 * pay > 105 * base) winners++;
      else if (100 * pay < 95 * base) losers++;
      const g = wlGroup(base, pay);
      a.wlGroupN[g]!++;
      a.wlGroupN[(1 + levels[j]!) * WL_GROUPS + g]!++;
      const d = Math.floor((rank * DECILES) / n);
      a.decileN[d]!++;
      a.decileChangeFen[d]! += pay - base;
      a.decilePctPpm[d]! += Math.round(((pay - base) * 1e6) / base);
    }
    a.c.cmpAgentYears += n;
    a.c.winners += winners;
    a.c.losers += losers;
    a.perRep.winnersShare.push(winners / n);
    a.perRep.losersShare.push(losers / n);
  }
}

/**
 * The indexes of the first n values of `bases` by ascending value, ties by index (as a stable
 * sort), written into `keys` and returned (its first n entries). `maxBase` is the largest of them,
 * or Infinity when one is not a whole number ≥ 0. For whole numbers, base × n + index is an exact,
 * distinct key while it stays a safe integer, so a plain numeric sort orders them; otherwise a
 * comparison sort.
 */
export function rankByBase(bases: Float64Array, n: number, maxBase: number, keys: Float64Array): Float64Array {
  const out = keys.subarray(0, n);
  if (maxBase >= 0 && Number.isSafeInteger(maxBase * n + n)) {
    for (let j = 0; j < n; j++) out[j] = bases[j]! * n + j;
    sortAscending(out, false);
    for (let r = 0; r < n; r++) out[r] = out[r]! % n;
  } else {
    for (let j = 0; j < n; j++) out[j] = j;
    out.sort((p, q) => bases[p]! - bases[q]! || p - q);
  }
  return out;
}

/**
 * The winners-and-losers rule (its one home; the chart's `classify` in src/ui/charts/winnersLosers.ts
 * reads it): the group of a change from `base` (> 0) to `pay`, in integers: 0 lose > 5 %,
 * 1 lose ≤ 5 %, 2 no change, 3 gain ≤ 5 %, 4 gain > 5 %.
 */
export function wlGroup(base: number, pay: number): number {
  if (100 * pay > 105 * base) return 4;
  if (pay > base) return 3;
  if (pay === base) return 2;
  if (100 * pay < 95 * base) return 0;
  return 1;
}

/**
 * Gini coefficient of incomes (negatives counted as 0): G = 2·Σ i·x₍ᵢ₎ / (n·Σx) − (n + 1)/n over
 * values sorted ascending, i = 1..n. Null with fewer than two values or a zero total.
 */
export function gini(values: ArrayLike<number>): number | null {
  return giniInPlace(Float64Array.from(values));
}

/** `gini` of the values in `xs`, which it overwrites (negatives → 0, then sorted ascending). */
export function giniInPlace(xs: Float64Array): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let max = 0;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    if (!(x > 0)) xs[i] = 0;
    else {
      if (x > max) max = x;
      if (x !== Math.floor(x)) whole = false;
    }
  }
  sortAscending(xs, whole && max < RADIX_LIMIT);
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    sum += xs[i]!;
    weighted += (i + 1) * xs[i]!;
  }
  if (sum <= 0) return null;
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}

/** Values below 2^32 sort by radix: whole fen of income, 42.9 million yuan and less. */
const RADIX_LIMIT = 2 ** 32;
const SMALL = 48;
let radixA = new Uint32Array(0);
let radixB = new Uint32Array(0);
const radixCount = new Int32Array(256);

/**
 * Sort non-negative numbers (no NaN) ascending, in place, as `xs.sort()` does: insertion sort for a
 * few values; for whole numbers below 2^32 (`radix`), a least-significant-digit radix sort on bytes,
 * stable, skipping the high bytes every value has at 0; otherwise the built-in sort. A sorted list
 * of numbers is unique, so the order is the same whichever sort ran.
 */
export function sortAscending(xs: Float64Array, radix: boolean): void {
  const n = xs.length;
  if (n <= SMALL) {
    for (let i = 1; i < n; i++) {
      const x = xs[i]!;
      let j = i - 1;
      for (; j >= 0 && xs[j]! > x; j--) xs[j + 1] = xs[j]!;
      xs[j + 1] = x;
    }
    return;
  }
  if (!radix) {
    xs.sort();
    return;
  }
  if (radixA.length < n) {
    radixA = new Uint32Array(Math.max(n, 2 * radixA.length));
    radixB = new Uint32Array(radixA.length);
  }
  let src = radixA;
  let dst = radixB;
  let or = 0;
  for (let i = 0; i < n; i++) {
    src[i] = xs[i]!;
    or |= src[i]!;
  }
  const count = radixCount;
  for (let shift = 0; shift < 32 && or >>> shift !== 0; shift += 8) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(src[i]! >>> shift) & 255]!++;
    let at = 0;
    for (let d = 0; d < 256; d++) {
      const c = count[d]!;
      count[d] = at;
      at += c;
    }
    for (let i = 0; i < n; i++) {
      const x = src[i]!;
      dst[count[(x >>> shift) & 255]!++] = x;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) xs[i] = src[i]!;
}
