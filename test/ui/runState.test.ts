/**
 * The run state's Stop / Resume / Re-run and the question before a large run, on the real run host
 * and pool (src/sim/runHost.ts, pool.ts) with in-process "workers" running the real simulation (src/sim/api.ts): a run stopped after some
 * chunks and resumed runs only the replications left and ends with the numbers of one uninterrupted
 * run; Re-run starts again; a large run the page would start by itself waits for the owner.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Remote } from 'comlink';
import { simApi, type SimApiShape } from '../../src/sim/api';
import { SimPool, type RunOptions, type SimWorker } from '../../src/sim/pool';
import type { Scenario } from '../../src/sim/scenario';
import { RunHost, type StreamEnd, type StreamOptions } from '../../src/sim/runHost';
import { RunState, rangesLeft } from '../../src/ui/runState.svelte';
import type { Runnable } from '../../src/ui/workbench.svelte';
import { smallScenario } from '../sim/helpers';

/** A pool worker that runs the simulation on this thread (each call a macrotask later, as a message would be). */
function inProcess(): SimWorker {
  const later = <T>(f: () => T) => new Promise<T>((res, rej) => setTimeout(() => (async () => f())().then(res, rej), 0));
  const api = {
    load: (key: string, s: Scenario) => later(() => simApi.load(key, s)),
    runChunk: (key: string, from: number, to: number) => later(() => simApi.runChunk(key, from, to)),
  } as unknown as Remote<SimApiShape>;
  return { api, terminate: () => {}, onCrash: () => {} };
}

function runnable(s: Scenario): Runnable {
  return { check: { problems: [], variantProblems: [], scenario: s, usable: s.variants.map((_, i) => i), baselineUsable: true }, scenario: s, ids: s.variants.map((_, i) => `v${i}`), baselineStandIn: false };
}

/**
 * A client as the page has it (a RunHost over the pool, src/sim/runHost.ts) that records each of the
 * pool's runs (options and replications), and can stop the run after `stopAfter` chunks.
 */
function client(pool: SimPool) {
  const calls: { ranges: RunOptions['ranges']; replications: number }[] = [];
  let stopAfter = Infinity;
  let state: RunState | null = null;
  const poolRun = pool.run.bind(pool);
  pool.run = (scenario: Scenario, opts: RunOptions = {}) => {
    const call = { ranges: opts.ranges, replications: 0 };
    calls.push(call);
    let chunks = 0;
    return poolRun(scenario, {
      ...opts,
      chunkSize: 3,
      onChunk: (p) => {
        call.replications += p.to - p.from;
        opts.onChunk?.(p);
        if (++chunks === stopAfter) {
          stopAfter = Infinity;
          state?.cancel();
        }
      },
    });
  };
  const host = new RunHost(pool);
  return {
    calls,
    stopAfterChunks(n: number, s: RunState) {
      stopAfter = n;
      state = s;
    },
    run: (scenario: Scenario, opts?: RunOptions) => host.run(scenario, opts),
    stream: (scenario: Scenario, opts?: StreamOptions) => host.stream(scenario, opts),
  };
}

describe('ranges left of a stopped run', () => {
  it('are the gaps of [0, total) not covered, in order', () => {
    expect(rangesLeft([], 10)).toEqual([[0, 10]]);
    expect(rangesLeft([[3, 6], [0, 3]], 10)).toEqual([[6, 10]]);
    expect(rangesLeft([[6, 9], [0, 3]], 10)).toEqual([[3, 6], [9, 10]]);
    expect(rangesLeft([[0, 10]], 10)).toEqual([]);
  });
});

describe('Stop, Resume and Re-run', () => {
  const scenario = smallScenario({ agents: 6, months: 3, replications: 18, seed: 31 });

  it('a resumed run runs only what was left and ends with the numbers of one uninterrupted run', async () => {
    const straight = await new SimPool(inProcess, 2).run(scenario);
    expect(straight.summary.complete).toBe(true);

    const c = client(new SimPool(inProcess, 2));
    const run = new RunState(c);
    c.stopAfterChunks(2, run);
    run.start(runnable(scenario));
    await vi.waitFor(() => expect(run.running).toBe(false), { timeout: 20_000, interval: 10 });
    expect(run.cancelled).toBe(true);
    const stoppedAt = run.stoppedCount;
    expect(stoppedAt).toBe(6); // two chunks of 3 merged before the stop
    expect(run.shown?.summary.replications).toBe(6);
    expect(run.canResume(runnable(scenario))).toBe(true);

    run.resume(runnable(scenario));
    await vi.waitFor(() => expect(run.shown?.complete).toBe(true), { timeout: 20_000, interval: 10 });
    // the second run was given only the ranges the first had not merged, and ran 18 − 6 of them
    expect(c.calls).toHaveLength(2);
    expect(c.calls[1]!.replications).toBe(18 - stoppedAt);
    expect(c.calls[1]!.ranges!.reduce((n, [a, b]) => n + b - a, 0)).toBe(12);
    expect(run.shown!.summary).toEqual(straight.summary);
    expect(run.cancelled).toBe(false);
  });

  it('Re-run starts again from the first replication and gives the same numbers', async () => {
    const straight = await new SimPool(inProcess, 2).run(scenario);
    const c = client(new SimPool(inProcess, 2));
    const run = new RunState(c);
    c.stopAfterChunks(1, run);
    run.start(runnable(scenario));
    await vi.waitFor(() => expect(run.cancelled).toBe(true), { timeout: 20_000, interval: 10 });
    run.rerun(runnable(scenario));
    await vi.waitFor(() => expect(run.shown?.complete).toBe(true), { timeout: 20_000, interval: 10 });
    expect(c.calls[1]!.ranges).toBeUndefined();
    expect(c.calls[1]!.replications).toBe(18);
    expect(run.shown!.summary).toEqual(straight.summary);
  });

  it('Resume after the scenario changed starts again (nothing of the old run is merged)', async () => {
    const c = client(new SimPool(inProcess, 2));
    const run = new RunState(c);
    c.stopAfterChunks(1, run);
    run.start(runnable(scenario));
    await vi.waitFor(() => expect(run.cancelled).toBe(true), { timeout: 20_000, interval: 10 });
    const changed = { ...scenario, settings: { ...scenario.settings, seed: 32 } };
    expect(run.canResume(runnable(changed))).toBe(false);
    run.resume(runnable(changed));
    await vi.waitFor(() => expect(run.shown?.complete).toBe(true), { timeout: 20_000, interval: 10 });
    expect(c.calls[1]!.ranges).toBeUndefined();
    expect(run.shown!.summary.seed).toBe(32);
    expect(run.shown!.summary.replications).toBe(18);
  });
});

