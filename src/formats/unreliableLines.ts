/**
 * Which pay lines of a payslip could not be computed because an input they read was not provided
 * (or was still 延时统计) for that agent-month (docs/real-data.md §Not provided). The input was
 * read as the records default, 0; the payslip names the line and the missing inputs instead of
 * presenting the amount as known. A line counts only when the policy has the rule: a policy
 * without a lateness fine is not hurt by missing lates.
 */
import type { Component } from '../engine/payslip';
import type { AgentMonth } from '../engine/records';
import type { CompiledPolicy } from '../policy/compiled';
import { fieldOfJsonName, type ImportSource } from './importSource';

type F = keyof AgentMonth;
const SALES: F[] = ['creditedSalesFen', 'returnsFen', 'badReviewSalesFen'];
const SCORE: F[] = ['scoreTeamTask', 'scoreHandover', 'scoreSatisfaction', 'scoreSkill', 'violationsLight', 'violationsMedium', 'violationsSevere', 'commendations'];

/** Each pay line, when the policy has it, and the inputs it reads (seed 000 §1–2 and rules 1–5, seed 001, seed 004). */
export function linesOfPolicy(p: CompiledPolicy): { component: Component; inputs: F[] }[] {
  const out: { component: Component; inputs: F[] }[] = [];
  const add = (component: Component, inputs: F[]) => out.push({ component, inputs });
  const scored = p.score ? SCORE : [];
  if (p.baseFen) add('base', ['level']);
  if (p.probation) add('probationPay', ['hireMonth']);
  if (p.commission.type !== 'none') {
    const reads: F[] = p.commission.type === 'role' ? ['afterSalesCases', 'paidOrders', ...SALES] : [...SALES, 'inquiries', 'paidOrders'];
    add('commission', [...reads, ...scored]);
  }
  if (p.pool) add('pool', [...SALES, ...scored]);
  if (p.performancePayFen) add('performancePay', ['level', ...SCORE]);
  if (p.bonuses.teamScorePpm !== null) add('teamScoreBonus', ['teamScore']);
  if (p.bonuses.fullAttendanceFen !== null) add('fullAttendance', ['latesShort', 'latesLong', 'absences', 'leaveDays']);
  if (p.bonuses.seniority) add('seniority', ['hireMonth']);
  if (p.bonuses.topPerformerFen !== null) add('topPerformer', SALES);
  const f = p.fines;
  if (f) {
    if (f.lateShortFen > 0) add('fineLateShort', ['latesShort']);
    if (f.lateLongFen > 0) add('fineLateLong', ['latesLong']);
    if (f.absenceFen > 0) add('fineAbsence', ['absences']);
    if (f.slowFen > 0) add('fineSlowReplies', ['slowReplies']);
    if (f.unanswered30Fen > 0 || f.unanswered2hFen > 0) add('fineUnanswered', ['unanswered30m', 'unanswered2h']);
    if (f.idleHangFen > 0) add('fineIdleHang', ['idleHangs']);
    if (f.badReviewFen > 0) add('fineBadReview', ['badReviews', 'badReviewsReversed']);
  }
  return out;
}

export interface Unreliable {
  component: Component;
  /** JSON names of the inputs the line reads that were not provided or pending. */
  missing: string[];
}

/** Agent-month → the JSON names of its inputs not provided and pending. */
export function missingByRecord(source: ImportSource): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const n of source.notProvided) m.set(`${n.agentId}\u0000${n.month}`, [...n.fields, ...n.pending]);
  return m;
}

/** The lines of one payslip that read an input the import did not provide. */
export function unreliableLines(lines: readonly { component: Component; inputs: F[] }[], missing: readonly string[]): Unreliable[] {
  if (missing.length === 0) return [];
  const gone = new Set(missing.map(fieldOfJsonName).filter((f): f is F => f !== undefined));
  const out: Unreliable[] = [];
  for (const l of lines) {
    const m = l.inputs.filter((i) => gone.has(i));
    if (m.length > 0) out.push({ component: l.component, missing: missing.filter((n) => m.includes(fieldOfJsonName(n)!)) });
  }
  return out;
}
