/**
 * The API of the run worker (workers/run.worker.ts): a RunHost (runHost.ts) over a pool of
 * simulation workers that this worker starts itself, driven through comlink by the page
 * (src/ui/simBridge.ts). Runs are named by the caller's ids so that a Stop can reach the run it
 * means; progress and shots come back through comlink-proxied callbacks. A failure crosses as data
 * (its message key, detail and problems) because comlink keeps only an Error's name and message.
 */
import { SimError, SimPool, simError, type Progress, type RunOptions, type RunResult, type SpawnWorker } from './pool';
import { RunHost, type PublishPolicy, type Shot, type StreamEnd } from './runHost';
import type { Scenario } from './scenario';
import type { Problem } from '../i18n/problem';

/** A call's outcome as plain data (a failure's problems, when it has them, structured for the page to say). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; key: string; detail: string; problems: readonly Problem[] | null };

async function outcome<T>(p: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await p };
  } catch (e) {
    const f = e instanceof SimError ? e : simError('sim.workerFailed', e);
    return { ok: false, key: f.key, detail: f.detail, problems: f.problems };
  }
}

/**
 * `spawn` starts one simulation worker; `size` is the pool's size; `targetChunkMs` the work per
 * chunk after the first (a chunk's partial is merged here, off the page's thread).
 */
export function runHostApi(spawn: SpawnWorker, size: number, targetChunkMs?: number) {
  const host = new RunHost(new SimPool(spawn, size), targetChunkMs === undefined ? {} : { targetChunkMs });
  const controllers = new Map<number, AbortController>();
  const signal = (id: number): AbortSignal => {
    const c = new AbortController();
    controllers.set(id, c);
    return c.signal;
  };
  return {
    /** Pool size for the next run. */
    setSize(n: number): void {
      host.pool.size = n;
    },
    /** Start the pool's workers now (page load). */
    warm(): void {
      host.pool.warm();
    },
    /** A streamed run (runHost.ts); `id` names it for `cancel`. */
    stream(
      id: number,
      scenario: Scenario,
      opts: { resume?: boolean; publish?: PublishPolicy },
      onProgress?: (p: Progress) => void,
      onShot?: (s: Shot) => void,
    ): Promise<Outcome<StreamEnd>> {
      const p = host.stream(scenario, { ...opts, signal: signal(id), onProgress, onShot });
      return outcome(p).finally(() => controllers.delete(id));
    },
    /** A plain run (sweeps, sensitivity); `id` names it for `cancel`. */
    run(id: number, scenario: Scenario, opts: Pick<RunOptions, 'replications' | 'ranges'>, onProgress?: (p: Progress) => void): Promise<Outcome<RunResult>> {
      const p = host.run(scenario, { ...opts, signal: signal(id), onProgress });
      return outcome(p).finally(() => controllers.delete(id));
    },
    /** Stop run `id` (running or queued): its workers are terminated at once. */
    cancel(id: number): void {
      controllers.get(id)?.abort();
    },
    /** Stop every worker. */
    terminate(): void {
      for (const c of controllers.values()) c.abort();
      host.pool.terminate();
    },
  };
}

export type RunHostApiShape = ReturnType<typeof runHostApi>;
