/**
 * The real simulation worker under Node's worker_threads (workers/sim.node.mjs): 1, 2 and 4 workers
 * give identical summaries, equal to the in-process run; a scenario the engine cannot take is
 * reported with one message; drill-down re-generates a replication with explanations.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { nodePool } from '../../src/sim/nodeWorkers';
import { SimError, type SimPool } from '../../src/sim/pool';
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
