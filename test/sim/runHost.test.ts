/**
 * The run host's shots (src/sim/runHost.ts) on the real pool with in-process "workers": the first
 * shot after `firstBatch` replications, later ones after `refreshMs` with the gaps doubling up to
 * `maxRefreshMs`, none for the last chunk (the final summary follows), and the final summary equal
 * to a plain run's. The pool's clock is the test's: each chunk advances it 100 ms. The publish
 * policy's progress interval reaches the pool (the page asks for fewer progress messages).
 */
import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import { simApi, type SimApiShape } from '../../src/sim/api';
import { SimPool, type SimWorker } from '../../src/sim/pool';
import { RunHost, type Shot } from '../../src/sim/runHost';
import type { Scenario } from '../../src/sim/scenario';
import { smallScenario } from './helpers';

function inProcess(): SimWorker {
  const later = <T>(f: () => T) => new Promise<T>((res, rej) => setTimeout(() => (async () => f())().then(res, rej), 0));
  const api = {
    load: (key: string, s: Scenario) => later(() => simApi.load(key, s)),
    runChunk: (key: string, from: number, to: number) => later(() => simApi.runChunk(key, from, to)),
  } as unknown as Remote<SimApiShape>;
  return { api, terminate: () => {}, onCrash: () => {} };
}

describe('run host shots', () => {
  it('come after firstBatch, then at doubling gaps up to maxRefreshMs; the end is a plain run’s summary', async () => {
    const scenario = smallScenario({ agents: 3, months: 2, replications: 30, seed: 11 });
    let clock = 0;
    const pool = new SimPool(inProcess, 1, () => clock);
    const host = new RunHost(pool, { chunkSize: 1, onChunk: () => (clock += 100) });
    const shots: Shot[] = [];
    const end = await host.stream(scenario, {
      publish: { firstBatch: 3, firstMin: 1, firstWaitMs: 1e9, refreshMs: 200, maxRefreshMs: 800 },
      onShot: (s) => shots.push(s),
    });
    // chunk k (one replication) lands at t = 100k: first shot at 3, then gaps 200, 400, 800, 800, …
    expect(shots.map((s) => s.summary.replications)).toEqual([3, 5, 9, 17, 25]);
    expect(shots.every((s) => !s.complete && !s.summary.complete)).toBe(true);
    expect(shots[0]!.costBins.map((b) => b.n)).toEqual(scenario.variants.map(() => 3));
    expect(end.cancelled).toBe(false);
    expect(end.stoppedCount).toBe(0);
    expect(end.shot!.complete).toBe(true);
    const plain = await new SimPool(inProcess, 2).run(scenario);
    expect(end.shot!.summary).toEqual(plain.summary);
  });

  it('hands the publish policy’s progress interval to the pool, and the pool’s default when there is none', async () => {
    const scenario = smallScenario({ agents: 3, months: 2, replications: 4, seed: 11 });
    const asked: (number | undefined)[] = [];
    class Watched extends SimPool {
      override run(...args: Parameters<SimPool['run']>): ReturnType<SimPool['run']> {
        asked.push(args[1]?.progressEveryMs);
        return super.run(...args);
      }
    }
    const host = new RunHost(new Watched(inProcess, 1), { chunkSize: 2 });
    const policy = { firstBatch: 2, firstMin: 1, firstWaitMs: 1e9, refreshMs: 200, maxRefreshMs: 800 };
    await host.stream(scenario, { publish: { ...policy, progressEveryMs: 150 } });
    await host.stream(scenario, { publish: policy });
    expect(asked).toEqual([150, undefined]);
  });
});
