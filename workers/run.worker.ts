/**
 * The run worker (browser): a thin comlink shell around src/sim/runHostApi.ts. It starts the
 * simulation workers (workers/sim.worker.ts) itself and merges and summarizes their chunks, so the
 * page's thread only receives progress and ready summaries. Created only by src/ui/simBridge.ts,
 * which sets the pool size and warms the pool in its first messages.
 */
import { expose } from 'comlink';
import { runHostApi } from '../src/sim/runHostApi';
import { webSimWorker } from './webSimWorker';

const spawn = () => webSimWorker(new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }));
// chunks after the first carry ≈ 250 ms of work: fewer partials to merge; Stop terminates the workers anyway
const api = runHostApi(spawn, 1, 250);
expose(api);

export type RunHostApi = typeof api;
