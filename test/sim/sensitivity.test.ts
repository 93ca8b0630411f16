/**
 * Sensitivity to the behaviour assumptions (src/sim/sensitivity.ts): on a two-variant tiny scenario
 * every assumption gets a low and a high value, each setting's difference equals a separate run of the
 * scenario edited by hand (same seed), the ranking of the lawful variants is stated; a twin of the
 * baseline differs by exactly 0 at every setting; a flip is found and named; cancel stops the runs.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/sim/scenario';
import type { Summary, VariantSummary } from '../../src/sim/summary';
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
import { runInProcess as runAll } from '../../src/sim/runInProcess';

/** The in-process runner (every replication in one chunk, summarized), as the sweep and sensitivity runners take it. */
const runInProcess = async (s: Scenario): Promise<Summary> => runAll(s);

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
        vsBaseline: i === 0 ? null : { costDifference: { meanFen: d }, peopleCostDifference: { meanFen: d }, contributionDifference: { meanFen: -d } },
        lawful: { lawful: lawful.includes(name) },
      })) as unknown as VariantSummary[],
    }) as Summary;

  it('ranks the lawful variants cheapest first, ties in the scenario\'s order, the baseline at 0', () => {
    const s = fake({ base: 0, a: 500, b: -200, c: -900, d: 500 }, ['base', 'a', 'b', 'd']);
    expect(rankLawful(s, new Set(['base', 'a', 'b', 'd']), 'cost')).toEqual(['b', 'base', 'a', 'd']);
    // contribution: higher first (here −cost, so the same order)
    expect(rankLawful(s, new Set(['base', 'a', 'b', 'd']), 'contribution')).toEqual(['b', 'base', 'a', 'd']);
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
    const res = await runSensitivity(twoVariants(), model, { replications: 2, rankBy: 'cost' });
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
      const b = x.behaviour;
      seen.push(`${b.quitPayElasticity}/${b.effortElasticity}/${b.ramp.join(',')}/${b.capacity}/${x.shop.category.grossMargin}/${x.settings.seed}/${x.settings.replications}`);
      return runInProcess(x);
    };
    const res = await runSensitivity(s, runner, { replications: 3 });
    expect(res.complete).toBe(true);
    // one base run and two per assumption (no end equals the default), every one on the scenario's seed
    const seed = s.settings.seed;
    expect(seen).toEqual([
      `1/0.3/0.7,0.85/1.25/0.4/${seed}/3`,
      `0/0.3/0.7,0.85/1.25/0.4/${seed}/3`,
      `3/0.3/0.7,0.85/1.25/0.4/${seed}/3`,
      `1/0/0.7,0.85/1.25/0.4/${seed}/3`,
      `1/1/0.7,0.85/1.25/0.4/${seed}/3`,
      `1/0.3/0.5,0.7,0.85/1.25/0.4/${seed}/3`,
      `1/0.3//1.25/0.4/${seed}/3`,
      `1/0.3/0.7,0.85/1/0.4/${seed}/3`,
      `1/0.3/0.7,0.85/1.5/0.4/${seed}/3`,
      `1/0.3/0.7,0.85/1.25/0.3/${seed}/3`,
      `1/0.3/0.7,0.85/1.25/0.5/${seed}/3`,
    ]);
    expect(res.runs).toBe(11);
    expect(res.rankBy).toBe('contribution');
    expect(res.rows.map((r) => [r.id, r.low, r.base, r.high])).toEqual([
      ['quitPayElasticity', 0, 1, 3],
      ['effortElasticity', 0, 0.3, 1],
      ['ramp', [0.5, 0.7, 0.85], [0.7, 0.85], []],
      ['capacity', 1, 1.25, 1.5],
      ['grossMargin', 0.3, 0.4, 0.5],
    ]);

    // the reference: the scenario edited by hand and run on its own
    const edits: Record<string, [(x: Scenario) => void, (x: Scenario) => void]> = {
      quitPayElasticity: [(x) => (x.behaviour.quitPayElasticity = 0), (x) => (x.behaviour.quitPayElasticity = 3)],
      effortElasticity: [(x) => (x.behaviour.effortElasticity = 0), (x) => (x.behaviour.effortElasticity = 1)],
      ramp: [(x) => (x.behaviour.ramp = [0.5, 0.7, 0.85]), (x) => (x.behaviour.ramp = [])],
      capacity: [(x) => (x.behaviour.capacity = 1), (x) => (x.behaviour.capacity = 1.5)],
      grossMargin: [(x) => (x.shop.category.grossMargin = 0.3), (x) => (x.shop.category.grossMargin = 0.5)],
    };
    const edited = (edit: (x: Scenario) => void) => {
      const x = structuredClone(s);
      edit(x);
      return runInProcess(x);
    };
    const richerOf = (sum: Summary) => sum.variants.find((v) => v.name === 'richer')!.vsBaseline!;
    const base = richerOf(await runInProcess(s));
    for (const r of res.rows) {
      const [lowEdit, highEdit] = edits[r.id]!;
      const low = richerOf(await edited(lowEdit));
      const high = richerOf(await edited(highEdit));
      const v = r.variants.find((x) => x.variant === 'richer')!;
      expect(v.byMetric).toEqual({
        contribution: { low: low.contributionDifference.meanFen, base: base.contributionDifference.meanFen, high: high.contributionDifference.meanFen },
        peopleCost: { low: low.peopleCostDifference.meanFen, base: base.peopleCostDifference.meanFen, high: high.peopleCostDifference.meanFen },
        cost: { low: low.costDifference.meanFen, base: base.costDifference.meanFen, high: high.costDifference.meanFen },
      });
      // the ranking figure is contribution
      expect([v.lowDifferenceFen, v.baseDifferenceFen, v.highDifferenceFen]).toEqual([
        low.contributionDifference.meanFen,
        base.contributionDifference.meanFen,
        high.contributionDifference.meanFen,
      ]);
      // both are lawful: ranked by contribution, the baseline's being 0
      const order = (d: number) => (d > 0 ? ['richer', 'careful'] : ['careful', 'richer']);
      expect(r.ranking).toEqual({
        low: order(low.contributionDifference.meanFen!),
        base: order(base.contributionDifference.meanFen!),
        high: order(high.contributionDifference.meanFen!),
      });
      expect(r.rankingChanged).toBe(JSON.stringify(r.ranking.low) !== JSON.stringify(r.ranking.base) || JSON.stringify(r.ranking.high) !== JSON.stringify(r.ranking.base));
      expect(r.variants.find((x) => x.variant === 'careful')).toMatchObject({ baseline: true, lowDifferenceFen: 0, baseDifferenceFen: 0, highDifferenceFen: 0 });
    }
    const byId = Object.fromEntries(res.rows.map((r) => [r.id, r.variants.find((x) => x.variant === 'richer')!.byMetric]));
    // the assumptions matter where they should: quits move employer cost; the margin moves contribution only
    expect(new Set([byId.quitPayElasticity!.cost.low, byId.quitPayElasticity!.cost.base, byId.quitPayElasticity!.cost.high]).size).toBe(3);
    expect(byId.grossMargin!.cost.low).toBe(byId.grossMargin!.cost.high);
    expect(byId.grossMargin!.peopleCost.low).toBe(byId.grossMargin!.peopleCost.high);
    expect(byId.grossMargin!.contribution.low).not.toBe(byId.grossMargin!.contribution.high);
    // a higher commission costs more at every setting
    for (const r of res.rows) expect(r.variants.find((x) => x.variant === 'richer')!.byMetric.cost.low).toBeGreaterThan(0);
    expect(res.baseRanking).toEqual(res.rows[0]!.ranking.base);
    expect(res.robust).toBe(res.rows.every((r) => !r.rankingChanged));
    expect(res.flipsBy).toBe(res.rows.find((r) => r.rankingChanged)?.id ?? null);
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
    expect(progress).toEqual([2 / 22]); // the base run of eleven: 2 of 22 replications
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
