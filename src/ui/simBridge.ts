/**
 * The one UI module that creates simulation workers (§3; squoosh style). Runs go to the run worker
 * (workers/run.worker.ts), which starts the pool of simulation workers itself, merges their chunks
 * and summarizes, so this thread receives only progress and ready summaries ("shots", src/sim/runHost.ts)
 * and never blocks on a merge. The pool is sized from navigator.hardwareConcurrency (`defaultWorkers`),
 * settable; runs queue one at a time; Stop (an AbortSignal) reaches the run worker, which terminates
 * every simulation worker at once (recreated for the next run); a failed worker is reported as one
 * message. Shots are handed on at most once per animation frame. The summary is the same as in Node.
 * Drill-downs go to one dedicated worker (src/sim/drillWorker.ts), never queued behind a run.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { RunHostApi } from '../../workers/run.worker';
import { webSimWorker } from '../../workers/webSimWorker';
import { SimError, simError, type RunOptions, type RunResult } from '../sim/pool';
import type { Outcome } from '../sim/runHostApi';
import type { Shot, StreamEnd, StreamOptions } from '../sim/runHost';
import { DrillWorker } from '../sim/drillWorker';
import type { DrillDown } from '../sim/drillDown';
import type { Scenario } from '../sim/scenario';
import type { CurvePoint, TypicalAgent } from '../sim/payCurve';
import { poolSize } from '../sim/poolSize';

/** Default pool size, from the browser's logical cores (src/sim/poolSize.ts; the run worker starts as many at once). */
export function defaultWorkers(): number {
  return poolSize(typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0);
}

const spawnSimWorker = () => webSimWorker(new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' }));

/** Call `f` at the next animation frame (or soon, where there are no frames). */
const nextFrame = (f: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(f);
  else setTimeout(f, 16);
};

/** The run worker and the calls in flight on it (rejected together if it dies). */
interface Host {
  api: Remote<RunHostApi>;
  worker: Worker;
  pending: Set<(e: Error) => void>;
}

/** Runs, one at a time, in the run worker; drill-downs beside them on a worker of their own. */
export class SimBridge {
  private host: Host | null = null;
  private readonly drill = new DrillWorker(spawnSimWorker);
  private ids = 0;
  private size: number;

  /** A run worker started before this bridge (src/ui/main.ts), used for the first host. */
  private early: Worker | null;

  /** `runWorker`: a run worker already started (workers/run.worker.ts), adopted instead of starting one. */
  constructor(workers = defaultWorkers(), runWorker?: Worker) {
    this.size = workers;
    this.early = runWorker ?? null;
    // start the run worker and its simulation workers while the page mounts, before the first run asks
    this.get();
  }

  private get(): Host {
    if (this.host) return this.host;
    const worker = this.early ?? new Worker(new URL('../../workers/run.worker.ts', import.meta.url), { type: 'module' });
    this.early = null;
    const host: Host = { api: wrap<RunHostApi>(worker), worker, pending: new Set() };
    worker.addEventListener('error', (ev: ErrorEvent) => {
      ev.preventDefault();
      if (this.host !== host) return;
      this.host = null;
      worker.terminate();
      const err = new SimError('sim.workerFailed', ev.message || 'worker error');
      for (const reject of [...host.pending]) reject(err);
    });
    void host.api.setSize(this.size);
    void host.api.warm();
    this.host = host;
    return host;
  }

  /** A call to the run worker, stopped by `signal`; its outcome's failure becomes a SimError. */
  private call<T>(signal: AbortSignal | undefined, f: (api: Remote<RunHostApi>, id: number) => Promise<Outcome<T>>): Promise<T> {
    const host = this.get();
    const id = ++this.ids;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => void host.api.cancel(id);
      const done = () => {
        host.pending.delete(fail);
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (e: Error) => {
        done();
        reject(e);
      };
      host.pending.add(fail);
      f(host.api, id).then(
        (o) => {
          done();
          if (o.ok) resolve(o.value);
          else reject(new SimError(o.key, o.detail, o.problems));
        },
        (e: unknown) => fail(simError('sim.workerFailed', e)),
      );
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort);
    });
  }

  /** Pool size for the next run (1 – 16). */
  set workers(n: number) {
    this.size = Math.max(1, Math.min(16, Math.floor(n)));
    void this.host?.api.setSize(this.size);
  }
  get workers(): number {
    return this.size;
  }

  /**
   * Run a scenario. Resolves with the summary (partial, `cancelled: true`, when `signal` aborts);
   * rejects with a SimError (its key, detail and a bad scenario's problems) when a worker fails. Runs
   * queue behind each other; abort the running one to start another at once. (`onChunk`, `acc` and the chunk
   * options are for in-process pools; partials stay in the run worker.)
   */
  run(scenario: Scenario, opts: RunOptions = {}): Promise<RunResult> {
    const onProgress = opts.onProgress ? proxy(opts.onProgress) : undefined;
    const ranges = opts.ranges?.map(([a, b]) => [a, b] as [number, number]);
    return this.call(opts.signal, (api, id) => api.run(id, scenario, { replications: opts.replications, ranges }, onProgress));
  }

  /** A run that publishes shots as it refines, and can continue after Stop (src/sim/runHost.ts). */
  stream(scenario: Scenario, opts: StreamOptions = {}): Promise<StreamEnd> {
    // hand on the latest shot once per animation frame; one still waiting when the run ends is dropped
    let latest: Shot | null = null;
    let ended = false;
    const onShot = opts.onShot
      ? proxy((s: Shot) => {
          const waiting = latest !== null;
          latest = s;
          if (waiting) return;
          nextFrame(() => {
            const shot = latest;
            latest = null;
            if (shot && !ended) opts.onShot!(shot);
          });
        })
      : undefined;
    const onProgress = opts.onProgress ? proxy(opts.onProgress) : undefined;
    const p = this.call(opts.signal, (api, id) => api.stream(id, scenario, { resume: opts.resume, publish: opts.publish }, onProgress, onShot));
    return p.finally(() => {
      ended = true;
      latest = null;
    });
  }

  /** Agents [from, to) of every agent's drill-down in one replication (re-generated once, sent in parts). */
  drillDownPart(scenario: Scenario, replication: number, from: number, to: number): Promise<{ total: number; drills: DrillDown[] }> {
    return this.drill.drillDownPart(scenario, replication, from, to);
  }

  /** One agent's payslips with explanations under each variant in one replication (re-generated on demand). */
  drillDown(scenario: Scenario, replication: number, agentId: string): Promise<DrillDown> {
    return this.drill.drillDown(scenario, replication, agentId);
  }

  /** Each variant's pay curve for a typical agent, computed on the drill worker (off the page's thread). */
  payCurves(scenario: Scenario, sales: readonly number[], agent: TypicalAgent): Promise<{ name: string; points: CurvePoint[] | null }[]> {
    return this.drill.payCurves(scenario, sales, agent);
  }

  /** The agents of one replication, for picking one to drill into. */
  agents(scenario: Scenario, replication: number): Promise<{ agentId: string; name: string }[]> {
    return this.drill.agents(scenario, replication);
  }

  /** Stop every worker (e.g. when the page goes away). */
  dispose(): void {
    const host = this.host;
    this.host = null;
    if (host) {
      host.worker.terminate();
      const err = new SimError('sim.workerFailed', 'terminated');
      for (const reject of [...host.pending]) reject(err);
    }
    this.drill.terminate();
  }
}
