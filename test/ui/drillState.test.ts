/**
 * Replication 0's drill-downs on the page (src/ui/drillState.svelte.ts): taken from the drill worker
 * in parts of DRILL_PART agents that join to the whole replication in roster order, then handed to
 * the panels one per frame (`view(k)`: panel k sees the new drill-downs from the k-th frame on, the
 * previous ones until then); a worker that sends no agents where some are left is a failure, not an
 * endless loop. The "worker" here is the real simulation API (src/sim/api.ts) called in-process.
 */
import { describe, expect, it } from 'vitest';
import { simApi } from '../../src/sim/api';
import { drillDownAll, type DrillDown } from '../../src/sim/drillDown';
import { prepare } from '../../src/sim/prepare';
import type { Scenario } from '../../src/sim/scenario';
import { DRILL_PANELS, DRILL_PART, DrillState, type DrillClient } from '../../src/ui/drillState.svelte';
import { smallScenario } from '../sim/helpers';

const later = <T>(f: () => T) => new Promise<T>((res, rej) => setTimeout(() => (async () => f())().then(res, rej), 0));

/** The real API in-process, recording the parts asked for. */
function client(calls: [number, number][]): DrillClient {
  return {
    drillDownPart: (s, r, from, to) =>
      later(() => {
        calls.push([from, to]);
        return simApi.drillDownPart(s, r, from, to);
      }),
    payCurves: (s, sales, agent) => later(() => simApi.payCurves(s, sales, agent)),
  };
}

const until = async (ok: () => boolean, ms = 20_000): Promise<void> => {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('DrillState', () => {
  it('loads the drill-downs in parts equal to the whole replication, and hands them to the panels one per frame', async () => {
    const a = smallScenario({ agents: 19, months: 4, replications: 3 });
    const calls: [number, number][] = [];
    const drill = new DrillState(client(calls));
    drill.load(a);
    expect(drill.loading).toBe(true);
    await until(() => !drill.loading);
    const want = drillDownAll(prepare(a), 0);
    expect(want.length).toBeGreaterThan(2 * DRILL_PART);
    expect(drill.error).toBeNull();
    expect(drill.drills).toEqual(want);
    expect(drill.drills.map((d) => d.agentId)).toEqual(want.map((d) => d.agentId));
    expect(drill.scenario).toBe(a);
    expect([drill.done, drill.total]).toEqual([want.length, want.length]);
    // consecutive parts of DRILL_PART agents, the last one short
    expect(calls).toEqual(Array.from({ length: Math.ceil(want.length / DRILL_PART) }, (_, i) => [i * DRILL_PART, (i + 1) * DRILL_PART]));

    // the first panel has them at once, the others not yet; within DRILL_PANELS frames all have them
    expect(drill.view(0).drills).toBe(drill.drills);
    expect(drill.view(DRILL_PANELS - 1).drills).toEqual([]);
    expect(drill.view(DRILL_PANELS - 1).scenario).toBeNull();
    const seen: number[] = [];
    await until(() => {
      const n = Array.from({ length: DRILL_PANELS }, (_, k) => k).filter((k) => drill.view(k).drills === drill.drills).length;
      if (seen.at(-1) !== n) seen.push(n);
      return n === DRILL_PANELS;
    });
    // one more panel each frame, never all at once
    expect(seen[0]).toBe(1);
    expect(seen.length).toBeGreaterThan(2);
    expect(drill.view(DRILL_PANELS + 3).drills).toBe(drill.drills);

    // a new scenario: until it is handed over, later panels still see the previous drill-downs
    const b = smallScenario({ agents: 6, months: 4, replications: 3, seed: 99 });
    const before: DrillDown[] = drill.drills;
    drill.load(b);
    await until(() => !drill.loading);
    expect(drill.drills).toEqual(drillDownAll(prepare(b), 0));
    expect(drill.view(0).scenario).toBe(b);
    expect(drill.view(DRILL_PANELS - 1).drills).toBe(before);
    await until(() => drill.view(DRILL_PANELS - 1).scenario === b);
  }, 60_000);

  it('reports a worker that sends no agents where some are left, and loads again on the next call', async () => {
    const s = smallScenario({ agents: 5, months: 3, replications: 2 });
    let broken = true;
    const drill = new DrillState({
      drillDownPart: (sc: Scenario, r, from, to) => later(() => (broken ? { total: 5, drills: [] } : simApi.drillDownPart(sc, r, from, to))),
      payCurves: () => Promise.resolve([]),
    });
    drill.load(s);
    await until(() => !drill.loading);
    expect(drill.error?.key).toBe('ui.run.failed');
    expect(drill.error?.message).toContain('sent no agents');
    expect(drill.drills).toEqual([]);
    broken = false;
    drill.load(s);
    await until(() => !drill.loading);
    expect(drill.error).toBeNull();
    expect(drill.drills).toEqual(drillDownAll(prepare(s), 0));
  }, 60_000);
});
