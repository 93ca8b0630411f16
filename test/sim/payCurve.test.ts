/**
 * The pay curve of a typical agent, computed with the engine (src/ui/charts/payCurve.ts), against
 * points worked out by hand from the preset rules files (scenarios/policies/).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePolicy } from '../../src/policy/parse';
import { compilePolicy } from '../../src/policy/compile';
import { cityTable } from '../../src/policy/cities';
import type { PolicyDoc } from '../../src/policy/types';
import { SCORE_TYPICAL, TEAM_SCORE_TYPICAL } from '../../src/behaviour/defaults';
import { DEFAULT_AGENT, payCurve, salesGrid, yearOfPay, type TypicalAgent } from '../../src/sim/payCurve';

const preset = (name: string): PolicyDoc =>
  parsePolicy(readFileSync(new URL(`../../scenarios/policies/${name}.json`, import.meta.url), 'utf8'));
const ctx = { city: cityTable('hangzhou')!, shopAovFen: 150_00 };
// intermediate 售前, tenure months 13–24 (tenure year 2), a team of 5 whose 4 colleagues sell 200 000 yuan a month
const agent: TypicalAgent = { ...DEFAULT_AGENT, level: 'intermediate', role: 'presales', tenureMonth: 13, teamSize: 5, colleagueSalesFen: 200_000_00 };
const Y = (yuan: number) => Math.round(yuan * 100);

describe('payCurve', () => {
  it('assumes the behaviour model’s typical scores: parts 26 + 17 + 27 + 17 = 87, team score 82', () => {
    expect(SCORE_TYPICAL).toEqual({ teamTask: 26, handover: 17, satisfaction: 27, skill: 17 });
    expect(TEAM_SCORE_TYPICAL).toBe(82);
  });

  it('seed 000: 1 800 base + 10 % × 1 800 × 82/100 + 100 full attendance + 200 subsidy + 0.5 % × sales', () => {
    // fixed part 1 800 + 147.60 + 100 + 200 = 2 247.60;
    // 0 → 2 247.60; 100 000 → + 500 = 2 747.60; 123 456.78 → + 617.2839 → 617.28 = 2 864.88 (domain.md's rounding example)
    const p = compilePolicy(preset('seed000'));
    const pts = payCurve(p, ctx, 2026, [0, Y(100_000), Y(123_456.78)], agent);
    expect(pts.map((x) => x.grossFen)).toEqual([Y(2247.6), Y(2747.6), Y(2864.88)]);
    // gross stays under Hangzhou's contribution floor (4 986), so contributions are the same at every point
    expect(pts[1]!.costFen - pts[1]!.grossFen).toBe(pts[0]!.costFen - pts[0]!.grossFen);
    expect(pts[0]!.costFen).toBeGreaterThan(pts[0]!.grossFen);
  });

  it('seed 001 guarantee: pool 1 % of team sales split equally by (equal) scores, floored by 2 200 a month over the year', () => {
    // sales S: team = S + 4 × 200 000; share = 1 % × team / 5.
    //   S = 0        → pool 8 000,  share 1 600 < 2 200 → Jan–Nov 1 600, December true-up 12 × 600 = 7 200 → average 2 200
    //   S = 100 000  → pool 9 000,  share 1 800 → average 2 200
    //   S = 400 000  → pool 12 000, share 2 400 > 2 200 → average 2 400, no true-up
    const p = compilePolicy(preset('seed001-guarantee'));
    const pts = payCurve(p, ctx, 2026, [0, Y(100_000), Y(400_000)], agent);
    expect(pts.map((x) => x.grossFen)).toEqual([Y(2200), Y(2200), Y(2400)]);
    const year = yearOfPay(p, ctx, 2026, Y(100_000), agent);
    expect(year.slice(0, 11).every((s) => s.totals.grossFen === Y(1800))).toBe(true);
    expect(year[11]!.totals.grossFen).toBe(Y(1800 + 4800));
    expect(year[11]!.lines.find((l) => l.component === 'guaranteeTrueUp')!.amountFen).toBe(Y(4800));
  });

  it('the three guarantee modes pay the same on average when every month is alike: max(earned, guarantee)', () => {
    for (const mode of ['monthly-floor', 'annual-true-up', 'recoverable-advance'] as const) {
      const doc = preset('seed001-guarantee');
      const p = compilePolicy({ ...doc, guarantee: { ...doc.guarantee!, mode } });
      expect(payCurve(p, ctx, 2026, [Y(100_000), Y(400_000)], agent).map((x) => x.grossFen)).toEqual([Y(2200), Y(2400)]);
    }
  });

  it('careful owner: blend 60 % individual (0.36 %) and 40 % pool (0.24 % of team sales, split by sales), performance pay × 90 %', () => {
    // S = 100 000: base 2 900 + commission 360 + pool share 2 160 × 100/900 = 240 + performance 400 × 0.9 (score 87 ≥ 80) = 360
    //              + full attendance 100 + subsidy 200 = 4 160.00 (seniority starts at two full years: not yet)
    const p = compilePolicy(preset('careful-owner'));
    expect(payCurve(p, ctx, 2026, [Y(100_000)], agent)[0]!.grossFen).toBe(Y(4160));
  });

  it('curves rise with sales; the grid is whole yuan from 0', () => {
    // 1 000.50 / 2 = 500.25 → 500; 1 000.50 → 1 001 (whole yuan, half up)
    expect(salesGrid(Y(1000.5), 3)).toEqual([0, Y(500), Y(1001)]);
    const grid = salesGrid(Y(400_000), 9);
    for (const name of ['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner']) {
      const pts = payCurve(compilePolicy(preset(name)), ctx, 2026, grid, agent);
      for (let i = 1; i < pts.length; i++) expect(pts[i]!.grossFen).toBeGreaterThanOrEqual(pts[i - 1]!.grossFen);
    }
  });
});
