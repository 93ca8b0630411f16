/**
 * The real simulation worker under Node's worker_threads (workers/sim.node.mjs): 1, 2 and 4 workers
 * give identical summaries, equal to the in-process run; a scenario the engine cannot take is
 * reported with one message; drill-down re-generates a replication with explanations.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { nodePool, spawnNodeWorker } from '../../src/sim/nodeWorkers';
import { SimError, failureOf, type SimPool } from '../../src/sim/pool';
import { runHostApi } from '../../src/sim/runHostApi';
import { failureText } from '../../src/i18n/problemText';
import { errorTextBoth } from '../../src/cli/report';
import { prepare } from '../../src/sim/prepare';
import { ChunkRunner } from '../../src/sim/runChunk';
import { RunAcc } from '../../src/sim/reporters';
import { summarize } from '../../src/sim/summary';
import { smallScenario } from './helpers';

const ENTRY = new URL('../../workers/sim.node.mjs', import.meta.url);
const scenario = smallScenario({ agents: 10, months: 8, replications: 12 });
const pools: SimPool[] = [];
afterAll(() => pools.forEach((p) => p.terminate()));

describe('Node worker pool with the real simulator', () => {
  it('gives identical summaries with 1, 2 and 4 workers, and in-process', async () => {
    const setup = prepare(scenario);
    const acc = new RunAcc(setup.variants.length, setup.months);
    acc.absorb(new ChunkRunner(setup).run(0, 12));
    const local = summarize(acc, {
      scenario: scenario.name,
      seed: scenario.settings.seed,
      startMonth: scenario.settings.startMonth,
      months: scenario.settings.months,
      requested: 12,
      names: scenario.variants.map((v) => v.name),
      baseline: 0,
    });
    const got = [];
    for (const [k, chunkSize] of [
      [1, 12],
      [2, 1],
      [4, 2],
      [2, undefined],
    ] as const) {
      const pool = nodePool(ENTRY, k);
      pools.push(pool);
      const res = await pool.run(scenario, chunkSize ? { chunkSize } : {});
      pool.terminate();
      got.push(res.summary);
    }
    for (const s of got) expect(s).toEqual(local);
    expect(local.replications).toBe(12);
    // the summary is plain JSON (no BigInt, no class instances)
    expect(JSON.parse(JSON.stringify(local))).toEqual(local);
  }, 60_000);

  it('reports a scenario the workers cannot prepare, then runs the next one', async () => {
    const bad = structuredClone(scenario);
    bad.variants[1]!.policy.city = 'atlantis';
    const pool = nodePool(ENTRY, 2);
    pools.push(pool);
    const err = await pool.run(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimError);
    expect((err as SimError).key).toBe('sim.loadFailed');
    expect((err as SimError).message).toContain('$.variants[1].policy.city');
    const ok = await pool.run(scenario, { replications: 2 });
    expect(ok.summary.replications).toBe(2);
  }, 60_000);

  it("keeps a bad scenario's problems structured across the worker, said in the page's language and in both by the CLI", async () => {
    const bad = structuredClone(scenario);
    bad.variants[1]!.policy.city = 'atlantis';
    const city = '$.variants[1].policy.city';
    const known = 'shanghai, beijing, hangzhou, nanjing, suzhou, guangzhou, shenzhen, chengdu, wuhan, jinhua, suqian, zhengzhou, changsha, custom';
    const zh = `${city}:未知城市 "atlantis",可选:${known}`;
    const en = `${city}: unknown city "atlantis"; known cities: ${known}`;
    const pool = nodePool(ENTRY, 2);
    pools.push(pool);
    const err = (await pool.run(bad).catch((e: unknown) => e)) as SimError;
    expect(err.problems).toEqual([{ path: city, key: 'policy.unknownCity', params: { path: city, value: 'atlantis', known } }]);
    expect(failureText(failureOf(err), 'zh')).toBe(`模拟线程无法载入情景:${zh}`);
    expect(failureText(failureOf(err), 'en')).toBe(`a simulation worker could not load the scenario: ${en}`);
    // the command line's line, as it was when the worker sent the problems' text in both languages
    expect(errorTextBoth(err)).toBe(`模拟线程无法载入情景:${zh} / ${en} / a simulation worker could not load the scenario: ${zh} / ${en}`);

    // the page's path: the run worker's outcome carries them as data (src/sim/runHostApi.ts → src/ui/simBridge.ts)
    const host = runHostApi(() => spawnNodeWorker(ENTRY), 2);
    const out = await host.run(1, bad, {});
    host.terminate();
    expect(out).toEqual({ ok: false, key: 'sim.loadFailed', detail: `${city}: policy.unknownCity`, problems: err.problems });
  }, 60_000);

  it('drills into one agent of one replication with explained payslips under each variant', async () => {
    const pool = nodePool(ENTRY, 1);
    pools.push(pool);
    const agents = await pool.agents(scenario, 5);
    expect(agents.length).toBeGreaterThanOrEqual(10);
    const d = await pool.drillDown(scenario, 5, agents[0]!.agentId);
    expect(d.variants.map((v) => v.name)).toEqual(['seed000', 'seed001', 'careful']);
    const first = d.variants[0]!.payslips[0]!;
    expect(first.agentId).toBe(agents[0]!.agentId);
    expect(first.lines.some((l) => l.note.key !== '')).toBe(true);
    expect(d.variants[0]!.records.length).toBe(d.variants[0]!.payslips.length);
  }, 60_000);
});
