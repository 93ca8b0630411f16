/**
 * A pool of simulation workers driven with comlink (§3). The same pool runs browser Web
 * Workers (src/ui/simBridge.ts) and Node worker_threads (nodeWorkers.ts): it only sees a `spawn`
 * function. A run loads the scenario into every worker, hands out coarse chunks of replications
 * (sized to about `targetChunkMs` of work each, so a call's ~90 µs round trip is noise), merges the
 * partial aggregates as they arrive (every merge is exact, so the order does not matter), reports
 * progress on a timer, and on cancel or failure terminates every worker at once; the next run spawns
 * fresh ones.
 */
import type { Remote } from 'comlink';
import { problemKeys, problemsOf, type Problem } from '../i18n/problem';
import type { SimApiShape } from './api';
import type { DrillDown } from './drillDown';
import { RunAcc, type ChunkPartial } from './reporters';
import type { Scenario } from './scenario';
import { summarize, summaryMeta, type Summary } from './summary';

/** One worker as the pool sees it. */
export interface SimWorker {
  api: Remote<SimApiShape>;
  terminate(): void;
  /** Called if the worker dies outside a call (uncaught error, failed to start, exited). */
  onCrash(cb: (error: Error) => void): void;
}
export type SpawnWorker = () => SimWorker;

export interface Progress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated time left, or null before the first chunk is in. */
  etaMs: number | null;
  /**
   * Set on the last progress of a stopped run, sent as soon as its workers are terminated and before
   * the partial summary is computed: `done` is then final (the replications merged), so a page can
   * show the stopped state without waiting for the summary.
   */
  stopped?: boolean;
}

export interface RunOptions {
  /** Replications to run (default: the scenario's settings.replications). */
  replications?: number;
  /**
   * Replication ranges [from, to) to run instead of 0 … replications: the ranges a stopped run had
   * not finished, to continue it (sorted, not overlapping). Every replication's streams derive from
   * (seed, replication index) and every merge is exact and order-free, so the ranges' partials merged
   * with the stopped run's give the numbers of one uninterrupted run.
   */
  ranges?: readonly (readonly [number, number])[];
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  /** Milliseconds between progress events (default 50: progress is promised at least every 200, with room for a busy machine). */
  progressEveryMs?: number;
  /** Fixed replications per chunk; default adapts to about targetChunkMs of work. */
  chunkSize?: number;
  targetChunkMs?: number;
  /** Called with each chunk's partial as it is merged. */
  onChunk?: (p: ChunkPartial) => void;
  /**
   * Merge the chunks into this aggregate instead of a fresh one (the caller reads it between
   * chunks; a continued run passes the stopped run's). The result's summary is of all it holds.
   */
  acc?: RunAcc;
}

export interface RunResult {
  summary: Summary;
  cancelled: boolean;
  elapsedMs: number;
}

/**
 * A failure of a run: a message key taking {message} (`sim.loadFailed`), the underlying detail, and
 * the problems that caused it when the scenario was bad input (an InputError in a worker, kept
 * structured across the worker boundaries), so that the workbench says it in its own language and
 * the command line in both (problemText.ts `failureText`, `failureTextBoth`). Its `message` is the
 * detail alone, for a log.
 */
export class SimError extends Error {
  constructor(
    readonly key: string,
    readonly detail: string,
    readonly problems: readonly Problem[] | null = null,
  ) {
    super(detail);
    this.name = 'SimError';
  }
}

/** What a worker's call threw, as a SimError under `key`: its text, and its problems when it was an InputError. */
export function simError(key: string, e: unknown): SimError {
  return new SimError(key, errorText(e), problemsOf(e));
}

/** A run's failure as the workbench shows it: a message key taking {message}, the detail, and any problems behind it. */
export interface Failure {
  key: string;
  message: string;
  problems: readonly Problem[] | null;
}

/** Any error as a Failure: a SimError keeps its key; anything else is an unexpected failure. */
export function failureOf(e: unknown): Failure {
  if (e instanceof SimError) return { key: e.key, message: e.detail, problems: e.problems };
  return { key: 'ui.run.failed', message: errorText(e), problems: problemsOf(e) };
}

/** An error's detail for a log: an InputError's data names its problems' places and keys. */
function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  const problems = problemsOf(e);
  if (problems) return problemKeys(problems);
  return String(e);
}

export class SimPool {
  private workers: SimWorker[] = [];
  private runs = 0;
  private crashHandler: ((e: Error) => void) | null = null;
  /** The pool's clock (milliseconds; progress, chunk sizing). */
  readonly now: () => number;

  constructor(
    private readonly spawn: SpawnWorker,
    public size: number,
    now?: () => number,
  ) {
    this.now = now ?? (() => performance.now());
  }

  /** Workers alive now (0 after a cancel or failure until the next run). */
  get alive(): number {
    return this.workers.length;
  }

  private ensure(n: number): SimWorker[] {
    while (this.workers.length < n) {
      const w = this.spawn();
      w.onCrash((e) => {
        if (this.workers.includes(w)) this.crashHandler?.(e);
      });
      this.workers.push(w);
    }
    if (this.workers.length > n) {
      for (const w of this.workers.splice(n)) w.terminate();
    }
    return this.workers;
  }

