/**
 * Streaming aggregates of a comparison run, Mesa style: every figure the summary
 * reports is named once here, as a counter, an exact sum or a bin set of one variant, and is fed
 * by `ReplicationCollector` (replication.ts) one replication at a time. Memory does not grow with
 * the number of replications: per variant a fixed set of numbers and bins, per replication a
 * scratch table of its agents that is dropped when the replication ends.
 *
 * Exactness and determinism: money sums are integer fen in Numbers (exact below 2^53 fen ≈ 90 000
 * billion yuan); sums of squares and products are BigInt; a per-replication value that needs
 * floating point (a Gini coefficient, a per-replication regression sum) is computed in a fixed order
 * inside the replication and then rounded to an integer before it is added. Every merge is
 * therefore exact, commutative and associative: the summary is the same for 1, 2 or 4 workers, in
 * any completion order, in Node and in the browser.
 */
import { COMPONENTS, type Component } from '../engine/payslip';
import { LEVELS, ROLES } from '../policy/types';
import { DenseBins, SparseBins, emptyBins, mergeBins, type BinsData } from './quantileBins';
import { CostAcc } from './costAcc';
import { PackReader, PackWriter, type Packed } from './pack';
import { RepValues } from './repValues';

/** Scalar counters and exact integer sums of one variant (fen unless named otherwise). */
export const COUNTERS = [
  /** Replications aggregated. */
  'replications',
  /** Payslips (agent-months) paid. */
  'agentMonths',
  'costFen',
  'grossFen',
  'netFen',
  'contributionsFen',
  'finesFen',
  /** Credited sales of the agent-months paid (cost share of sales). */
  'salesFen',
  'paidOrders',
  // compliance (docs/law.md)
  'belowMinCount',
  'belowMinFen',
  'dedBelowMinCount',
  'dedBelowMinFen',
  'overCapCount',
  'overCapFen',
  'probationMonths',
  'probationTooLowCount',
  'dismissLowScore',
  'dismissWarnings',
  // turnover
  'quits',
  'hires',
  'dismissalsActed',
  'trainingCostFen',
  // inequality: per-replication Gini × 1e6, rounded, and how many replications had one
  'giniYearPpm',
  'giniYearN',
  'giniMonthPpm',
  'giniMonthN',
  // agent-years
  'agentYears',
  'agentYearsPartial',
  // pay for performance: n and exact Σx, Σy (x = credited sales, y = gross pay of 售前/金牌 full months)
  'pfpN',
  'pfpX',
  'pfpY',
  // winners and losers against the baseline (agent-years compared on their common months)
  'cmpAgentYears',
  'winners',
  'losers',
  // paired difference of total employer cost against the baseline, per replication
  'diffN',
  'diffSum',
] as const;
export type Counter = (typeof COUNTERS)[number];

/** Wide exact sums (BigInt). */
export const WIDE = ['pfpXY', 'pfpXX', 'pfpYY', 'diffSq'] as const;
export type Wide = (typeof WIDE)[number];

/**
 * Figures kept as one exact value per replication, for their p5–p95 across replications
 * (percentileRange.ts): `replications` numbers each, appended as chunks arrive and sorted when read
 * (repValues.ts), so the result does not depend on how replications were split across workers.
 */
export const PER_REP = [
  /** Total employer cost minus the baseline's (fen; not for the baseline). */
  'costDiff',
  /** Shares of the replication's compared agent-years paid > 5 % more / less than under the baseline. */
  'winnersShare',
  'losersShare',
  /** Agent-months paid below the minimum wage. */
  'belowMin',
  /** Quits over the simulated months. */
  'quits',
] as const;
export type PerRep = (typeof PER_REP)[number];

/**
 * Income groups of the distribution bins: all, each level, each role. Every agent-month and
 * agent-year has exactly one level, so the all group's bins are the sum of the level groups' bins:
 * they are not fed nor sent, but merged from the levels' when read (`incomeBins`), which leaves two
 * bin updates per income value instead of three. Its exact sums are kept like the others.
 */
