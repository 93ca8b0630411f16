/**
 * The lean path's reused records (behaviour/monthRecords.ts, sim/replication.ts): a sink that copies
 * them month by month gets exactly the records that fresh, allocating generation gives (scenarioRecords:
 * generateMonth, payslip objects, the outcome from payslips), through quits, dismissals, vacancies
 * and hires; a sink of payslips keeps records that no later month touches; and the reuse does happen.
 */
import { describe, expect, it } from 'vitest';
import type { AgentMonth } from '../../src/engine/records';
import { MEASURE_FIELDS, RATE_FIELDS } from '../../src/engine/records';
import { prepare } from '../../src/sim/prepare';
import { runReplication, type ReplicationSink, type SimSetup } from '../../src/sim/replication';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import { smallScenario } from './helpers';

/** A shop with much turnover: quits every month, vacancies of a month on average, hires joining. */
function churningScenario() {
  const s = smallScenario({ agents: 12, months: 14 });
  return { ...s, behaviour: { ...s.behaviour, quitEarly: 0.3, quitSettled: 0.12, vacancyMonths: 0.6 } };
}

const METRIC_KEYS: readonly (keyof AgentMonth)[] = [...RATE_FIELDS, ...MEASURE_FIELDS];

/** A record as compared: copied, the service metrics dropped where the variant's policy does not read them. */
function comparable(r: AgentMonth, withMetrics: boolean): AgentMonth {
  const c = { ...r };
  if (!withMetrics) for (const k of METRIC_KEYS) delete c[k];
  return c;
}

const byId = (a: AgentMonth, b: AgentMonth): number => (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0);

/** Records of every variant and month of replication r as a lean sink (`pay`) sees them, copied at once; dismissals counted. */
function leanCopies(setup: SimSetup, r: number, dismissals: { n: number }): AgentMonth[][][] {
  const out: AgentMonth[][][] = setup.variants.map(() => []);
  runReplication(setup, r, {
    begin() {},
    end() {},
    roster(_v, report) {
      dismissals.n += report.dismissals.length;
    },
    pay(v, m, records) {
      out[v]![m] = records.map((x) => comparable(x, setup.variants[v]!.readsMetrics)).sort(byId);
    },
  });
  return out;
}

describe('records reused on the lean path', () => {
  const scenario = churningScenario();
  const setup = prepare(scenario);

  it('equal fresh generation, month by month, through quits, dismissals, vacancies and hires', () => {
    expect(setup.responsive).toBe(true);
    let hires = 0;
    let leavers = 0;
    const counts = new Set<number>();
    const dismissals = { n: 0 };
    for (const r of [0, 1, 2]) {
      const lean = leanCopies(setup, r, dismissals);
      setup.variants.forEach((variant, v) => {
        // the allocating path: fresh records, payslip objects, the outcome read from payslips
        const fresh = scenarioRecords(scenario, { variant: v, replication: r }).map((x) => comparable(x, variant.readsMetrics));
        const byMonth = lean[v]!;
        expect(byMonth).toHaveLength(scenario.settings.months);
        expect(byMonth.flat()).toEqual(fresh);
        for (const month of byMonth) {
          counts.add(month.length);
          hires += month.filter((x) => x.tenureMonth === 1).length;
          leavers += month.filter((x) => x.left).length;
        }
      });
    }
    // the months really differed in size and occupants, so records were reused across them
    expect(hires).toBeGreaterThan(20);
    expect(leavers).toBeGreaterThan(20);
    expect(counts.size).toBeGreaterThan(2);
    // and the roster read dismissals from the outcome by slot
    expect(dismissals.n).toBeGreaterThan(0);
  });

  it('are the same objects month after month and replication after replication', () => {
    const seen = setup.variants.map(() => new Set<AgentMonth>());
    let most = 0;
    const sink: ReplicationSink = {
      begin() {},
      end() {},
      roster() {},
      pay(v, _m, records) {
        for (const x of records) seen[v]!.add(x);
        most = Math.max(most, records.length);
      },
    };
    for (const r of [0, 1, 2]) runReplication(setup, r, sink);
    // 3 replications × 14 months of about 10–12 agents per variant: at most one object per slot
    for (const s of seen) expect(s.size).toBeLessThanOrEqual(scenario.shop.agents);
    expect(most).toBeGreaterThan(0);
  });

  it('a sink of payslips gets records that later months and replications leave untouched', () => {
    const kept: { record: AgentMonth; json: string }[] = [];
    for (const r of [0, 1]) {
      runReplication(setup, r, {
        begin() {},
        end() {},
        roster() {},
        month(_v, _m, records) {
          for (const x of records) kept.push({ record: x, json: JSON.stringify(x) });
        },
      });
    }
    // and a lean run afterwards reuses only its own objects
    runReplication(setup, 2, { begin() {}, end() {}, roster() {}, pay() {} });
    expect(kept.length).toBeGreaterThan(2 * 14 * 3 * 8);
    const changed = kept.filter((k) => JSON.stringify(k.record) !== k.json);
    expect(changed).toEqual([]);
  });
});
