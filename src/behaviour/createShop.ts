/**
 * The shop at the start of a replication: slots with team, role and shift, and their first occupants
 * (stable ids, faker zh_CN names, level, tenure, persistent traits), all drawn from the scenario seed.
 * Roles follow the shop's role mix (largest remainder), dealt round-robin over teams (supervisors
 * first, so each team gets one while they last); the night shift (seed 002 晚班) is spread evenly
 * over the slots. Starting tenures follow the stationary
 * distribution of the base quit chances (a shop that has been running for years), capped at 10 years.
 * Month 0's quits are drawn here at the base chance (no pay seen yet). A calibrated scenario's
 * `shop.roster` puts the shop's real agents on the first posts (their team, role, level, month of
 * hire and skill; docs/real-data.md); the other posts are seeded as above.
 */
import { LEVELS, ROLES, type Role } from '../policy/types';
import { daysInOrdinalMonth, monthOrdinal } from '../engine/months';
import { monthDrawsFor } from './monthDraws';
import { KIND, replicationKey } from './random';
import { baseQuitChance, dayBetween, drawLevel, levelByTenure, seatOccupant, slotStream } from './roster';
import type { SeatedAgent } from './params';
import type { BehaviourInput, RosterReport, ShopState } from './types';

/** Longest starting tenure drawn, months. */
const MAX_START_TENURE = 120;

/** Counts per role from weights by largest remainder (ties in ROLES order). */
export function allocateRoles(agents: number, mix: Record<Role, number>): Record<Role, number> {
  let total = 0;
  for (const r of ROLES) total += mix[r];
  const counts = {} as Record<Role, number>;
  const rema: { role: Role; rem: number; order: number }[] = [];
  let given = 0;
  ROLES.forEach((r, order) => {
    const exact = total > 0 ? (agents * mix[r]) / total : r === 'presales' ? agents : 0;
    counts[r] = Math.floor(exact);
    given += counts[r];
    rema.push({ role: r, rem: exact - counts[r], order });
  });
  // Largest remainder first; remainders equal up to float noise (1e-9) go in role order.
  rema.sort((a, b) => (Math.abs(b.rem - a.rem) > 1e-9 ? b.rem - a.rem : a.order - b.order));
  for (let i = 0; given < agents; i++, given++) counts[rema[i % rema.length]!.role]++;
  return counts;
}

/** Order in which roles are dealt to slots: supervisors first so each team gets one. */
const DEAL_ORDER: readonly Role[] = ['supervisor', 'gold', 'presales', 'aftersales'];

/** Whether post i works the night shift: an even spread over the dealt order, round(n × share) posts in all. */
export function nightSlot(i: number, share: number): 0 | 1 {
  return (Math.floor((i + 1) * share + 1e-9) - Math.floor(i * share + 1e-9)) as 0 | 1;
}

/** Roles of the posts in dealt order (supervisors first) for a shop of `n` with role mix `mix`, no roster. */
export function dealtRoles(n: number, mix: Record<Role, number>): Role[] {
  const counts = allocateRoles(n, mix);
  const out: Role[] = [];
  for (const r of DEAL_ORDER) for (let j = 0; j < counts[r]; j++) out.push(r);
  return out;
}