export const INCOME_GROUPS = ['all', ...LEVELS.map((l) => `level.${l}`), ...ROLES.map((r) => `role.${r}`)] as const;
export const GROUP_ALL = 0;
export const GROUP_LEVEL0 = 1;
export const GROUP_ROLE0 = 1 + LEVELS.length;
export const DECILES = 10;
/**
 * Winners and losers in five groups, in this order: lose > 5 %, lose ≤ 5 %, no change, gain ≤ 5 %,
 * gain > 5 % (the chart's `classify`, src/ui/charts/winnersLosers.ts). Counts are kept for all
 * compared agent-years (row 0) and for each level (row 1 + level index): index row × 5 + group.
 */
export const WL_GROUPS = 5;
export const WL_ROWS = 1 + LEVELS.length;

/** Index of each component in COMPONENTS (for the breakdown sums). */
export const COMPONENT_INDEX: ReadonlyMap<Component, number> = new Map(COMPONENTS.map((c, i) => [c, i]));

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** The running aggregate of one variant. */
export class VariantAcc {
  readonly c: Record<Counter, number>;
  readonly w: Record<Wide, bigint>;
  readonly componentFen: number[];
  readonly costByMonthFen: number[];
  readonly grossByMonthFen: number[];
  readonly incomeYearSumFen: number[];
  readonly incomeMonthFullSumFen: number[];
  readonly incomeMonthPartSumFen: number[];
  readonly incomeMonthPartFteSumFen: number[];
  readonly incomeYearAllSumFen: number[];
  readonly perRep: Record<PerRep, RepValues>;
  readonly decileN: number[];
  readonly decileChangeFen: number[];
  readonly decilePctPpm: number[];
  readonly wlGroupN: number[];
  readonly costTotal = new SparseBins();
  readonly grossTotal = new SparseBins();
  readonly costMonth: SparseBins[];
  readonly grossMonth: SparseBins[];
  readonly incomeYear: DenseBins[];
  /** People cost, contribution and lost service (costAcc.ts). */
  readonly cost: CostAcc;
  readonly incomeMonthFull: DenseBins[];
  readonly incomeMonthPart: DenseBins[];
  readonly incomeMonthPartFte: DenseBins[];
  readonly incomeYearAll: DenseBins[];

  /** The distribution bins are dense (paged, quantileBins.ts): fast to feed in a worker and to merge partials into in the pool. */
  constructor(readonly months: number) {
    this.c = Object.fromEntries(COUNTERS.map((k) => [k, 0])) as Record<Counter, number>;
    this.w = Object.fromEntries(WIDE.map((k) => [k, 0n])) as Record<Wide, bigint>;
    this.componentFen = zeros(COMPONENTS.length);
    this.costByMonthFen = zeros(months);
    this.grossByMonthFen = zeros(months);
    this.incomeYearSumFen = zeros(INCOME_GROUPS.length);
    this.incomeMonthFullSumFen = zeros(INCOME_GROUPS.length);
    this.incomeMonthPartSumFen = zeros(INCOME_GROUPS.length);
    this.incomeMonthPartFteSumFen = zeros(INCOME_GROUPS.length);
    this.incomeYearAllSumFen = zeros(INCOME_GROUPS.length);
    this.perRep = emptyPerRep();
    this.decileN = zeros(DECILES);
    this.decileChangeFen = zeros(DECILES);
    this.decilePctPpm = zeros(DECILES);
    this.wlGroupN = zeros(WL_ROWS * WL_GROUPS);
    this.costMonth = Array.from({ length: months }, () => new SparseBins());
    this.grossMonth = Array.from({ length: months }, () => new SparseBins());
    const bins = () => new DenseBins();
    this.incomeYear = INCOME_GROUPS.map(bins);
    this.cost = new CostAcc(months);
    this.incomeMonthFull = INCOME_GROUPS.map(bins);
    this.incomeMonthPart = INCOME_GROUPS.map(bins);
    this.incomeMonthPartFte = INCOME_GROUPS.map(bins);
    this.incomeYearAll = INCOME_GROUPS.map(bins);
  }

  /** Back to empty, reusing the dense bins' pages (a worker aggregates chunk after chunk). */
  reset(): void {
    for (const k of COUNTERS) this.c[k] = 0;
    for (const k of WIDE) this.w[k] = 0n;
    for (const a of this.runs()) a.fill(0);
    this.cost.reset();
    for (const k of PER_REP) this.perRep[k].reset();
    this.costTotal.reset();
    this.grossTotal.reset();
    for (const list of [this.costMonth, this.grossMonth, this.incomeYearAll, this.incomeYear, this.incomeMonthFull, this.incomeMonthPart, this.incomeMonthPartFte])
      for (const b of list) b.reset();
  }

