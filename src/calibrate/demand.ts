/**
 * Demand: buyers per 售前 agent-day, after-sales cases per 售后 agent-day, the month-by-month
 * seasonality (from 12 months of data on), and, shown beside them, inquiries per day worked by role
 * (docs/real-data.md §"What is estimated and how"). The model being inverted is
 * docs/behaviour.md §"The shop" and §"Vacancies and capacity": an agent's inquiries are Poisson
 * around days worked × buyers per day × the month's daily season factor × the shop's demand shock ×
 * staffing × the role's share of the load (ROLE_WORKLOAD) × the shift (night 0.8).
 * A file does not say who works nights: each role's shift factor is the mean over its posts as the
 * simulation deals them (createShop: roles in dealt order, the night share spread evenly).
 *
 * Per month m: D_m = Σ inquiries ÷ (Σ days worked × role share × the role's shift factor × staffing_m
 * × the mean scheduled days of a month ÷ m's scheduled days). Staffing_m = the posts' load ÷ the load
 * present (days employed ÷ days), between 1 and `capacity`: when a post is empty the others carry it.
 * D_m = buyers per day × seasonality of m's calendar month × the month's shock.
 * - Fewer than 12 months: the scenario's seasonality is kept and buyers per day is the mean over
 *   months of D_m ÷ seasonality (t interval over months; one month: over agents, which leaves the
 *   month's own shock out, said in the docs).
 * - 12 months or more: each calendar month's mean D̄_c; buyers per day = the mean of the twelve D̄_c
 *   (seasonality averages 1), seasonality_c = D̄_c ÷ buyers per day (the 618 and 双11 peaks are folded
 *   in: peak618 = peak1111 = 1). Month-to-month noise is the pooled variance of a calendar month's
 *   repeats (from 2 years of data on); with one year only, it is the model's demand shock (σ 6 %,
 *   an assumption of docs/behaviour.md). Intervals: t (or normal) with the delta method. Cases per
 *   day are the mean of their own twelve calendar months the same way (their pattern is not kept:
 *   the simulation gives cases the season of buyers).
 */
import { ROLES, type Role } from '../policy/types';
import type { AgentMonth } from '../engine/records';
import type { ShopProfile } from '../behaviour/params';
import { NIGHT_SHIFT, ROLE_WORKLOAD } from '../behaviour/defaults';
import { MEAN_SCHEDULED_DAYS } from '../behaviour/generateMonth';
import { dealtRoles, nightSlot } from '../behaviour/createShop';
import { tQuantile975 } from '../sim/tQuantile';
import { Z975, addTo, clusterRatio, meanInterval, type Estimate } from './estimate';
import type { MonthGroup } from './monthsOf';

/** σ of the shop's monthly demand shock assumed when no calendar month repeats (docs/behaviour.md). */
export const ASSUMED_SHOCK_SIGMA = 0.06;

export interface DemandInput {
  shop: Pick<ShopProfile, 'buyersPerDay' | 'casesPerDay' | 'seasonality' | 'peak618' | 'peak1111' | 'nightShiftShare'>;
  capacity: number;
  roleCounts: Record<Role, number>;
  /** Whether the file has the column (an absent column is not estimated). */
  hasInquiries: boolean;
  hasCases: boolean;
}

export interface DemandEstimate {
  estimates: Estimate[];
  /** Twelve months when estimated (≥ 12 months of data), else null (the scenario's are kept). */
  seasonality: number[] | null;
}

export type Kind = 'inquiries' | 'cases';

