/**
 * Recovery: months generated from a scenario with known parameters, written as a records file and
 * read back, are calibrated; each estimated parameter must land inside its stated 95 % interval in
 * at least 90 % of seeds (the count over N seeds is computed here; docs/real-data.md gives the
 * figures measured). The scenario is the default shop with the responses to pay switched off
 * (effort, fines and quits at elasticity 0): an estimate is the shop's behaviour under the policy it
 * ran, and with no response that is the model's parameter itself. Twenty-four months, so the
 * seasonality and its noise are estimated from the data.
 */
import { describe, expect, it } from 'vitest';
import { loadRecords, writeRecordsJson } from '../../src/formats/records';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import { calibrateShop } from '../../src/calibrate/calibrateShop';
import type { Estimate } from '../../src/calibrate/estimate';
import type { Scenario } from '../../src/sim/scenario';
import { defaultScenario } from '../behaviour/helpers';

const SEEDS = 300;

function truthOf(s: Scenario, e: Estimate): number | undefined {
  const t = e.target;
  if (t.kind === 'behaviour') return s.behaviour[t.field];
  if (t.kind === 'shop') return s.shop[t.field];
  if (t.kind === 'seasonality') return s.shop.seasonality[t.month - 1]! * (t.month === 6 ? s.shop.peak618 : t.month === 11 ? s.shop.peak1111 : 1);
  if (t.kind === 'category') return t.field === 'meanOrderValue' ? Number(s.shop.category.meanOrderValue) : s.shop.category[t.field];
  return undefined;
}

describe('calibration recovers the parameters months were generated with', () => {
  const base = defaultScenario();
  base.behaviour.effortElasticity = 0;
  base.behaviour.fineElasticity = 0;
  base.behaviour.quitPayElasticity = 0;
  base.settings.months = 24;

  const covered = new Map<string, number>();
  const seen = new Map<string, number>();
  const first: Estimate[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const s = structuredClone(base);
    s.settings.seed = seed;
    const file = new TextEncoder().encode(writeRecordsJson(scenarioRecords(s)));
    const cal = calibrateShop(loadRecords(file, 'months.json'), base);
    for (const e of cal.estimates) {
      const truth = truthOf(base, e);
      if (truth === undefined) continue;
      if (seed === 1) first.push(e);
      seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
      if (e.low <= truth && truth <= e.high) covered.set(e.id, (covered.get(e.id) ?? 0) + 1);
    }
  }
  const coverage = Object.fromEntries([...seen].map(([id, n]) => [id, (covered.get(id) ?? 0) / n]));
  console.log('coverage over', SEEDS, 'seeds:', JSON.stringify(coverage));

  it('estimates every parameter the records carry, in every seed', () => {
    const ids = [...seen.keys()];
    for (const id of ['agents', 'teams', 'buyersPerDay', 'casesPerDay', 'conversion', 'skillSpread', 'monthNoise', 'paymentRate', 'meanOrderValue', 'returnRate', 'badReviewRate', 'leaveDays', 'absences', 'latesShort', 'latesLong', 'slowReplies', 'unanswered30m', 'unanswered2h', 'idleHangs', 'quitEarly', 'quitSettled']) {
      expect(ids, id).toContain(id);
      expect(seen.get(id), id).toBe(SEEDS);
    }
    for (let m = 1; m <= 12; m++) expect(seen.get(`seasonality.${m}`)).toBe(SEEDS);
  });

  it('each interval holds the true value in at least 90 % of seeds', () => {
    const below = Object.entries(coverage).filter(([, c]) => c < 0.9);
    expect(below).toEqual([]);
  });

  it('the structure is counted exactly', () => {
    expect(coverage.agents).toBe(1);
    expect(first.find((e) => e.id === 'agents')!.value).toBe(30);
    expect(first.find((e) => e.id === 'teams')!.value).toBe(3);
  });
});
