/** Calendar arithmetic on "YYYY-MM" months by index from a start month (UTC-free, no Date). */

/** "YYYY-MM" → months since year 0 (year × 12 + month − 1). */
export function monthOrdinal(month: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
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

/** Days in the month of an ordinal (Gregorian leap years). */
export function daysInMonth(ordinal: number): number {
  const y = Math.floor(ordinal / 12);
  const m = ordinal - y * 12 + 1;
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
