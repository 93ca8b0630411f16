/**
 * The simulator's lean rows (payMonthRows without explanations) and the explained payslips
 * (payMonth with explain on: drill-down, `paylab pay`) carry the same amounts: random compiled
 * policies (every component, KPI pay included) × generated months of the default shop (with
 * probation, part-months, leavers, warnings, targets and score inputs perturbed), paid month by
 * month with a ledger each. Every row is read here column by column (not through payslipOf) and
 * compared with its payslip: each component's amount and whether the line shows, the totals, the
 * flags, the guarantee ledger, score, multiplier, minimum wage and net sales, and the row order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PayLedger, payMonth, payMonthRows } from '../../src/engine/pay';
import { COMPONENTS, type Payslip } from '../../src/engine/payslip';
import * as R from '../../src/engine/payRows';
import type { AgentMonth } from '../../src/engine/records';
import type { CCommission, CKpi, CompiledPolicy, CRate, CScore } from '../../src/policy/compiled';
import { cityTable } from '../../src/policy/cities';
import { LEVELS, ROLES } from '../../src/policy/types';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import { defaultScenario } from '../behaviour/helpers';
import { ctx as testCtx } from './fixtures';

const byLevel = (lo: number, hi: number) => fc.record({ junior: fc.integer({ min: lo, max: hi }), intermediate: fc.integer({ min: lo, max: hi }), senior: fc.integer({ min: lo, max: hi }), manager: fc.integer({ min: lo, max: hi }) });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 2 });
const ppm = (max: number) => fc.integer({ min: 0, max });

const rate: fc.Arbitrary<CRate> = fc.oneof(
  ppm(30_000).map((r) => ({ method: 'flat' as const, brackets: [{ fromFen: 0, ratePpm: r }] })),
  fc
    .tuple(fc.constantFrom('marginal' as const, 'whole' as const), fc.array(fc.tuple(fc.integer({ min: 1, max: 20_000_000 }), ppm(40_000)), { minLength: 1, maxLength: 3 }), ppm(20_000))
    .map(([method, rest, first]) => ({ method, brackets: [{ fromFen: 0, ratePpm: first }, ...[...new Map(rest).entries()].sort((a, b) => a[0] - b[0]).map(([fromFen, ratePpm]) => ({ fromFen, ratePpm }))] })),
);

const commission: fc.Arbitrary<CCommission> = fc.oneof(
  fc.constant({ type: 'none' as const }),
  fc.record({ type: fc.constant('rate' as const), rate, basis: fc.constantFrom('personal' as const, 'team' as const), applyScore: fc.boolean() }),
  fc.record({ type: fc.constant('role' as const), presalesPpm: ppm(20_000), aftersalesPpm: ppm(20_000), goldSalesPpm: ppm(20_000), goldCasesPpm: ppm(20_000), supervisorPpm: ppm(20_000) }),
  fc
    .tuple(fc.array(fc.tuple(fc.integer({ min: 1, max: 900_000 }), ppm(40_000)), { maxLength: 3 }), ppm(20_000), fc.boolean())
    .map(([rest, first, applyScore]) => ({ type: 'conversion' as const, brackets: [{ from: 0, ratePpm: first }, ...[...new Map(rest).entries()].sort((a, b) => a[0] - b[0]).map(([from, ratePpm]) => ({ from, ratePpm }))], applyScore })),
);

const score: fc.Arbitrary<CScore> = fc.record({
  partsMax: fc.record({ teamTask: fc.constant(3000), handover: fc.constant(2000), satisfaction: fc.constant(3000), skill: fc.constant(2000) }),
  commendation: fc.integer({ min: 0, max: 1000 }),
  light: fc.integer({ min: 0, max: 500 }),
  medium: fc.integer({ min: 0, max: 2000 }),
  severe: fc.integer({ min: 0, max: 4000 }),
  cap: maybe(fc.integer({ min: 5000, max: 12000 })),
  steps: maybe(fc.constant([{ from: 9000, multiplierPpm: 1_000_000 }, { from: 8000, multiplierPpm: 900_000 }, { from: 7000, multiplierPpm: 800_000 }])),
});

const GATED = ['commission', 'performancePay', 'afterSales', 'targetBonus', 'rankBonus'] as const;
const kpi: fc.Arbitrary<CKpi> = fc.record({
  gates: fc.array(
    fc.record({
      metric: fc.constantFrom('replyRate' as const, 'conversion' as const, 'onlineHours' as const, 'avgResponseSec' as const, 'attendance' as const),
      atLeast: fc.boolean(),
      threshold: fc.integer({ min: 0, max: 1_000_000 }),
      factorPpm: ppm(1_200_000),
      lines: fc.subarray([...GATED], { minLength: 1 }),
    }),
    { maxLength: 3 },
  ),
  afterSales: maybe(
    fc.record({
      perReversedFen: maybe(fc.integer({ min: 0, max: 5000 })),
      goodReview: fc.constant([{ bound: 990_000, amountFen: 30000 }, { bound: 950_000, amountFen: 10000 }]),
      returnRate: fc.constant([{ bound: 20_000, amountFen: 20000 }, { bound: 50_000, amountFen: 5000 }]),
    }),
  ),
  composite: maybe(
    fc.constant([
      { metric: 'conversion' as const, weightH: 6000, scoring: { type: 'linear' as const, worst: 100_000, best: 600_000 } },
      { metric: 'avgResponseSec' as const, weightH: 4000, scoring: { type: 'steps' as const, higher: false, steps: [{ bound: 20_000_000, pointsH: 10000 }, { bound: 40_000_000, pointsH: 6000 }] } },
    ]),
  ),
  target: maybe(
    fc.record({
      byLevelFen: maybe(byLevel(0, 40_000_000)),
      payout: fc.constantFrom(
        [{ from: 1_200_000, amountFen: 100000, ratePpm: null }, { from: 1_000_000, amountFen: 50000, ratePpm: null }],
        [{ from: 1_000_000, amountFen: null, ratePpm: 5000 }, { from: 800_000, amountFen: 20000, ratePpm: null }],
      ),
      capFen: maybe(fc.integer({ min: 0, max: 120000 })),
    }),
  ),
  rank: maybe(fc.record({ metric: fc.constantFrom('netSales' as const, 'conversion' as const, 'replyRate' as const), higher: fc.boolean(), amountsFen: fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 3 }) })),
});

const policy: fc.Arbitrary<CompiledPolicy> = fc.record({
  name: fc.constant('random'),
  city: fc.constant('hangzhou'),
  baseFen: maybe(byLevel(0, 800000)),
  probation: maybe(fc.record({ months: fc.integer({ min: 1, max: 6 }), payFen: fc.integer({ min: 0, max: 600000 }) })),
  guarantee: maybe(fc.record({ byTenureYearFen: fc.array(fc.integer({ min: 0, max: 800000 }), { minLength: 1, maxLength: 3 }), mode: fc.constantFrom('monthly-floor' as const, 'annual-true-up' as const, 'recoverable-advance' as const) })),
  commission,
  pool: maybe(fc.record({ rate, split: fc.constantFrom('score' as const, 'equal' as const, 'sales' as const), applyScore: fc.boolean(), individualSharePpm: maybe(ppm(1_000_000)) })),
  score: maybe(score),
  performancePayFen: maybe(byLevel(0, 500000)),
  dismissal: maybe(fc.record({ passMark: fc.integer({ min: 0, max: 10000 }), consecutiveMonths: fc.integer({ min: 1, max: 3 }), warningsPerYear: fc.integer({ min: 1, max: 3 }) })),
  bonuses: fc.record({
    teamScorePpm: maybe(ppm(200_000)),
    fullAttendanceFen: maybe(fc.integer({ min: 0, max: 50000 })),
    livingSubsidyFen: maybe(fc.integer({ min: 0, max: 80000 })),
    seniority: maybe(fc.record({ perYearFen: fc.integer({ min: 0, max: 20000 }), fromYears: fc.integer({ min: 0, max: 3 }) })),
    topPerformerFen: maybe(fc.integer({ min: 0, max: 100000 })),
  }),
  fines: maybe(
    fc.record({
      lateShortFree: fc.integer({ min: 0, max: 3 }),
      lateShortFen: fc.integer({ min: 0, max: 5000 }),
      lateLongFen: fc.integer({ min: 0, max: 5000 }),
      absenceFen: fc.integer({ min: 0, max: 50000 }),
      slowOver: fc.integer({ min: 0, max: 10 }),
      slowFen: fc.integer({ min: 0, max: 10000 }),
      unanswered30Fen: fc.integer({ min: 0, max: 20000 }),
      unanswered2hFen: fc.integer({ min: 0, max: 40000 }),
      unansweredStack: fc.boolean(),
      idleHangFen: fc.integer({ min: 0, max: 40000 }),
      badReviewFen: fc.integer({ min: 0, max: 20000 }),
      capFen: maybe(fc.integer({ min: 0, max: 100000 })),
      legalCap: fc.boolean(),
    }),
  ),
  contributions: fc.constantFrom('city' as const, 'none' as const),
  kpi: maybe(kpi),
});

// Generated months of the default shop (two replications), by month.
const SCENARIO = defaultScenario();
const MONTHS: AgentMonth[][][] = [0, 1].map((replication) => {
  const byMonth = new Map<string, AgentMonth[]>();
  for (const r of scenarioRecords(SCENARIO, { replication })) {
    if (!byMonth.has(r.month)) byMonth.set(r.month, []);
    byMonth.get(r.month)!.push(r);
  }
  return [...byMonth.values()].slice(0, 6);
});

/** Small deterministic changes so probation, part-months, leavers, warnings, targets and shuffled order occur. */
function perturb(months: AgentMonth[][], seed: number): AgentMonth[][] {
  let x = seed >>> 0 || 1;
  const next = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0), x / 2 ** 32);
  return months.map((month) => {
    const out = month.map((r) => {
      const c = { ...r };
      const u = next();
      if (u < 0.15) c.tenureMonth = 1 + Math.floor(next() * 4);
      else if (u < 0.2) c.tenureMonth = 24 + Math.floor(next() * 30);
      if (next() < 0.1) c.daysEmployed = 1 + Math.floor(next() * 27);
      if (next() < 0.05) c.left = true;
      if (next() < 0.1) c.warnings = 1 + Math.floor(next() * 2);
      if (next() < 0.1) c.salesTargetFen = Math.floor(next() * 30_000_000);
      if (next() < 0.1) c.scoreSatisfaction = Math.floor(next() * 3000) / 100;
      if (next() < 0.05) c.creditedSalesFen = 0;
      return c;
    });
    // the kernel must not depend on the records being in id order
    if (next() < 0.5) out.reverse();
    return out;
  });
}

