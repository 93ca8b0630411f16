/**
 * A simulation Web Worker as the pool sees it (src/sim/pool.ts SimWorker): the comlink proxy of
 * workers/sim.worker.ts, terminate, and crash reports from its error events. The caller constructs
 * the Worker itself, so that the bundler sees each `new Worker(new URL(…))`.
 */
import { wrap } from 'comlink';
import type { SimWorker } from '../src/sim/pool';
import type { SimApi } from './sim.worker';

export function webSimWorker(w: Worker): SimWorker {
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
