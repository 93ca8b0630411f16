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

export interface FineLine {
  component: Component;
  amountFen: number;
  note: Note | null;
}

function push(out: FineLine[], component: Component, fen: number, explain: boolean, key: string, params: () => Note['params']): void {
  if (fen > 0) out.push({ component, amountFen: -fen, note: explain ? note(key, { ...params(), amount: fenToYuanGrouped(fen) }) : null });
}

/** The month's fine lines (negative amounts) before any cap; lines of 0 are omitted. */
export function fineLines(f: CFines, r: AgentMonth, explain: boolean): FineLine[] {
  const out: FineLine[] = [];
  // Notes are built only when explaining: the simulator computes millions of these lines.
  const extraLates = Math.max(0, r.latesShort - f.lateShortFree);
  push(out, 'fineLateShort', extraLates * f.lateShortFen, explain, 'note.fine.lateShort', () => ({ count: r.latesShort, free: f.lateShortFree, each: fenToYuanGrouped(f.lateShortFen) }));
  push(out, 'fineLateLong', r.latesLong * f.lateLongFen, explain, 'note.fine.each', () => ({ count: r.latesLong, each: fenToYuanGrouped(f.lateLongFen) }));
  push(out, 'fineAbsence', r.absences * f.absenceFen, explain, 'note.fine.each', () => ({ count: r.absences, each: fenToYuanGrouped(f.absenceFen) }));
  push(out, 'fineSlowReplies', r.slowReplies > f.slowOver ? f.slowFen : 0, explain, 'note.fine.slow', () => ({ count: r.slowReplies, over: f.slowOver, each: fenToYuanGrouped(f.slowFen) }));
  const each2h = f.unanswered2hFen + (f.unansweredStack ? f.unanswered30Fen : 0);
  push(out, 'fineUnanswered', r.unanswered30m * f.unanswered30Fen + r.unanswered2h * each2h, explain, 'note.fine.unanswered', () => ({
    n30: r.unanswered30m,
    each30: fenToYuanGrouped(f.unanswered30Fen),
    n2h: r.unanswered2h,
    each2h: fenToYuanGrouped(each2h),
  }));
  push(out, 'fineIdleHang', r.idleHangs * f.idleHangFen, explain, 'note.fine.each', () => ({ count: r.idleHangs, each: fenToYuanGrouped(f.idleHangFen) }));
  const unreversed = Math.max(0, r.badReviews - r.badReviewsReversed);
  push(out, 'fineBadReview', unreversed * f.badReviewFen, explain, 'note.fine.badReview', () => ({ count: r.badReviews, reversed: r.badReviewsReversed, each: fenToYuanGrouped(f.badReviewFen) }));
  return out;
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
