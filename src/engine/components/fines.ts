/**
 * Fines (docs/rules-file.md; seed 000 §1 出勤, §2 应答时间, rule 5): two lates ≤ 10 min a month
 * are free, each further one costs 20; each late > 10 min 20; each unexcused absence 200; more than
 * 3 slow replies cost 50 once; each inquiry unanswered ≥ 30 min (< 2 h) 100, each ≥ 2 h 200 (one
 * inquiry is never fined twice unless the policy stacks them); each idle-hang ≥ 2 h 200; each
 * unreversed bad review caused by the agent 100. Fines are taken after the guarantee. A schedule
 * may cap the month's total, and may limit it to the law (工资支付暂行规定 Art. 16: at most 20 % of
 * the month's wage, and never below the minimum wage) — the relief is a positive line.
 */
import type { CFines } from '../../policy/compiled';
import type { AgentMonth } from '../records';
import type { Component, Note } from '../payslip';
import { note } from '../notes';
import { fenToYuanGrouped } from '../../i18n/money';

/**
 * The month's fines before any cap, as positive fen, in payslip order: late ≤ 10 min beyond the free
 * ones, late > 10 min, absences, slow replies, unanswered inquiries, idle-hangs, unreversed bad reviews.
 */
export const FINE_KINDS = ['fineLateShort', 'fineLateLong', 'fineAbsence', 'fineSlowReplies', 'fineUnanswered', 'fineIdleHang', 'fineBadReview'] as const satisfies readonly Component[];

/** The fine of kind k (FINE_KINDS index) of a record, fen, before any cap. */
export function fineOf(f: CFines, r: AgentMonth, k: number): number {
  switch (k) {
    case 0:
      return Math.max(0, r.latesShort - f.lateShortFree) * f.lateShortFen;
    case 1:
      return r.latesLong * f.lateLongFen;
    case 2:
      return r.absences * f.absenceFen;
    case 3:
      return r.slowReplies > f.slowOver ? f.slowFen : 0;
    case 4:
      return r.unanswered30m * f.unanswered30Fen + r.unanswered2h * unanswered2hEach(f);
    case 5:
      return r.idleHangs * f.idleHangFen;
    default:
      return Math.max(0, r.badReviews - r.badReviewsReversed) * f.badReviewFen;
  }
}

/** The fine of one inquiry unanswered ≥ 2 h (plus the 30-minute fine when the policy stacks them). */
function unanswered2hEach(f: CFines): number {
  return f.unanswered2hFen + (f.unansweredStack ? f.unanswered30Fen : 0);
}

/** The explanation of a fine line of kind k with amount `fen` (> 0). */
export function fineNote(f: CFines, r: AgentMonth, k: number, fen: number): Note {
  const amount = fenToYuanGrouped(fen);
  switch (k) {
    case 0:
      return note('note.fine.lateShort', { count: r.latesShort, free: f.lateShortFree, each: fenToYuanGrouped(f.lateShortFen), amount });
    case 1:
      return note('note.fine.each', { count: r.latesLong, each: fenToYuanGrouped(f.lateLongFen), amount });
    case 2:
      return note('note.fine.each', { count: r.absences, each: fenToYuanGrouped(f.absenceFen), amount });
    case 3:
      return note('note.fine.slow', { count: r.slowReplies, over: f.slowOver, each: fenToYuanGrouped(f.slowFen), amount });
    case 4:
      return note('note.fine.unanswered', { n30: r.unanswered30m, each30: fenToYuanGrouped(f.unanswered30Fen), n2h: r.unanswered2h, each2h: fenToYuanGrouped(unanswered2hEach(f)), amount });
    case 5:
      return note('note.fine.each', { count: r.idleHangs, each: fenToYuanGrouped(f.idleHangFen), amount });
    default:
      return note('note.fine.badReview', { count: r.badReviews, reversed: r.badReviewsReversed, each: fenToYuanGrouped(f.badReviewFen), amount });
  }
}

/**
 * The most the month's fines may take: the schedule's cap, and with `legalCap` also 20 % of gross
 * (rounded down, so never above) and what keeps gross − fines at the minimum wage. Infinity for none.
 */
export function fineLimit(f: CFines, grossFen: number, minimumFen: number): number {
  let limit = f.capFen === null ? Infinity : f.capFen;
  if (f.legalCap) limit = Math.min(limit, Math.floor(grossFen / 5), Math.max(0, grossFen - minimumFen));
  return limit;
}
