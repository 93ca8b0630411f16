/** The real-months Web Worker: a thin comlink shell around realMonthsApi.ts. Created only by realMonthsClient.ts. */
import { expose } from 'comlink';
import { realMonthsApi } from './realMonthsApi';

expose(realMonthsApi);
