import { describe, expect, it } from 'vitest';
import type { Spread } from '../../src/sim/summary';
import { isLawful, legalCounts, sortedIndices, sortValue, verdicts, type VerdictInput } from '../../src/ui/verdict';
import { legalClause, verdictSentence } from '../../src/ui/verdictSentence';

const spread = (mean: number, p5: number, p95: number): Spread => ({ meanFen: mean, p5Fen: p5, p50Fen: mean, p95Fen: p95 });

interface Opts {
  name: string;
  baseline?: boolean;
  R?: number;
  cost: Spread;
  below?: number;
  overCap?: number;
  dedBelow?: number;
  probation?: number;
  diff?: { mean: number; p5?: number; p95?: number; minMax?: boolean };
  groups?: number[];
  extra?: Partial<VerdictInput>;
}

/** A variant summary with only what the verdict reads (counts are totals over all replications). */
function variant(o: Opts): VerdictInput {
  const R = o.R ?? 100;
  return {
    name: o.name,
    baseline: o.baseline ?? false,
    replications: R,
    cost: o.cost,
    compliance: {
      agentMonths: 360 * R,
      belowMinimum: { count: o.below ?? 0, share: null, shortfallFen: 0 },
      deductionsBelowMinimum: { count: o.dedBelow ?? 0, shortfallFen: 0 },
      deductionsOverCap: { count: o.overCap ?? 0, excessFen: 0 },
      probationMonths: 0,
      probationTooLow: o.probation ?? 0,
      dismissalsFlagged: { lowScore: 0, warnings: 0 },
    },
    vsBaseline: o.baseline
      ? null
      : {
          agentYearsCompared: 1000,
          winnersShare: null,
          losersShare: null,
          byDecile: [],
          groups: { all: o.groups ?? [0, 0, 1, 0, 0], byLevel: {} },
          groupCounts: { all: [], byLevel: {} },
          costDifference: {
            n: R,
            meanFen: o.diff?.mean ?? 0,
            sdFen: null,
            ciLowFen: null,
            ciHighFen: null,
            ...(o.diff?.p5 !== undefined ? { p5: o.diff.p5, p95: o.diff.p95, rangeIsMinMax: o.diff.minMax ?? false } : {}),
          },
        },
    ...o.extra,
  } as unknown as VerdictInput;
}

// The default scenario's shape: an unlawful baseline, a cheaper unlawful variant, two lawful ones.
const base = variant({ name: 'seed000', baseline: true, cost: spread(177_340_400, 168_689_700, 185_466_900), below: 6_500, overCap: 700 });
const cheapUnlawful = variant({ name: 'guarantee', cost: spread(156_106_800, 147_193_900, 164_233_200), below: 31_200, probation: 2_400, diff: { mean: -21_347_700 } });
const lawfulA = variant({ name: 'careful', cost: spread(232_390_700, 221_904_900, 241_041_400), diff: { mean: 55_077_000, p5: 51_020_000, p95: 59_960_000 }, groups: [0.01, 0, 0, 0.07, 0.92] });
const lawfulB = variant({ name: 'lawful-cheaper', cost: spread(200_000_000, 190_000_000, 210_000_000), diff: { mean: 22_659_600, p5: 20_000_000, p95: 25_000_000 } });

describe('lawful verdict', () => {
  it('is lawful only when every flag count is 0', () => {
    expect(isLawful(lawfulA)).toBe(true);
    expect(isLawful(base)).toBe(false);
    expect(isLawful(variant({ name: 'x', cost: spread(1, 1, 1), dedBelow: 1 }))).toBe(false);
    expect(isLawful(variant({ name: 'x', cost: spread(1, 1, 1), probation: 1 }))).toBe(false);
    // a single flagged agent-month in 100 replications is enough
    expect(isLawful(variant({ name: 'x', cost: spread(1, 1, 1), below: 1 }))).toBe(false);
  });
  it('follows a runner-reported lawful flag of false even with zero counts', () => {
    expect(isLawful(variant({ name: 'x', cost: spread(1, 1, 1), extra: { lawful: { lawful: false, belowMinimum: 0, deductionsOverCap: 0, deductionsBelowMinimum: 0, probationTooLow: 0 } } }))).toBe(false);
  });
  it('counts flagged agent-months per replication', () => {
    // 31 200 over 100 replications = 312 a simulated year; 2 400 / 100 = 24
    expect(legalCounts(cheapUnlawful)).toEqual({ belowMinimum: 312, deductionsOverCap: 0, deductionsBelowMinimum: 0, probationTooLow: 24 });
  });
});

