/**
 * The pool's mechanics with a fake worker (test/sim/fixtures/fakeSim.worker.ts) under Node's
 * worker_threads: every chunk merged once, progress in steps with an ETA, cancel before the end with a
 * usable partial summary, a throwing or crashing worker reported once and the pool usable again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { nodePool, spawnNodeWorker } from '../../src/sim/nodeWorkers';
import { SimError, SimPool, type Progress } from '../../src/sim/pool';
import { failureTextBoth } from '../../src/i18n/problemText';
import type { Scenario } from '../../src/sim/scenario';

const FAKE = new URL('./fixtures/fakeSim.node.mjs', import.meta.url);

function scenario(name: string, replications: number): Scenario {
  return {
    name,
    variants: [{ name: 'only', baseline: true }],
    settings: { startMonth: '2026-01', months: 1, replications, seed: 1 },
  } as unknown as Scenario;
}

let pool: SimPool | null = null;
afterEach(() => {
  pool?.terminate();
  pool = null;
});

describe('SimPool (Node worker_threads)', () => {
  it('merges every replication exactly once, whatever the number of workers', async () => {
    for (const k of [1, 2, 4]) {
      pool = nodePool(FAKE, k);
      const res = await pool.run(scenario('ok', 20));
      pool.terminate();
      const v = res.summary.variants[0]!;
      expect(res.cancelled).toBe(false);
      expect(res.summary.complete).toBe(true);
      expect(v.replications).toBe(20);
      // replication r costs r + 1 fen: Σ 1..20 = 210, mean 10.5 → 11 (half up); p50 = rank 10 → 10
      expect(v.cost.meanFen).toBe(11);
      expect(v.cost.p50Fen).toBe(10);
      expect(v.cost.p5Fen).toBe(1);
      expect(v.cost.p95Fen).toBe(19);
    }
  });

  it('reports progress in steps, with an ETA, up to the total', async () => {
    pool = nodePool(FAKE, 2);
    const events: (Progress & { at: number })[] = [];
    const t0 = performance.now();
    // 16 replications × 50 ms on 2 workers ≈ 400 ms
    await pool.run(scenario('slow', 16), { onProgress: (p) => events.push({ ...p, at: performance.now() }) });
    const gaps = events.slice(1).map((e, i) => e.at - events[i]!.at);
    expect(events.length).toBeGreaterThan(2);
    // The cadence is printed, not asserted: timing goals live in `npm run bench` (a shared machine can
    // hold this thread back). What must hold is that progress arrives in steps, before the end.
    const sorted = [...gaps].sort((a, b) => a - b);
    console.log(`[pool] first progress after ${(events[0]!.at - t0).toFixed(0)} ms; gaps median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)]!.toFixed(0)} ms`);
    expect(events.filter((e) => e.done < 16).length).toBeGreaterThan(1);
    expect(events.map((e) => e.done)).toEqual([...events.map((e) => e.done)].sort((a, b) => a - b));
    expect(events.at(-1)!.done).toBe(16);
    expect(events.some((e) => e.etaMs !== null && e.etaMs > 0 && e.done < 16)).toBe(true);
  });

  it('cancels before the end, keeps the partial result, and runs again afterwards', async () => {
    pool = nodePool(FAKE, 2);
    const ctl = new AbortController();
    let abortedAt = 0;
    const seen: Progress[] = [];
    // abort once the first chunks are in (workers take ~0.4 s or more to start under tsx)
    const res = await pool.run(scenario('slow', 400), {
      signal: ctl.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.done >= 2 && abortedAt === 0) {
          abortedAt = performance.now();
          ctl.abort();
        }
      },
    });
    const stopMs = performance.now() - abortedAt;
    console.log(`[pool] cancelled ${stopMs.toFixed(0)} ms after the abort`);
    expect(res.cancelled).toBe(true);
    expect(res.summary.complete).toBe(false);
    const done = res.summary.replications;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(400);
    expect(pool.alive).toBe(0); // every worker terminated
    // the last progress, sent before the partial summary is computed, says the run stopped at its final count
    expect(seen.at(-1)).toMatchObject({ stopped: true, done });
    expect(seen.filter((p) => p.stopped).length).toBe(1);
    // the partial summary is the merge of the chunks that finished: mean cost of those replications
    expect(res.summary.variants[0]!.cost.meanFen).toBeGreaterThan(0);
    const again = await pool.run(scenario('ok', 10));
    expect(again.summary.variants[0]!.replications).toBe(10);
  });

  it('reports a throwing worker with one clear message, then recovers', async () => {
    pool = nodePool(FAKE, 2);
    const err = await pool.run(scenario('boom', 12), { chunkSize: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimError);
    expect((err as SimError).key).toBe('sim.workerFailed');
    expect((err as SimError).detail).toBe('replication 3 exploded');
    expect(failureTextBoth(err as SimError)).toBe('模拟线程出错:replication 3 exploded / a simulation worker failed: replication 3 exploded');
    expect(pool.alive).toBe(0);
    const again = await pool.run(scenario('ok', 12));
    expect(again.summary.variants[0]!.cost.meanFen).toBe(7); // Σ 1..12 = 78, 78 / 12 = 6.5 → 7
  });

  it('reports a worker that dies outside a call', async () => {
    pool = nodePool(FAKE, 1);
    const err = await pool.run(scenario('crash', 12), { chunkSize: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimError);
    expect((err as SimError).detail).toBe('worker exited with code 7');
    const again = await pool.run(scenario('ok', 3));
    expect(again.summary.replications).toBe(3);
  });

  it('reports a scenario the worker cannot load', async () => {
    pool = nodePool(FAKE, 2);
    const err = await pool.run(scenario('badload', 5)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimError);
    expect((err as SimError).key).toBe('sim.loadFailed');
    expect((err as SimError).detail).toBe('cannot load this scenario');
  });

  it('returns an empty summary at once when cancelled before starting', async () => {
    pool = nodePool(FAKE, 2);
    const ctl = new AbortController();
    ctl.abort();
    const res = await pool.run(scenario('ok', 5), { signal: ctl.signal });
    expect(res.cancelled).toBe(true);
    expect(res.summary.replications).toBe(0);
    expect(res.summary.variants[0]!.cost.meanFen).toBeNull();
  });

  it('warms: starts its workers before the first run, which then uses them', async () => {
    let spawned = 0;
    pool = new SimPool(() => {
      spawned++;
      return spawnNodeWorker(FAKE);
    }, 2);
    pool.warm();
    expect(pool.alive).toBe(2);
    pool.warm(); // idempotent
    expect(spawned).toBe(2);
    const res = await pool.run(scenario('ok', 6));
    expect(res.summary.replications).toBe(6);
    expect(spawned).toBe(2);
  });
});
