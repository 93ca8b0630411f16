/**
 * The esbuild bundle of the Node worker (src/sim/nodeBundle.ts): written once under the cache
 * directory (same content, same file), its workers give the in-process summary; a failed build or
 * PAYLAB_WORKER=tsx falls back to the tsx entry with the reason.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeWorkerEntry } from '../../src/sim/nodeBundle';
import { nodePool } from '../../src/sim/nodeWorkers';
import type { SimPool } from '../../src/sim/pool';
import { prepare } from '../../src/sim/prepare';
import { ChunkRunner } from '../../src/sim/runChunk';
import { RunAcc } from '../../src/sim/reporters';
import { summarize } from '../../src/sim/summary';
import { smallScenario } from './helpers';

const root = new URL('../../', import.meta.url);
// inside the project, so that the bundle's packages resolve from node_modules
const cacheDir = new URL(`node_modules/.cache/paylab-test-${process.pid}/`, root);
const options = {
  source: new URL('workers/sim.node.worker.ts', root),
  fallback: new URL('workers/sim.node.mjs', root),
  cacheDir,
};
const pools: SimPool[] = [];
afterAll(() => {
  pools.forEach((p) => p.terminate());
  rmSync(fileURLToPath(cacheDir), { recursive: true, force: true });
});

describe('nodeWorkerEntry', () => {
  it('bundles the worker once, and its workers give the in-process summary', async () => {
    const a = await nodeWorkerEntry(options);
    expect(a.kind).toBe('bundle');
    expect(a.url.href.startsWith(cacheDir.href)).toBe(true);
    expect(existsSync(a.url)).toBe(true);
    const b = await nodeWorkerEntry(options);
    expect(b.url.href).toBe(a.url.href);
    expect(readdirSync(fileURLToPath(cacheDir))).toEqual([a.url.pathname.split('/').pop()]);

    const scenario = smallScenario({ agents: 8, months: 6, replications: 6 });
    const setup = prepare(scenario);
    const acc = new RunAcc(setup.variants.length, setup.months);
    acc.absorb(new ChunkRunner(setup).run(0, 6));
    const local = summarize(acc, {
      scenario: scenario.name,
      seed: scenario.settings.seed,
      startMonth: scenario.settings.startMonth,
      months: scenario.settings.months,
      requested: 6,
      names: scenario.variants.map((v) => v.name),
      baseline: 0,
    });
    const pool = nodePool(a.url, 2);
    pools.push(pool);
    const res = await pool.run(scenario, { chunkSize: 2 });
    expect(res.summary).toEqual(local);
  }, 60_000);

  it('falls back to the tsx entry when the build fails, with the reason', async () => {
    const e = await nodeWorkerEntry({ ...options, source: new URL('workers/no-such-worker.ts', root) });
    expect(e.kind).toBe('tsx');
    expect(e.url.href).toBe(options.fallback.href);
    expect(e.reason).toContain('no-such-worker.ts');
  });

  it('uses the tsx entry when PAYLAB_WORKER=tsx', async () => {
    process.env.PAYLAB_WORKER = 'tsx';
    try {
      const e = await nodeWorkerEntry(options);
      expect(e).toEqual({ url: options.fallback, kind: 'tsx', reason: 'PAYLAB_WORKER=tsx' });
    } finally {
      delete process.env.PAYLAB_WORKER;
    }
  });
});
