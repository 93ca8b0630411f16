/**
 * Run control of the workbench: runs the workspace's usable variants through the
 * worker pool (src/ui/simBridge.ts), shows progress and an ETA, cancels, and keeps the previous
 * results on screen until the new run has its first batch.
 *
 * Opens ready and refines: one streamed run of the scenario's replications (src/sim/runHost.ts),
 * merged and summarized where the chunks land (the run worker, off this thread); it publishes a
 * summary of what is in as soon as FIRST_BATCH replications are done — or FIRST_MIN once
 * FIRST_WAIT_MS have passed since the run started — then after REFRESH_MS, the gaps doubling up to
 * REFRESH_MAX_MS, and finally the complete summary. Merging is exact and order-free
 * (src/sim/reporters.ts), so the final numbers are those of `paylab simulate` with the same scenario,
 * seed and replications. Each summary comes
 * with the per-replication cost bins that give the chance of exceeding the owner's budget
 * (headline.ts).
 *
 * Edits re-run after a quiet DEBOUNCE_MS; a run whose scenario equals the one shown is not repeated.
 *
 * After Stop, `resume` continues the stopped run: where it ran, the chunks merged so far are kept
 * with the replication ranges they cover, and the pool runs only the ranges left; the merged result
 * is that of one uninterrupted run. When the scenario changed since, it starts again.
 * `rerun` runs the same scenario again from the start. A large run the page would start by itself
 * (`askBeforeLarge`: a new visit, a link, a restored workspace) is `held` until the owner starts it.
 */
import type { BinsData } from '../sim/quantileBins';
import { failureOf, type Failure, type Progress, type RunOptions, type RunResult } from '../sim/pool';
import { rangesLeft, type PublishPolicy, type StreamEnd, type StreamOptions } from '../sim/runHost';
import type { Scenario } from '../sim/scenario';
import type { Sensitivity } from '../sim/sensitivity';
import type { Summary } from '../sim/summary';
import type { Runnable } from './workbench.svelte';

export { rangesLeft };

/**
 * What the run state needs of the worker bridge: streamed runs for the page's results (merged and
 * summarized where the chunks land, src/sim/runHost.ts) and plain runs for sweeps and sensitivity.
 */
export interface SimClient {
  run(scenario: Scenario, opts?: RunOptions): Promise<RunResult>;
  stream(scenario: Scenario, opts?: StreamOptions): Promise<StreamEnd>;
  /** Simulation workers a run uses (shown to tests on the run bar). */
  readonly workers?: number;
}

/**
 * Replications of the first results shown: the first replication of each of the two workers a
 * two-core machine runs (the numbers say how few they are: RunBar.svelte, VariantCards.svelte), then
 * refined to the scenario's count…
 */
export const FIRST_BATCH = 2;
/** …or at least this many once FIRST_WAIT_MS have passed since the run started. */
export const FIRST_MIN = 1;
export const FIRST_WAIT_MS = 400;
/** Then again after REFRESH_MS, the gaps doubling up to REFRESH_MAX_MS (each refresh redraws every chart). */
export const REFRESH_MS = 400;
export const REFRESH_MAX_MS = 3200;
export const DEBOUNCE_MS = 400;
/**
 * Progress (the run bar's count, bar and time left) every PROGRESS_MS rather than the pool's 50 ms:
 * a third of the messages and redraws competing with the simulation for the cores; Stop does not
 * wait for it (the stopped state shows at the click).
 */
export const PROGRESS_MS = 150;
const PUBLISH: PublishPolicy = {
  firstBatch: FIRST_BATCH,
  firstMin: FIRST_MIN,
  firstWaitMs: FIRST_WAIT_MS,
  refreshMs: REFRESH_MS,
  maxRefreshMs: REFRESH_MAX_MS,
  progressEveryMs: PROGRESS_MS,
};

