/**
 * People cost, turnover cost, contribution, unanswered inquiries and lost sales (domain.md §"What a
 * policy really costs"; src/sim/costAcc.ts, collector.ts, summary.ts).
 *
 * 1. A tiny hand-made run fed straight into the collector: 2 variants × 2 months × 2 replications,
 *    one agent, margin 45 %, recruiting 800 + training 1 500 = 2 300 yuan per hire. Every expected
 *    figure is worked out by hand in the comments (fen).
 * 2. A twin variant (the baseline's rules under another name) on the real generator: every new
 *    paired difference is exactly 0 and every new figure equals the baseline's.
 * 3. The generator's unanswered inquiries on a shop with an empty post: the count from the formula
 *    of docs/behaviour.md §"Vacancies and capacity" worked by hand around the shop's demand shock.
 */
import { describe, expect, it } from 'vitest';
import type { Payslip } from '../../src/engine/payslip';
import type { AgentMonth } from '../../src/engine/records';
import type { MonthService, RosterReport } from '../../src/behaviour/types';
import { ReplicationCollector } from '../../src/sim/collector';
import { marginFen, marginPpm } from '../../src/sim/costAcc';
import { RunAcc } from '../../src/sim/reporters';
import { summarize, type PairedDifference } from '../../src/sim/summary';
import { tQuantile975 } from '../../src/sim/tQuantile';
import { prepare } from '../../src/sim/prepare';
import { ChunkRunner } from '../../src/sim/runChunk';
import { createShop, generateMonth, policyResponse } from '../../src/behaviour/index';
import { KIND, PART, SHOP_SLOT, Xoshiro128, keyPart } from '../../src/behaviour/random';
import { normal } from '../../src/behaviour/sample';
import { compilePolicy } from '../../src/policy/compile';
import { preset, smallScenario } from './helpers';

// ── 1. hand-made run ──

const HIRE_FEN = 80000 + 150000; // recruiting 800.00 + training 1 500.00 yuan per hire

function slip(month: string, employerCostFen: number, belowMinimumFen = 0): Payslip {
  return {
    agentId: 'A001',
    month,
    level: 'junior',
    role: 'presales',
    probation: false,
    lines: [],
    totals: { employerCostFen, grossFen: employerCostFen, netFen: employerCostFen, contributionsFen: 0, finesFen: 0 },
    flags: { belowMinimumFen, deductionsBelowMinimumFen: 0, deductionsOverCapFen: 0, probationTooLow: false, dismissal: null },
  } as unknown as Payslip;
}
function record(month: string, creditedSalesFen: number, returnsFen: number): AgentMonth {
  return { agentId: 'A001', month, creditedSalesFen, returnsFen, paidOrders: 1, daysEmployed: 31 } as unknown as AgentMonth;
}
function report(monthIndex: number, hires: number): RosterReport {
  return {
    monthIndex,
    month: monthIndex === 0 ? '2026-01' : '2026-02',
    hires: Array.from({ length: hires }, (_, i) => `H${i}`),
    quits: [],
    dismissals: [],
    trainingCostFen: hires * 150000,
    recruitingCostFen: hires * 80000,
    headcount: 1,
  };
}
const none: MonthService = { unansweredInquiries: 0, lostSalesFen: 0 };

interface HandMonth {
  cost: number;
  credited: number;
  returns: number;
  hires: number;
  service: MonthService;
  below?: number;
}
/** [replication][variant][month] */
const RUN: HandMonth[][][] = [
  [
    [
      { cost: 500000, credited: 1000000, returns: 100000, hires: 0, service: none },
      { cost: 500000, credited: 2000010, returns: 0, hires: 1, service: { unansweredInquiries: 120, lostSalesFen: 502524 }, below: 1234 },
    ],
    [
      { cost: 600000, credited: 1100001, returns: 0, hires: 0, service: none },
      { cost: 600000, credited: 2000000, returns: 0, hires: 0, service: none },
    ],
  ],
  [
    [
      { cost: 400000, credited: 800000, returns: 0, hires: 2, service: none },
      { cost: 400000, credited: 1000000, returns: 0, hires: 0, service: none },
    ],
    [
      { cost: 450000, credited: 900000, returns: 0, hires: 1, service: none },
      { cost: 450000, credited: 1000000, returns: 0, hires: 0, service: { unansweredInquiries: 30, lostSalesFen: 125631 } },
    ],
  ],
];

