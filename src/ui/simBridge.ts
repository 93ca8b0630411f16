/**
 * The one UI module that creates simulation Web Workers (§3; squoosh style): a pool of
 * module workers (workers/sim.worker.ts) driven with comlink, sized from navigator.hardwareConcurrency
 * (at most 4 by default, settable), coarse calls queued one run at a time, progress events for the
 * progress bar, cancel through an AbortSignal (every worker terminated at once, recreated for the next
 * run), a failed worker reported as one message. Progress is counted where the chunks are merged (on
 * this thread), so workers need no callback per replication; the summary is the same as in Node.
 * Drill-downs go to one dedicated worker (src/sim/drillWorker.ts), never queued behind a run.
 */
import { wrap } from 'comlink';
import type { SimApi } from '../../workers/sim.worker';
import { SimPool, type RunOptions, type RunResult, type SimWorker } from '../sim/pool';
import { DrillWorker } from '../sim/drillWorker';
import type { DrillDown } from '../sim/drillDown';
import type { Scenario } from '../sim/scenario';

/** Default pool size: the browser's logical cores, at most 4 (more than the cores only slows a run down). */
export function defaultWorkers(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.max(1, Math.min(4, n || 2));
}

function spawnWebWorker(): SimWorker {
  const w = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
  const crash: ((e: Error) => void)[] = [];
  w.addEventListener('error', (ev: ErrorEvent) => {
    ev.preventDefault();
    for (const cb of crash) cb(new Error(ev.message || 'worker error'));
  });
  w.addEventListener('messageerror', () => {
    for (const cb of crash) cb(new Error('a message from the worker could not be read'));
  });
  return {
    api: wrap<SimApi>(w),
    terminate: () => w.terminate(),
    onCrash: (cb) => crash.push(cb),
  };
}

/** Runs, one at a time, on one pool of Web Workers; drill-downs beside them on a worker of their own. */
export class SimBridge {
  private readonly pool: SimPool;
  private readonly drill = new DrillWorker(spawnWebWorker);
  private queue: Promise<unknown> = Promise.resolve();

  constructor(workers = defaultWorkers()) {
    this.pool = new SimPool(spawnWebWorker, workers);
    // start the workers while the page mounts, before the first run asks for them
    this.pool.warm();
    this.drill.start();
  }

  /** Pool size for the next run (1 – 16). */
  set workers(n: number) {
    this.pool.size = Math.max(1, Math.min(16, Math.floor(n)));
  }
  get workers(): number {
    return this.pool.size;
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const p = this.queue.then(job, job);
    this.queue = p.catch(() => undefined);
    return p;
  }

  /**
   * Run a scenario. Resolves with the summary (partial, `cancelled: true`, when `signal` aborts);
   * rejects with a SimError carrying one bilingual message when a worker fails. Runs queue behind
   * each other; abort the running one to start another at once.
   */
  run(scenario: Scenario, opts: RunOptions = {}): Promise<RunResult> {
    return this.enqueue(() => this.pool.run(scenario, opts));
  }

  /** Every agent's payslips with explanations under each variant in one replication (re-generated on demand). */
  drillDownAll(scenario: Scenario, replication: number): Promise<DrillDown[]> {
    return this.drill.drillDownAll(scenario, replication);
  }

  /** One agent's payslips with explanations under each variant in one replication (re-generated on demand). */
  drillDown(scenario: Scenario, replication: number, agentId: string): Promise<DrillDown> {
    return this.drill.drillDown(scenario, replication, agentId);
  }

  /** The agents of one replication, for picking one to drill into. */
  agents(scenario: Scenario, replication: number): Promise<{ agentId: string; name: string }[]> {
    return this.drill.agents(scenario, replication);
  }

  /** Stop every worker (e.g. when the page goes away). */
  dispose(): void {
    this.pool.terminate();
    this.drill.terminate();
  }
}