/** Results on screen and the scenario they belong to. */
export interface Shown {
  summary: Summary;
  /** Per-replication employer cost bins of each variant (budget exceedance). */
  costBins: BinsData[];
  scenario: Scenario;
  /** Workspace variant ids of summary.variants, in order. */
  ids: string[];
  baselineStandIn: boolean;
  /** All requested replications are in. */
  complete: boolean;
}

/** A stopped run that can continue (its merged chunks are kept where it ran). */
interface Stopped {
  key: string;
  count: number;
}

/** A large run waiting for the owner (run bar: start it). */
export interface Held {
  runnable: Runnable;
  /** Estimated milliseconds of the run. */
  estimateMs: number;
}

export class RunState {
  shown = $state.raw<Shown | null>(null);
  running = $state(false);
  progress = $state.raw<Progress | null>(null);
  /** A failure of the last run (a message key and detail, shown in the workbench's language). */
  error = $state<Failure | null>(null);
  /** The last run was cancelled (its partial results, if any, are shown). */
  cancelled = $state(false);
  /** The scenario has problems that stop every variant (shown by the panel); nothing runs. */
  blocked = $state(false);
  /** The last sensitivity run (charts/SensitivityPanel.svelte) and the scenario it ran on (cardRobustness.ts sensitivityKey). */
  sensitivity = $state.raw<{ result: Sensitivity; key: string } | null>(null);
    /** Milliseconds from page start to the first headline numbers (measured once). */
  firstResultMs = $state<number | null>(null);
  /** Milliseconds of the last complete run. */
  lastRunMs = $state<number | null>(null);
  /** A large run waiting for the owner to start it. */
  held = $state.raw<Held | null>(null);
  /** Replications done of the stopped run (0 when there is none to continue). */
  stoppedCount = $state(0);

  /** Whether the next run the page starts by itself is checked for size (a new visit, a loaded workspace). */
  private gate = true;
  private stopped: Stopped | null = null;

  private controller: AbortController | null = null;
  /** Show the running run as stopped now (Stop), before the run worker answers. */
  private stopNow: (() => void) | null = null;
  private runId = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Scenario (as JSON) of the latest run started, and of the results shown. */
  private lastKey = $state('');
  private shownKey = $state('');

  /**
   * `largeRun`: the estimated milliseconds of a scenario's run when it is large enough to ask first,
   * else null (runEstimate.ts); by default no run is large.
   */
  constructor(
    readonly client: SimClient,
    private readonly now: () => number = () => performance.now(),
    private readonly largeRun: (s: Scenario) => number | null = () => null,
  ) {}

  /** The next run the page starts by itself waits for the owner if it is large (a workspace was loaded). */
  askBeforeLarge(): void {
    this.gate = true;
  }

  /** Start the held run (the owner's click). */
  startHeld(): void {
    const h = this.held;
    this.held = null;
    this.gate = false;
    if (h) this.start(h.runnable, true);
  }

  /** Whether `resume` continues the stopped run for this workspace (else it starts again). */
  canResume(r: Runnable): boolean {
    return this.stopped !== null && r.scenario !== null && JSON.stringify(r.scenario) === this.stopped.key;
  }

  /** After Stop: run the replications left of the stopped run, or start again when the scenario changed. */
  resume(r: Runnable): void {
    const s = this.stopped;
    if (!s || !r.scenario || !this.canResume(r)) {
      this.start(r, true);
      return;
    }
    this.held = null;
    this.gate = false;
    this.lastKey = s.key;
    this.launch(r, s.key, s);
  }

  /** Run the workspace again from the start. */
  rerun(r: Runnable): void {
    this.held = null;
    this.gate = false;
    this.start(r, true);
  }

  /** The results shown are from an older scenario than the one being run. */
  get stale(): boolean {
    return this.running && this.shown !== null && this.shownKey !== this.lastKey;
  }

