/**
 * Records grouped by month, with each month's calendar facts: the shared first step of every
 * estimate family (docs/real-data.md §"What is estimated and how").
 */
import type { AgentMonth } from '../engine/records';
import { daysInOrdinalMonth, monthOrdinal, calendarMonth } from '../engine/months';

export interface MonthGroup {
  month: string;
  ordinal: number;
  /** 1–12. */
  calendar: number;
  days: number;
  /** Scheduled days of a full month (seed 002 做六休一: days − one rest day a week). */
  fullScheduled: number;
  records: AgentMonth[];
}

/** Months in calendar order. */
export function monthsOf(records: readonly AgentMonth[]): MonthGroup[] {
  const by = new Map<string, AgentMonth[]>();
  for (const r of records) {
    const list = by.get(r.month);
    if (list) list.push(r);
    else by.set(r.month, [r]);
  }
  return [...by.keys()].sort().map((month) => {
    const ordinal = monthOrdinal(month);
    const days = daysInOrdinalMonth(ordinal);
    return { month, ordinal, calendar: calendarMonth(ordinal), days, fullScheduled: days - Math.round(days / 7), records: by.get(month)! };
  });
}

/** Employed from the first day of the month (a hire of this month who joined later is not). */
export function onFirstDay(r: AgentMonth, days: number): boolean {
  return r.tenureMonth > 1 || r.daysEmployed >= days;
}
