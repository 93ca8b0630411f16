/**
 * Dates and periods of exports. 生意参谋 names the period in the file name
 * (`客服绩效-业绩分析-汇总分析_20261001_20261031_全部.xlsx`); daily files carry a 日期 column, and
 * the file-name date of a shop-level file is only its download date (real-exports pitfall 8).
 */
import { daysInYearMonth } from '../engine/months';

/** A calendar day "YYYY-MM-DD" from the spellings exports use, or null. */
export function readDay(text: string): string | null {
  const s = text.normalize('NFKC').trim();
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > daysInYearMonth(y, mo)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface Period {
  from: string;
  to: string;
}

/** The `_YYYYMMDD_YYYYMMDD_` (or `YYYY-MM-DD~YYYY-MM-DD`) period in a file name, or null. */
export function periodOfFileName(name: string): Period | null {
  const m = /(\d{4}-?\d{2}-?\d{2})\s*(?:_|~|～|至|到|--|—)\s*(\d{4}-?\d{2}-?\d{2})/.exec(name.normalize('NFKC'));
  if (!m) return null;
  const from = readDay(m[1]!.replace(/-/g, ''));
  const to = readDay(m[2]!.replace(/-/g, ''));
  if (!from || !to || from > to) return null;
  return { from, to };
}

export const monthOfDay = (day: string): string => day.slice(0, 7);

/** The last day of a month "YYYY-MM". */
export function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInYearMonth(y, m)).padStart(2, '0')}`;
}

/** Whole days from day a to day b (b − a), both "YYYY-MM-DD". */
export function daysFrom(a: string, b: string): number {
  const t = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86_400_000);
}