export function estimateDemand(months: readonly MonthGroup[], input: DemandInput): DemandEstimate {
  const out: DemandEstimate = { estimates: [], seasonality: null };
  if (input.hasInquiries) {
    const r = demandOf(months, input, 'inquiries');
    if (r) {
      out.estimates.push(r.base);
      if (r.season) {
        out.seasonality = r.season.map((e) => e.value);
        out.estimates.push(...r.season);
      }
    }
    for (const role of ROLES) {
      const c = new Map<string, { y: number; x: number; n: number }>();
      for (const m of months) for (const a of m.records) if (a.role === role && a.daysWorked > 0) addTo(c, a.agentId, a.inquiries, a.daysWorked);
      const ratio = clusterRatio(c);
      if (ratio && ratio.value > 0) {
        out.estimates.push({ id: `inquiriesPerDay.${role}`, target: { kind: 'info' }, ...ratio, fallback: input.shop.buyersPerDay * ROLE_WORKLOAD[role].inquiries, method: 'clusterRatio' });
      }
    }
  }
  if (input.hasCases) {
    const r = demandOf(months, input, 'cases');
    if (r) out.estimates.push(r.base);
  }
  return out;
}

/**
 * The load model of one kind of work (buyers or after-sales cases): each role's share of the load,
 * each role's shift factor — the mean over its posts of 1 (day) or 0.8 (night), posts dealt and the
 * night shift spread as the simulation does (createShop) — and a month's staffing: the posts' load ÷
 * the load present (days employed ÷ days), between 1 and `capacity` (docs/behaviour.md §"Vacancies
 * and capacity"). The staffing of buyers also multiplies slow replies and unanswered counts.
 */
export function loadModel(roleCounts: Record<Role, number>, nightShiftShare: number, capacity: number, kind: Kind) {
  const w = (role: Role) => (kind === 'inquiries' ? ROLE_WORKLOAD[role].inquiries : ROLE_WORKLOAD[role].cases);
  const nightFactor = kind === 'inquiries' ? NIGHT_SHIFT.buyers : NIGHT_SHIFT.cases;
  const posts = dealtRoles(
    ROLES.reduce((s, r) => s + roleCounts[r], 0),
    roleCounts,
  );
  const shift = Object.fromEntries(ROLES.map((r) => [r, { sum: 0, n: 0 }])) as Record<Role, { sum: number; n: number }>;
  posts.forEach((r, i) => {
    shift[r].sum += nightSlot(i, nightShiftShare) ? nightFactor : 1;
    shift[r].n++;
  });
  const shiftOf = (r: Role) => (shift[r].n > 0 ? shift[r].sum / shift[r].n : 1 - nightShiftShare * (1 - nightFactor));
  let nominal = 0;
  for (const role of ROLES) nominal += roleCounts[role] * w(role) * shiftOf(role);
  const staffing = (m: MonthGroup) => {
    let present = 0;
    for (const a of m.records) present += w(a.role) * shiftOf(a.role) * (a.daysEmployed / m.days);
    return present > 0 ? Math.min(capacity, Math.max(1, nominal / present)) : 1;
  };
  return { w, shiftOf, staffing };
}

