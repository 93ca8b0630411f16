/**
 * The integer engine equals decimal arithmetic to the fen: 100 000 random single-agent payslips
 * are recomputed line by line with decimal.js (ROUND_HALF_UP, from the yuan/rate decimals) by an
 * independent reference written here, and every line must agree exactly.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import seedrandom from 'seedrandom';
import { PayLedger, payMonth } from '../../src/engine/pay';
import type { CompiledPolicy } from '../../src/policy/compiled';
import { blankPolicy, ctx, line, rec, TESTVILLE } from './fixtures';

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
const fen = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).times(100).toNumber();
const yuan = (f: number) => new D(f).div(100);
const rate = (ppm: number) => new D(ppm).div(1_000_000);

describe('integer engine = decimal.js reference', () => {
  it('agrees on every line of 100 000 random payslips', () => {
    const rng = seedrandom('paylab-decimal-equivalence');
    const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
    let checked = 0;
    for (let i = 0; i < 100_000; i++) {
      const method = (['flat', 'marginal', 'whole'] as const)[int(0, 2)]!;
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
      const p: CompiledPolicy = blankPolicy({
        baseFen: { junior: int(0, 1_000_000), intermediate: 0, senior: 0, manager: 0 },
        commission: { type: 'rate', rate: { method, brackets }, basis: 'personal', applyScore },
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
      });
      const s = payMonth(p, [r], new PayLedger(), ctx({ explain: false }))[0]!;

      // ── reference ──
      // pro-rating multiplies before dividing so the ratio stays exact (days/28 alone may not terminate)
      const prorated = (y: Decimal) => y.times(r.daysEmployed).div(28);
      const base = fen(prorated(yuan(p.baseFen!.junior)));
      const scoreH = Math.round((30 + 20 + r.scoreSatisfaction + r.scoreSkill) * 100);
      const mult = steps === null ? new D(scoreH).div(10000) : rate(scoreH >= 8000 ? steps[0]!.multiplierPpm : scoreH >= 6000 ? steps[1]!.multiplierPpm : 0);
      const sales = yuan(r.creditedSalesFen);
      let c: Decimal;
      if (method === 'marginal') {
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
      const perf = fen(yuan(p.performancePayFen!.junior).times(mult));
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
      const gross = base + fen(c) + perf + team + living + seniority + pool;
      expect(s.totals.grossFen).toBe(gross);
      const cb = TESTVILLE.contributionBase[0]!;
      const cbase = yuan(Math.min(Math.max(gross, cb.floorFen), cb.ceilingFen));
      const contrib = Object.values(TESTVILLE.contributionRates[0]!.ppm).reduce((a, ppm) => a + fen(cbase.times(rate(ppm))), 0);
      expect(s.totals.contributionsFen).toBe(contrib);
      checked++;
    }
    expect(checked).toBe(100_000);
  });
});
