/**
 * Streaming aggregates of what a policy really costs (docs/performance.md §"People cost and
 * contribution"; docs/charts.md): per variant, the per-replication totals of
 * people cost (employer cost + turnover cost), turnover cost (hires × (recruiting + training)), net
 * credited sales, contribution (round(gross margin × net sales) − people cost, month by month), the
 * inquiries nobody answered and the net sales lost with them; the same by month for people cost and
 * contribution; and the paired differences against the baseline of people cost, contribution and
 * net sales. Fed by `ReplicationCollector` (collector.ts) when a replication ends.
 *
 * Exactness as in reporters.ts: integer fen in Numbers (exact below 2^53), squares in BigInt, every
 * merge exact and order-free; the per-replication differences are kept as a multiset (one number per
 * replication, sorted when read: repValues.ts) so that their percentiles do not depend on how the
 * work was split.
 */
import { SparseBins } from './quantileBins';
import type { PackReader, PackWriter } from './pack';
import { mul2Div } from '../engine/money';
import { RepValues } from './repValues';

/** Per-replication totals kept as bins (their spread) and exact sums (their mean). */
export const COST_TOTALS = ['people', 'turnover', 'sales', 'contribution', 'lostSales', 'unanswered'] as const;
export type CostTotal = (typeof COST_TOTALS)[number];

/** Figures compared with the baseline replication by replication. */
export const COST_DIFFS = ['people', 'contribution', 'sales'] as const;
export type CostDiff = (typeof COST_DIFFS)[number];

const record = <K extends string, T>(keys: readonly K[], f: (k: K) => T): Record<K, T> =>
  Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, T>;

/** The running cost aggregate of one variant. */
export class CostAcc {
  sums!: Record<CostTotal, number>;
  peopleByMonthFen!: number[];
  contributionByMonthFen!: number[];
  diffN = 0;
  diffSum!: Record<CostDiff, number>;
  diffSq!: Record<CostDiff, bigint>;
  readonly diffs: Record<CostDiff, RepValues> = record(COST_DIFFS, () => new RepValues());
  totals!: Record<CostTotal, SparseBins>;
  peopleMonth!: SparseBins[];
  contributionMonth!: SparseBins[];

  constructor(readonly months: number) {
    this.reset();
  }

  reset(): void {
    this.sums = record(COST_TOTALS, () => 0);
    this.peopleByMonthFen = new Array<number>(this.months).fill(0);
    this.contributionByMonthFen = new Array<number>(this.months).fill(0);
    this.diffN = 0;
    this.diffSum = record(COST_DIFFS, () => 0);
    this.diffSq = record(COST_DIFFS, () => 0n);
    for (const k of COST_DIFFS) this.diffs[k].reset();
    // bins reused from chunk to chunk
    if (this.totals) {
      for (const k of COST_TOTALS) this.totals[k].reset();
      for (const b of this.peopleMonth) b.reset();
      for (const b of this.contributionMonth) b.reset();
      return;
    }
    this.totals = record(COST_TOTALS, () => new SparseBins());
    this.peopleMonth = Array.from({ length: this.months }, () => new SparseBins());
    this.contributionMonth = Array.from({ length: this.months }, () => new SparseBins());
  }

  /** One replication's totals and months. */
  addReplication(totals: Record<CostTotal, number>, peopleByMonth: ArrayLike<number>, contributionByMonth: ArrayLike<number>): void {
    for (const k of COST_TOTALS) {
      this.sums[k] += totals[k];
      this.totals[k].add(totals[k]);
    }
    for (let m = 0; m < this.months; m++) {
      this.peopleByMonthFen[m]! += peopleByMonth[m]!;
      this.contributionByMonthFen[m]! += contributionByMonth[m]!;
      this.peopleMonth[m]!.add(peopleByMonth[m]!);
      this.contributionMonth[m]!.add(contributionByMonth[m]!);
    }
  }

  /** One replication's differences from the baseline (variant − baseline). */
  addDifference(d: Record<CostDiff, number>): void {
    this.diffN++;
    for (const k of COST_DIFFS) {
      this.diffSum[k] += d[k];
      this.diffSq[k] += BigInt(d[k]) * BigInt(d[k]);
      this.diffs[k].push(d[k]);
    }
  }

  /** Write this aggregate into a chunk's wire form (pack.ts); `absorb` reads it back in the same order. */
  pack(w: PackWriter): void {
    for (const k of COST_TOTALS) w.num(this.sums[k]);
    w.nums(this.peopleByMonthFen);
    w.nums(this.contributionByMonthFen);
    w.num(this.diffN);
    for (const k of COST_DIFFS) {
      w.num(this.diffSum[k]);
      w.bigint(this.diffSq[k]);
      w.list(this.diffs[k].values());
    }
    for (const k of COST_TOTALS) this.totals[k].pack(w);
    for (const b of this.peopleMonth) b.pack(w);
    for (const b of this.contributionMonth) b.pack(w);
  }

  /** Add a partial aggregate read from a chunk's wire form (exact; order does not matter). */
  absorb(r: PackReader): void {
    for (const k of COST_TOTALS) this.sums[k] += r.num();
    r.addInto(this.peopleByMonthFen);
    r.addInto(this.contributionByMonthFen);
    this.diffN += r.num();
    for (const k of COST_DIFFS) {
      this.diffSum[k] += r.num();
      this.diffSq[k] += r.bigint();
      this.diffs[k].addAll(r.list());
    }
    for (const k of COST_TOTALS) this.totals[k].unpack(r);
    for (const b of this.peopleMonth) b.unpack(r);
    for (const b of this.contributionMonth) b.unpack(r);
  }
}

/** Parts per million of a gross margin in [0, 1] (the scenario's number, rounded to 1 ppm). */
export function marginPpm(grossMargin: number): number {
  return Math.round(grossMargin * 1e6);
}

/**
 * round(margin × net sales) in fen, half away from zero, exact for any safe integer of fen (the
 * engine's `mul2Div`: doubles while the product is a safe integer, BigInt beyond).
 */
export function marginFen(netSalesFen: number, ppm: number): number {
  return mul2Div(netSalesFen, ppm, 1_000_000);
}
