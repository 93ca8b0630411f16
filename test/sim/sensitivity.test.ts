/**
 * Sensitivity to the behaviour assumptions (src/sim/sensitivity.ts): on a two-variant tiny scenario
 * every assumption gets a low and a high value, each setting's difference equals a separate run of the
 * scenario edited by hand (same seed), the ranking of the lawful variants is stated; a twin of the
 * baseline differs by exactly 0 at every setting; a flip is found and named; cancel stops the runs.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/sim/prepare';
import { RunAcc } from '../../src/sim/reporters';
import { ChunkRunner } from '../../src/sim/runChunk';
import type { Scenario } from '../../src/sim/scenario';
import { summarize, type Summary, type VariantSummary } from '../../src/sim/summary';
import {
  flipsBetween,
  rankLawful,
  runSensitivity,
  scenarioAt,
  settingValue,
  type SensitivityRunner,
} from '../../src/sim/sensitivity';
import { SENSITIVITY_ASSUMPTIONS, type SensitivityAssumption } from '../../src/sim/sensitivityAssumptions';
import { preset, smallScenario } from './helpers';

/** The in-process runner: every replication in one chunk, summarized. */
async function runInProcess(s: Scenario): Promise<Summary> {
  const setup = prepare(s);
  const acc = new RunAcc(setup.variants.length, setup.months);
  acc.absorb(new ChunkRunner(setup).run(0, s.settings.replications));
  return summarize(acc, {
    scenario: s.name,
    seed: s.settings.seed,
    startMonth: s.settings.startMonth,
    months: s.settings.months,
    requested: s.settings.replications,
    names: s.variants.map((v) => v.name),
    baseline: setup.baseline,
  });
}

/**
 * Two lawful variants: the careful owner's rules (baseline) and the same with commission 0.6 % → 1 %,
 * in a city whose market pay (8000 a month) is above both, so that quits respond to pay.
 */
function twoVariants(): Scenario {
  const richer = preset('careful-owner');
  const c = richer.commission as { rate: string };
  expect(c.rate).toBe('0.006');
  c.rate = '0.01';
  const s = smallScenario({
    agents: 6,
    months: 6,
    startMonth: '2026-01',
    replications: 3,
    variants: [
      { name: 'careful', policy: preset('careful-owner') },
      { name: 'richer', policy: richer },
    ],
  });
  s.shop.marketPay = { presales: '8000.00', aftersales: '8000.00', gold: '8000.00', supervisor: '8000.00' };
  return s;
}

const costDiff = (s: Summary, name: string) => s.variants.find((v) => v.name === name)!.vsBaseline!.costDifference.meanFen!;