describe('cheapest and highest-contribution lawful', () => {
  it('marks the cheapest lawful variant, not the cheapest one', () => {
    const v = verdicts([base, cheapUnlawful, lawfulA, lawfulB]);
    expect(v.map((x) => x.lawful)).toEqual([false, false, true, true]);
    expect(v.map((x) => x.cheapestLawful)).toEqual([false, false, false, true]);
    expect(v.every((x) => x.costKind === 'employer')).toBe(true);
    expect(v.some((x) => x.bestContributionLawful)).toBe(false); // no contribution in the run
  });
  it('uses people cost and contribution when every variant carries them', () => {
    const withPeople = (x: VerdictInput, people: number, contribution: number) =>
      ({ ...x, peopleCost: spread(people, people, people), contribution: spread(contribution, contribution, contribution) }) as VerdictInput;
    // lawfulB is cheaper on employer cost but loses more people: its people cost is higher
    const v = verdicts([withPeople(base, 190e6, 50e6), withPeople(cheapUnlawful, 150e6, 90e6), withPeople(lawfulA, 240e6, 60e6), withPeople(lawfulB, 250e6, 40e6)]);
    expect(v.map((x) => x.costKind)).toEqual(['people', 'people', 'people', 'people']);
    expect(v.map((x) => x.cheapestLawful)).toEqual([false, false, true, false]);
    // the unlawful variant has the highest contribution, yet only a lawful one is marked
    expect(v.map((x) => x.bestContributionLawful)).toEqual([false, false, true, false]);
  });
  it('marks nothing when no variant is lawful', () => {
    expect(verdicts([base, cheapUnlawful]).some((x) => x.cheapestLawful)).toBe(false);
  });
});

describe('sorting by a headline', () => {
  it('sorts cheapest first, missing values last, ties in arranged order', () => {
    expect(sortedIndices([300, null, 100, 300, 200], 'cost')).toEqual([2, 4, 0, 3, 1]);
    expect(sortedIndices([300, null, 100], 'order')).toEqual([0, 1, 2]);
  });
  it('sorts contribution from the highest', () => {
    expect(sortedIndices([10, 30, null, 20], 'contribution')).toEqual([1, 3, 0, 2]);
  });
  it('puts lawful variants first, then those with fewer flagged months', () => {
    const [vb, vc, va, vl] = verdicts([base, cheapUnlawful, lawfulA, lawfulB]);
    const fig = (verdict: typeof vb) => ({ verdict: verdict!, costP50Fen: 0, diffMeanFen: 0, baseline: false, peopleCostFen: null, overBudget: null, costShareOfSales: null });
    const values = [vb, vc, va, vl].map((x) => sortValue(fig(x), 'lawful'));
    // base: 1 + 65 + 7 = 73; guarantee: 1 + 312 + 24 = 337
    expect(values).toEqual([73, 337, 0, 0]);
    expect(sortedIndices(values, 'lawful')).toEqual([2, 3, 0, 1]);
  });
});

