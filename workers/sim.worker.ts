/**
 * The simulation Web Worker (browser): a thin comlink shell around src/sim/api.ts (squoosh style).
 * Created only by src/ui/simBridge.ts.
 */
import { expose } from 'comlink';
import { simApi } from '../src/sim/api';

const api = simApi;
expose(api);

export type SimApi = typeof api;
