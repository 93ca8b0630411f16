/**
 * The integer engine equals decimal arithmetic to the fen: 100 000 random single-agent payslips
 * are recomputed line by line with decimal.js (ROUND_HALF_UP, from the yuan/rate decimals) by an
 * independent reference written here, and every line must agree exactly.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import seedrandom from 'seedrandom';
import { PayLedger, payMonth } from '../../src/engine/pay';
import type { CKpi, CompiledPolicy } from '../../src/policy/compiled';
import { blankPolicy, ctx, line, rec, TESTVILLE } from './fixtures';

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
const fen = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).times(100).toNumber();
const yuan = (f: number) => new D(f).div(100);
const rate = (ppm: number) => new D(ppm).div(1_000_000);

describe('integer engine = decimal.js reference', () => {
  it('agrees on every line of 100 000 random payslips (KPI rules of domain.md 12 included)', () => {
    const rng = seedrandom('paylab-decimal-equivalence');
    const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
    let checked = 0;
    for (let i = 0; i < 100_000; i++) {
      const method = (['flat', 'marginal', 'whole', 'conversion'] as const)[int(0, 3)]!;
      const brackets =
        method === 'flat'
          ? [{ fromFen: 0, ratePpm: int(1, 20000) }]
          : [
              { fromFen: 0, ratePpm: int(1, 10000) },
              { fromFen: int(1, 5_000_000), ratePpm: int(1, 20000) },
            ];
      if (brackets.length === 2) brackets.push({ fromFen: brackets[1]!.fromFen + int(1, 5_000_000), ratePpm: int(1, 30000) });
      const alpha = rng() < 0.5 ? int(0, 1_000_000) : null;
      const applyScore = rng() < 0.5;
      const steps = rng() < 0.5 ? null : [{ from: 8000, multiplierPpm: int(0, 1_200_000) }, { from: 6000, multiplierPpm: int(0, 1_000_000) }];
      // KPI pay (domain.md 12): conversion brackets (millionths of conversion), a reply-rate gate on
      // commission and performance pay, after-sales steps, a target with a payout table and cap,
      // a composite (conversion + lower-is-better response time) replacing the score, a rank bonus.
      const convBrackets = [
        { from: 0, ratePpm: int(1, 10000) },
        { from: int(1, 500_000), ratePpm: int(1, 20000) },
      ];
      convBrackets.push({ from: convBrackets[1]!.from + int(1, 400_000), ratePpm: int(1, 30000) });
      const gateOn = rng() < 0.5;
      const composite = rng() < 0.3;
      const kpi: CKpi = {
        gates: gateOn ? [{ metric: 'replyRate', atLeast: true, threshold: int(0, 10000) * 100, factorPpm: int(0, 1_000_000), lines: ['commission', 'performancePay', 'afterSales', 'targetBonus'] }] : [],
        afterSales: rng() < 0.5 ? null : {
          perReversedFen: int(0, 2000),
          // bounds on the ten-thousandths grid of the rates so a rate exactly at a bound is drawn often
          goodReview: [{ bound: int(5000, 10000) * 100, amountFen: int(0, 50_000) }, { bound: int(0, 4999) * 100, amountFen: int(0, 50_000) }],
          returnRate: [{ bound: int(0, 1000) * 100, amountFen: int(0, 50_000) }, { bound: int(1001, 10000) * 100, amountFen: int(0, 50_000) }],
        },
        composite: composite
          ? [
              { metric: 'conversion', weightH: 0, scoring: { type: 'linear', worst: int(0, 400_000), best: int(400_001, 1_000_000) } },
              { metric: 'avgResponseSec', weightH: 0, scoring: { type: 'linear', worst: int(30, 120) * 1_000_000, best: int(0, 29) * 1_000_000 } },
            ]
          : null,
        target: rng() < 0.5 ? null : {
          byLevelFen: { junior: int(0, 10_000_000), intermediate: 0, senior: 0, manager: 0 },
          payout: [
            { from: int(1_000_001, 2_000_000), amountFen: null, ratePpm: int(1, 30000) },
            { from: int(500_000, 1_000_000), amountFen: int(0, 100_000), ratePpm: null },
          ],
          capFen: rng() < 0.5 ? null : int(0, 200_000),
        },
        rank: rng() < 0.5 ? null : { metric: 'netSales', higher: true, amountsFen: [int(0, 100_000)] },
      };
      if (kpi.composite) {
        kpi.composite[0]!.weightH = int(0, 10000);
        kpi.composite[1]!.weightH = 10000 - kpi.composite[0]!.weightH;
      }
      const p: CompiledPolicy = blankPolicy({
        baseFen: { junior: int(0, 1_000_000), intermediate: 0, senior: 0, manager: 0 },
        commission: method === 'conversion' ? { type: 'conversion', brackets: convBrackets, applyScore } : { type: 'rate', rate: { method, brackets }, basis: 'personal', applyScore },
        kpi,
        score: {
          partsMax: { teamTask: 3000, handover: 2000, satisfaction: 3000, skill: 2000 },
          commendation: 500,
          light: 200,
          medium: 1000,
          severe: 2000,
          cap: null,
          steps,
        },
        performancePayFen: { junior: int(0, 200_000), intermediate: 0, senior: 0, manager: 0 },
        pool: alpha === null ? null : { rate: { method: 'flat', brackets: [{ fromFen: 0, ratePpm: int(1, 20000) }] }, split: 'equal', applyScore: false, individualSharePpm: alpha },
        bonuses: {
          teamScorePpm: int(0, 300_000),
          fullAttendanceFen: null,
          livingSubsidyFen: int(0, 50_000),
          seniority: { perYearFen: int(0, 20_000), fromYears: 1 },
          topPerformerFen: null,
        },
        contributions: 'city',
      });
      const r = rec({
        month: '2026-02',
        daysEmployed: int(1, 28),
        tenureMonth: int(2, 80),
        creditedSalesFen: int(0, 1_000_000_000),
        scoreSatisfaction: int(0, 3000) / 100,
        scoreSkill: int(0, 2000) / 100,
        teamScore: int(0, 10000) / 100,
        inquiries: int(0, 5000),
        paidOrders: int(0, 2500),
        badReviews: 5,
        badReviewsReversed: int(0, 5),
        ...(rng() < 0.9 ? { replyRateBp: int(0, 10000) } : {}),
        ...(rng() < 0.9 ? { goodReviewRateBp: int(0, 10000) } : {}),
        ...(rng() < 0.9 ? { returnRateBp: int(0, 10000) } : {}),
        ...(rng() < 0.9 ? { avgResponseSec: int(0, 15000) / 100 } : {}),
      });
      const s = payMonth(p, [r], new PayLedger(), ctx({ explain: false }))[0]!;

      // ── reference ──
      // pro-rating multiplies before dividing so the ratio stays exact (days/28 alone may not terminate)
      const prorated = (y: Decimal) => y.times(r.daysEmployed).div(28);
      const base = fen(prorated(yuan(p.baseFen!.junior)));
      const sales = yuan(r.creditedSalesFen);
      const millionths = (x: number) => new D(x).div(1_000_000);
      const conv = r.inquiries > 0 ? new D(r.paidOrders).div(r.inquiries) : null;
      let scoreH: number;
      if (kpi.composite) {
        // part = clamp((v − worst)/(best − worst), 0, 1) × 100; composite = Σ weight × part / 100, to 0.01 half up
        const clamp01 = (x: Decimal) => D.min(1, D.max(0, x));
        const lin = (v: Decimal | null, worst: number, best: number) => (v === null ? new D(0) : clamp01(v.minus(millionths(worst)).div(millionths(best).minus(millionths(worst)))));
        const [c0, c1] = kpi.composite;
        const s0 = c0!.scoring as { worst: number; best: number };
        const s1 = c1!.scoring as { worst: number; best: number };
        const avg = r.avgResponseSec === undefined ? null : new D(Math.round(r.avgResponseSec * 100)).div(100);
        const comp = new D(c0!.weightH).div(100).times(lin(conv, s0.worst, s0.best)).plus(new D(c1!.weightH).div(100).times(lin(avg, s1.worst, s1.best)));
        scoreH = comp.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
      } else scoreH = Math.round((30 + 20 + r.scoreSatisfaction + r.scoreSkill) * 100);
      const mult = steps === null ? new D(scoreH).div(10000) : rate(scoreH >= 8000 ? steps[0]!.multiplierPpm : scoreH >= 6000 ? steps[1]!.multiplierPpm : 0);
      const gate = gateOn && r.replyRateBp !== undefined && new D(r.replyRateBp).div(10000).lt(millionths(kpi.gates[0]!.threshold)) ? rate(kpi.gates[0]!.factorPpm) : new D(1);
      let c: Decimal;
      if (method === 'conversion') {
        let reached = convBrackets[0]!;
        if (conv !== null) for (const b of convBrackets) if (conv.gte(millionths(b.from))) reached = b;
        c = sales.times(rate(reached.ratePpm));
      } else if (method === 'marginal') {
        c = new D(0);
        brackets.forEach((b, k) => {
          const lo = yuan(b.fromFen);
          const hi = k + 1 < brackets.length ? D.min(sales, yuan(brackets[k + 1]!.fromFen)) : sales;
          if (hi.gt(lo)) c = c.plus(hi.minus(lo).times(rate(b.ratePpm)));
        });
      } else {
        let reached = brackets[0]!;
        for (const b of brackets) if (sales.gte(yuan(b.fromFen))) reached = b;
        c = sales.times(rate(reached.ratePpm));
      }
      if (alpha !== null) c = c.times(rate(alpha));
      if (applyScore) c = c.times(mult);
      c = c.times(gate);
      const perf = fen(yuan(p.performancePayFen!.junior).times(mult).times(gate));
      let afterSales = 0;
      if (kpi.afterSales) {
        const a = kpi.afterSales;
        let sum = new D(a.perReversedFen!).times(r.badReviewsReversed);
        if (r.goodReviewRateBp !== undefined) {
          const g = new D(r.goodReviewRateBp).div(10000);
          const hit = [...a.goodReview].sort((x, y) => y.bound - x.bound).find((st) => g.gte(millionths(st.bound)));
          if (hit) sum = sum.plus(hit.amountFen);
        }
        if (r.returnRateBp !== undefined) {
          const g = new D(r.returnRateBp).div(10000);
          const hit = [...a.returnRate].sort((x, y) => x.bound - y.bound).find((st) => g.lte(millionths(st.bound)));
          if (hit) sum = sum.plus(hit.amountFen);
        }
        afterSales = fen(sum.div(100).times(gate));
      }
      let target = 0;
      const targetFen = kpi.target?.byLevelFen?.junior ?? 0;
      if (kpi.target && targetFen > 0) {
        const att = new D(r.creditedSalesFen).div(targetFen);
        const row = kpi.target.payout.find((x) => att.gte(millionths(x.from)));
        if (row) {
          let amt = row.amountFen !== null ? yuan(row.amountFen) : sales.times(rate(row.ratePpm!));
          if (kpi.target.capFen !== null) amt = D.min(amt, yuan(kpi.target.capFen));
          target = fen(amt.times(gate));
        }
      }
      const rankBonus = kpi.rank && r.creditedSalesFen > 0 ? kpi.rank.amountsFen[0]! : 0;
      const team = fen(yuan(base).times(rate(p.bonuses.teamScorePpm!)).times(new D(r.teamScore).div(100)));
      const living = fen(prorated(yuan(p.bonuses.livingSubsidyFen!)));
      const years = Math.floor((r.tenureMonth - 1) / 12);
      const seniority = years >= 1 ? fen(prorated(yuan(p.bonuses.seniority!.perYearFen).times(years))) : 0;
      const pool = alpha === null ? 0 : fen(sales.times(rate(p.pool!.rate.brackets[0]!.ratePpm)).times(new D(1).minus(rate(alpha))));

      expect(line(s, 'base')).toBe(base);
      expect(line(s, 'commission')).toBe(fen(c));
      expect(line(s, 'performancePay')).toBe(perf);
      expect(line(s, 'teamScoreBonus')).toBe(team);
      expect(line(s, 'livingSubsidy')).toBe(living);
      expect(line(s, 'seniority')).toBe(seniority);
      expect(line(s, 'pool')).toBe(pool);
      expect(line(s, 'afterSalesBonus')).toBe(afterSales);
      expect(line(s, 'targetBonus')).toBe(target);
      expect(line(s, 'rankBonus')).toBe(rankBonus);
      const gross = base + fen(c) + perf + team + living + seniority + pool + afterSales + target + rankBonus;
      expect(s.totals.grossFen).toBe(gross);
      const cb = TESTVILLE.contributionBase[0]!;
      const cbase = yuan(Math.min(Math.max(gross, cb.floorFen), cb.ceilingFen));
      const contrib = Object.values(TESTVILLE.contributionRates[0]!.ppm).reduce((a, ppm) => a + fen(cbase.times(rate(ppm))), 0);
      expect(s.totals.contributionsFen).toBe(contrib);
      checked++;
    }
    expect(checked).toBe(100_000);
  }, 600_000);
});