/** Row i of the lean rows, read column by column, in the shape of `slipView`. */
function rowView(rows: R.PayRows, i: number) {
  const at = i * R.STRIDE;
  const d = rows.data;
  const bits = d[at + R.X_LINES]!;
  const scoreH = d[at + R.X_SCORE_H]!;
  return {
    agentId: rows.records[i]!.agentId,
    level: LEVELS[d[at + R.X_LEVEL]!],
    role: ROLES[d[at + R.X_ROLE]!],
    // every component: its amount, and whether the payslip shows its line
    lines: COMPONENTS.map((component, c) => [component, d[at + c], (bits & (1 << c)) !== 0]),
    totals: [d[at + R.X_EARNED], d[at + R.X_GUARANTEE], d[at + R.X_GROSS], d[at + R.X_FINES], d[at + R.X_NET], d[at + R.X_CONTRIBUTIONS], d[at + R.X_EMPLOYER_COST]],
    flags: [d[at + R.X_BELOW_MINIMUM], d[at + R.X_DEDUCTIONS_BELOW_MINIMUM], d[at + R.X_DEDUCTIONS_OVER_CAP], d[at + R.X_PROBATION_TOO_LOW] === 1, R.DISMISSAL_CODES[d[at + R.X_DISMISSAL]!]],
    other: [d[at + R.X_PROBATION] === 1, Number.isNaN(scoreH) ? null : scoreH / 100, d[at + R.X_MULTIPLIER_PPM], d[at + R.X_MINIMUM_WAGE], d[at + R.X_NET_SALES]],
    guarantee:
      d[at + R.X_G_LEDGER] === 1
        ? { guaranteeFen: d[at + R.X_G_GUARANTEE], earnedFen: d[at + R.X_EARNED], balanceFen: d[at + R.X_G_BALANCE], settlement: d[at + R.X_G_SETTLEMENT] === 1, writeOffFen: d[at + R.X_G_WRITE_OFF] }
        : null,
    contributionsFen: d[at + R.X_CONTRIBUTIONS],
  };
}

