/**
 * The simulation worker under Node's worker_threads (the CLI, the benchmark, the tests): the same
 * API as workers/sim.worker.ts, exposed over comlink's node adapter. Started through
 * workers/sim.node.mjs, which registers tsx first.
 */
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { simApi } from '../src/sim/api';

const api = simApi;
if (!parentPort) throw new Error('sim.node.worker.ts must run in a worker thread');
expose(api, nodeEndpoint(parentPort));

export type SimApi = typeof api;
