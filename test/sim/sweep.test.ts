/**
 * Sweep and match-baseline-cost (src/sim/sweep.ts): parameter paths, copies that never mutate the
 * scenario, bisection against a hand-made cost model with a known root and CI crossings, and over the
 * real in-process runner: cost rising with the commission rate, and the rate at which a copy of the
 * baseline costs what the baseline costs (0.005, the baseline's own rate).
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { InputError } from '../../src/i18n/problem';
import type { Scenario } from '../../src/sim/scenario';
import type { Summary, VariantSummary } from '../../src/sim/summary';
import {
  defaultResolution,
  evenValues,
  matchBaselineCost,
  parsePath,
  resolutionOf,
  scenarioWith,
  sweep,
  sweepableParams,
} from '../../src/sim/sweep';
import { preset, smallScenario } from './helpers';
import { runInProcess as runAll } from '../../src/sim/runInProcess';

/** The in-process runner (every replication in one chunk, summarized), as the sweep and sensitivity runners take it. */
const runInProcess = async (s: Scenario): Promise<Summary> => runAll(s);

/** Baseline seed000, and "B" = the same rules file under another name (its commission rate is swept). */
function twin(): Scenario {
  return smallScenario({
    agents: 10,
    months: 12,
    startMonth: '2026-01',
    replications: 4,
    responsive: false,
    variants: [
      { name: 'A', policy: preset('seed000') },
      { name: 'B', policy: preset('seed000') },
      { name: 'C', policy: preset('careful-owner') },
    ],
  });
}

/**
 * A hand-made cost model for the bisection: the variant's commission rate r gives a paired mean
 * difference of (r − root) × slope fen, with a 95 % CI of ± half fen. Only what sweep.ts reads is filled.
 */
function fakeRun(root: string, slope: number, half: number, log: string[] = []) {
  return async (s: Scenario): Promise<Summary> => {
    const v = s.variants.find((x) => !x.baseline)!;
    const rate = (v.policy.commission as { rate: string }).rate;
    log.push(rate);
    const mean = new Decimal(rate).minus(root).times(slope).toNumber();
    const variant = {
      name: v.name,
      baseline: false,
      cost: { meanFen: 1e8 + mean, p5Fen: 0, p50Fen: 0, p95Fen: 0 },
      income: { agentMonth: { all: { p10Fen: 0, p50Fen: 0 } } },
      vsBaseline: { costDifference: { n: 10, meanFen: mean, sdFen: 1, ciLowFen: mean - half, ciHighFen: mean + half } },
    } as unknown as VariantSummary;
    return { complete: true, variants: [variant] } as unknown as Summary;
  };
}

describe('parameter paths', () => {
  it('parses JSON paths into keys and indexes', () => {
    expect(parsePath('$.commission.rate')).toEqual(['commission', 'rate']);
    expect(parsePath('$.commission.brackets[1].rate')).toEqual(['commission', 'brackets', 1, 'rate']);
    expect(parsePath('$["odd key"][0]')).toEqual(['odd key', 0]);
    expect(parsePath('commission.rate')).toBeNull();
    expect(parsePath('$')).toBeNull();
    expect(parsePath('$.a..b')).toBeNull();
  });

  it('lists the numeric leaves of a rules file', () => {
    const params = sweepableParams(preset('seed000'));
    expect(params).toContainEqual({ path: '$.commission.rate', value: '0.005', kind: 'decimal' });
    expect(params).toContainEqual({ path: '$.base.junior', value: '1500.00', kind: 'decimal' });
    expect(params).toContainEqual({ path: '$.fines.lateShort.free', value: 2, kind: 'count' });
    // text and booleans are not parameters
    expect(params.some((p) => p.path === '$.city' || p.path === '$.commission.applyScore')).toBe(false);
  });

  it('finds the resolution the rules file can hold: rate 0.000001, money 0.01, count 1', () => {
    const s = twin();
    expect(resolutionOf(s, 1, '$.commission.rate')).toBe('0.000001');
    expect(resolutionOf(s, 1, '$.base.junior')).toBe('0.01');
    expect(resolutionOf(s, 1, '$.fines.lateShort.free')).toBe('1');
  });

  it('the bisection resolution: a power of ten near a 2000th of the range, never finer than the field', () => {
    expect(defaultResolution('0.000001', '0.005', '0.08')).toBe('0.00001'); // 0.075 / 2000 = 0.0000375
    expect(defaultResolution('0.000001', '0.003', '0.01')).toBe('0.000001'); // 0.0000035 → 10⁻⁶
    expect(defaultResolution('0.01', '1000', '5000')).toBe('1'); // 2 → 1
    expect(defaultResolution('0.01', '1000', '1010')).toBe('0.01'); // 0.005 < 0.01
    expect(defaultResolution('1', '0', '10')).toBe('1');
  });

  it('evenly spaced values, rounded to the resolution, without duplicates', () => {
    expect(evenValues('0.003', '0.01', 8, 6)).toEqual(['0.003000', '0.004000', '0.005000', '0.006000', '0.007000', '0.008000', '0.009000', '0.010000']);
    // (1 − 0) / 2 = 0.5 → "1" half up; 0.5 rounds to 1 at 0 decimals, merging with the next value
    expect(evenValues('0', '1', 3, 0)).toEqual(['0', '1']);
  });
});

