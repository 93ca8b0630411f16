/**
 * The summary of a comparison run: a plain JSON-able object per variant, computed from
 * the streaming aggregates (reporters.ts). Money is integer fen (means rounded half away from zero,
 * once); shares and ratios are plain numbers; quantiles come from the fixed fine bins and are within
 * `quantileRelError` of the exact nearest-rank value. Formatting for people is done by the CLI and
 * the UI, not here.
 */
import { COMPONENTS, type Component } from '../engine/payslip';
import { LEVELS, ROLES, type Level, type Role } from '../policy/types';
import { QUANTILE_REL_ERROR, mergeBins, quantiles, type BinsData, type DenseBins } from './quantileBins';
import { DECILES, GROUP_ALL, GROUP_LEVEL0, GROUP_ROLE0, WL_GROUPS, incomeBins, type RunAcc, type VariantAcc } from './reporters';
import { tQuantile975 } from './tQuantile';
import type { CostAcc } from './costAcc';
import { MIN_FOR_PERCENTILES, percentileRange, type Range } from './percentileRange';
import { binnedGini } from './binnedGini';
import type { Scenario } from './scenario';

export type { Range } from './percentileRange';

export const SUMMARY_FORMAT = 'paylab.summary/1';

/** Mean and p5/p50/p95 across replications, fen. */
export interface Spread {
  meanFen: number | null;
  p5Fen: number | null;
  p50Fen: number | null;
  p95Fen: number | null;
}

/** Income distribution of one group: count, mean and p10…p90, fen. */
export interface IncomeStats {
  n: number;
  meanFen: number | null;
  p10Fen: number | null;
  p25Fen: number | null;
  p50Fen: number | null;
  p75Fen: number | null;
  p90Fen: number | null;
}

export interface IncomeDistribution {
  all: IncomeStats;
  byLevel: Record<Level, IncomeStats>;
  byRole: Record<Role, IncomeStats>;
}

/** Mean difference of the variant's total employer cost minus the baseline's, over paired replications. */
export interface PairedDifference {
  n: number;
  meanFen: number | null;
  /** Sample standard deviation of the per-replication difference. */
  sdFen: number | null;
  /**
   * 95 % confidence interval of the mean (Student t, n − 1 degrees of freedom); null for n < 2. The
   * precision of the simulation: it narrows as replications are added, and says nothing of how much
   * one simulated period differs from the next (that is p5–p95).
   */
  ciLowFen: number | null;
  ciHighFen: number | null;
  /**
   * 5th and 95th percentile (nearest rank, exact) of the per-replication difference, fen: the spread
   * from one simulated period to the next; null for n = 0.
   */
  p5: number | null;
  p95: number | null;
  /** True below 20 replications: p5 and p95 are then the minimum and the maximum. */
  rangeIsMinMax: boolean;
}

/** Five numbers per row: lose > 5 %, lose ≤ 5 %, no change, gain ≤ 5 %, gain > 5 %. */
export interface WLGroups {
  all: number[];
  byLevel: Record<Level, number[]>;
}

function wlGroups(counts: readonly number[], shares: boolean): WLGroups {
  const row = (i: number) => {
    const c = counts.slice(i * WL_GROUPS, (i + 1) * WL_GROUPS);
    if (!shares) return c;
    const n = c.reduce((s, x) => s + x, 0);
    return c.map((x) => (n === 0 ? 0 : x / n));
  };
  return { all: row(0), byLevel: Object.fromEntries(LEVELS.map((l, i) => [l, row(1 + i)])) as Record<Level, number[]> };
}

