/**
 * Node only (the CLI, the benchmark, the tests; never imported by the UI): spawn a simulation
 * worker as a worker_thread and wrap it for the pool with comlink's node adapter. The caller names
 * the worker's entry file (workers/sim.node.mjs for the real one; sim may not import workers/).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { SimApiShape } from './api';
import { SimPool, type SimWorker } from './pool';
import { poolSize } from './poolSize';

/**
 * Heap limits of a worker: a small young generation keeps the resident set flat (V8 otherwise grows
 * it lazily as replications stream through; docs/performance.md), at no measurable cost in speed.
 * A replication holds at most one month of records and payslips, so 128 MB of old space is ample.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 } as const;

/** Start the worker whose entry is `entry` (a file URL). */
export function spawnNodeWorker(entry: URL): SimWorker {
  const w = new Worker(entry, { resourceLimits: WORKER_LIMITS });
  let terminated = false;
  const crash: ((e: Error) => void)[] = [];
  w.on('error', (e) => {
    if (!terminated) for (const cb of crash) cb(e);
  });
  w.on('exit', (code) => {
    if (!terminated) for (const cb of crash) cb(new Error(`worker exited with code ${code}`));
  });
  return {
    api: wrap<SimApiShape>(nodeEndpoint(w as unknown as Parameters<typeof nodeEndpoint>[0])),
    terminate() {
      terminated = true;
      void w.terminate();
    },
    onCrash(cb) {
      crash.push(cb);
    },
  };
}

/** Default pool size in Node, from the cores available (poolSize.ts; each worker's `resourceLimits` below). */
export function defaultNodeWorkers(): number {
  return poolSize(availableParallelism());
}

/** A pool of `size` Node workers started from `entry`. */
export function nodePool(entry: URL, size = defaultNodeWorkers()): SimPool {
  return new SimPool(() => spawnNodeWorker(entry), size);
}
