/**
 * The draws no policy changes are made once per replication-month and shared by the variants'
 * shops (src/behaviour/monthDraws.ts). Sharing must change nothing: each variant's records equal
 * those of a shop that draws everything itself, month by month, with rosters that diverge (quits
 * respond to pay), policies that differ in effort and fines, and two variants of equal effort (so the
 * sales chain is reused, not only the uniforms).
 */
import { describe, expect, it } from 'vitest';
import type { AgentMonth } from '../../src/engine/records';
import { cloneShop, createShop, generateMonth, policyResponse } from '../../src/behaviour/index';
import { MonthDraws } from '../../src/behaviour/monthDraws';
import type { ShopState } from '../../src/behaviour/types';
import { compilePolicy } from '../../src/policy/compile';
import { prepare } from '../../src/sim/prepare';
import { defaultBehaviour, runReplication, type SimSetup } from '../../src/sim/replication';
import { defaultScenario } from './helpers';

/** A shop with draws of its own: nothing is shared with any other shop. */
const own = (s: ShopState): ShopState => ({ ...s, draws: new MonthDraws(s.size) });

function recordsOf(setup: SimSetup, r: number): AgentMonth[][][] {
  const out: AgentMonth[][][] = setup.variants.map(() => []);
  runReplication(setup, r, { begin() {}, end() {}, roster() {}, month: (v, m, records) => void (out[v]![m] = [...records]) });
  return out;
}

describe('month draws shared by the variants', () => {
  const scenario = defaultScenario();
  const shared = prepare(scenario);
  const alone: SimSetup = {
    ...shared,
    behaviour: {
      ...defaultBehaviour,
      createShop: (input, r) => own(defaultBehaviour.createShop(input, r)),
      cloneShop: (s) => own(defaultBehaviour.cloneShop(s)),
    },
  };

  it('the scenario responds to pay and has two variants of equal effort but different fines', () => {
    expect(shared.responsive).toBe(true);
    const [, a, b] = shared.variants.map((v) => v.response);
    expect(a!.effort).toEqual(b!.effort);
    expect(a!.ruleBreaking).not.toEqual(b!.ruleBreaking);
  });

  it('a cloned shop shares the draws of the shop it copies', () => {
    const s = createShop(scenario, 0);
    expect(cloneShop(s).draws).toBe(s.draws);
  });

  it("gives every variant exactly the records of a shop drawing alone, and rosters diverge", () => {
    let differentRosters = 0;
    for (const r of [0, 1, 7]) {
      const a = recordsOf(shared, r);
      const b = recordsOf(alone, r);
      expect(a).toEqual(b);
      const ids = (v: number) => a[v]!.map((recs) => recs.map((x) => x.agentId).join()).join('|');
      for (let v = 1; v < a.length; v++) if (ids(v) !== ids(0)) differentRosters++;
    }
    expect(differentRosters).toBeGreaterThan(0);
  });

  it('replications drawn interleaved through one draws object are those drawn apart', () => {
    const response = policyResponse(compilePolicy(scenario.variants[0]!.policy), scenario);
    const a = createShop(scenario, 3);
    const b = createShop(scenario, 5);
    expect(b.draws).toBe(a.draws); // one object per shop size, re-keyed by replication and month
    const a0 = generateMonth(a, 0, response);
    const b0 = generateMonth(b, 0, response);
    const again = generateMonth(a, 0, response);
    expect(again).toEqual(a0);
    expect(a0).toEqual(generateMonth(own(createShop(scenario, 3)), 0, response));
    expect(b0).toEqual(generateMonth(own(createShop(scenario, 5)), 0, response));
    expect(b0).not.toEqual(a0);
  });
});