export interface VariantSummary {
  name: string;
  baseline: boolean;
  replications: number;
  /** Employer cost (gross + employer contributions) over the simulated months, per replication. */
  cost: Spread;
  /** Gross pay over the simulated months, per replication. */
  gross: Spread;
  /** The same for each simulated month (index 0 = start month). */
  costByMonth: Spread[];
  grossByMonth: Spread[];
  /** Mean per replication of each pay line (fines negative), plus employer contributions and fines taken. */
  breakdownFen: Record<Component, number> & { employerContributions: number; finesTaken: number; net: number };
  /**
   * People cost over the simulated months, per replication: employer cost (gross + employer
   * contributions) + turnover cost (docs/charts.md).
   */
  peopleCost: Spread;
  /** The same for each simulated month (a month's turnover cost is that of the hires joining in it). */
  peopleCostByMonth: Spread[];
  /** Turnover cost per replication: hires × (recruiting + training cost per hire). */
  turnoverCost: Spread;
  /** Net credited sales (credited sales − returns deducted) per replication. */
  sales: Spread;
  /**
   * Contribution per replication: Σ over months of round(gross margin × the month's net sales) −
   * the month's people cost (the margin rounded half away from zero to the fen, month by month).
   */
  contribution: Spread;
  contributionByMonth: Spread[];
  /** Net sales lost to inquiries nobody answered (empty posts beyond the colleagues' capacity), per replication. */
  lostSales: Spread;
  /** Inquiries nobody answered per replication (a count, not fen, in the same fields). */
  unansweredInquiries: Spread;
  /**
   * Legal flags in the scenario's city, as means per replication (over the simulated months) of the
   * counts in `compliance`: agent-months below the minimum wage, months with deductions over the
   * 20 % cap, months whose deductions take pay below the minimum, probation months paid too little.
   * `lawful` is true iff all four are 0 (no flag in any replication).
   */
  lawful: { lawful: boolean; belowMinimum: number; deductionsOverCap: number; deductionsBelowMinimum: number; probationTooLow: number };
  /** Σ employer cost / Σ credited sales. */
  costShareOfSales: number | null;
  /** Σ employer cost / Σ paid orders, fen. */
  costPerPaidOrderFen: number | null;
  income: {
    agentMonth: IncomeDistribution;
    agentYear: IncomeDistribution;
    /** Agent-years with a month missing (joined or left during the year), not in `agentYear`. */
    partialAgentYears: number;
    /** Mean over replications of the Gini coefficient of full agent-year net pay. */
    giniAgentYear: number | null;
    /** Mean over replications of the Gini coefficient of agent-month net pay. */
    giniAgentMonth: number | null;
    /** Agent-months employed the whole calendar month. */
    agentMonthFull: IncomeDistribution;
    /** Part-months (joining or leaving), each as its full-month equivalent net × calendar days ÷ days employed. */
    agentMonthPartialFte: IncomeDistribution;
    /**
     * Every agent-year annualised to its whole calendar year: net × (days of the year) ÷ (days
     * employed in it) — a joiner, a leaver, or a year the run covers only in part; level and role of
     * its last month.
     */
    agentYearAll: IncomeDistribution;
    /**
     * Gini coefficient of `agentYearAll` pooled over all replications (negatives as 0), from its bins:
     * within BINNED_GINI_ERROR (binnedGini.ts) of the exact pooled value.
     */
    giniPooled: number | null;
  };
  /** Against the baseline (null for the baseline itself). */
  vsBaseline: null | {
    agentYearsCompared: number;
    /** Share of compared agent-years paid more than 5 % more / less than under the baseline. */
    winnersShare: number | null;
    losersShare: number | null;
    /** p5–p95 across replications of each replication's winners' / losers' share. */
    winnersShareRange: Range | null;
    losersShareRange: Range | null;
    /** By decile of baseline pay (0 = lowest): count, mean change fen, mean relative change. */
    byDecile: { n: number; meanChangeFen: number | null; meanChangeShare: number | null }[];
    /**
     * Shares of compared agent-years in five groups, in the order lose > 5 %, lose ≤ 5 %, no change,
     * gain ≤ 5 %, gain > 5 % (each row sums to 1; all 0 when nothing was compared), overall and by the
     * level of the agent's last compared month of the year.
     */
    groups: WLGroups;
    /** The counts behind `groups` (agent-years over all replications). */
    groupCounts: WLGroups;
    costDifference: PairedDifference;
    /** The same paired difference of people cost, contribution and net credited sales. */
    peopleCostDifference: PairedDifference;
    contributionDifference: PairedDifference;
    salesDifference: PairedDifference;
  };
  compliance: {
    agentMonths: number;
    belowMinimum: { count: number; share: number | null; shortfallFen: number };
    /** p5–p95 across replications of the agent-months below the minimum wage in a replication. */
    belowMinimumRange: Range | null;
    deductionsBelowMinimum: { count: number; shortfallFen: number };
    deductionsOverCap: { count: number; excessFen: number };
    probationMonths: number;
    probationTooLow: number;
    dismissalsFlagged: { lowScore: number; warnings: number };
  };
  payForPerformance: {
    /** 售前/金牌 agent-months employed the whole month. */
    n: number;
    /** Yuan of gross pay per yuan of credited sales (least squares). */
    slope: number | null;
    correlation: number | null;
  };
  /** Totals over all replications, and means per replication. */
  turnover: {
    quits: number;
    hires: number;
    dismissals: number;
    trainingCostFen: number;
    quitsMean: number | null;
    hiresMean: number | null;
    trainingCostMeanFen: number | null;
    /** p5–p95 across replications of the quits in a replication. */
    quitsRange: Range | null;
  };
}

