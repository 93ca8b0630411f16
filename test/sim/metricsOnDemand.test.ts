/**
 * The simulator generates the service metrics only for variants whose policy reads them
 * (engine/components/metrics.ts `readsServiceFields`; src/sim/replication.ts): which policies read
 * them, that the set of metrics read from the record's fields is the one `metricValue` uses, and that
 * the numbers a variant gets do not depend on whether another variant of the run reads metrics
 * (each metric has its own stream, so skipping them shifts no other draw).
 */
import { describe, expect, it } from 'vitest';
import type { AgentMonth } from '../../src/engine/records';
import { STRIDE } from '../../src/engine/payRows';
import { SERVICE_FIELD_METRICS, metricValue, readsServiceFields } from '../../src/engine/components/metrics';
import { compilePolicy } from '../../src/policy/compile';
import { METRICS, type PolicyDoc } from '../../src/policy/types';
import { prepare } from '../../src/sim/prepare';
import { runReplication, type SimSetup } from '../../src/sim/replication';
import { preset, smallScenario } from './helpers';

const SERVICE_FIELDS = ['onlineHours', 'replyRateBp', 'avgResponseSec', 'firstResponseSec', 'satisfactionRateBp', 'goodReviewRateBp', 'returnRateBp'] as const;

function withKpi(kpi: NonNullable<PolicyDoc['kpi']>): PolicyDoc {
  const p = structuredClone(preset('seed000'));
  p.performancePay = { byLevel: { junior: '500.00', intermediate: '500.00', senior: '500.00', manager: '500.00' } };
  p.kpi = kpi;
  return p;
}
const NO_KPI = { gates: [], afterSales: null, composite: null, target: null, rank: null };

describe('which policies read the service metrics', () => {
  it('the KPI presets do, the others and KPI rules on counts and sales do not', () => {
    expect(readsServiceFields(compilePolicy(preset('seed004')))).toBe(true);
    expect(readsServiceFields(compilePolicy(preset('kpi-shop')))).toBe(true);
    for (const name of ['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner']) {
      expect(readsServiceFields(compilePolicy(preset(name)))).toBe(false);
    }
    const onSales = withKpi({
      ...NO_KPI,
      gates: [{ metric: 'conversion', direction: 'atLeast', threshold: '0.2', factor: '0', lines: ['performancePay'] }],
      rank: { metric: 'netSales', better: 'higher', amounts: ['300.00'] },
    });
    expect(readsServiceFields(compilePolicy(onSales))).toBe(false);
    const gate = withKpi({ ...NO_KPI, gates: [{ metric: 'firstResponseSec', direction: 'atMost', threshold: '30', factor: '0', lines: ['performancePay'] }] });
    expect(readsServiceFields(compilePolicy(gate))).toBe(true);
    const rank = withKpi({ ...NO_KPI, rank: { metric: 'satisfactionRate', better: 'higher', amounts: ['300.00'] } });
    expect(readsServiceFields(compilePolicy(rank))).toBe(true);
  });

  it('SERVICE_FIELD_METRICS are exactly the metrics whose value changes when the record loses its service fields', () => {
    const r = { paidOrders: 40, inquiries: 100, scheduledDays: 26, daysWorked: 25, badReviewsReversed: 2,
      onlineHours: 201.5, replyRateBp: 9712, avgResponseSec: 31.25, firstResponseSec: 11.5,
      satisfactionRateBp: 9300, goodReviewRateBp: 9850, returnRateBp: 4100 } as unknown as AgentMonth;
    const bare = { ...r } as Record<string, unknown>;
    for (const f of SERVICE_FIELDS) bare[f] = undefined;
    const changed = METRICS.filter((m) => JSON.stringify(metricValue(m, r, 1_000_000, 2_000_000)) !== JSON.stringify(metricValue(m, bare as unknown as AgentMonth, 1_000_000, 2_000_000)));
    expect(new Set(changed)).toEqual(SERVICE_FIELD_METRICS);
  });
});