describe('scenarioWith', () => {
  it('sets the value on a deep copy, keeps the baseline and the swept variant only', () => {
    const s = twin();
    const before = JSON.stringify(s);
    const c = scenarioWith(s, 1, '$.commission.rate', '0.008', 3);
    expect(JSON.stringify(s)).toBe(before);
    expect(c.variants.map((v) => v.name)).toEqual(['A', 'B']);
    expect((c.variants[1]!.policy.commission as { rate: string }).rate).toBe('0.008');
    expect((c.variants[0]!.policy.commission as { rate: string }).rate).toBe('0.005');
    expect(c.settings.replications).toBe(3);
    expect(c.settings.seed).toBe(s.settings.seed);
    // counts are written as numbers
    const d = scenarioWith(s, 1, '$.fines.lateShort.free', '4', 3);
    expect(d.variants[1]!.policy.fines!.lateShort.free).toBe(4);
  });

  it('refuses an unknown parameter, a non-number and an invalid value, naming the path', () => {
    const s = twin();
    const problemOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as InputError).problems[0]!;
      }
      throw new Error('no error');
    };
    expect(problemOf(() => scenarioWith(s, 1, '$.commission.rates', '0.1', 1))).toMatchObject({ path: '$.commission.rates', key: 'chart.sweep.noParameter' });
    expect(problemOf(() => scenarioWith(s, 1, '$.city', '1', 1))).toMatchObject({ key: 'chart.sweep.notNumeric' });
    expect(problemOf(() => scenarioWith(s, 1, '$.commission.rate', '-1', 1))).toMatchObject({ key: 'chart.sweep.badValue' });
    expect(problemOf(() => scenarioWith(s, 1, '$.fines.lateShort.free', '1.5', 1))).toMatchObject({ key: 'chart.sweep.badValue' });
    // the validator's own problem, e.g. a rate written as a percentage
    expect(problemOf(() => scenarioWith(s, 1, '$.commission.rate', '5', 1))).toMatchObject({ path: '$.commission.rate' });
    expect(problemOf(() => scenarioWith(s, 7, '$.commission.rate', '0.1', 1))).toMatchObject({ key: 'chart.sweep.noVariant' });
  });
});

describe('matchBaselineCost (hand-made cost model)', () => {
  it('bisects to the root and to where the CI of the paired difference crosses 0', async () => {
    // mean(r) = (r − 0.0047) × 1e9 fen, CI ± 30 000 fen:
    //   mean = 0 at r = 0.004700;
    //   ciHigh = mean + 30 000 ≥ 0 ⇔ r ≥ 0.0047 − 0.00003 = 0.004670 (low end of the range);
    //   ciLow = mean − 30 000 ≤ 0 ⇔ r ≤ 0.004730 (high end).
    const log: string[] = [];
    const res = await matchBaselineCost(twin(), 1, '$.commission.rate', '0.003', '0.01', 5, fakeRun('0.0047', 1e9, 30_000, log));
    expect(res.status).toBe('found');
    expect(res.value).toBe('0.004700');
    expect(res.differenceFen).toBe(0);
    expect(res.resolution).toBe('0.000001');
    expect(res.low).toBe('0.004670');
    expect(res.high).toBe('0.004730');
    expect(res.lowBeyondRange).toBe(false);
    expect(res.highBeyondRange).toBe(false);
    // each value run once; three bisections over 7000 steps of 0.000001 need about 3 × 13 runs at most
    expect(new Set(log).size).toBe(log.length);
    expect(res.runs).toBe(log.length);
    expect(res.runs).toBeLessThanOrEqual(2 + 3 * 13);
    expect(res.evaluations.map((e) => e.value)).toEqual([...res.evaluations.map((e) => e.value)].sort());
  });

  it('handles a decreasing difference and a root between two resolution steps', async () => {
    // mean(r) = −(r − 0.0052345) × 1e9: +0.5 fen at 0.005234, −0.5 fen at 0.005235 (summary means are whole fen,
    // but the bracket logic only needs signs); the better of the two is whichever |mean| is smaller (a tie keeps the lower)
    const res = await matchBaselineCost(twin(), 1, '$.commission.rate', '0.001', '0.009', 5, fakeRun('0.0052345', -1e9, 1_000_000));
    expect(res.status).toBe('found');
    expect(res.bracket).toEqual(['0.005234', '0.005235']);
    expect(res.value).toBe('0.005234');
    // CI ± 1 000 000 fen ⇔ ± 0.001 around the root: ciLow ≤ 0 from 0.0042345 → first value 0.004235;
    // ciHigh ≥ 0 up to 0.0062345 → last value 0.006234
    expect(res.low).toBe('0.004235');
    expect(res.high).toBe('0.006234');
  });

  it('reports a range that does not contain the answer, and a CI reaching beyond the range', async () => {
    const none = await matchBaselineCost(twin(), 1, '$.commission.rate', '0.006', '0.01', 5, fakeRun('0.0047', 1e9, 10));
    expect(none.status).toBe('notBracketed');
    expect(none.value).toBeNull();
    expect(none.runs).toBe(2);
    // CI ± 0.005 around 0.0047 reaches below 0.003 and above 0.008
    const wide = await matchBaselineCost(twin(), 1, '$.commission.rate', '0.003', '0.008', 5, fakeRun('0.0047', 1e9, 5_000_000));
    expect(wide.value).toBe('0.004700');
    expect(wide.low).toBeNull();
    expect(wide.high).toBeNull();
    expect(wide.lowBeyondRange).toBe(true);
    expect(wide.highBeyondRange).toBe(true);
  });

  it('stops when cancelled or out of runs, keeping what it knew', async () => {
    const ctl = new AbortController();
    const log: string[] = [];
    const inner = fakeRun('0.0047', 1e9, 30_000, log);
    const res = await matchBaselineCost(twin(), 1, '$.commission.rate', '0.003', '0.01', 5, async (s) => {
      const r = await inner(s);
      if (log.length === 4) ctl.abort();
      return r;
    }, { signal: ctl.signal });
    expect(res.status).toBe('cancelled');
    expect(res.runs).toBe(4);
    expect(res.bracket).not.toBeNull();
    const limited = await matchBaselineCost(twin(), 1, '$.commission.rate', '0.003', '0.01', 5, fakeRun('0.0047', 1e9, 30_000), { maxRuns: 6 });
    expect(limited.status).toBe('limit');
    expect(limited.runs).toBe(6);
  });

  it('refuses the baseline itself', async () => {
    await expect(matchBaselineCost(twin(), 0, '$.commission.rate', '0.003', '0.01', 5, fakeRun('0.0047', 1e9, 1))).rejects.toThrow(InputError);
  });
});