function handSummary() {
  const acc = new RunAcc(2, 2);
  const collector = new ReplicationCollector(acc, 0, '2026-01', 2, marginPpm(0.45));
  for (const rep of RUN) {
    collector.begin();
    for (let v = 0; v < 2; v++) collector.roster(v, report(0, rep[v]![0]!.hires));
    for (let m = 0; m < 2; m++) {
      const month = m === 0 ? '2026-01' : '2026-02';
      for (let v = 0; v < 2; v++) {
        const x = rep[v]![m]!;
        collector.month(v, m, [record(month, x.credited, x.returns)], [slip(month, x.cost, x.below)], x.service);
      }
      if (m === 0) for (let v = 0; v < 2; v++) collector.roster(v, report(1, rep[v]![1]!.hires));
    }
    collector.end();
  }
  return summarize(acc, { scenario: 'hand', seed: 1, startMonth: '2026-01', months: 2, requested: 2, names: ['base', 'alt'], baseline: 0 });
}

describe('people cost and contribution on a hand-made run', () => {
  const s = handSummary();
  const [base, alt] = s.variants as [(typeof s.variants)[0], (typeof s.variants)[0]];

  it('rounds margin × net sales to the fen, half away from zero, exactly', () => {
    expect(marginPpm(0.45)).toBe(450000);
    expect(marginFen(2000010, 450000)).toBe(900005); // 900 004.5 → 900 005
    expect(marginFen(1100001, 450000)).toBe(495000); // 495 000.45 → 495 000
    expect(marginFen(-2000010, 450000)).toBe(-900005);
    // beyond 2^53 in the product: 9 × 10^15 fen × 0.45 = 4.05 × 10^15 exactly
    expect(marginFen(9e15, 450000)).toBe(4.05e15);
  });

  it('people cost = employer cost + hires × (recruiting + training), per replication and by month', () => {
    // base, rep 0: m0 500 000 + 0; m1 500 000 + 1 × 230 000 = 730 000; total 1 230 000
    // base, rep 1: m0 400 000 + 2 × 230 000 = 860 000; m1 400 000; total 1 260 000
    // mean (1 230 000 + 1 260 000) / 2 = 1 245 000
    expect(HIRE_FEN).toBe(230000);
    expect(base.peopleCost.meanFen).toBe(1245000);
    expect(base.peopleCostByMonth.map((x) => x.meanFen)).toEqual([680000, 565000]); // (500 000 + 860 000)/2, (730 000 + 400 000)/2
    // alt: rep 0 600 000 + 600 000 = 1 200 000; rep 1 (450 000 + 230 000) + 450 000 = 1 130 000; mean 1 165 000
    expect(alt.peopleCost.meanFen).toBe(1165000);
    expect(base.peopleCost.p5Fen).toBe(1230000); // two values: p5 is the smaller, p95 the larger
    expect(base.peopleCost.p95Fen).toBe(1260000);
  });

  it('turnover cost = hires × 2 300 yuan', () => {
    // base: rep 0 one hire (230 000), rep 1 two (460 000): mean 345 000; alt: 0 and 230 000: mean 115 000
    expect(base.turnoverCost.meanFen).toBe(345000);
    expect(alt.turnoverCost.meanFen).toBe(115000);
  });

  it('net sales = credited − returns; contribution = Σ months round(0.45 × net sales) − people cost', () => {
    // base rep 0: m0 net 900 000 → 405 000 − 500 000 = −95 000; m1 net 2 000 010 → 900 005 − 730 000 = 170 005; total 75 005
    // base rep 1: m0 net 800 000 → 360 000 − 860 000 = −500 000; m1 1 000 000 → 450 000 − 400 000 = 50 000; total −450 000
    // mean (75 005 − 450 000) / 2 = −187 497.5 → −187 498 (half away from zero)
    expect(base.sales.meanFen).toBe(2350005); // (2 900 010 + 1 800 000) / 2
    expect(base.contribution.meanFen).toBe(-187498);
    expect(base.contributionByMonth.map((x) => x.meanFen)).toEqual([-297500, 110003]); // (−95 000 − 500 000)/2; (170 005 + 50 000)/2 = 110 002.5
    // alt rep 0: m0 1 100 001 → 495 000 − 600 000 = −105 000; m1 2 000 000 → 900 000 − 600 000 = 300 000; total 195 000
    // alt rep 1: m0 900 000 → 405 000 − 680 000 = −275 000; m1 1 000 000 → 450 000 − 450 000 = 0; total −275 000
    expect(alt.contribution.meanFen).toBe(-40000); // (195 000 − 275 000) / 2
    expect(alt.sales.meanFen).toBe(2500001); // (3 100 001 + 1 900 000) / 2 = 2 500 000.5
  });

  it('counts unanswered inquiries and the sales lost with them', () => {
    // base: 120 + 0 over the two replications → mean 60; lost 502 524 + 0 → 251 262
    expect(base.unansweredInquiries.meanFen).toBe(60);
    expect(base.lostSales.meanFen).toBe(251262);
    // alt: 0 + 30 → 15; lost 125 631 / 2 = 62 815.5 → 62 816
    expect(alt.unansweredInquiries.meanFen).toBe(15);
    expect(alt.lostSales.meanFen).toBe(62816);
  });

  it('pairs each replication with the baseline: people cost, contribution, sales', () => {
    // Student t 0.975 with 1 degree of freedom, as tabled in tQuantile.ts (tested in tQuantile.test.ts)
    const t1 = 12.706;
    expect(tQuantile975(1)).toBe(t1);
    const check = (d: PairedDifference, d0: number, d1: number) => {
      const mean = (d0 + d1) / 2;
      const sd = Math.abs(d0 - d1) / Math.SQRT2;
      expect(d.n).toBe(2);
      expect(d.meanFen).toBe(Math.sign(mean) * Math.round(Math.abs(mean)));
      expect(d.sdFen).toBe(Math.round(sd));
      expect(d.ciLowFen).toBe(Math.floor(mean - (t1 * sd) / Math.SQRT2));
      expect(d.ciHighFen).toBe(Math.ceil(mean + (t1 * sd) / Math.SQRT2));
    };
    const vs = alt.vsBaseline!;
    // people: rep 0 1 200 000 − 1 230 000 = −30 000; rep 1 1 130 000 − 1 260 000 = −130 000 → mean −80 000, sd 70 711
    check(vs.peopleCostDifference, -30000, -130000);
    expect(vs.peopleCostDifference.meanFen).toBe(-80000);
    expect(vs.peopleCostDifference.sdFen).toBe(70711);
    // contribution: 195 000 − 75 005 = 119 995; −275 000 + 450 000 = 175 000 → mean 147 497.5 → 147 498
    check(vs.contributionDifference, 119995, 175000);
    expect(vs.contributionDifference.meanFen).toBe(147498);
    // sales: 3 100 001 − 2 900 010 = 199 991; 1 900 000 − 1 800 000 = 100 000 → 149 995.5 → 149 996
    check(vs.salesDifference, 199991, 100000);
    expect(vs.salesDifference.meanFen).toBe(149996);
  });

  it('is lawful only without any legal flag; counts are means per replication', () => {
    // base: one agent-month below the minimum wage in 2 replications → 0.5 a replication
    expect(base.lawful).toEqual({ lawful: false, belowMinimum: 0.5, deductionsOverCap: 0, deductionsBelowMinimum: 0, probationTooLow: 0 });
    expect(alt.lawful).toEqual({ lawful: true, belowMinimum: 0, deductionsOverCap: 0, deductionsBelowMinimum: 0, probationTooLow: 0 });
  });

  it('keeps every existing figure', () => {
    expect(base.cost.meanFen).toBe(900000); // (1 000 000 + 800 000) / 2: employer cost alone
    // employer cost alone: rep 0 1 200 000 − 1 000 000 = 200 000; rep 1 900 000 − 800 000 = 100 000
    expect(alt.vsBaseline!.costDifference.meanFen).toBe(150000);
    expect(base.turnover.trainingCostMeanFen).toBe(225000); // (150 000 + 300 000) / 2: training alone, as before
  });
});