/** The same figures of an explained payslip. */
function slipView(s: Payslip): ReturnType<typeof rowView> {
  const t = s.totals;
  const f = s.flags;
  return {
    agentId: s.agentId,
    level: s.level,
    role: s.role,
    lines: COMPONENTS.map((component) => {
      const lines = s.lines.filter((l) => l.component === component);
      if (lines.length > 1) throw new Error(`${component} twice on a payslip`);
      return [component, lines.length ? lines[0]!.amountFen : 0, lines.length === 1];
    }),
    totals: [t.earnedFen, t.guaranteeFen, t.grossFen, t.finesFen, t.netFen, t.contributionsFen, t.employerCostFen],
    flags: [f.belowMinimumFen, f.deductionsBelowMinimumFen, f.deductionsOverCapFen, f.probationTooLow, f.dismissal],
    other: [s.probation, s.score, s.multiplierPpm, s.minimumWageFen, s.netSalesFen],
    guarantee: s.guarantee,
    // the itemized contribution lines add up to the total
    contributionsFen: s.contributions.reduce((a, c) => a + c.amountFen, 0),
  };
}

describe('lean rows = explained payslips', () => {
  it('on random policies × generated months (every component, KPI pay, guarantee modes, fines, flags)', () => {
    const city = cityTable('hangzhou')!;
    let compared = 0;
    fc.assert(
      fc.property(policy, fc.integer({ min: 0, max: 1 }), fc.integer(), (p, replication, seed) => {
        const months = perturb(MONTHS[replication]!, seed);
        const leanLedger = new PayLedger();
        const explained = new PayLedger();
        const rows = new R.PayRows();
        for (const records of months) {
          payMonthRows(p, records, leanLedger, { city, shopAovFen: 15000, explain: false }, rows);
          const slips = payMonth(p, records, explained, { city, shopAovFen: 15000, explain: true });
          const lean = Array.from({ length: rows.n }, (_, k) => rowView(rows, rows.order[k]!));
          expect(lean).toEqual(slips.map(slipView));
          expect(leanLedger.pools).toEqual(explained.pools);
          // the collector sums a row's components over its line bits (src/sim/collector.ts): every
          // non-zero amount has its line
          let unlined = 0;
          for (let i = 0; i < rows.n; i++) for (let c = 0; c < R.NC; c++) if (rows.at(i, c) !== 0 && (rows.at(i, R.X_LINES) & (1 << c)) === 0) unlined++;
          expect(unlined).toBe(0);
          compared += rows.n;
        }
      }),
      { numRuns: 60, seed: 20261206 },
    );
    expect(compared).toBeGreaterThan(60 * 6 * 25);
  }, 240_000);

  it('reads the test city too (contribution floor and ceiling, minimum wage of testville)', () => {
    const p: CompiledPolicy = fc.sample(policy, { numRuns: 1, seed: 7 })[0]!;
    const records = MONTHS[0]![0]!;
    const rows = payMonthRows({ ...p, contributions: 'city' }, records, new PayLedger(), testCtx({ explain: false }), new R.PayRows());
    const slips = payMonth({ ...p, contributions: 'city' }, records, new PayLedger(), testCtx());
    expect(Array.from({ length: rows.n }, (_, k) => rowView(rows, rows.order[k]!))).toEqual(slips.map(slipView));
    expect(slips.some((s) => s.contributions.length > 0)).toBe(true);
  });
});
