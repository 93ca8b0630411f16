/**
 * The pool asks a worker for its next chunk before it merges the chunk that worker returned
 * (src/sim/pool.ts), so that merging — and a shot summarized on the run worker in the browser — never
 * leaves a simulation worker idle; and a worker's chunks grow, doubling up to 4 × the size the target
 * time gives, so that a busy machine (whose wall clock makes each replication look slow) does not
 * cut a run into hundreds of one-replication chunks. In-process "workers" record when each chunk is
 * asked for and when each is merged (`onChunk`).
 */
import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import { simApi, type SimApiShape } from '../../src/sim/api';
import { SimPool, type SimWorker } from '../../src/sim/pool';
import type { Scenario } from '../../src/sim/scenario';
import { smallScenario } from './helpers';

/** A worker's answer: later, as a real worker's is (a chunk's partial is read after the call returns). */
const later = <T>(f: () => T) => new Promise<T>((res, rej) => setTimeout(() => (async () => f())().then(res, rej), 0));

describe('pool chunk order', () => {
  it('asks for a worker’s next chunk before merging the one it returned; every replication merged once', async () => {
    const events: string[] = [];
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

  it('grows a worker’s chunks by doubling, up to 4 × the target’s size', async () => {
    let clock = 0;
    const sizes: number[] = [];
    const spawn = (): SimWorker => ({
      api: {
        // this pool's keys (run1, …) are the first test's too: keep its scenario apart in the shared worker API
        load: (key: string, s: Scenario) => later(() => simApi.load(`grow ${key}`, s)),
        runChunk: (key: string, from: number, to: number) => {
          sizes.push(to - from);
          // every replication looks like 50 ms on the pool's clock
          clock += 50 * (to - from);
          return later(() => simApi.runChunk(`grow ${key}`, from, to));
        },
      } as unknown as Remote<SimApiShape>,
      terminate: () => {},
      onCrash: () => {},
    });
    const scenario = smallScenario({ agents: 2, months: 1, replications: 40, seed: 3 });
    const res = await new SimPool(spawn, 1, () => clock).run(scenario, { targetChunkMs: 100 });
    // the target gives 100 / 50 = 2 replications a chunk; growth 1, 2, 4, 8, then at most 4 × 2 = 8
    expect(sizes).toEqual([1, 2, 4, 8, 8, 8, 8, 1]);
    expect(res.summary.replications).toBe(40);
  });
});
