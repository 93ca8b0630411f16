/**
 * A scenario whose shop and behaviour come from a calibration (docs/real-data.md): each estimate the
 * owner accepted replaces its field, an overridden one takes the owner's value, a rejected one keeps
 * the scenario's; the structure (posts, teams, roles, levels) and the real roster are taken as they
 * are; the simulation starts the month after the data. The estimates travel with the scenario in its
 * `calibration` field (docs/scenario-file.md §`calibration`), which the simulation does not read.
 * Values are clamped to the scenario's ranges (docs/scenario-file.md) and rounded for the file.
 */
import type { CalibrationNote, Scenario } from '../sim/scenario';
import { BEHAVIOUR_RANGES } from '../sim/scenarioValidate';
import type { Calibration } from './calibrateShop';
import type { Estimate } from './estimate';

/** The owner's choice for one estimate: take it, keep the scenario's value, or a value of their own. */
export type Choice = { kind: 'accept' } | { kind: 'keep' } | { kind: 'override'; value: number };

export function applyCalibration(scenario: Scenario, cal: Calibration, choices: Readonly<Record<string, Choice>> = {}, withRoster = true): Scenario {
  const s = structuredClone(scenario);
  const note: CalibrationNote = { from: cal.from, to: cal.to, records: cal.records, estimates: [] };
  const valueOf = (e: Estimate): { v: number; used: 'estimate' | 'kept' | 'override' } => {
    const c = choices[e.id] ?? { kind: 'accept' };
    return c.kind === 'override' ? { v: c.value, used: 'override' } : c.kind === 'keep' ? { v: e.fallback, used: 'kept' } : { v: e.value, used: 'estimate' };
  };
  let seasonTouched = false;
  for (const e of cal.estimates) {
    const { v, used } = valueOf(e);
    const t = e.target;
    let usedValue = v;
    if (t.kind === 'shop') {
      if (t.field === 'agents' || t.field === 'teams') usedValue = Math.max(1, Math.min(300, Math.round(v)));
      else usedValue = round(clamp(v, 0, 10000), 2);
      s.shop[t.field] = usedValue;
    } else if (t.kind === 'seasonality') {
      usedValue = round(clamp(v, 0, 100), 4);
      s.shop.seasonality[t.month - 1] = usedValue;
      seasonTouched = true;
    } else if (t.kind === 'category') {
      if (t.field === 'meanOrderValue') {
        usedValue = round(Math.max(0.01, v), 2);
        s.shop.category.meanOrderValue = usedValue.toFixed(2);
      } else {
        usedValue = round(clamp(v, 0, 1), 6);
        s.shop.category[t.field] = usedValue;
      }
    } else if (t.kind === 'behaviour') {
      const [lo, hi] = BEHAVIOUR_RANGES[t.field];
      usedValue = round(clamp(v, lo, hi), 6);
      s.behaviour[t.field] = usedValue;
    } else continue;
    note.estimates.push({ id: e.id, value: round(e.value, 6), low: round(e.low, 6), high: round(e.high, 6), support: e.support, method: e.method, used, usedValue });
  }
  // The estimated pattern already holds the 618 and 双11 peaks.
  if (seasonTouched) {
    s.shop.peak618 = 1;
    s.shop.peak1111 = 1;
  }
  s.shop.teams = Math.min(s.shop.teams, s.shop.agents);
  if (choices.agents?.kind !== 'override' && choices.agents?.kind !== 'keep') {
    s.shop.roleMix = { ...cal.roleCounts };
    s.shop.levelMix = { ...cal.levelCounts };
  }
  if (withRoster && cal.roster.length > 0) {
    s.shop.roster = cal.roster.slice(0, s.shop.agents).map((a) => ({ ...a }));
    const teams = new Set(s.shop.roster.map((a) => a.team)).size;
    s.shop.teams = Math.max(1, Math.min(s.shop.agents, Math.max(s.shop.teams, teams)));
  } else delete s.shop.roster;
  if (Object.values(s.shop.roleMix).every((x) => x === 0)) s.shop.roleMix = { ...scenario.shop.roleMix };
  if (Object.values(s.shop.levelMix).every((x) => x === 0)) s.shop.levelMix = { ...scenario.shop.levelMix };
  s.settings.startMonth = cal.nextMonth;
  s.calibration = note;
  return s;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function round(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}
