/**
 * Roster mechanics shared by createShop and advanceRoster: who sits in a slot (id, name, traits,
 * level), the quit chance by tenure and pay, and the draws of join and leave days. Seed 001 gives the
 * levels and promotion by tenure; docs/behaviour.md the turnover figures.
 */
import { Decimal } from 'decimal.js';
import { LEVELS, type Level, type Role } from '../policy/types';
import { agentName } from './agentName';
import { drawServiceTrait } from './metrics';
import { ordinalMonth } from '../engine/months';
import { PROMOTION_MONTHS } from './defaults';
import { KIND, PART, Xoshiro128, keyPart } from './random';
import { normal } from './sample';
import type { BehaviourParams } from './params';
import type { PolicyResponse, ShopState } from './types';

const rng = new Xoshiro128(0);

/** Key of the stream (slot, month, kind) of a shop. */
export function slotKey(state: ShopState, slot: number, month: number, kind: number): number {
  return keyPart(keyPart(keyPart(state.repKey, slot, PART.slot), month, PART.month), kind, PART.kind);
}

/** A generator at the start of stream (slot, month, kind) of a shop (one shared instance: use at once). */
export function slotStream(state: ShopState, slot: number, month: number, kind: number): Xoshiro128 {
  return rng.seed(slotKey(state, slot, month, kind) | 0);
}

/** Yuan decimal string → integer fen (edge conversion, exact). */
export function yuanToFen(yuan: string): number {
  return new Decimal(yuan).times(100).toNumber();
}

/** Level index by completed months of tenure (seed 001: 中级 after 3 months, 高级 after 1 year, 资深 after 2 years). */
export function levelByTenure(completedMonths: number): number {
  let idx = 0;
  for (let i = 0; i < PROMOTION_BY_INDEX.length; i++) if (completedMonths >= PROMOTION_BY_INDEX[i]!) idx = i;
  return idx;
}

/** PROMOTION_MONTHS by level index (LEVELS order). */
const PROMOTION_BY_INDEX = Int32Array.from(LEVELS, (l) => PROMOTION_MONTHS[l]);

/** Index of a level drawn from weights with one uniform. */
export function drawLevel(u: number, mix: Record<Level, number>): number {
  let total = 0;
  for (const l of LEVELS) total += mix[l];
  let acc = 0;
  for (let i = 0; i < LEVELS.length; i++) {
    acc += mix[LEVELS[i] as Level] / total;
    if (u < acc) return i;
  }
  return LEVELS.length - 1;
}

/** Base monthly chance of quitting in a tenure month (1 = month of hire), at or above market pay. */
export function baseQuitChance(b: BehaviourParams, tenureMonth: number): number {
  return tenureMonth <= 3 ? b.quitEarly : b.quitSettled;
}

/**
 * Multiplier of the quit chance from pay against market: (market / pay)^κ, above 1 below market and
 * below 1 above it (pay above market keeps people; docs/behaviour.md §"Response to the policy").
 * Pay is floored at 5 % of market.
 */
export function payQuitFactor(payFen: number, marketFen: number, elasticity: number): number {
  if (elasticity === 0 || payFen === marketFen) return 1;
  return Math.pow(marketFen / Math.max(payFen, marketFen * 0.05), elasticity);
}

/** Tenure year index 0, 1, 2+ of a tenure month. */
export function tenureYearIndex(tenureMonth: number): 0 | 1 | 2 {
  return tenureMonth <= 12 ? 0 : tenureMonth <= 24 ? 1 : 2;
}

/**
 * The pay an agent weighs against the market: own smoothed net pay (or, in probation and before any
 * payslip, the policy's expected pay after probation), never less than the policy's guarantee for the
 * tenure year (an annual true-up pays it in December; the agent counts on it).
 */
export function perceivedPayFen(state: ShopState, slot: number, tenureMonth: number, response: PolicyResponse): number {
  const ewma = state.payEwmaFen[slot]!;
  const year = tenureYearIndex(Math.max(tenureMonth, response.probationMonths + 1));
  let pay: number;
  if (tenureMonth > response.probationMonths && !Number.isNaN(ewma)) pay = ewma;
  else pay = response.expectedPayFen[state.role[slot] as Role][LEVELS[state.level[slot]!] as Level][year];
  return Math.max(pay, response.guaranteeFen[year]);
}

/**
 * Put a new occupant in a slot, hired in month index `hireMonth` (≤ 0 for the starting roster). Id,
 * name and traits come from the streams of (slot, hireMonth): the same person in every variant. Ids:
 * "A007" for the first occupant of slot 7, "A007-202603" for one hired into it in March 2026.
 */
export function seatOccupant(state: ShopState, slot: number, hireMonth: number, level: number, initial: boolean): void {
  const b = state.input.behaviour;
  const r = slotStream(state, slot, hireMonth, KIND.traits);
  const skill = b.skillSpread * normal(r);
  const diligence = b.diligenceSpread * normal(r);
  state.skill[slot] = skill;
  state.diligence[slot] = diligence;
  state.rareFactor[slot] = Math.exp(-diligence - 0.5 * b.diligenceSpread * b.diligenceSpread);
  state.expHalfSkill[slot] = Math.exp(0.5 * skill);
  state.commendFactor[slot] = b.skillSpread > 0 ? Math.exp((0.5 * skill) / b.skillSpread) : 1;
  state.serviceTrait[slot] = drawServiceTrait(state, slot, hireMonth);
  state.name[slot] = agentName(slotKey(state, slot, hireMonth, KIND.name));
  const code = String(slot + 1).padStart(3, '0');
  state.agentId[slot] = initial ? `A${code}` : `A${code}-${ordinalMonth(state.startOrdinal + hireMonth).replace('-', '')}`;
  state.occupied[slot] = 1;
  state.hireMonth[slot] = hireMonth;
  state.hireLabel[slot] = ordinalMonth(state.startOrdinal + hireMonth);
  state.level[slot] = level;
  state.payEwmaFen[slot] = NaN;
  state.vacantUntil[slot] = -1;
  state.joinDay[slot] = 1;
  state.leaveDay[slot] = 0;
  state.leaveReason[slot] = 0;
}

/** A day uniform in first..last from one uniform. */
export function dayBetween(u: number, first: number, last: number): number {
  return first + Math.min(last - first, Math.floor(u * (last - first + 1)));
}
