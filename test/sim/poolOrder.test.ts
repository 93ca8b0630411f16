/**
 * The pool asks a worker for its next chunk before it merges the chunk that worker returned
 * (src/sim/pool.ts), so that merging — and a shot summarized on the run worker in the browser — never
 * leaves a simulation worker idle. In-process "workers" record when each chunk is asked for and when
 * each is merged (`onChunk`).
 */
import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import { simApi, type SimApiShape } from '../../src/sim/api';
import { SimPool, type SimWorker } from '../../src/sim/pool';
import type { Scenario } from '../../src/sim/scenario';
import { smallScenario } from './helpers';

describe('pool chunk order', () => {
  it('asks for a worker’s next chunk before merging the one it returned; every replication merged once', async () => {
    const events: string[] = [];
    const later = <T>(f: () => T) => new Promise<T>((res, rej) => setTimeout(() => (async () => f())().then(res, rej), 0));
    const spawn = (): SimWorker => ({
      api: {
        load: (key: string, s: Scenario) => later(() => simApi.load(key, s)),
        runChunk: (key: string, from: number, to: number) => {
          events.push(`ask ${from}`);
          return later(() => simApi.runChunk(key, from, to));
        },
      } as unknown as Remote<SimApiShape>,
      terminate: () => {},
      onCrash: () => {},
    });
    const scenario = smallScenario({ agents: 3, months: 2, replications: 4, seed: 5 });
    const res = await new SimPool(spawn, 1).run(scenario, { chunkSize: 1, onChunk: (p) => events.push(`merge ${p.from}`) });
    // one worker, chunks of one replication: chunk k + 1 is asked for before chunk k is merged
    expect(events).toEqual(['ask 0', 'ask 1', 'merge 0', 'ask 2', 'merge 1', 'ask 3', 'merge 2', 'merge 3']);
    expect(res.summary.replications).toBe(4);
  });
});