describe('the verdict sentence', () => {
  const all = [base, cheapUnlawful, lawfulA, lawfulB];
  const v = verdicts(all);
  const ctx = { lang: 'zh' as const, months: 12, baseline: base };
  it('says what a lawful variant costs against the current policy, with its yearly range, in Chinese', () => {
    // +550,770 yuan → 55 万; p5/p95 510,200 / 599,600 yuan → 51–60 万; gains 0.07 + 0.92 = 99 %
    expect(verdictSentence(lawfulA, v[2]!, ctx)).toBe('比现行方案每年多花约 55 万(九成年份在 51–60 万之间),99% 的客服收入增加;无低于最低工资或违规扣款的月份。');
  });
  it('and in English', () => {
    expect(verdictSentence(lawfulA, v[2]!, { ...ctx, lang: 'en' })).toBe(
      'Costs about ¥551k a year more than the current policy (9 years in 10: ¥510k–¥600k), 99% of agents earn more; no month below the minimum wage or with unlawful deductions.',
    );
  });
  it('names the flagged counts of an unlawful variant and a saving', () => {
    // −213,477 yuan → 少花约 21 万; no p5/p95 in this run: no range; the groups say nobody changes
    expect(verdictSentence(cheapUnlawful, v[1]!, ctx)).toBe('比现行方案每年少花约 21 万;每年约有 312 人次月薪低于最低工资、24 人次试用期工资过低。');
  });
  it('describes the baseline by its own cost', () => {
    // 1,773,404 yuan → 177 万; p5–p95 1,686,897 – 1,854,669 → 169–185 万
    expect(verdictSentence(base, v[0]!, ctx)).toBe('现行方案:每年用工成本约 177 万(九成年份在 169–185 万之间);每年约有 65 人次月薪低于最低工资、7 人次扣款超过当月工资 20%。');
  });
  it('says when the range is the min–max of few runs, and the period when it is not a year', () => {
    const few = variant({ name: 'few', R: 10, cost: spread(1, 1, 1), diff: { mean: 2_000_000, p5: 1_000_000, p95: 3_000_000, minMax: true }, groups: [0.5, 0.2, 0, 0.2, 0.1] });
    const [fv] = verdicts([few]);
    expect(verdictSentence(few, fv!, { lang: 'zh', months: 24, baseline: null })).toBe(
      '比现行方案 24 个月多花约 2 万(10 次模拟全在 1–3 万之间),70% 的客服收入减少;无低于最低工资或违规扣款的月份。',
    );
  });
  it('adds sales and the robustness of the ranking when known', () => {
    const withSales = {
      ...lawfulA,
      vsBaseline: { ...lawfulA.vsBaseline!, salesDifference: { n: 100, meanFen: 88_000_000, sdFen: null, ciLowFen: null, ciHighFen: null } },
    } as VerdictInput;
    const baseWithSales = { ...base, sales: spread(4_400_000_000, 0, 0) } as VerdictInput;
    // 880,000 / 44,000,000 yuan = +2 %
    expect(verdictSentence(withSales, v[2]!, { ...ctx, baseline: baseWithSales, robustness: { robust: false, assumption: '离职对薪酬的反应取高值' } })).toBe(
      '比现行方案每年多花约 55 万(九成年份在 51–60 万之间),销售额约 +2%,99% 的客服收入增加;无低于最低工资或违规扣款的月份;若离职对薪酬的反应取高值,排名会改变。',
    );
  });
  it('says "under 1" for a rare flag rather than 0', () => {
    const rare = variant({ name: 'rare', cost: spread(1, 1, 1), below: 30 }); // 0.3 a year
    const [rv] = verdicts([rare]);
    expect(legalClause(rv!, ctx)).toBe('每年约有 不到 1 人次月薪低于最低工资');
  });
});

describe('the sentence on people cost', () => {
  it('says it counts hiring and training when the difference is of people cost', () => {
    const people = (x: VerdictInput, mean: number) => ({ ...x, peopleCost: spread(mean, mean, mean) }) as VerdictInput;
    const a = {
      ...people(lawfulA, 240_000_000),
      vsBaseline: { ...lawfulA.vsBaseline!, peopleCostDifference: { n: 100, meanFen: 52_840_000, sdFen: null, ciLowFen: null, ciHighFen: null, p5: 50_000_000, p95: 56_000_000, rangeIsMinMax: false } },
    } as VerdictInput;
    const [, va] = verdicts([people(base, 180_000_000), a]);
    expect(va!.costKind).toBe('people');
    // 528,400 yuan → 53 万; 500,000–560,000 → 50–56 万
    expect(verdictSentence(a, va!, { lang: 'zh', months: 12, baseline: base })).toBe(
      '按人力成本(含招聘培训),比现行方案每年多花约 53 万(九成年份在 50–56 万之间),99% 的客服收入增加;无低于最低工资或违规扣款的月份。',
    );
  });
});