describe('sweep and match over the in-process runner', () => {
  it('cost rises with the commission rate; the value already in the file reproduces the full run', async () => {
    const s = twin();
    const values = ['0.003', '0.005', '0.007', '0.010'];
    const progress: number[] = [];
    const res = await sweep(s, 1, '$.commission.rate', values, 4, runInProcess, { onProgress: (d) => progress.push(d) });
    expect(res.complete).toBe(true);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(res.points.map((p) => p.value)).toEqual(values);
    const means = res.points.map((p) => p.costMeanFen!);
    for (let i = 1; i < means.length; i++) expect(means[i]!).toBeGreaterThan(means[i - 1]!);
    const p50s = res.points.map((p) => p.incomeP50Fen!);
    for (let i = 1; i < p50s.length; i++) expect(p50s[i]!).toBeGreaterThanOrEqual(p50s[i - 1]!);
    // at 0.005 B is the baseline's twin: paired difference exactly 0 in every replication
    expect(res.points[1]!.difference).toMatchObject({ meanFen: 0, sdFen: 0, ciLowFen: 0, ciHighFen: 0 });
    expect(res.points[0]!.difference!.meanFen!).toBeLessThan(0);
    // and B's figures equal those of the whole three-variant scenario run as it is
    const full = (await runInProcess(s)).variants[1]!;
    expect(res.points[1]).toMatchObject({
      costMeanFen: full.cost.meanFen,
      costP5Fen: full.cost.p5Fen,
      costP50Fen: full.cost.p50Fen,
      costP95Fen: full.cost.p95Fen,
      incomeP10Fen: full.income.agentMonth.all.p10Fen,
      incomeP50Fen: full.income.agentMonth.all.p50Fen,
    });
  });

  it('finds the rate at which the twin costs what the baseline costs: 0.005, by hand', async () => {
    const res = await matchBaselineCost(twin(), 1, '$.commission.rate', '0.002', '0.009', 4, runInProcess);
    expect(res.status).toBe('found');
    expect(res.value).toBe('0.005000');
    expect(res.differenceFen).toBe(0);
    // a step of 0.000001 moves the commission of every agent-month with net sales ≥ 5 000 yuan: the
    // difference is negative just below and positive just above
    const at = (v: string) => res.evaluations.find((e) => e.value === v);
    const below = res.evaluations.filter((e) => e.value < '0.005000');
    const above = res.evaluations.filter((e) => e.value > '0.005000');
    expect(below.every((e) => e.meanFen < 0)).toBe(true);
    expect(above.every((e) => e.meanFen > 0)).toBe(true);
    expect(at('0.005000')).toMatchObject({ meanFen: 0, ciLowFen: 0, ciHighFen: 0 });
    // the CI range contains the answer and is narrow (the pairs move together)
    expect(res.low! <= '0.005000' && '0.005000' <= res.high!).toBe(true);
    expect(new Decimal(res.high!).minus(res.low!).toNumber()).toBeLessThan(0.0005);
  });
});