  /** Re-run after a quiet moment (edits). */
  schedule(r: Runnable, delayMs = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start(r);
    }, delayMs);
  }

  /** Run now (cancelling a run in progress), unless the scenario is the one already run. */
  start(r: Runnable, force = false): void {
    if (!r.scenario) {
      this.blocked = true;
      this.held = null;
      this.cancelRun();
      return;
    }
    this.blocked = false;
    const key = JSON.stringify(r.scenario);
    if (!force && key === this.lastKey && (this.running || (this.shown?.complete ?? false))) return;
    if (this.gate) {
      const estimateMs = this.largeRun(r.scenario);
      if (estimateMs !== null) {
        this.cancelRun();
        this.held = { runnable: r, estimateMs };
        this.lastKey = '';
        return;
      }
      this.gate = false;
    }
    this.held = null;
    this.lastKey = key;
    this.launch(r, key, null);
  }

  /** Run `r` (from the start, or continuing `from`, a stopped run of the same scenario). */
  private launch(r: Runnable, key: string, from: Stopped | null): void {
    this.cancelRun();
    this.stopped = null;
    this.stoppedCount = 0;
    const id = ++this.runId;
    const scenario = r.scenario!;
    const ctrl = new AbortController();
    this.controller = ctrl;
    this.running = true;
    this.cancelled = false;
    this.error = null;
    const total = scenario.settings.replications;
    this.progress = { done: from?.count ?? 0, total, elapsedMs: 0, etaMs: null };

    const show = (summary: Summary, costBins: BinsData[], complete: boolean) => {
      if (id !== this.runId) return;
      this.shown = { summary, costBins, scenario, ids: r.ids, baselineStandIn: r.baselineStandIn, complete };
      this.shownKey = key;
      if (this.firstResultMs === null) this.firstResultMs = this.now();
    };

    /** The run is stopped with `count` replications merged (resume continues from them). */
    const stop = (count: number) => {
      this.running = false;
      this.controller = null;
      this.stopNow = null;
      this.cancelled = true;
      this.lastKey = '';
      if (count > 0) {
        this.stopped = { key, count };
        this.stoppedCount = count;
      }
    };
    // Stop shows the stopped state at once, on the progress shown (a busy run worker or page thread
    // does not delay it); the progress then stays as shown, and the run's own count of what it had
    // merged (a chunk or two more, maybe) comes with its answer, for Resume and the partial results
    let frozen = false;
    this.stopNow = () => {
      if (id !== this.runId) return;
      frozen = true;
      stop(this.progress?.done ?? 0);
    };

    this.client
      .stream(scenario, {
        signal: ctrl.signal,
        resume: from !== null,
        publish: PUBLISH,
        onProgress: (p) => {
          if (id !== this.runId) return;
          if (frozen) {
            if (p.stopped) stop(p.done);
            return;
          }
          this.progress = p;
          // the workers are stopped and `done` is final: show the stopped state now; the partial
          // summary (computed where the chunks were merged) follows with the run's end
          if (p.stopped) stop(p.done);
        },
        onShot: (s) => show(s.summary, s.costBins, false),
      })
      .then(
        (end) => {
          if (id !== this.runId) return;
          this.running = false;
          this.controller = null;
          this.stopNow = null;
          if (end.cancelled) {
            stop(end.stoppedCount);
            // partial results of this run replace older ones only if some arrived
            if (end.shot && end.shot.summary.replications > 0) show(end.shot.summary, end.shot.costBins, false);
          } else {
            if (end.shot) show(end.shot.summary, end.shot.costBins, true);
            this.lastRunMs = end.elapsedMs;
          }
        },
        (e: unknown) => {
          if (id !== this.runId) return;
          this.running = false;
          this.controller = null;
          this.stopNow = null;
          this.error = failureOf(e);
          this.lastKey = '';
        },
      );
  }

  /** Stop the run in progress (the button); partial results stay usable. */
  cancel(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const stopNow = this.stopNow;
    this.controller?.abort();
    stopNow?.();
  }

  private cancelRun(): void {
    if (this.controller) {
      // the abandoned run's late callbacks are ignored through runId
      this.runId++;
      this.controller.abort();
      this.controller = null;
    }
    this.stopNow = null;
    this.running = false;
  }

  dispose(): void {
    this.cancel();
  }
}
