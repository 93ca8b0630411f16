/**
 * The replication loop: deterministic from (seed, replication) alone; with behaviour not responding
 * to pay, sharing one generated month between variants (splitting a variant off when its dismissals
 * differ) gives exactly what each variant gets from its own shop; an identical variant differs from
 * the baseline by exactly 0 (common random numbers).
 */
import { describe, expect, it } from 'vitest';
import type { Payslip } from '../../src/engine/payslip';
import { prepare } from '../../src/sim/prepare';
import { runReplication, type SimSetup } from '../../src/sim/replication';
import { ChunkRunner } from '../../src/sim/runChunk';
import { RunAcc } from '../../src/sim/reporters';
import { summarize } from '../../src/sim/summary';
import { preset, smallScenario } from './helpers';

function slipsOf(setup: SimSetup, r: number): Payslip[][] {
  const out: Payslip[][] = setup.variants.map(() => []);
  runReplication(setup, r, { begin() {}, end() {}, roster() {}, month: (v, _m, _r, slips) => out[v]!.push(...slips) });
  return out;
}

function summaryOf(setup: SimSetup, R: number) {
  const acc = new RunAcc(setup.variants.length, setup.months);
  acc.absorb(new ChunkRunner(setup).run(0, R));
  return summarize(acc, {
    scenario: 's',
    seed: 1,
    startMonth: setup.startMonth,
    months: setup.months,
    requested: R,
    names: setup.variants.map((v) => v.name),
    baseline: setup.baseline,
  });
}

describe('runReplication', () => {
  it('depends only on the scenario seed and the replication index', () => {
    const setup = prepare(smallScenario({ months: 6 }));
    const a = slipsOf(setup, 3);
    slipsOf(setup, 1); // another replication in between changes nothing
    expect(slipsOf(setup, 3)).toEqual(a);
    expect(slipsOf(setup, 4)).not.toEqual(a);
    const other = prepare(smallScenario({ months: 6, seed: 99 }));
    expect(slipsOf(other, 3)).not.toEqual(a);
  });

  it('without response to pay, sharing shops equals one shop per variant (dismissing variant included)', () => {
    const scenario = smallScenario({ responsive: false, months: 14 });
    const shared = prepare(scenario);
    expect(shared.responsive).toBe(false);
    const own: SimSetup = { ...shared, responsive: true };
    let dismissals = 0;
    for (let r = 0; r < 4; r++) {
      const a = slipsOf(shared, r);
      expect(a).toEqual(slipsOf(own, r));
      dismissals += a[1]!.filter((s) => s.flags.dismissal !== null).length;
    }
    // seed 001's dismissal rule fired, so the split path was exercised
    expect(dismissals).toBeGreaterThan(0);
    expect(summaryOf(shared, 4)).toEqual(summaryOf(own, 4));
  });

  it('a variant identical to the baseline differs by exactly 0 in every replication', () => {
    const scenario = smallScenario({
      variants: [
        { name: 'a', policy: preset('seed000') },
        { name: 'same', policy: preset('seed000') },
      ],
    });
    const s = summaryOf(prepare(scenario), 5);
    const d = s.variants[1]!.vsBaseline!.costDifference;
    expect(d).toEqual({ n: 5, meanFen: 0, sdFen: 0, ciLowFen: 0, ciHighFen: 0, p5: 0, p95: 0, rangeIsMinMax: true });
    expect(s.variants[1]!.vsBaseline!.winnersShare).toBe(0);
    expect(s.variants[1]!.vsBaseline!.losersShare).toBe(0);
  });
});
