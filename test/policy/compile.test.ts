import { describe, expect, it } from 'vitest';
import { compilePolicy, toFen, toHundredths, toPpm } from '../../src/policy/compile';
import { parsePolicy } from '../../src/policy/parse';
import { InputError } from '../../src/i18n/problem';
import type { PolicyDoc } from '../../src/policy/types';
import { changed, presetText, raw } from './helpers';

const compileRaw = (doc: Record<string, unknown>) => compilePolicy(doc as unknown as PolicyDoc);

describe('exact conversions', () => {
  it('yuan → fen, including values binary floats get wrong', () => {
    expect(toFen('1500.00')).toBe(150000);
    expect(toFen('4.35')).toBe(435); // 4.35 * 100 === 434.99999999999994 in floats
    expect(toFen('1.1')).toBe(110); // 1.1 * 100 === 110.00000000000001
    expect(toFen('999999.99')).toBe(99999999);
    expect(toFen('1000000000.00')).toBe(100000000000); // the largest bracket bound
    expect(toFen('0')).toBe(0);
  });
  it('rates → ppm', () => {
    expect(toPpm('0.005')).toBe(5000);
    expect(toPpm('0.10')).toBe(100000);
    expect(toPpm('0.000001')).toBe(1);
    expect(toPpm('0.07')).toBe(70000); // 0.07 * 1e6 === 70000.00000000001
    expect(toPpm('1')).toBe(1000000);
  });
  it('score points → hundredths', () => {
    expect(toHundredths('27.5')).toBe(2750);
    expect(toHundredths('0.29')).toBe(29); // 0.29 * 100 === 28.999999999999996
  });
  it('throws rather than rounding a value with too many decimals', () => {
    expect(() => toFen('0.005')).toThrow();
    expect(() => toPpm('0.0000005')).toThrow();
  });
});

describe('compilePolicy', () => {
  it('compiles seed 000 (bases, flat commission, bonuses, fines) exactly', () => {
    expect(compilePolicy(parsePolicy(presetText('seed000')))).toEqual({
      name: 'Seed 000: base + commission + bonuses, with fines (淘宝客服管理规定)',
      city: 'hangzhou',
      baseFen: { junior: 150000, intermediate: 180000, senior: 220000, manager: 270000 },
      probation: null,
      guarantee: null,
      commission: { type: 'rate', rate: { method: 'flat', brackets: [{ fromFen: 0, ratePpm: 5000 }] }, basis: 'personal', applyScore: false },
      pool: null,
      score: null,
      performancePayFen: null,
      dismissal: null,
      bonuses: { teamScorePpm: 100000, fullAttendanceFen: 10000, livingSubsidyFen: 20000, seniority: null, topPerformerFen: null },
      fines: {
        lateShortFree: 2,
        lateShortFen: 2000,
        lateLongFen: 2000,
        absenceFen: 20000,
        slowOver: 3,
        slowFen: 5000,
        unanswered30Fen: 10000,
        unanswered2hFen: 20000,
        unansweredStack: false,
        idleHangFen: 20000,
        badReviewFen: 10000,
        capFen: null,
        legalCap: false,
      },
      contributions: 'city',
      kpi: null,
    });
  });

  it('compiles seed 001 guarantee, probation, pool, score steps and dismissal', () => {
    const c = compilePolicy(parsePolicy(presetText('seed001-guarantee')));
    expect(c.baseFen).toBe(null);
    expect(c.probation).toEqual({ months: 1, payFen: 160000 });
    expect(c.guarantee).toEqual({ byTenureYearFen: [200000, 220000, 250000], mode: 'annual-true-up' });
    expect(c.commission).toEqual({ type: 'none' });
    expect(c.pool).toEqual({ rate: { method: 'flat', brackets: [{ fromFen: 0, ratePpm: 10000 }] }, split: 'score', applyScore: false, individualSharePpm: null });
    expect(c.score).toEqual({
      partsMax: { teamTask: 3000, handover: 2000, satisfaction: 3000, skill: 2000 },
      commendation: 500,
      light: 200,
      medium: 1000,
      severe: 2000,
      cap: null,
      steps: [
        { from: 9000, multiplierPpm: 1000000 },
        { from: 8000, multiplierPpm: 900000 },
        { from: 7000, multiplierPpm: 800000 },
      ],
    });
    expect(c.dismissal).toEqual({ passMark: 6000, consecutiveMonths: 2, warningsPerYear: 3 });
    expect(c.fines).toBe(null);
  });

  it('compiles role formulas and a factor score (steps null)', () => {
    const c = compilePolicy(parsePolicy(presetText('seed001-roles')));
    expect(c.commission).toEqual({ type: 'role', presalesPpm: 5000, aftersalesPpm: 8000, goldSalesPpm: 6000, goldCasesPpm: 8000, supervisorPpm: 5000 });
    expect(c.score?.steps).toBe(null);
    expect(c.pool).toBe(null);
  });

  it('compiles the blend, performance pay, seniority and capped fines of careful-owner', () => {
    const c = compilePolicy(parsePolicy(presetText('careful-owner')));
    expect(c.pool?.individualSharePpm).toBe(600000);
    expect(c.pool?.split).toBe('sales');
    expect(c.performancePayFen).toEqual({ junior: 30000, intermediate: 40000, senior: 50000, manager: 60000 });
    expect(c.bonuses.seniority).toEqual({ perYearFen: 5000, fromYears: 2 });
    expect(c.score?.cap).toBe(10000);
    expect(c.score?.steps?.map((s) => [s.from, s.multiplierPpm])).toEqual([
      [9000, 1000000],
      [8000, 900000],
      [7000, 800000],
      [6000, 500000],
    ]);
    expect([c.fines?.capFen, c.fines?.legalCap, c.fines?.badReviewFen]).toEqual([20000, true, 0]);
  });

  it('compiles tiered commission with its basis, brackets ascending from 0', () => {
    const doc = changed(raw('careful-owner'), ['commission'], {
      type: 'tiered',
      method: 'whole',
      brackets: [
        { from: '0', rate: '0.003' },
        { from: '123456.78', rate: '0.0045' },
        { from: '500000', rate: '0.006' },
      ],
      basis: 'team',
      applyScore: true,
    });
    expect(compileRaw(doc).commission).toEqual({
      type: 'rate',
      rate: {
        method: 'whole',
        brackets: [
          { fromFen: 0, ratePpm: 3000 },
          { fromFen: 12345678, ratePpm: 4500 },
          { fromFen: 50000000, ratePpm: 6000 },
        ],
      },
      basis: 'team',
      applyScore: true,
    });
  });

  it('compiles a tiered marginal pool rate', () => {
    const doc = changed(raw('seed001-guarantee'), ['pool', 'rate'], {
      type: 'tiered',
      method: 'marginal',
      brackets: [
        { from: '0.00', rate: '0.01' },
        { from: '200000.00', rate: '0.015' },
      ],
    });
    expect(compileRaw(doc).pool?.rate).toEqual({ method: 'marginal', brackets: [{ fromFen: 0, ratePpm: 10000 }, { fromFen: 20000000, ratePpm: 15000 }] });
  });

  it('refuses an invalid document instead of rounding it', () => {
    try {
      compileRaw(changed(raw('seed000'), ['commission', 'rate'], '0.0000005'));
      throw new Error('not refused');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).problems.map((p) => [p.path, p.key])).toEqual([['$.commission.rate', 'policy.rateDecimals']]);
    }
  });
});
