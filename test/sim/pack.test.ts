/**
 * A chunk's partial in its wire form (src/sim/pack.ts, reporters.ts `toPartial`/`absorb`): what the
 * merging thread reads back equals, figure by figure, the aggregate the worker built, whether it
 * arrives as the worker's own arrays or as a structured clone with its buffers transferred, and the
 * order partials arrive in changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/sim/prepare';
import { runReplication } from '../../src/sim/replication';
import { ReplicationCollector } from '../../src/sim/collector';
import { marginPpm } from '../../src/sim/costAcc';
import { RunAcc, type ChunkPartial } from '../../src/sim/reporters';
import { summarize, summaryMeta, type Summary } from '../../src/sim/summary';
import { DenseBins, SparseBins } from '../../src/sim/quantileBins';
import { PackReader, PackWriter } from '../../src/sim/pack';
import { smallScenario } from './helpers';

const scenario = smallScenario({ agents: 9, months: 14, startMonth: '2025-11', replications: 7 });
const setup = prepare(scenario);
const V = setup.variants.length;
const M = setup.months;
const meta = summaryMeta(scenario, 7);

/** Replications [from, to) fed straight into an aggregate, as a worker does. */
function workerAcc(from: number, to: number): RunAcc {
  const acc = new RunAcc(V, M);
  const c = new ReplicationCollector(acc, setup.baseline, setup.startMonth, M, marginPpm(setup.input.shop.category.grossMargin));
  for (let r = from; r < to; r++) runReplication(setup, r, c);
  return acc;
}

const wire = (p: ChunkPartial): ChunkPartial => structuredClone(p, { transfer: [p.f64.buffer, p.i32.buffer] });

describe('the wire form of a partial', () => {
  const a = workerAcc(0, 3);
  const b = workerAcc(3, 7);
  const whole = workerAcc(0, 7);
  const direct: Summary = summarize(whole, meta);

  it('reads back to the summary the worker itself would give', () => {
    const merged = new RunAcc(V, M);
    merged.absorb(a.toPartial(0, 3));
    expect(summarize(merged, { ...meta, requested: 3 })).toEqual(summarize(a, { ...meta, requested: 3 }));
  });

  it('merges two chunks, cloned with their buffers transferred, in either order, into the one-chunk run', () => {
    const ab = new RunAcc(V, M);
    ab.absorb(wire(a.toPartial(0, 3)));
    ab.absorb(wire(b.toPartial(3, 7)));
    const ba = new RunAcc(V, M);
    ba.absorb(wire(b.toPartial(3, 7)));
    ba.absorb(wire(a.toPartial(0, 3)));
    expect(summarize(ab, meta)).toEqual(direct);
    expect(summarize(ba, meta)).toEqual(direct);
    // the run has paired differences, several income octaves and per-replication ranges to carry
    const v1 = direct.variants[1]!;
    expect(v1.vsBaseline!.costDifference.n).toBe(7);
    expect(v1.income.agentMonth.all.n).toBeGreaterThan(500);
    expect(v1.turnover.quitsRange).not.toBeNull();
  });

  it('refuses a partial of another shape', () => {
    const other = new RunAcc(V, M + 1);
    expect(() => other.absorb(a.toPartial(0, 3))).toThrow(/0–3/);
  });

  it('carries bins of negative values, exact extremes and empty sets', () => {
    const d = new DenseBins();
    for (const x of [-250_000, -3, 0, 7, 1023, 1024, 5_000_000, 5_000_001, 2 ** 40]) d.add(x);
    d.add(7, 3);
    const s = new SparseBins();
    s.add(-12_345_678);
    s.add(99, 2);
    const empty = new DenseBins();
    const w = new PackWriter();
    w.begin();
    d.pack(w);
    empty.pack(w);
    s.pack(w);
    const r = new PackReader(w.finish());
    const d2 = new SparseBins();
    const e2 = new DenseBins();
    const s2 = new DenseBins();
    d2.unpack(r);
    e2.unpack(r);
    s2.unpack(r);
    expect(r.done()).toBe(true);
    expect(d2.toData()).toEqual(d.toData());
    expect(d2.toData().n).toBe(12);
    expect(d2.toData().min).toBe(-250_000);
    expect(d2.toData().max).toBe(2 ** 40);
    expect(e2.toData()).toEqual({ keys: [], counts: [], n: 0, min: 0, max: 0 });
    expect(s2.toData()).toEqual(s.toData());
  });
});
