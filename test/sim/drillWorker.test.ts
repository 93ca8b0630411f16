/**
 * The dedicated drill-down worker (src/sim/drillWorker.ts) under Node's worker_threads: with the real
 * simulator it gives the in-process drillDownAll, while a long run occupies the pool (it does not wait
 * for it); the pay curves it computes for the chart of pay against performance equal
 * `scenarioPayCurves` called in-process; with the fake worker, a throwing or dying worker is reported
 * once and replaced.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DrillWorker } from '../../src/sim/drillWorker';
import { drillDownAll } from '../../src/sim/drillDown';
import { nodePool, spawnNodeWorker } from '../../src/sim/nodeWorkers';
import { SimError, type SimPool } from '../../src/sim/pool';
import { prepare } from '../../src/sim/prepare';
import type { Scenario } from '../../src/sim/scenario';
import { smallScenario } from './helpers';
import { DEFAULT_AGENT, salesGrid, scenarioPayCurves } from '../../src/sim/payCurve';

const ENTRY = new URL('../../workers/sim.node.mjs', import.meta.url);
const FAKE = new URL('./fixtures/fakeSim.node.mjs', import.meta.url);

let drill: DrillWorker | null = null;
let pool: SimPool | null = null;
afterEach(() => {
  drill?.terminate();
  pool?.terminate();
  drill = pool = null;
});

const fake = (name: string) => ({ name, variants: [], settings: {} }) as unknown as Scenario;

describe('DrillWorker', () => {
  it('gives every agent of a replication, equal to the in-process pass, beside a running pool', async () => {
    const scenario = smallScenario({ agents: 10, months: 8, replications: 2000 });
    pool = nodePool(ENTRY, 1);
    drill = new DrillWorker(() => spawnNodeWorker(ENTRY));
    await drill.warm(scenario);
    const ctrl = new AbortController();
    let runDone = false;
    const running = pool.run(scenario, { signal: ctrl.signal }).then((r) => {
      runDone = true;
      return r;
    });
    const got = await drill.drillDownAll(scenario, 0);
    // 2 000 replications on one worker take seconds; the drill-down came back during the run
    expect(runDone).toBe(false);
    ctrl.abort();
    expect((await running).cancelled).toBe(true);
    expect(got).toEqual(drillDownAll(prepare(scenario), 0));
  }, 60_000);

  it('sends the drill-downs of a replication in parts that join to the in-process pass', async () => {
    const scenario = smallScenario({ agents: 10, months: 8, replications: 2 });
    drill = new DrillWorker(() => spawnNodeWorker(ENTRY));
    const want = drillDownAll(prepare(scenario), 1);
    expect(want.length % 7).not.toBe(0);
    const parts = [];
    for (let from = 0; from < want.length; from += 7) parts.push(await drill.drillDownPart(scenario, 1, from, from + 7));
    expect(parts.map((p) => p.total)).toEqual(parts.map(() => want.length));
    expect(parts.map((p) => p.drills.length)).toEqual(parts.map((_, i) => Math.min(7, want.length - 7 * i)));
    expect(parts.flatMap((p) => p.drills)).toEqual(want);
    // another replication is computed afresh, not served from the one kept
    expect((await drill.drillDownPart(scenario, 0, 0, 3)).drills).toEqual(drillDownAll(prepare(scenario), 0).slice(0, 3));
  }, 60_000);

  it('computes the pay curves of every variant equal to the same function called in-process', async () => {
    const scenario = smallScenario({ agents: 10, months: 8, replications: 2 });
    drill = new DrillWorker(() => spawnNodeWorker(ENTRY));
    const sales = salesGrid(40_000_000, 9);
    const agent = { ...DEFAULT_AGENT, level: 'senior' as const, teamSize: 4, colleagueSalesFen: 15_000_000 };
    const got = await drill.payCurves(scenario, sales, agent);
    const want = scenarioPayCurves(scenario, sales, agent);
    expect(got).toEqual(want);
    expect(got.map((c) => c.name)).toEqual(scenario.variants.map((v) => v.name));
    // real curves: every variant drawn at every sales amount, pay not falling as sales rise
    for (const c of got) {
      expect(c.points!.map((p) => p.creditedSalesFen)).toEqual(sales);
      for (let i = 1; i < sales.length; i++) expect(c.points![i]!.grossFen).toBeGreaterThanOrEqual(c.points![i - 1]!.grossFen);
    }
    // a variant whose rules file does not compile comes back as null, as in-process
    const bad = structuredClone(scenario);
    bad.variants[1]!.policy.city = 'atlantis';
    expect(await drill.payCurves(bad, sales, agent)).toEqual(scenarioPayCurves(bad, sales, agent));
    expect((await drill.payCurves(bad, sales, agent))[1]!.points).toBeNull();
  }, 60_000);

  it('reports a throwing or dying worker once and serves the next call', async () => {
    drill = new DrillWorker(() => spawnNodeWorker(FAKE));
    const boom = await drill.drillDownAll(fake('boom'), 0).catch((e: unknown) => e);
    expect(boom).toBeInstanceOf(SimError);
    expect((boom as SimError).key).toBe('sim.workerFailed');
    expect((boom as SimError).message).toContain('drill exploded');
    const crash = await drill.drillDownAll(fake('crash'), 0).catch((e: unknown) => e);
    expect(crash).toBeInstanceOf(SimError);
    expect((crash as SimError).message).toContain('exited with code 9');
    const ok = await drill.drillDownAll(fake('ok'), 2);
    expect(ok.map((d) => d.agentId)).toEqual(['A0', 'A1']);
  }, 60_000);
});
