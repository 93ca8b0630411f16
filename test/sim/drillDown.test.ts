/**
 * Drill-down of a whole replication in one pass (src/sim/drillDown.ts `drillDownAll`): equal, agent
 * by agent, to the per-agent `drillDown`, in the roster order of `agentsOf`; with behaviour
 * responding to pay (a shop per variant) and without (variants sharing a shop until they split).
 */
import { describe, expect, it } from 'vitest';
import { agentsOf, drillDown, drillDownAll } from '../../src/sim/drillDown';
import { prepare } from '../../src/sim/prepare';
import { smallScenario } from './helpers';

describe('drillDownAll', () => {
  for (const responsive of [true, false]) {
    it(`equals drillDown for every agent (behaviour ${responsive ? 'responds' : 'fixed'})`, () => {
      const setup = prepare(smallScenario({ agents: 10, months: 14, responsive }));
      const agents = agentsOf(setup, 3);
      const all = drillDownAll(setup, 3);
      // more agents than posts: quits are replaced within 14 months
      expect(agents.length).toBeGreaterThan(10);
      expect(all.map((d) => d.agentId)).toEqual(agents.map((a) => a.agentId));
      all.forEach((d, i) => expect(d).toEqual(drillDown(setup, 3, agents[i]!.agentId)));
      // explanations are on, and each variant pairs a record with each payslip
      const first = all[0]!.variants[0]!;
      expect(first.payslips.some((s) => s.lines.some((l) => l.note.key !== ''))).toBe(true);
      for (const d of all) for (const v of d.variants) expect(v.records.map((r) => r.month)).toEqual(v.payslips.map((s) => s.month));
    });
  }

  it('names every variant, in scenario order, for every agent', () => {
    const setup = prepare(smallScenario({ agents: 6, months: 3 }));
    const all = drillDownAll(setup, 0);
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const d of all) {
      expect(d.replication).toBe(0);
      expect(d.variants.map((v) => v.name)).toEqual(['seed000', 'seed001', 'careful']);
    }
  });
});