  /** Every bin set, in the fixed order of the wire form. */
  private binSets(): (DenseBins | SparseBins)[] {
    return [
      this.costTotal,
      this.grossTotal,
      ...this.costMonth,
      ...this.grossMonth,
      ...fed(this.incomeYear),
      ...fed(this.incomeMonthFull),
      ...fed(this.incomeMonthPart),
      ...fed(this.incomeMonthPartFte),
      ...fed(this.incomeYearAll),
    ];
  }

  /** The fixed-length runs of numbers, in the fixed order of the wire form. */
  private runs(): number[][] {
    return [
      this.componentFen,
      this.costByMonthFen,
      this.grossByMonthFen,
      this.incomeYearSumFen,
      this.incomeMonthFullSumFen,
      this.incomeMonthPartSumFen,
      this.incomeMonthPartFteSumFen,
      this.incomeYearAllSumFen,
      this.decileN,
      this.decileChangeFen,
      this.decilePctPpm,
      this.wlGroupN,
    ];
  }

  /** Write the aggregate into a chunk's wire form (pack.ts); `absorb` reads it back in the same order. */
  pack(w: PackWriter): void {
    for (const k of COUNTERS) w.num(this.c[k]);
    for (const k of WIDE) w.bigint(this.w[k]);
    for (const a of this.runs()) w.nums(a);
    for (const k of PER_REP) w.list(this.perRep[k].values());
    this.cost.pack(w);
    for (const b of this.binSets()) b.pack(w);
  }

  /** Add a partial aggregate read from a chunk's wire form (exact; order does not matter). */
  absorb(r: PackReader): void {
    for (const k of COUNTERS) this.c[k] += r.num();
    for (const k of WIDE) this.w[k] += r.bigint();
    for (const a of this.runs()) r.addInto(a);
    for (const k of PER_REP) this.perRep[k].addAll(r.list());
    this.cost.absorb(r);
    for (const b of this.binSets()) b.unpack(r);
  }
}

/** An income bin list without its all group (which is derived from the levels: `incomeBins`). */
const fed = (sets: DenseBins[]): DenseBins[] => sets.filter((_, g) => g !== GROUP_ALL);

/**
 * The plain bins of each income group of one of a variant's income bin lists (`incomeYear`,
 * `incomeMonthFull`, …), in INCOME_GROUPS order: the all group merged from the level groups (exact).
 */
export function incomeBins(sets: readonly DenseBins[]): BinsData[] {
  const data = sets.map((b, g) => (g === GROUP_ALL ? emptyBins() : b.toData()));
  for (let l = 0; l < LEVELS.length; l++) data[GROUP_ALL] = mergeBins(data[GROUP_ALL]!, data[GROUP_LEVEL0 + l]!);
  return data;
}

const emptyPerRep = (): Record<PerRep, RepValues> => Object.fromEntries(PER_REP.map((k) => [k, new RepValues()])) as Record<PerRep, RepValues>;

/**
 * A chunk's result: every variant's partial aggregate, in scenario order, in the wire form of
 * pack.ts (two typed arrays a worker transfers, and the BigInt sums).
 */
export interface ChunkPartial extends Packed {
  /** Replication indexes [from, to) aggregated. */
  from: number;
  to: number;
}

/** The running aggregate of every variant of a run. */
export class RunAcc {
  readonly variants: VariantAcc[];
  constructor(variantCount: number, months: number) {
    this.variants = Array.from({ length: variantCount }, () => new VariantAcc(months));
  }
  private readonly writer = new PackWriter();
  absorb(p: ChunkPartial): void {
    const r = new PackReader(p);
    for (const v of this.variants) v.absorb(r);
    if (!r.done()) throw new Error(`a chunk's partial of replications ${p.from}–${p.to} does not match this run's shape`);
  }
  toPartial(from: number, to: number): ChunkPartial {
    const w = this.writer;
    w.begin();
    for (const v of this.variants) v.pack(w);
    return { from, to, ...w.finish() };
  }
  reset(): void {
    for (const v of this.variants) v.reset();
  }
}
