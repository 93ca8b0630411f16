/**
 * The record objects of a shop's month, reused from month to month (docs/behaviour.md §"Speed").
 * `generateMonthInto` overwrites them in place: every field of every record is written each month,
 * always in the same order, so the objects keep one hidden class and a replication allocates its
 * records once instead of once per agent-month and variant. A month's records are valid until the
 * next month is generated into the same buffer: a reader that keeps one (a drill-down, `paylab
 * generate`, a payslip sink) copies it or uses `generateMonth`, which fills a fresh buffer.
 */
import type { AgentMonth } from '../engine/records';

export class MonthRecords {
  /** The month's records, one per agent employed, in slot order. */
  readonly records: AgentMonth[] = [];
  /** Roster slot of each of `records` (the first `records.length` entries). */
  slot = new Int32Array(0);
  /** Every record object made so far; records[k] is made[k]. */
  private readonly made: AgentMonth[] = [];

  /** Make room for a shop of `size` slots and start a month with no records. */
  begin(size: number): void {
    if (this.slot.length < size) this.slot = new Int32Array(size);
  }

  /** The record object of position k of the month (made on first use); the caller writes every field. */
  at(k: number): AgentMonth {
    let r = this.made[k];
    if (r === undefined) {
      r = blankRecord();
      this.made.push(r);
    }
    return r;
  }

  /** End the month with `n` records: positions 0 … n − 1, each written since `begin`. */
  end(n: number): AgentMonth[] {
    const recs = this.records;
    const made = this.made;
    for (let k = 0; k < n; k++) recs[k] = made[k]!;
    recs.length = n;
    return recs;
  }
}

/**
 * A record with every field generateMonthInto writes, in its order (the hidden class every record
 * object of the generator shares). The service metrics start absent (undefined), as in a month
 * generated without them.
 */
function blankRecord(): AgentMonth {
  return {
    month: '',
    agentId: '',
    name: '',
    team: '',
    role: 'presales',
    level: 'junior',
    hireMonth: '',
    tenureMonth: 0,
    daysEmployed: 0,
    left: false,
    scheduledDays: 0,
    daysWorked: 0,
    leaveDays: 0,
    absences: 0,
    latesShort: 0,
    latesLong: 0,
    slowReplies: 0,
    unanswered30m: 0,
    unanswered2h: 0,
    idleHangs: 0,
    inquiries: 0,
    orders: 0,
    paidOrders: 0,
    creditedSalesFen: 0,
    chasedSalesFen: 0,
    returnsFen: 0,
    badReviews: 0,
    badReviewsReversed: 0,
    badReviewSalesFen: 0,
    afterSalesCases: 0,
    scoreTeamTask: 0,
    scoreHandover: 0,
    scoreSatisfaction: 0,
    scoreSkill: 0,
    violationsLight: 0,
    violationsMedium: 0,
    violationsSevere: 0,
    commendations: 0,
    warnings: 0,
    teamScore: 0,
    onlineHours: undefined,
    replyRateBp: undefined,
    avgResponseSec: undefined,
    firstResponseSec: undefined,
    satisfactionRateBp: undefined,
    goodReviewRateBp: undefined,
    returnRateBp: undefined,
  };
}
