/**
 * The draws of one replication-month that do not depend on the policy, made once and shared by every
 * variant's shop of the replication (docs/behaviour.md §"Common random numbers" and §"Speed").
 *
 * Every stream is keyed by (seed, replication, slot, month, kind), never by variant, so the variants of
 * a replication read the same numbers from it; only what they do with them differs. `createShop` makes
 * one `MonthDraws` per replication and `cloneShop` shares it, so `generateMonth` keeps, per slot of the
 * open month:
 * - the draws at fixed positions of a stream, which no policy can change: the 13 attendance uniforms
 *   of the conduct counts, the normal that starts the inquiries, conversion and cases streams (with the
 *   stream's state after it, to resume there), the four normals of the score parts, the seven of the
 *   service metrics (metrics.ts), and the shop's and the teams' shocks of the month;
 * - the last result of each draw that depends on a policy only through numbers — a count from its
 *   mean, the inquiries from their Poisson mean, each link of the sales chain from its inputs
 *   (salesChain.ts) — with those numbers: a variant whose numbers are equal (bit for bit) reuses the result, any other draws it
 *   from the stream as before. A draw is a pure function of its stream and its numbers, so the records
 *   are exactly those each variant would draw alone (test/behaviour/monthDraws.test.ts).
 * Nothing here changes which draw feeds which quantity. Because everything is keyed, one object per
 * shop size is reused from replication to replication (`monthDrawsFor`): opening another replication
 * or month makes every slot's draws stale, so sharing it is never wrong, only slower when two
 * replications are run interleaved.
 */
import { SERVICE_METRICS } from './metrics';
import { SALES_MEMO } from './salesChain';
import type { BehaviourInput } from './types';

/** Conduct counts drawn from the attendance stream: leave, absences, then the 11 of generateMonth. */
export const ATTENDANCE_DRAWS = 13;
/** Means (and their counts) of a conduct count remembered per slot-month: the last three variants'. */
export const COUNT_MEMO = 3;
/** The normals of the score parts (team task, handover, satisfaction, skill). */
export const SCORE_DRAWS = 4;
/** The normals of the service metrics (metrics.ts SERVICE_METRICS order). */
export const METRIC_DRAWS = SERVICE_METRICS.length;

export class MonthDraws {
  /** The month the draws are of; a different (input, replication key, month) starts afresh. */
  input: BehaviourInput | null = null;
  repKey = 0;
  month = -1;
  /** Counter of opened months: a per-slot stamp equal to it means "filled this month". */
  epoch = 0;
  /** The shop's demand-shock normal and each team's normal and score of the month. */
  shopZ = 0;
  teamZ = new Float64Array(0);
  teamScore = new Int32Array(0);

  /** Per slot: stamp of the attendance uniforms and the uniforms (ATTENDANCE_DRAWS each). */
  readonly attStamp: Int32Array;
  readonly att: Float64Array;
  /** Per slot and conduct count, COUNT_MEMO entries (the latest first): the means used beyond the
   *  zero bound by the last variants and their counts (NaN when the uniforms are drawn, so no
   *  month's count survives into the next). Entry e of count index i is at i × COUNT_MEMO + e. */
  readonly countMean: Float64Array;
  readonly count: Int32Array;
  /** Per slot: the inquiries stream (LoadDraws). */
  readonly inquiries: LoadDraws;
  /** Per slot: the conversion stream's first normal and the state after it. */
  readonly convStamp: Int32Array;
  readonly convZ: Float64Array;
  readonly convState: Int32Array;
  /** Per slot: each link of the sales chain's last inputs and results (salesChain.ts, SALES_MEMO each). */
  readonly sales: Float64Array;
  /** Per slot: the after-sales cases stream (LoadDraws). */
  readonly cases: LoadDraws;
  /** Per slot: the score parts' normals (SCORE_DRAWS each). */
  readonly scoreStamp: Int32Array;
  readonly score: Float64Array;
  /** Per slot: the service metrics' normals (METRIC_DRAWS each). */
  readonly metricStamp: Int32Array;
  readonly metricNoise: Float64Array;

  constructor(readonly size: number) {
    const n = size;
    this.attStamp = new Int32Array(n);
    this.att = new Float64Array(n * ATTENDANCE_DRAWS);
    this.countMean = new Float64Array(n * ATTENDANCE_DRAWS * COUNT_MEMO);
    this.count = new Int32Array(n * ATTENDANCE_DRAWS * COUNT_MEMO);
    this.inquiries = new LoadDraws(n);
    this.convStamp = new Int32Array(n);
    this.convZ = new Float64Array(n);
    this.convState = new Int32Array(n * 4);
    this.sales = new Float64Array(n * SALES_MEMO);
    this.cases = new LoadDraws(n);
    this.scoreStamp = new Int32Array(n);
    this.score = new Float64Array(n * SCORE_DRAWS);
    this.metricStamp = new Int32Array(n);
    this.metricNoise = new Float64Array(n * METRIC_DRAWS);
  }

  /**
   * Make these the draws of (input, replication key, month). Returns true when they were of another
   * month (every stamp is then stale and the caller draws the month's shop and team shocks).
   */
  open(input: BehaviourInput, repKey: number, month: number): boolean {
    if (this.input === input && this.repKey === repKey && this.month === month) return false;
    this.input = input;
    this.repKey = repKey;
    this.month = month;
    this.epoch++;
    return true;
  }
}

/**
 * Per slot, a count drawn as Poisson(mean × the agent's month factor) from its own stream (buyers
 * served, after-sales cases): the stream's first normal as the month factor e^(σz − σ²/2) and the
 * stream state after it (made once per replication-month, shared by the variants), and the last
 * Poisson mean and count (a variant whose mean equals a previous one's gets the same count).
 */
export class LoadDraws {
  readonly stamp: Int32Array;
  readonly factor: Float64Array;
  readonly state: Int32Array;
  readonly lambda: Float64Array;
  readonly count: Int32Array;
  constructor(n: number) {
    this.stamp = new Int32Array(n);
    this.factor = new Float64Array(n);
    this.state = new Int32Array(n * 4);
    this.lambda = new Float64Array(n);
    this.count = new Int32Array(n);
  }
}

/** The last draws object made for each shop size (a handful of sizes in a run). */
const bySize = new Map<number, MonthDraws>();

/** The draws object for shops of `size` slots (reused: see the file header). */
export function monthDrawsFor(size: number): MonthDraws {
  let d = bySize.get(size);
  if (!d) {
    if (bySize.size >= 8) bySize.clear();
    d = new MonthDraws(size);
    bySize.set(size, d);
  }
  return d;
}