// ── 2. a twin variant on the real generator ──

describe('a twin variant (the same rules under another name)', () => {
  const scenario = smallScenario({
    agents: 10,
    months: 6,
    replications: 5,
    variants: [
      { name: 'seed000', policy: preset('seed000') },
      { name: 'twin', policy: preset('seed000') },
      { name: 'seed001', policy: preset('seed001-guarantee') },
    ],
  });
  const setup = prepare(scenario);
  const acc = new RunAcc(3, 6);
  acc.absorb(new ChunkRunner(setup).run(0, 5));
  const s = summarize(acc, { scenario: 'twin', seed: 1, startMonth: scenario.settings.startMonth, months: 6, requested: 5, names: ['seed000', 'twin', 'seed001'], baseline: 0 });
  const [base, twin, other] = s.variants as [(typeof s.variants)[0], (typeof s.variants)[0], (typeof s.variants)[0]];
  const zero: PairedDifference = { ...twin.vsBaseline!.peopleCostDifference, n: 5, meanFen: 0, sdFen: 0, ciLowFen: 0, ciHighFen: 0 };

  it('gives exactly 0 on every new paired difference', () => {
    const vs = twin.vsBaseline!;
    expect(vs.peopleCostDifference).toEqual(zero);
    expect(vs.contributionDifference).toEqual(zero);
    expect(vs.salesDifference).toEqual(zero);
  });

  it('and the baseline’s people cost, turnover, sales, contribution, lost service and lawful block', () => {
    for (const k of ['peopleCost', 'turnoverCost', 'sales', 'contribution', 'lostSales', 'unansweredInquiries', 'peopleCostByMonth', 'contributionByMonth', 'lawful'] as const) {
      expect(twin[k], k).toEqual(base[k]);
    }
  });

  it('while a different policy differs (the check can fail)', () => {
    expect(other.vsBaseline!.peopleCostDifference.meanFen).not.toBe(0);
    expect(other.vsBaseline!.salesDifference.meanFen).not.toBe(0);
    expect(base.turnoverCost.meanFen).toBeGreaterThan(0);
    expect(base.sales.meanFen).toBeGreaterThan(0);
  });
});

