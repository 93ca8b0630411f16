/**
 * Drift guard: the default scenario's first generated month (replication 0, the baseline's records)
 * and the summary of its first replication, hashed and compared with test/golden/pinned.json. The
 * random streams (src/behaviour/random.ts: "never renumber") and every figure of the summary (Gini,
 * percentiles, costs) feed these hashes, so a change to either shows here. Re-pinning is described
 * in the data file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/sim/prepare';
import { ChunkRunner } from '../../src/sim/runChunk';
import { RunAcc } from '../../src/sim/reporters';
import { summarize } from '../../src/sim/summary';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import { defaultScenario } from '../behaviour/helpers';

const PINNED = new URL('./pinned.json', import.meta.url);
const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');

interface Pinned {
  about: string;
  firstMonth: { records: number; sha256: string };
  firstReplicationSummary: { sha256: string };
}

function firstMonth() {
  const s = defaultScenario();
  const records = scenarioRecords(s, { replication: 0 }).filter((r) => r.month === s.settings.startMonth);
  return { records: records.length, sha256: sha(records) };
}

function firstReplicationSummary() {
  const s = defaultScenario();
  const setup = prepare(s);
  const acc = new RunAcc(setup.variants.length, setup.months);
  acc.absorb(new ChunkRunner(setup).run(0, 1));
  const summary = summarize(acc, {
    scenario: s.name,
    seed: s.settings.seed,
    startMonth: setup.startMonth,
    months: setup.months,
    requested: 1,
    names: setup.variants.map((v) => v.name),
    baseline: setup.baseline,
  });
  return { sha256: sha(summary) };
}

let pinned = JSON.parse(readFileSync(PINNED, 'utf8')) as Pinned;
if (process.env['PAYLAB_REPIN'] === '1') {
  pinned = { about: pinned.about, firstMonth: firstMonth(), firstReplicationSummary: firstReplicationSummary() };
  writeFileSync(PINNED, JSON.stringify(pinned, null, 2) + '\n');
}

describe('pinned outputs of the default scenario', () => {
  it('the first generated month', () => {
    expect(firstMonth()).toEqual(pinned.firstMonth);
  });
  it("the first replication's summary", () => {
    expect(firstReplicationSummary()).toEqual(pinned.firstReplicationSummary);
  });
});