/** The seeded roster of month 0 of `replication` (identical for every variant). */
export function createShop(input: BehaviourInput, replication: number): ShopState {
  const { shop, behaviour: b, settings } = input;
  const n = shop.agents;
  const counts = allocateRoles(n, shop.roleMix);
  const role: Role[] = [];
  const night = new Uint8Array(n);
  const roster = shop.roster ?? [];
  // Real agents first (their own roles), then the posts the role mix leaves.
  for (const a of roster) {
    role.push(a.role);
    counts[a.role] = Math.max(0, counts[a.role] - 1);
  }
  for (const r of DEAL_ORDER) for (let j = 0; j < counts[r] && role.length < n; j++) role.push(r);
  while (role.length < n) role.push('presales');
  for (let i = 0; i < n; i++) night[i] = nightSlot(i, shop.nightShiftShare);
  const teamNames = roster.length > 0 ? [...new Set(roster.map((a) => a.team))] : [];
  const team = role.map((_, i) => (i < roster.length ? roster[i]!.team : teamNames.length > 0 ? teamNames[i % teamNames.length]! : `T${(i % shop.teams) + 1}`));
  const teamIndex = Uint16Array.from(team, (t, i) => (teamNames.length > 0 ? teamNames.indexOf(t) : i) % shop.teams);
  const startOrdinal = monthOrdinal(settings.startMonth);
  const state: ShopState = {
    input,
    replication,
    repKey: replicationKey(settings.seed, replication),
    startOrdinal,
    size: n,
    monthIndex: 0,
    team,
    teamIndex,
    role,
    roleIndex: Uint8Array.from(role, (r) => ROLES.indexOf(r)),
    night,
    agentId: new Array<string>(n).fill(''),
    name: new Array<string>(n).fill(''),
    occupied: new Uint8Array(n),
    level: new Uint8Array(n),
    hireMonth: new Int32Array(n),
    hireLabel: new Array<string>(n).fill(''),
    joinDay: new Uint8Array(n),
    leaveDay: new Uint8Array(n),
    leaveReason: new Uint8Array(n),
    skill: new Float64Array(n),
    diligence: new Float64Array(n),
    rareFactor: new Float64Array(n),
    expHalfSkill: new Float64Array(n),
    commendFactor: new Float64Array(n),
    serviceTrait: new Float64Array(n),
    payEwmaFen: new Float64Array(n),
    vacantUntil: new Int32Array(n),
    report: emptyReport(0, settings.startMonth),
    service: { unansweredInquiries: 0, lostSalesFen: 0 },
    draws: monthDrawsFor(n),
  };

  // Stationary tenure: P(a completed months) ∝ survival through a months at the base chances.
  const cdf = new Float64Array(MAX_START_TENURE);
  let s = 1;
  let acc = 0;
  for (let a = 0; a < MAX_START_TENURE; a++) {
    acc += s;
    cdf[a] = acc;
    s *= 1 - baseQuitChance(b, a + 1);
  }

  const days = daysInOrdinalMonth(startOrdinal);
  for (let slot = 0; slot < n; slot++) {
    const u = slotStream(state, slot, 0, KIND.tenure).next() * acc;
    let a = 0;
    while (a < MAX_START_TENURE - 1 && cdf[a]! < u) a++;
    const level = shop.promotionByTenure ? levelByTenure(a) : drawLevel(slotStream(state, slot, 0, KIND.level).next(), shop.levelMix);
    // a completed months before the start: tenure month a + 1 in month 0, hired in month index −a.
    seatOccupant(state, slot, -a, level, true);
  }
  roster.forEach((a, slot) => seatAgent(state, slot, a));
  for (let slot = 0; slot < n; slot++) {
    const tenureMonth = 1 - state.hireMonth[slot]!;
    const r = slotStream(state, slot, 0, KIND.quit);
    if (r.next() < baseQuitChance(b, tenureMonth)) {
      state.leaveReason[slot] = 1;
      state.leaveDay[slot] = dayBetween(slotStream(state, slot, 0, KIND.leaveDay).next(), 1, days);
      state.report.quits.push(state.agentId[slot]!);
    }
  }
  state.report.headcount = n;
  return state;
}

/** Seat a real agent on a post: their id, name, level, month of hire and skill; diligence stays drawn. */
function seatAgent(state: ShopState, slot: number, a: SeatedAgent): void {
  const b = state.input.behaviour;
  const hire = monthOrdinal(a.hireMonth) - state.startOrdinal;
  seatOccupant(state, slot, hire, LEVELS.indexOf(a.level), true);
  state.agentId[slot] = a.agentId;
  state.name[slot] = a.name;
  state.skill[slot] = a.skill;
  state.expHalfSkill[slot] = Math.exp(0.5 * a.skill);
  state.commendFactor[slot] = b.skillSpread > 0 ? Math.exp((0.5 * a.skill) / b.skillSpread) : 1;
}

export function emptyReport(monthIndex: number, month: string): RosterReport {
  return { monthIndex, month, hires: [], quits: [], dismissals: [], trainingCostFen: 0, recruitingCostFen: 0, headcount: 0 };
}

/**
 * An independent copy of a shop state (e.g. one per variant from one createShop). The month's draws
 * that no policy changes are shared with the original (monthDraws.ts): they are the same for both.
 */
export function cloneShop(state: ShopState): ShopState {
  return {
    ...state,
    team: state.team.slice(),
    teamIndex: state.teamIndex.slice(),
    role: state.role.slice(),
    roleIndex: state.roleIndex.slice(),
    night: state.night.slice(),
    agentId: state.agentId.slice(),
    name: state.name.slice(),
    occupied: state.occupied.slice(),
    level: state.level.slice(),
    hireMonth: state.hireMonth.slice(),
    hireLabel: state.hireLabel.slice(),
    joinDay: state.joinDay.slice(),
    leaveDay: state.leaveDay.slice(),
    leaveReason: state.leaveReason.slice(),
    skill: state.skill.slice(),
    diligence: state.diligence.slice(),
    rareFactor: state.rareFactor.slice(),
    expHalfSkill: state.expHalfSkill.slice(),
    commendFactor: state.commendFactor.slice(),
    serviceTrait: state.serviceTrait.slice(),
    payEwmaFen: state.payEwmaFen.slice(),
    vacantUntil: state.vacantUntil.slice(),
    report: { ...state.report, hires: state.report.hires.slice(), quits: state.report.quits.slice(), dismissals: state.report.dismissals.slice() },
    service: { ...state.service },
  };
}