/** Per variant name: each month's records (JSON) and pay rows as the lean path hands them to the collector. */
function leanRun(setup: SimSetup, r: number): Map<string, { records: string[]; rows: number[][] }> {
  const out = new Map(setup.variants.map((v) => [v.name, { records: [] as string[], rows: [] as number[][] }]));
  runReplication(setup, r, {
    begin() {},
    end() {},
    roster() {},
    pay(v, _m, records, rows) {
      const o = out.get(setup.variants[v]!.name)!;
      o.records.push(JSON.stringify(records));
      o.rows.push(Array.from(rows.data.subarray(0, rows.n * STRIDE)));
    },
  });
  return out;
}

/** Per variant name: each month's records (JSON) as a payslip sink gets them (whole records, as the drill-down). */
function wholeRun(setup: SimSetup, r: number): Map<string, string[]> {
  const out = new Map(setup.variants.map((v) => [v.name, [] as string[]]));
  runReplication(setup, r, {
    begin() {},
    end() {},
    roster() {},
    month(v, _m, records) {
      out.get(setup.variants[v]!.name)!.push(JSON.stringify(records));
    },
  });
  return out;
}

describe('the numbers of a variant do not depend on whether another variant reads the metrics', () => {
  const gated = withKpi({ ...NO_KPI, gates: [{ metric: 'replyRate', direction: 'atLeast', threshold: '0.97', factor: '0', lines: ['performancePay'] }] });
  const plain = [
    { name: 'seed000', policy: preset('seed000') },
    { name: 'seed001', policy: preset('seed001-guarantee') },
  ];
  for (const responsive of [true, false]) {
    it(`${responsive ? 'responding to pay (a shop per variant)' : 'not responding (shared shops)'}: same records and rows with and without a KPI variant`, () => {
      const without = prepare(smallScenario({ responsive, months: 8, variants: plain }));
      const withKpiVariant = prepare(smallScenario({ responsive, months: 8, variants: [plain[0]!, { name: 'gated', policy: gated }, plain[1]!] }));
      const alone = prepare(smallScenario({ responsive, months: 8, variants: [plain[0]!, { name: 'gated', policy: gated }] }));
      expect(withKpiVariant.variants.map((v) => v.readsMetrics)).toEqual([false, true, false]);
      for (let r = 0; r < 3; r++) {
        const a = leanRun(without, r);
        const b = leanRun(withKpiVariant, r);
        for (const name of ['seed000', 'seed001']) {
          // pay rows equal; records equal once the service fields are dropped (a shared shop carries
          // them for every member when one member reads them)
          expect(b.get(name)!.rows).toEqual(a.get(name)!.rows);
          const strip = (j: string) => (JSON.parse(j) as Record<string, unknown>[]).map((x) => { for (const f of SERVICE_FIELDS) delete x[f]; return x; });
          expect(b.get(name)!.records.map(strip)).toEqual(a.get(name)!.records.map(strip));
        }
        // the KPI variant's records carry the metrics, the same as whole records (every variant's
        // metrics generated) and as in a run without the other variant
        const g = b.get('gated')!;
        expect(g.records).toEqual(wholeRun(withKpiVariant, r).get('gated'));
        expect(g.records).toEqual(leanRun(alone, r).get('gated')!.records);
        const worked = (JSON.parse(g.records[0]!) as AgentMonth[]).filter((x) => x.daysWorked > 0);
        expect(worked.length).toBeGreaterThan(0);
        for (const x of worked) expect(x.replyRateBp).toBeGreaterThan(0);
        if (responsive) {
          // a variant that does not read them is generated without them
          for (const j of a.get('seed000')!.records) for (const x of JSON.parse(j) as AgentMonth[]) expect(x.replyRateBp).toBeUndefined();
        }
      }
    });
  }
});
