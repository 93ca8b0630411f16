/**
 * The run worker (browser): a thin comlink shell around src/sim/runHostApi.ts. It starts the
 * simulation workers (workers/sim.worker.ts) itself and merges and summarizes their chunks, so the
 * page's thread only receives progress and ready summaries. Created by src/ui/main.ts before the
 * page's own code loads; it starts its simulation workers at once (the default pool size for this
 * machine), so that their script is fetched and compiled while the page loads and mounts;
 * src/ui/simBridge.ts sets the pool size in its first message (a run starts or stops workers to
 * match it).
 */
import { expose } from 'comlink';
import { runHostApi } from '../src/sim/runHostApi';
import { webSimWorker } from './webSimWorker';
import { poolSize } from '../src/sim/poolSize';

const spawn = () => webSimWorker(new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }));
// chunks after the first carry ≈ 250 ms of work: fewer partials to merge; Stop terminates the workers anyway
const api = runHostApi(spawn, poolSize(navigator.hardwareConcurrency), 250);
api.warm();
expose(api);

export type RunHostApi = typeof api;