describe('settings', () => {
  it('sets a value outright or moves the scenario\'s own value within its range', () => {
    expect(settingValue({ set: 3 }, 1)).toBe(3);
    expect(settingValue({ set: [0.5, 0.7] }, [0.7, 0.85])).toEqual([0.5, 0.7]);
    expect(settingValue({ add: -0.1, min: 0, max: 1 }, 0.4)).toBe(0.3);
    expect(settingValue({ add: 0.1, min: 0, max: 1 }, 0.95)).toBe(1);
    expect(settingValue({ add: -0.1, min: 0, max: 1 }, 0.05)).toBe(0);
  });
  it('edits a deep copy and never the scenario', () => {
    const s = twoVariants();
    const before = JSON.stringify(s);
    const c = scenarioAt(s, ['behaviour', 'quitPayElasticity'], 3, 9);
    expect(c.behaviour.quitPayElasticity).toBe(3);
    expect(c.settings.replications).toBe(9);
    expect(c.settings.seed).toBe(s.settings.seed);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('ranking', () => {
  const fake = (diffs: Record<string, number>, lawful: string[]): Summary =>
    ({
      complete: true,
      variants: Object.entries(diffs).map(([name, d], i) => ({
        name,
        baseline: i === 0,
        vsBaseline: i === 0 ? null : { costDifference: { meanFen: d } },
        compliance: {
          belowMinimum: { count: lawful.includes(name) ? 0 : 5 },
          deductionsOverCap: { count: 0 },
          probationTooLow: 0,
        },
      })) as unknown as VariantSummary[],
    }) as Summary;

  it('ranks the lawful variants cheapest first, ties in the scenario\'s order, the baseline at 0', () => {
    const s = fake({ base: 0, a: 500, b: -200, c: -900, d: 500 }, ['base', 'a', 'b', 'd']);
    expect(rankLawful(s, new Set(['base', 'a', 'b', 'd']), 'cost')).toEqual(['b', 'base', 'a', 'd']);
  });
  it('names every pair whose order is reversed', () => {
    expect(flipsBetween(['a', 'b', 'c'], ['a', 'b', 'c'], 'low')).toEqual([]);
    expect(flipsBetween(['a', 'b', 'c'], ['c', 'a', 'b'], 'high')).toEqual([
      { setting: 'high', above: 'c', below: 'a' },
      { setting: 'high', above: 'c', below: 'b' },
    ]);
  });
  it('finds the assumption that flips the ranking (a hand-made model)', async () => {
    // cost differences by quit elasticity: a is cheaper than b unless quits respond strongly (3)
    const model: SensitivityRunner = async (s) => {
      const q = s.behaviour.quitPayElasticity;
      return fake({ base: 0, a: q === 3 ? 900 : 100, b: 400 }, ['base', 'a', 'b']);
    };
    const res = await runSensitivity(twoVariants(), model, { replications: 2 });
    expect(res.complete).toBe(true);
    expect(res.baseRanking).toEqual(['base', 'a', 'b']);
    expect(res.robust).toBe(false);
    expect(res.flipsBy).toBe('quitPayElasticity');
    expect(res.flipping).toEqual(['quitPayElasticity']);
    const q = res.rows.find((r) => r.id === 'quitPayElasticity')!;
    expect(q.ranking).toEqual({ low: ['base', 'a', 'b'], base: ['base', 'a', 'b'], high: ['base', 'b', 'a'] });
    expect(q.flips).toEqual([{ setting: 'high', above: 'b', below: 'a' }]);
    expect(q.variants.find((v) => v.variant === 'a')!).toMatchObject({ lowDifferenceFen: 100, baseDifferenceFen: 100, highDifferenceFen: 900, signChanged: false });
    expect(res.rows.find((r) => r.id === 'effortElasticity')!.rankingChanged).toBe(false);
  });
});

describe('runSensitivity on a two-variant tiny scenario (in process)', () => {
  it('returns a low and high value per assumption, each equal to a run edited by hand, with the ranking stated', async () => {
    const s = twoVariants();
    const seen: string[] = [];
    const runner: SensitivityRunner = async (x) => {
      seen.push(`${x.behaviour.quitPayElasticity}/${x.behaviour.effortElasticity}/${x.settings.seed}/${x.settings.replications}`);
      return runInProcess(x);
    };
    const res = await runSensitivity(s, runner, { replications: 3 });
    expect(res.complete).toBe(true);
    // one base run and two per assumption (none of the ends equals the defaults 1 and 0.3), same seed
    expect(seen).toEqual([`1/0.3/${s.settings.seed}/3`, `0/0.3/${s.settings.seed}/3`, `3/0.3/${s.settings.seed}/3`, `1/0/${s.settings.seed}/3`, `1/1/${s.settings.seed}/3`]);
    expect(res.runs).toBe(5);
    expect(res.rows.map((r) => [r.id, r.low, r.base, r.high])).toEqual([
      ['quitPayElasticity', 0, 1, 3],
      ['effortElasticity', 0, 0.3, 1],
    ]);

    // the reference: the scenario edited by hand and run on its own
    const edited = (edit: (x: Scenario) => void) => {
      const x = structuredClone(s);
      edit(x);
      return runInProcess(x);
    };
    const base = costDiff(await runInProcess(s), 'richer');
    const quit0 = costDiff(await edited((x) => (x.behaviour.quitPayElasticity = 0)), 'richer');
    const quit3 = costDiff(await edited((x) => (x.behaviour.quitPayElasticity = 3)), 'richer');
    const effort0 = costDiff(await edited((x) => (x.behaviour.effortElasticity = 0)), 'richer');
    const effort1 = costDiff(await edited((x) => (x.behaviour.effortElasticity = 1)), 'richer');
    const [q, e] = res.rows;
    const richer = (r: typeof q) => r!.variants.find((v) => v.variant === 'richer')!;
    expect(richer(q)).toMatchObject({ lowDifferenceFen: quit0, baseDifferenceFen: base, highDifferenceFen: quit3 });
    expect(richer(e)).toMatchObject({ lowDifferenceFen: effort0, baseDifferenceFen: base, highDifferenceFen: effort1 });
    expect(richer(q).byMetric.cost).toEqual({ low: quit0, base, high: quit3 });
    // the assumptions matter: a higher commission costs more at every setting, by different amounts
    for (const d of [base, quit0, quit3, effort0, effort1]) expect(d).toBeGreaterThan(0);
    expect(new Set([quit0, base, quit3]).size).toBe(3);
    expect(effort1).not.toBe(effort0);
    // both are lawful; the baseline (difference 0) is cheaper than "richer" at every setting
    expect(res.baseRanking).toEqual(['careful', 'richer']);
    for (const r of res.rows) {
      expect(r.ranking).toEqual({ low: ['careful', 'richer'], base: ['careful', 'richer'], high: ['careful', 'richer'] });
      expect(r.rankingChanged).toBe(false);
      expect(r.variants.find((v) => v.variant === 'careful')).toMatchObject({ baseline: true, lowDifferenceFen: 0, baseDifferenceFen: 0, highDifferenceFen: 0 });
    }
    expect(res.robust).toBe(true);
    expect(res.flipsBy).toBeNull();
  });

  it('gives exactly 0 at every setting for a twin of the baseline', async () => {
    const s = smallScenario({
      agents: 6,
      months: 4,
      startMonth: '2026-01',
      replications: 2,
      variants: [
        { name: 'A', policy: preset('seed001-guarantee') },
        { name: 'twin', policy: preset('seed001-guarantee') },
      ],
    });
    const res = await runSensitivity(s, runInProcess, { replications: 2 });
    expect(res.rows).toHaveLength(SENSITIVITY_ASSUMPTIONS.length);
    for (const r of res.rows) {
      const t = r.variants.find((v) => v.variant === 'twin')!;
      expect([t.lowDifferenceFen, t.baseDifferenceFen, t.highDifferenceFen]).toEqual([0, 0, 0]);
      expect(t.signChanged).toBe(false);
      expect(r.rankingChanged).toBe(false);
    }
  });

  it('reuses the base run for a setting equal to the scenario\'s own value and skips an assumption the scenario lacks', async () => {
    const s = twoVariants();
    s.behaviour.quitPayElasticity = 0;
    const missing: SensitivityAssumption = { id: 'nothing', path: ['behaviour', 'noSuchThing'], low: { set: 0 }, high: { set: 1 }, reason: 'test' };
    let runs = 0;
    const res = await runSensitivity(s, async (x) => (runs++, runInProcess(x)), {
      replications: 2,
      assumptions: [SENSITIVITY_ASSUMPTIONS[0]!, missing],
    });
    expect(runs).toBe(2); // base (= low) and high
    expect(res.runs).toBe(2);
    expect(res.rows.map((r) => r.id)).toEqual(['quitPayElasticity']);
    const v = res.rows[0]!.variants.find((x) => x.variant === 'richer')!;
    expect(v.lowDifferenceFen).toBe(v.baseDifferenceFen);
  });
});

describe('cancel', () => {
  it('stops after the run in progress and says the result is incomplete', async () => {
    const ctl = new AbortController();
    let calls = 0;
    const progress: number[] = [];
    const runner: SensitivityRunner = async (x, signal) => {
      calls++;
      const summary = await runInProcess(x);
      if (calls === 2) ctl.abort();
      return signal?.aborted ? { ...summary, complete: false } : summary;
    };
    const res = await runSensitivity(twoVariants(), runner, { replications: 2, signal: ctl.signal, onProgress: (d, t) => progress.push(d / t) });
    expect(calls).toBe(2);
    expect(res.complete).toBe(false);
    expect(res.rows).toEqual([]);
    expect(res.baseRanking).toEqual(['careful', 'richer']);
    expect(progress).toEqual([0.2]); // the base run of five: 2 of 10 replications
  });
  it('makes no run when already cancelled', async () => {
    const ctl = new AbortController();
    ctl.abort();
    let calls = 0;
    const res = await runSensitivity(twoVariants(), async (x) => (calls++, runInProcess(x)), { signal: ctl.signal });
    expect(calls).toBe(0);
    expect(res.complete).toBe(false);
  });
});
