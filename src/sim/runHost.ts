/**
 * Where the workbench's runs are merged and summarized: a pool of simulation workers (pool.ts) plus
 * the run's aggregate, kept beside the pool rather than on the page's thread. In the browser it
 * lives in a worker of its own (workers/run.worker.ts, over runHostApi.ts), so merging chunks and
 * summarizing — tens of milliseconds each with the fine quantile bins — never block the page; the
 * page receives progress and ready summaries ("shots", ≈ 50 kB) only. In-process (tests) it runs on
 * the caller's thread.
 *
 * A streamed run opens ready and refines: a shot of what is in is published as soon as
 * `firstBatch` replications are done — or `firstMin` once `firstWaitMs` have passed since the run
 * started — then after `refreshMs`, gaps doubling up to `maxRefreshMs`, and finally the complete
 * summary. Merging is
 * exact and order-free (reporters.ts), so the final numbers are those of `paylab simulate` with the
 * same scenario, seed and replications.
 *
 * Stop keeps what is merged with the replication ranges it covers; a later stream of the same
 * scenario with `resume` runs only the ranges left (RunOptions.ranges) into the same aggregate, so
 * its numbers are those of one uninterrupted run. Runs queue one at a time on the pool.
 */
import { SimPool, type Progress, type RunOptions, type RunResult } from './pool';
import { RunAcc } from './reporters';
import type { BinsData } from './quantileBins';
import type { Scenario } from './scenario';
import { summarize, summaryMeta, type Summary } from './summary';

/** When a streamed run publishes what it has. */
export interface PublishPolicy {
  /** Replications of the first shot… */
  firstBatch: number;
  /** …or at least this many once firstWaitMs have passed since the run started. */
  firstMin: number;
  firstWaitMs: number;
  /** Least milliseconds between the first shot and the next; each later gap doubles… */
  refreshMs: number;
  /** …up to this (the page redraws every chart per shot; numbers change less as a run goes on). */
  maxRefreshMs: number;
  /**
   * Milliseconds between progress events (the pool's default when absent). Each is a message to the
   * page and a redraw of its progress bar while the simulation workers want both cores.
   */
  progressEveryMs?: number;
}

export const DEFAULT_PUBLISH: PublishPolicy = { firstBatch: 20, firstMin: 4, firstWaitMs: 500, refreshMs: 400, maxRefreshMs: 3200 };

/** What a run has so far: its summary and each variant's per-replication employer cost bins. */
export interface Shot {
  summary: Summary;
  costBins: BinsData[];
  /** All requested replications are in. */
  complete: boolean;
}

export interface StreamOptions {
  /** Continue the stopped run of the same scenario, when this host holds one (else start again). */
  resume?: boolean;
  publish?: PublishPolicy;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  onShot?: (s: Shot) => void;
}

export interface StreamEnd {
  cancelled: boolean;
  /** Milliseconds of the run, a continued run's earlier part included. */
  elapsedMs: number;
  /** The final shot (partial when cancelled); null when nothing was merged. */
  shot: Shot | null;
  /** Replications merged of a stopped run that `resume` can continue (0 when complete or none). */
  stoppedCount: number;
}

/** Pool settings the host passes on (tests fix the chunk size and watch the chunks). */
export type Tuning = Pick<RunOptions, 'chunkSize' | 'targetChunkMs' | 'onChunk'>;

/** The ranges of [0, total) not covered by `done` (any order, not overlapping). */
export function rangesLeft(done: readonly (readonly [number, number])[], total: number): [number, number][] {
  const sorted = [...done].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let at = 0;
  for (const [a, b] of sorted) {
    if (a > at) out.push([at, Math.min(a, total)]);
    at = Math.max(at, b);
  }
  if (at < total) out.push([at, total]);
  return out.filter(([a, b]) => b > a);
}

interface Stopped {
  key: string;
  acc: RunAcc;
  /** Replication ranges [from, to) merged into `acc`. */
  done: [number, number][];
  count: number;
  elapsedMs: number;
}

export class RunHost {
  private queue: Promise<unknown> = Promise.resolve();
  private stopped: Stopped | null = null;

  constructor(
    readonly pool: SimPool,
    private readonly tuning: Tuning = {},
  ) {}

  private now(): number {
    return this.pool.now();
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const p = this.queue.then(job, job);
    this.queue = p.catch(() => undefined);
    return p;
  }

  /** A plain run (sweeps, sensitivity): the pool's summary, queued behind the runs before it. */
  run(scenario: Scenario, opts: RunOptions = {}): Promise<RunResult> {
    return this.enqueue(() => this.pool.run(scenario, { ...this.tuning, ...opts }));
  }

  /** A run of the scenario's replications that publishes shots as it refines (see the header). */
  stream(scenario: Scenario, opts: StreamOptions = {}): Promise<StreamEnd> {
    return this.enqueue(() => this.streamNow(scenario, opts));
  }

  private async streamNow(scenario: Scenario, opts: StreamOptions): Promise<StreamEnd> {
    const key = JSON.stringify(scenario);
    const from = opts.resume && this.stopped?.key === key ? this.stopped : null;
    this.stopped = null;
    const policy = opts.publish ?? DEFAULT_PUBLISH;
    const total = scenario.settings.replications;
    const meta = summaryMeta(scenario, total);
    const acc = from?.acc ?? new RunAcc(scenario.variants.length, scenario.settings.months);
    const ranges: [number, number][] = from ? [...from.done] : [];
    const before = from?.count ?? 0;
    const first = Math.min(policy.firstBatch, total);
    const startedAt = this.now();
    let done = before;
    let publishedAt: number | null = from ? startedAt : null;
    let gap = policy.refreshMs;
    const costBins = () => acc.variants.map((v) => v.costTotal.toData());
    const shot = (complete: boolean): Shot => ({ summary: summarize(acc, meta), costBins: costBins(), complete });

    const res = await this.pool.run(scenario, {
      ...this.tuning,
      ...(policy.progressEveryMs === undefined ? {} : { progressEveryMs: policy.progressEveryMs }),
      acc,
      signal: opts.signal,
      ...(from ? { ranges: rangesLeft(from.done, total) } : {}),
      onProgress: (p) => opts.onProgress?.(before === 0 ? p : { ...p, done: before + p.done, total }),
      onChunk: (p) => {
        this.tuning.onChunk?.(p);
        ranges.push([p.from, p.to]);
        done += p.to - p.from;
        if (done >= total) return; // the final shot follows
        const now = this.now();
        if (publishedAt === null) {
          if (!(done >= first || (done >= Math.min(policy.firstMin, total) && now - startedAt >= policy.firstWaitMs))) return;
        } else {
          if (now - publishedAt < gap) return;
          gap = Math.min(2 * gap, Math.max(policy.refreshMs, policy.maxRefreshMs));
        }
        publishedAt = now;
        opts.onShot?.(shot(false));
      },
    });
    const elapsedMs = (from?.elapsedMs ?? 0) + res.elapsedMs;
    // the pool's summary is of everything in `acc`; a continued run's needs this run's meta (all requested)
    const summary = from ? summarize(acc, meta) : res.summary;
    if (!res.cancelled) return { cancelled: false, elapsedMs, shot: { summary, costBins: costBins(), complete: true }, stoppedCount: 0 };
    if (done > 0) this.stopped = { key, acc, done: ranges, count: done, elapsedMs };
    return { cancelled: true, elapsedMs, shot: done > 0 ? { summary, costBins: costBins(), complete: false } : null, stoppedCount: done };
  }
}