describe('a large run on opening', () => {
  const small = smallScenario({ agents: 4, months: 2, replications: 4, seed: 5 });
  const large = smallScenario({ agents: 4, months: 2, replications: 12, seed: 5 });
  const largeRun = (s: Scenario) => (s.settings.replications > 10 ? 45_000 : null);

  it('waits for the owner, then runs; later edits run without asking until a workspace is loaded again', async () => {
    const c = client(new SimPool(inProcess, 1));
    const run = new RunState(c, undefined, largeRun);
    run.start(runnable(large));
    expect(run.held?.estimateMs).toBe(45_000);
    expect(run.running).toBe(false);
    expect(c.calls).toHaveLength(0);
    run.startHeld();
    expect(run.held).toBeNull();
    await vi.waitFor(() => expect(run.shown?.complete).toBe(true), { timeout: 20_000, interval: 10 });
    expect(c.calls).toHaveLength(1);

    // the owner's own edit to a large run starts it
    const larger = { ...large, settings: { ...large.settings, seed: 6 } };
    run.start(runnable(larger));
    expect(run.held).toBeNull();
    expect(run.running).toBe(true);
    await vi.waitFor(() => expect(run.running).toBe(false), { timeout: 20_000, interval: 10 });

    // a loaded workspace asks again
    run.askBeforeLarge();
    run.start(runnable({ ...large, settings: { ...large.settings, seed: 7 } }));
    expect(run.held).not.toBeNull();
    expect(c.calls).toHaveLength(2);
  });

  it('a small run starts at once and ends the question for the visit; while held, a smaller edit runs', async () => {
    const c = client(new SimPool(inProcess, 1));
    const run = new RunState(c, undefined, largeRun);
    run.start(runnable(large));
    expect(run.held).not.toBeNull();
    run.start(runnable(small)); // the owner lowers the replications
    expect(run.held).toBeNull();
    expect(run.running).toBe(true);
    await vi.waitFor(() => expect(run.shown?.complete).toBe(true), { timeout: 20_000, interval: 10 });
    run.start(runnable(large));
    expect(run.held).toBeNull();
  });
});

describe('Stop', () => {
  it('shows the stopped state at the click, before the run answers; the count of the run itself then serves Resume', async () => {
    let release: (() => void) | null = null;
    let answered = false;
    const fake = {
      run: () => Promise.reject(new Error('not used')),
      // a run that, once aborted, reports its final count a moment later (a busy run worker) and
      // ends only when released
      stream: (_s: Scenario, opts: StreamOptions = {}) =>
        new Promise<StreamEnd>((resolve) => {
          opts.onProgress?.({ done: 3, total: 50, elapsedMs: 10, etaMs: 100 });
          opts.signal?.addEventListener('abort', () => {
            setTimeout(() => {
              answered = true;
              opts.onProgress?.({ done: 7, total: 50, elapsedMs: 20, etaMs: 100, stopped: true });
              release = () => resolve({ cancelled: true, elapsedMs: 20, shot: null, stoppedCount: 7 });
            }, 30);
          });
        }),
    };
    const run = new RunState(fake);
    const r = runnable(smallScenario({ agents: 6, months: 3, replications: 50, seed: 31 }));
    run.start(r);
    expect(run.running).toBe(true);
    expect(run.progress?.done).toBe(3);
    run.cancel();
    // stopped now, on the progress shown: not running, resumable — the run has not answered yet
    expect(answered).toBe(false);
    expect(run.running).toBe(false);
    expect(run.cancelled).toBe(true);
    expect(run.progress?.done).toBe(3);
    expect(run.stoppedCount).toBe(3);
    expect(run.canResume(r)).toBe(true);
    // the run's answer: its own count (what it had merged) for Resume; the progress shown stays
    await vi.waitFor(() => expect(release).not.toBeNull(), { timeout: 2_000, interval: 5 });
    expect(run.stoppedCount).toBe(7);
    expect(run.progress?.done).toBe(3);
    expect(run.running).toBe(false);
    release!();
    await Promise.resolve();
    await Promise.resolve();
    expect(run.running).toBe(false);
    expect(run.cancelled).toBe(true);
    expect(run.stoppedCount).toBe(7);
  });
});
