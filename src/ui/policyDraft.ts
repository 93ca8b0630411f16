/**
 * Editing a rules file in the form: the variant holds a draft — the rules-file JSON as
 * the owner is typing it, possibly invalid — and the form reads and writes it by key path. The
 * validator (src/policy/validate.ts) judges the draft and names problems by JSON path; `jsonPath`
 * turns a key path into the same notation so a problem lands on its field. Turning a part on fills
 * it with the values of the seed it comes from (SECTION_DEFAULTS, copied from the preset rules files
 * in scenarios/policies/: seed 000 bases, fines and bonuses, seed 001 guarantee, probation, score,
 * pool and dismissal, seed 002 seniority with the careful-owner preset's assumed 50).
 */
import { childPath, indexPath } from '../policy/path';
import type { Bracket, ScoreStep } from '../policy/types';
import { KPI_SECTION_DEFAULTS, conversionCommission } from './form/kpiFields';

export type Key = string | number;
export type KeyPath = readonly Key[];
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** "$.commission.brackets[1].from" for ['commission', 'brackets', 1, 'from']. */
export function jsonPath(keys: KeyPath): string {
  let p = '$';
  for (const k of keys) p = typeof k === 'number' ? indexPath(p, k) : childPath(p, k);
  return p;
}

/** The value at a key path, or undefined when any step is missing or not a container. */
export function getAt(root: unknown, keys: KeyPath): unknown {
  let v: unknown = root;
  for (const k of keys) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<Key, unknown>)[k];
  }
  return v;
}

/**
 * Set the value at a key path in place, creating missing objects on the way (a draft edited by the
 * form always has the containers, but a hand-edited one may not). Returns false if a step is a
 * non-container that cannot hold the next key.
 */
export function setAt(root: Record<string, unknown>, keys: KeyPath, value: unknown): boolean {
  if (keys.length === 0) return false;
  let v: Record<Key, unknown> = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i]!;
    let next = v[k];
    if (next === undefined || next === null) {
      next = typeof keys[i + 1] === 'number' ? [] : {};
      v[k] = next;
    }
    if (typeof next !== 'object') return false;
    v = next as Record<Key, unknown>;
  }
  v[keys[keys.length - 1]!] = value;
  return true;
}

/** A deep copy of JSON data (drops prototypes: the strict reader builds null-prototype objects). */
export function cloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

const MONEY_BY_LEVEL = (j: string, i: string, s: string, m: string) => ({ junior: j, intermediate: i, senior: s, manager: m });

/** Value a nullable part takes when the owner turns it on (from the seed it comes from). */
export const SECTION_DEFAULTS: Readonly<Record<string, Json>> = {
  // seed 000: 1500/1800/2200/2700
  base: MONEY_BY_LEVEL('1500.00', '1800.00', '2200.00', '2700.00'),
  // seed 001: first month 1600
  probation: { months: 1, pay: '1600.00' },
  // seed 001: 2000/2200/2500 reconciled over the year
  guarantee: { byTenureYear: ['2000.00', '2200.00', '2500.00'], mode: 'annual-true-up' },
  // seed 001 (g): pool split by score; rate is the preset's assumption
  pool: { rate: { type: 'flat', rate: '0.01' }, split: 'equal', applyScore: false },
  // seed 001 综合考评 and 日常管理细则
  score: {
    parts: { teamTask: '30', handover: '20', satisfaction: '30', skill: '20' },
    commendation: '5',
    violations: { light: '2', medium: '10', severe: '20' },
    cap: null,
    multiplier: {
      type: 'steps',
      steps: [
        { from: '90', multiplier: '1' },
        { from: '80', multiplier: '0.9' },
        { from: '70', multiplier: '0.8' },
      ],
    },
  },
  // careful-owner preset: 300/400/500/600 × score
  performancePay: { byLevel: MONEY_BY_LEVEL('300.00', '400.00', '500.00', '600.00') },
  // seed 001: below 60 two months running, or a third warning
  dismissal: { passMark: '60', consecutiveMonths: 2, warningsPerYear: 3 },
  // seed 000 §1–2 and rule 5
  fines: {
    lateShort: { free: 2, each: '20.00' },
    lateLong: { each: '20.00' },
    absence: { each: '200.00' },
    slowReplies: { over: 3, amount: '50.00' },
    unanswered: { over30m: '100.00', over2h: '200.00', stack: false },
    idleHang: { each: '200.00' },
    badReview: { each: '100.00' },
    cap: null,
    legalCap: false,
  },
  'bonuses.teamScore': { rate: '0.1' },
  'bonuses.fullAttendance': '100.00',
  'bonuses.livingSubsidy': '200.00',
  // seed 002 leaves the amount blank: 50 a year from 2 years is the careful-owner preset's assumption
  'bonuses.seniority': { perYear: '50.00', fromYears: 2 },
  'bonuses.topPerformer': '300.00',
  'score.cap': '100',
  'fines.cap': '200.00',
  'pool.individualShare': '0.5',
  // KPI parts (form/kpiFields.ts: seed 004, seed 002 每月业绩奖, the composite template)
  ...KPI_SECTION_DEFAULTS,
};

/** The default of a nullable part at a key path (e.g. ['bonuses', 'seniority']), as a fresh copy. */
export function sectionDefault(keys: KeyPath): Json | undefined {
  const d = SECTION_DEFAULTS[keys.join('.')];
  return d === undefined ? undefined : cloneJson(d);
}

/** Commission of each type with seed values (seed 000 flat 0.5 %; seed 001 role formulas and tiers). */
export function commissionOfType(type: string): Json {
  switch (type) {
    case 'flat':
      return { type: 'flat', rate: '0.005', applyScore: false };
    case 'tiered':
      return {
        type: 'tiered',
        method: 'marginal',
        basis: 'personal',
        applyScore: false,
        brackets: [
          { from: '0', rate: '0.004' },
          { from: '50000', rate: '0.006' },
          { from: '100000', rate: '0.008' },
        ],
      };
    case 'role':
      return { type: 'role', presales: '0.005', aftersales: '0.008', gold: { sales: '0.006', cases: '0.008' }, supervisor: '0.005' };
    case 'conversion':
      return conversionCommission();
    default:
      return { type: 'none' };
  }
}

/** A new bracket after the last: its bound one step above, the same rate. */
export function nextBracket(list: readonly Bracket[]): Bracket {
  const last = list[list.length - 1];
  if (!last) return { from: '0', rate: '0.005' };
  const from = /^\d+(\.\d+)?$/.test(last.from) ? String(Math.floor(Number(last.from)) + 50000) : last.from;
  return { from, rate: last.rate };
}

/** A new score step below the last: ten points lower (not below 0), half its multiplier's pattern kept simple. */
export function nextStep(list: readonly ScoreStep[]): ScoreStep {
  const last = list[list.length - 1];
  if (!last) return { from: '60', multiplier: '1' };
  const from = /^\d+(\.\d+)?$/.test(last.from) ? String(Math.max(0, Math.floor(Number(last.from)) - 10)) : last.from;
  return { from, multiplier: last.multiplier };
}
