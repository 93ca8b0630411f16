/**
 * Attendance and responsiveness: monthly means of leave days, absences, lates, slow replies,
 * unanswered inquiries and idle-hangs (docs/real-data.md §"What is estimated and how"; the model is
 * docs/behaviour.md §"The month of one agent": each count is negative binomial around its monthly
 * mean × the agent's diligence factor (mean 1) × days worked ÷ 26, leave and absences × scheduled days
 * ÷ 26, lates × 0.7 on the night shift; slow replies and unanswered counts × the month's staffing
 * when empty posts overload the others, §"Vacancies and capacity"). Each mean is Σ count ÷ Σ exposure (26-day months) with its
 * interval by agents (clusterRatio); lates are divided by the mean shift factor 1 − night share × 0.3,
 * slow replies and unanswered counts by the month's staffing (demand.ts loadModel).
 * Only columns present in the file are estimated: an absent column is "not provided", never 0.
 *
 * These are the rates under the policy the shop ran: a fine lowers them (docs/behaviour.md
 * §"Response to the policy"). The model's parameters are the rates without a fine; the owner who
 * ran fines can override them (the real-months tab shows both).
 */
import type { Role } from '../policy/types';
import type { BehaviourParams } from '../behaviour/params';
import { loadModel } from './demand';
import type { MonthGroup } from './monthsOf';
import { NIGHT_SHIFT } from '../behaviour/defaults';
import { addTo, clusterRatio, type BehaviourField, type Estimate } from './estimate';

/** Scheduled days of a full month, the reference of the monthly means (docs/behaviour.md). */
const REF_DAYS = 26;

export const CONDUCT_FIELDS = ['leaveDays', 'absences', 'latesShort', 'latesLong', 'slowReplies', 'unanswered30m', 'unanswered2h', 'idleHangs'] as const;
export type ConductField = (typeof CONDUCT_FIELDS)[number];

export function estimateConduct(
  months: readonly MonthGroup[],
  present: (f: ConductField) => boolean,
  fallback: BehaviourParams,
  nightShiftShare: number,
  roleCounts: Record<Role, number>,
): Estimate[] {
  const out: Estimate[] = [];
  const { staffing } = loadModel(roleCounts, nightShiftShare, fallback.capacity, 'inquiries');
  const overload = new Map(months.map((m) => [m.month, staffing(m)]));
  const lateShift = 1 - nightShiftShare * (1 - NIGHT_SHIFT.lates);
  for (const f of CONDUCT_FIELDS) {
    if (!present(f)) continue;
    const bySchedule = f === 'leaveDays' || f === 'absences';
    const shift = f === 'latesShort' || f === 'latesLong' ? lateShift : 1;
    const loaded = f === 'slowReplies' || f === 'unanswered30m' || f === 'unanswered2h';
    const c = new Map<string, { y: number; x: number; n: number }>();
    for (const m of months) {
      const load = loaded ? overload.get(m.month)! : 1;
      for (const r of m.records) {
        const days = bySchedule ? r.scheduledDays : r.daysWorked;
        if (days > 0) addTo(c, r.agentId, r[f], (days / REF_DAYS) * shift * load);
      }
    }
    const e = clusterRatio(c);
    if (e) out.push({ id: f, target: { kind: 'behaviour', field: f as BehaviourField }, ...e, fallback: fallback[f], method: 'clusterRatio' });
  }
  return out;
}