  /**
   * Start the workers of the next run now (page load), so that starting them — fetching and
   * evaluating the worker script — overlaps with whatever the caller does before its first run.
   */
  warm(): void {
    if (this.workers.length === 0) this.ensure(Math.max(1, this.size));
  }

  /** Stop every worker now (pending calls are abandoned). */
  terminate(): void {
    const ws = this.workers;
    this.workers = [];
    for (const w of ws) w.terminate();
  }

  /** Run the scenario's replications across the pool. */
  run(scenario: Scenario, opts: RunOptions = {}): Promise<RunResult> {
    const ranges = (opts.ranges ?? [[0, opts.replications ?? scenario.settings.replications]]).filter(([a, b]) => b > a);
    const total = ranges.reduce((sum, [a, b]) => sum + (b - a), 0);
    const key = `run${++this.runs}`;
    const meta = summaryMeta(scenario, total);
    const acc = opts.acc ?? new RunAcc(scenario.variants.length, scenario.settings.months);
    const t0 = this.now();
    const targetMs = opts.targetChunkMs ?? 100;
    const workers = this.ensure(Math.max(1, Math.min(this.size, total || 1)));

    return new Promise<RunResult>((resolve, reject) => {
      let finished = false;
      /** Next replication handed out, in ranges[range]; `handed` counts those handed out so far. */
      let range = 0;
      let next = ranges[0]?.[0] ?? 0;
      let handed = 0;
      let done = 0;
      /** Measured milliseconds per replication per worker (null until a chunk is in). */
      let msPerRep: number | null = null;
      const progress = (stopped = false) => {
        const elapsedMs = this.now() - t0;
        const etaMs = done > 0 ? (elapsedMs * (total - done)) / done : null;
        opts.onProgress?.(stopped ? { done, total, elapsedMs, etaMs, stopped } : { done, total, elapsedMs, etaMs });
      };
      const timer = setInterval(() => progress(), opts.progressEveryMs ?? 50);
      const finish = (outcome: 'ok' | 'cancel' | Error) => {
        if (finished) return;
        finished = true;
        clearInterval(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        this.crashHandler = null;
        if (outcome !== 'ok') this.terminate();
        progress(outcome === 'cancel');
        if (outcome instanceof Error) reject(outcome);
        else resolve({ summary: summarize(acc, meta), cancelled: outcome === 'cancel', elapsedMs: this.now() - t0 });
      };
      const onAbort = () => finish('cancel');
      opts.signal?.addEventListener('abort', onAbort);
      this.crashHandler = (e) => finish(simError('sim.workerFailed', e));
      if (opts.signal?.aborted) return finish('cancel');
      if (total === 0) return finish('ok');

      /** Replications of the chunk each worker ran last (its next grows from it, see below). */
      const last = new Map<SimWorker, number>();
      const chunk = (w: SimWorker): [number, number] | null => {
        while (range < ranges.length && next >= ranges[range]![1]) next = ranges[++range]?.[0] ?? 0;
        if (range >= ranges.length) return null;
        let size = opts.chunkSize ?? (msPerRep === null ? 1 : Math.floor(targetMs / Math.max(msPerRep, 1e-3)));
        // a worker's chunks grow (doubling, up to 4 × the target's size): the time per replication is
        // measured on the wall clock, which a busy machine (or the first, cold replication) inflates,
        // and every chunk costs a partial to send and merge
        if (opts.chunkSize === undefined) size = Math.max(size, Math.min(2 * (last.get(w) ?? 0), 4 * Math.max(1, size)));
        // keep the tail balanced: never more than an even share of what is left
        size = Math.max(1, Math.min(size, 256, Math.ceil((total - handed) / workers.length)));
        const from = next;
        next = Math.min(ranges[range]![1], next + size);
        handed += next - from;
        last.set(w, next - from);
        return [from, next];
      };
      const loop = (w: SimWorker) => {
        const c = chunk(w);
        if (!c) return;
        const started = this.now();
        w.api.runChunk(key, c[0], c[1]).then(
          (p) => {
            if (finished) return;
            const per = (this.now() - started) / (c[1] - c[0]);
            msPerRep = msPerRep === null ? per : 0.5 * msPerRep + 0.5 * per;
            // the worker's next chunk first, so that it does not idle while this one is merged
            loop(w);
            acc.absorb(p);
            opts.onChunk?.(p);
            done += c[1] - c[0];
            if (done === total) finish('ok');
          },
          (e: unknown) => finish(simError('sim.workerFailed', e)),
        );
      };
      Promise.all(workers.map((w) => w.api.load(key, scenario))).then(
        () => {
          if (!finished) for (const w of workers) loop(w);
        },
        (e: unknown) => finish(simError('sim.loadFailed', e)),
      );
    });
  }

  /** One agent's payslips with explanations under each variant in one replication (re-generated). */
  async drillDown(scenario: Scenario, replication: number, agentId: string): Promise<DrillDown> {
    const [w] = this.ensure(Math.max(1, this.workers.length));
    return w!.api.drillDown(scenario, replication, agentId);
  }

  /** The agents of one replication, for the drill-down picker. */
  async agents(scenario: Scenario, replication: number): Promise<{ agentId: string; name: string }[]> {
    const [w] = this.ensure(Math.max(1, this.workers.length));
    return w!.api.agents(scenario, replication);
  }
}