export interface Summary {
  format: typeof SUMMARY_FORMAT;
  scenario: string;
  seed: number;
  startMonth: string;
  months: number;
  /** Replications aggregated (fewer than requested when the run was cancelled). */
  replications: number;
  requested: number;
  complete: boolean;
  /** Bound of every reported quantile: |reported − exact| ≤ |exact| × quantileRelError. */
  quantileRelError: number;
  variants: VariantSummary[];
}

export interface SummaryMeta {
  scenario: string;
  seed: number;
  startMonth: string;
  months: number;
  requested: number;
  names: string[];
  baseline: number;
}

/** The meta of a run of `requested` replications of `scenario`. */
export function summaryMeta(scenario: Scenario, requested: number): SummaryMeta {
  return {
    scenario: scenario.name,
    seed: scenario.settings.seed,
    startMonth: scenario.settings.startMonth,
    months: scenario.settings.months,
    requested,
    names: scenario.variants.map((v) => v.name),
    baseline: scenario.variants.findIndex((v) => v.baseline),
  };
}

/** round(a / b) half away from zero, exact for safe integers. */
export function divRound(a: number, b: number): number | null {
  if (b === 0) return null;
  return Number(divRoundBig(BigInt(a), BigInt(b)));
}

function divRoundBig(a: bigint, b: bigint): bigint {
  const neg = a < 0n !== b < 0n;
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  const q = (2n * x + y) / (2n * y);
  return neg ? -q : q;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function spread(bins: BinsData, sum: number): Spread {
  const [p5, p50, p95] = quantiles(bins, [5, 50, 95]);
  return { meanFen: divRound(sum, bins.n), p5Fen: p5!, p50Fen: p50!, p95Fen: p95! };
}

function incomeStats(bins: BinsData, sum: number): IncomeStats {
  const [p10, p25, p50, p75, p90] = quantiles(bins, [10, 25, 50, 75, 90]);
  return { n: bins.n, meanFen: divRound(sum, bins.n), p10Fen: p10!, p25Fen: p25!, p50Fen: p50!, p75Fen: p75!, p90Fen: p90! };
}

function distribution(bins: readonly DenseBins[], sums: number[]): IncomeDistribution {
  return distributionOf(incomeBins(bins), sums);
}

/** Each group's bins of two lists merged (exact). */
const mergeEach = (a: BinsData[], b: BinsData[]): BinsData[] => a.map((d, i) => mergeBins(d, b[i]!));

function distributionOf(bins: BinsData[], sums: number[]): IncomeDistribution {
  const at = (i: number) => incomeStats(bins[i]!, sums[i]!);
  return {
    all: at(GROUP_ALL),
    byLevel: Object.fromEntries(LEVELS.map((l, i) => [l, at(GROUP_LEVEL0 + i)])) as Record<Level, IncomeStats>,
    byRole: Object.fromEntries(ROLES.map((r, i) => [r, at(GROUP_ROLE0 + i)])) as Record<Role, IncomeStats>,
  };
}

/**
 * Mean, sd and 95 % CI from n, Σd and Σd² (exact integer inputs), and p5–p95 from the n
 * per-replication differences ascending (`sorted`).
 */
export function pairedDifference(n: number, sum: number, sumSq: bigint, sorted: ArrayLike<number>): PairedDifference {
  const r = percentileRange(sorted);
  const range = { p5: r?.p5 ?? null, p95: r?.p95 ?? null, rangeIsMinMax: n < MIN_FOR_PERCENTILES };
  if (n === 0) return { n, meanFen: null, sdFen: null, ciLowFen: null, ciHighFen: null, ...range };
  const meanFen = divRound(sum, n);
  if (n < 2) return { n, meanFen, sdFen: null, ciLowFen: null, ciHighFen: null, ...range };
  // variance = (n·Σd² − (Σd)²) / (n(n − 1)), numerator exact in BigInt
  const num = BigInt(n) * sumSq - BigInt(sum) * BigInt(sum);
  const variance = Number(num) / (n * (n - 1));
  const sd = Math.sqrt(Math.max(0, variance));
  const half = (tQuantile975(n - 1) * sd) / Math.sqrt(n);
  const mean = sum / n;
  return {
    n,
    meanFen,
    sdFen: Math.round(sd),
    ciLowFen: Math.floor(mean - half),
    ciHighFen: Math.ceil(mean + half),
    ...range,
  };
}

/** Least-squares slope and Pearson correlation from exact sums. */
export function regression(n: number, sx: number, sy: number, sxy: bigint, sxx: bigint, syy: bigint) {
  if (n < 2) return { slope: null, correlation: null };
  const N = BigInt(n);
  const cov = N * sxy - BigInt(sx) * BigInt(sy);
  const vx = N * sxx - BigInt(sx) * BigInt(sx);
  const vy = N * syy - BigInt(sy) * BigInt(sy);
  const slope = vx > 0n ? Number(cov) / Number(vx) : null;
  const correlation = vx > 0n && vy > 0n ? Number(cov) / Math.sqrt(Number(vx) * Number(vy)) : null;
  return { slope, correlation };
}

function variantSummary(a: VariantAcc, name: string, isBaseline: boolean): VariantSummary {
  const c = a.c;
  const R = c.replications;
  const breakdown = Object.fromEntries(COMPONENTS.map((k, i) => [k, divRound(a.componentFen[i]!, R) ?? 0])) as Record<
    Component,
    number
  >;
  const pfp = regression(c.pfpN, c.pfpX, c.pfpY, a.w.pfpXY, a.w.pfpXX, a.w.pfpYY);
  return {
    name,
    baseline: isBaseline,
    replications: R,
    cost: spread(a.costTotal.toData(), c.costFen),
    gross: spread(a.grossTotal.toData(), c.grossFen),
    costByMonth: a.costMonth.map((b, m) => spread(b.toData(), a.costByMonthFen[m]!)),
    grossByMonth: a.grossMonth.map((b, m) => spread(b.toData(), a.grossByMonthFen[m]!)),
    breakdownFen: {
      ...breakdown,
      employerContributions: divRound(c.contributionsFen, R) ?? 0,
      finesTaken: divRound(c.finesFen, R) ?? 0,
      net: divRound(c.netFen, R) ?? 0,
    },
    ...costFigures(a.cost),
    lawful: {
      lawful: c.belowMinCount === 0 && c.overCapCount === 0 && c.dedBelowMinCount === 0 && c.probationTooLowCount === 0,
      belowMinimum: ratio(c.belowMinCount, R) ?? 0,
      deductionsOverCap: ratio(c.overCapCount, R) ?? 0,
      deductionsBelowMinimum: ratio(c.dedBelowMinCount, R) ?? 0,
      probationTooLow: ratio(c.probationTooLowCount, R) ?? 0,
    },
    costShareOfSales: ratio(c.costFen, c.salesFen),
    costPerPaidOrderFen: divRound(c.costFen, c.paidOrders),
    income: {
      // every agent-month as paid: full months and part-months together (exact merge of their bins)
      agentMonth: distributionOf(
        mergeEach(incomeBins(a.incomeMonthFull), incomeBins(a.incomeMonthPart)),
        a.incomeMonthFullSumFen.map((x, i) => x + a.incomeMonthPartSumFen[i]!),
      ),
      agentYear: distribution(a.incomeYear, a.incomeYearSumFen),
      partialAgentYears: c.agentYearsPartial,
      giniAgentYear: c.giniYearN ? c.giniYearPpm / c.giniYearN / 1e6 : null,
      giniAgentMonth: c.giniMonthN ? c.giniMonthPpm / c.giniMonthN / 1e6 : null,
      agentMonthFull: distribution(a.incomeMonthFull, a.incomeMonthFullSumFen),
      agentMonthPartialFte: distribution(a.incomeMonthPartFte, a.incomeMonthPartFteSumFen),
      agentYearAll: distribution(a.incomeYearAll, a.incomeYearAllSumFen),
      giniPooled: binnedGini(incomeBins(a.incomeYearAll)[GROUP_ALL]!),
    },
    vsBaseline: isBaseline
      ? null
      : {
          agentYearsCompared: c.cmpAgentYears,
          winnersShare: ratio(c.winners, c.cmpAgentYears),
          losersShare: ratio(c.losers, c.cmpAgentYears),
          winnersShareRange: percentileRange(a.perRep.winnersShare.sorted()),
          losersShareRange: percentileRange(a.perRep.losersShare.sorted()),
          byDecile: Array.from({ length: DECILES }, (_, d) => ({
            n: a.decileN[d]!,
            meanChangeFen: divRound(a.decileChangeFen[d]!, a.decileN[d]!),
            meanChangeShare: a.decileN[d] ? a.decilePctPpm[d]! / a.decileN[d]! / 1e6 : null,
          })),
          groups: wlGroups(a.wlGroupN, true),
          groupCounts: wlGroups(a.wlGroupN, false),
          costDifference: pairedDifference(c.diffN, c.diffSum, a.w.diffSq, a.perRep.costDiff.sorted()),
          peopleCostDifference: pairedDifference(a.cost.diffN, a.cost.diffSum.people, a.cost.diffSq.people, a.cost.diffs.people.sorted()),
          contributionDifference: pairedDifference(a.cost.diffN, a.cost.diffSum.contribution, a.cost.diffSq.contribution, a.cost.diffs.contribution.sorted()),
          salesDifference: pairedDifference(a.cost.diffN, a.cost.diffSum.sales, a.cost.diffSq.sales, a.cost.diffs.sales.sorted()),
        },
    compliance: {
      agentMonths: c.agentMonths,
      belowMinimum: { count: c.belowMinCount, share: ratio(c.belowMinCount, c.agentMonths), shortfallFen: c.belowMinFen },
      belowMinimumRange: percentileRange(a.perRep.belowMin.sorted()),
      deductionsBelowMinimum: { count: c.dedBelowMinCount, shortfallFen: c.dedBelowMinFen },
      deductionsOverCap: { count: c.overCapCount, excessFen: c.overCapFen },
      probationMonths: c.probationMonths,
      probationTooLow: c.probationTooLowCount,
      dismissalsFlagged: { lowScore: c.dismissLowScore, warnings: c.dismissWarnings },
    },
    payForPerformance: { n: c.pfpN, ...pfp },
    turnover: {
      quits: c.quits,
      hires: c.hires,
      dismissals: c.dismissalsActed,
      trainingCostFen: c.trainingCostFen,
      quitsMean: ratio(c.quits, R),
      hiresMean: ratio(c.hires, R),
      trainingCostMeanFen: divRound(c.trainingCostFen, R),
      quitsRange: percentileRange(a.perRep.quits.sorted()),
    },
  };
}

/** The people-cost figures of one variant (costAcc.ts). */
function costFigures(k: CostAcc) {
  const t = k.totals;
  const s = k.sums;
  return {
    peopleCost: spread(t.people.toData(), s.people),
    peopleCostByMonth: k.peopleMonth.map((b, m) => spread(b.toData(), k.peopleByMonthFen[m]!)),
    turnoverCost: spread(t.turnover.toData(), s.turnover),
    sales: spread(t.sales.toData(), s.sales),
    contribution: spread(t.contribution.toData(), s.contribution),
    contributionByMonth: k.contributionMonth.map((b, m) => spread(b.toData(), k.contributionByMonthFen[m]!)),
    lostSales: spread(t.lostSales.toData(), s.lostSales),
    unansweredInquiries: spread(t.unanswered.toData(), s.unanswered),
  };
}

/** The summary of what has been aggregated so far (complete when every requested replication is in). */
export function summarize(acc: RunAcc, meta: SummaryMeta): Summary {
  const done = acc.variants[0]?.c.replications ?? 0;
  return {
    format: SUMMARY_FORMAT,
    scenario: meta.scenario,
    seed: meta.seed,
    startMonth: meta.startMonth,
    months: meta.months,
    replications: done,
    requested: meta.requested,
    complete: done === meta.requested,
    quantileRelError: QUANTILE_REL_ERROR,
    variants: acc.variants.map((a, i) => variantSummary(a, meta.names[i]!, i === meta.baseline)),
  };
}
