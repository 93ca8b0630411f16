/**
 * Calendar months: the period every pay rule works in, as "YYYY-MM" strings, and as ordinals (months
 * since year 0, year × 12 + month − 1) where the generator's hot loop counts months. The one home of
 * calendar arithmetic for every layer. Pure integer arithmetic (no Date), so results never depend on
 * the time zone.
 */

/** Year and month (1–12) of "YYYY-MM". */
export function splitMonth(month: string): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Calendar days of month `m` (1–12) of year `y` (Gregorian). */
export function daysInYearMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS[m - 1]!;
}

/** Calendar days of a month. */
export function daysInMonth(month: string): number {
  const [y, m] = splitMonth(month);
  return daysInYearMonth(y, m);
}

/** The month `n` months after `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = splitMonth(month);
  const k = y * 12 + (m - 1) + n;
  const ny = Math.floor(k / 12);
  return `${String(ny).padStart(4, '0')}-${String(k - ny * 12 + 1).padStart(2, '0')}`;
}

/** Whole months from `a` to `b` (b − a). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = splitMonth(a);
  const [yb, mb] = splitMonth(b);
  return (yb - ya) * 12 + (mb - ma);
}

/** "YYYY-MM" → months since year 0 (year × 12 + month − 1). */
export function monthOrdinal(month: string): number {
  const [y, m] = splitMonth(month);
  return y * 12 + m - 1;
}

/** Months since year 0 → "YYYY-MM". */
export function ordinalMonth(ordinal: number): string {
  const y = Math.floor(ordinal / 12);
  const m = ordinal - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/** Calendar month 1–12 of an ordinal. */
export function calendarMonth(ordinal: number): number {
  return ordinal - Math.floor(ordinal / 12) * 12 + 1;
}

/** Calendar days of the month of an ordinal. */
export function daysInOrdinalMonth(ordinal: number): number {
  const y = Math.floor(ordinal / 12);
  return daysInYearMonth(y, ordinal - y * 12 + 1);
}

/** True for a well-formed "YYYY-MM" with month 01–12. */
export function isMonth(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}