// ── 3. unanswered inquiries of an empty post ──

describe('the generator’s unanswered inquiries', () => {
  // Two 售前 day-shift slots, no night shift; slot 1 left empty for the month, capacity 1 (nobody
  // takes on more than a normal load), so one slot's buyers go unanswered.
  const base = smallScenario({ agents: 2, months: 1, startMonth: '2026-03', replications: 1, seed: 99 });
  const scenario = {
    ...base,
    shop: { ...base.shop, agents: 2, teams: 1, roleMix: { presales: 1, aftersales: 0, gold: 0, supervisor: 0 }, nightShiftShare: 0 },
    behaviour: { ...base.behaviour, capacity: 1 },
  };
  const response = policyResponse(compilePolicy(preset('seed000')), scenario);

  function vacantMonth(capacity: number) {
    const input = { ...scenario, behaviour: { ...scenario.behaviour, capacity } };
    const shop = createShop(input, 0);
    shop.occupied[1] = 0; // the post is empty all March
    shop.leaveDay[1] = 0;
    shop.joinDay[0] = 1; // and slot 0 is employed all month
    shop.leaveDay[0] = 0;
    shop.leaveReason[0] = 0;
    generateMonth(shop, 0, response);
    return shop;
  }

  it('counts the buyers beyond the present agents’ capacity, and the net sales lost with them', () => {
    const shop = vacantMonth(1);
    // The shop's demand shock of the month, drawn as generateMonth draws it (σ 6 %, mean 1).
    const rng = new Xoshiro128(0);
    rng.seed(keyPart(keyPart(keyPart(shop.repKey, SHOP_SLOT, PART.slot), 0, PART.month), KIND.shopDemand, PART.kind));
    const shock = Math.exp(0.06 * normal(rng) - 0.5 * 0.06 * 0.06);
    // March: 31 days, 31 − round(31/7) = 27 scheduled; seasonality 0.88 per month total, so per day
    // 0.88 × (317/12) / 27; days worked on average 27 × (1 − (0.8 leave + 0.08 absences) / 26);
    // one slot uncovered (capacity 1): 120 buyers a day × that.
    const expected = Math.round(120 * ((0.88 * (317 / 12)) / 27) * shock * 1 * 27 * (1 - 0.88 / 26));
    expect(shop.service.unansweredInquiries).toBe(expected);
    expect(expected).toBeGreaterThan(2000); // ≈ 120 × 0.88 × 26.4 × 0.966 ≈ 2 690
    // net sales per answered inquiry at the mean: 0.47 conversion × 0.9 paid × 150.00 yuan ×
    // (1 − 0.40 × 0.85 non-quality returns) = 0.47 × 0.9 × 15 000 × 0.66 = 4 187.7 fen
    expect(shop.service.lostSalesFen).toBe(Math.round(expected * 4187.7));
  });

  it('none when the colleague can absorb the empty post (capacity 2), or nothing is empty', () => {
    expect(vacantMonth(2).service).toEqual({ unansweredInquiries: 0, lostSalesFen: 0 });
    const full = createShop(scenario, 0);
    generateMonth(full, 0, response);
    expect(full.service).toEqual({ unansweredInquiries: 0, lostSalesFen: 0 });
  });
});