function demandOf(months: readonly MonthGroup[], input: DemandInput, kind: Kind): { base: Estimate; season: Estimate[] | null } | null {
  const { w, shiftOf, staffing: staffingOf } = loadModel(input.roleCounts, input.shop.nightShiftShare, input.capacity, kind);
  const fallback = kind === 'inquiries' ? input.shop.buyersPerDay : input.shop.casesPerDay;
  const D: { m: MonthGroup; d: number; n: number }[] = [];
  const agentClusters = new Map<string, { y: number; x: number; n: number }>();
  let support = 0;
  for (const m of months) {
    const staffing = staffingOf(m);
    const dayScale = MEAN_SCHEDULED_DAYS / m.fullScheduled;
    let Y = 0;
    let X = 0;
    let n = 0;
    for (const a of m.records) {
      const share = w(a.role);
      if (share <= 0 || a.daysWorked <= 0) continue;
      const y = kind === 'inquiries' ? a.inquiries : a.afterSalesCases;
      const x = a.daysWorked * share * shiftOf(a.role) * staffing * dayScale;
      Y += y;
      X += x;
      n++;
      if (months.length === 1) addTo(agentClusters, a.agentId, y, x);
    }
    support += n;
    if (X > 0) D.push({ m, d: Y / X, n });
  }
  if (D.length === 0) return null;
  const id = kind === 'inquiries' ? 'buyersPerDay' : 'casesPerDay';
  const target = { kind: 'shop' as const, field: id as 'buyersPerDay' | 'casesPerDay' };
  const seasonOf = (cal: number) =>
    (input.shop.seasonality[cal - 1] ?? 1) * (cal === 6 ? input.shop.peak618 : cal === 11 ? input.shop.peak1111 : 1);

  const calendars = new Set(D.map((x) => x.m.calendar));
  if (calendars.size < 12) {
    const per = D.map((x) => x.d / seasonOf(x.m.calendar));
    const mi = meanInterval(per);
    if (mi) return { base: { id, target, value: mi.value, low: Math.max(0, mi.low), high: mi.high, fallback, support, method: 'monthMeans' }, season: null };
    // One month: agents only (the month's own demand shock is not in the interval).
    const c = clusterRatio(agentClusters);
    const s = seasonOf(D[0]!.m.calendar);
    if (!c) return null;
    return { base: { id, target, value: c.value / s, low: c.low / s, high: c.high / s, fallback, support, method: 'clusterRatio' }, season: null };
  }

  // ≥ 12 months: seasonality from the data.
  const byCal = new Map<number, number[]>();
  const nByCal = new Map<number, number>();
  for (const x of D) {
    const l = byCal.get(x.m.calendar);
    if (l) l.push(x.d);
    else byCal.set(x.m.calendar, [x.d]);
    nByCal.set(x.m.calendar, (nByCal.get(x.m.calendar) ?? 0) + x.n);
  }
  const cal = [...Array(12).keys()].map((i) => byCal.get(i + 1)!);
  const bar = cal.map((l) => l.reduce((s, v) => s + v, 0) / l.length);
  const B = bar.reduce((s, v) => s + v, 0) / 12;
  // The demand shock multiplies a month (docs/behaviour.md): its noise is pooled on the log scale,
  // so November's larger swings in buyers are its ordinary relative noise.
  let ss = 0;
  let df = 0;
  for (let c = 0; c < 12; c++) {
    const l = cal[c]!.map((v) => Math.log(v));
    const m = l.reduce((s, v) => s + v, 0) / l.length;
    for (const v of l) ss += (v - m) ** 2;
    df += l.length - 1;
  }
  // Month-level relative variance: pooled over repeated calendar months, or the assumed shock.
  const s2 = df >= 1 ? ss / df : ASSUMED_SHOCK_SIGMA ** 2;
  const q = df >= 1 ? tQuantile975(df) : Z975;
  const varBar = cal.map((l, c) => (bar[c]! * bar[c]! * s2) / l.length);
  const varB = varBar.reduce((s, v) => s + v, 0) / 144;
  const method = df >= 1 ? 'monthMeans' : 'derived';
  const base: Estimate = { id, target, value: B, low: B - q * Math.sqrt(varB), high: B + q * Math.sqrt(varB), fallback, support, method };
  const season: Estimate[] = bar.map((dc, c) => {
    const sc = dc / B;
    let v = 0;
    for (let k = 0; k < 12; k++) {
      const g = (k === c ? 1 / B : 0) - dc / (12 * B * B);
      v += g * g * varBar[k]!;
    }
    const h = q * Math.sqrt(v);
    return {
      id: `seasonality.${c + 1}`,
      target: { kind: 'seasonality', month: c + 1 },
      value: sc,
      low: Math.max(0, sc - h),
      high: sc + h,
      fallback: seasonOf(c + 1),
      support: nByCal.get(c + 1)!,
      method,
    };
  });
  return { base, season: kind === 'inquiries' ? season : null };
}
