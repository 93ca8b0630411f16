/**
 * One cell of a records file → one AgentMonth value, by column kind (columns.ts). Pure: returns the
 * value or the message key and parameters of what is wrong; records.ts adds where it is.
 * Units follow src/engine/records.ts: money in integer fen, score points with at most two decimals,
 * counts non-negative integers.
 */
import { Decimal } from 'decimal.js';
import type { Params } from '../i18n/format';
import { LEVEL_LIST, ROLE_LIST, readBool, readLevel, readRole, type ColumnKind } from './columns';
import { MAX_YUAN, readDecimal } from './yuan';

const MAX_FEN = MAX_YUAN.times(100).toNumber();

export type CellResult<T = string | number | boolean> = { ok: true; value: T } | { ok: false; key: string; params: Params };

const fail = (key: string, params: Params): { ok: false; key: string; params: Params } => ({ ok: false, key, params });

/**
 * Largest count accepted in one agent-month (a guard against a money column pasted into a count
 * column). It also bounds every fine: count × at most 1 000 000.00 a time stays below 2^53 fen
 * (docs/records.md §Limits).
 */
export const MAX_COUNT = 1_000_000;
/** Largest score points accepted in one cell. */
export const MAX_SCORE = 1000;

/**
 * A calendar month as "YYYY-MM". Accepts "2025-07", "2025-7", "2025/7", "2025.07", "202507",
 * "2025年7月" and a date in that month ("2025/7/1", as Excel may save a month it took for a date).
 */
export function readMonth(text: string): CellResult<string> {
  const s = text.normalize('NFKC').trim();
  const m =
    /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s) ??
    /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(s) ??
    /^(\d{4})(\d{2})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = m[3] === undefined ? 1 : Number(m[3]);
    if (y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) {
      return { ok: true, value: `${y}-${String(mo).padStart(2, '0')}` };
    }
  }
  return fail('records.badMonth', { value: text });
}

/** Days of a calendar month (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days of a "YYYY-MM" month. */
export function calendarDays(month: string): number {
  return daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

/** Months from `from` to `to` ("YYYY-MM"), negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** The month `n` months after `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
  const idx = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

// Plain forms read without decimal.js (a records file can hold millions of cells); anything else
// takes the general path below.
const PLAIN_COUNT = /^\d{1,9}$/;
const PLAIN_YUAN = /^(\d{1,10})(?:\.(\d{1,2}))?$/;
const PLAIN_SCORE = /^\d{1,3}(?:\.\d{1,2})?$/;

function readNumber(text: string): CellResult<Decimal> {
  const r = readDecimal(text);
  if (!r.ok) return fail('records.notNumber', { value: text });
  if (r.value.isNegative() && !r.value.isZero()) return fail('records.negative', { value: text });
  return { ok: true, value: r.value.isZero() ? new Decimal(0) : r.value };
}

/** A non-negative whole count ("3", "3.0"). */
export function readCount(text: string): CellResult<number> {
  if (PLAIN_COUNT.test(text) && Number(text) <= MAX_COUNT) return { ok: true, value: Number(text) }; // fast path, same result
  const r = readNumber(text);
  if (!r.ok) return r;
  if (!r.value.isInteger()) return fail('records.notInteger', { value: text });
  if (r.value.greaterThan(MAX_COUNT)) return fail('records.tooBig', { value: text, max: MAX_COUNT });
  return { ok: true, value: r.value.toNumber() };
}

/** A non-negative amount in yuan with at most two decimals → integer fen. */
export function readMoney(text: string): CellResult<number> {
  // Fast path for plain amounts (no Decimal): whole yuan × 100 + fen, exact in integers below 2^53.
  const m = PLAIN_YUAN.exec(text);
  if (m) {
    const fen = Number(m[1]) * 100 + (m[2] === undefined ? 0 : Number(m[2].padEnd(2, '0')));
    if (fen <= MAX_FEN) return { ok: true, value: fen };
  }
  const r = readNumber(text);
  if (!r.ok) return r;
  if (r.value.decimalPlaces() > 2) return fail('records.moneyDecimals', { value: text });
  if (r.value.greaterThan(MAX_YUAN)) return fail('records.tooBig', { value: text, max: MAX_YUAN.toString() });
  return { ok: true, value: r.value.times(100).toNumber() };
}

/** Non-negative score points with at most two decimals. */
export function readScore(text: string): CellResult<number> {
  if (PLAIN_SCORE.test(text)) return { ok: true, value: Number(text) }; // the same double Decimal#toNumber gives
  const r = readNumber(text);
  if (!r.ok) return r;
  if (r.value.decimalPlaces() > 2) return fail('records.scoreDecimals', { value: text });
  if (r.value.greaterThan(MAX_SCORE)) return fail('records.tooBig', { value: text, max: MAX_SCORE });
  return { ok: true, value: r.value.toNumber() };
}

/** Largest hours or seconds accepted in one measure cell. */
export const MAX_MEASURE = 1_000_000;

/** A non-negative measure (hours, seconds) with at most two decimals. */
export function readMeasure(text: string): CellResult<number> {
  const r = readNumber(text);
  if (!r.ok) return r;
  if (r.value.decimalPlaces() > 2) return fail('records.measureDecimals', { value: text });
  if (r.value.greaterThan(MAX_MEASURE)) return fail('records.tooBig', { value: text, max: MAX_MEASURE });
  return { ok: true, value: r.value.toNumber() };
}

/**
 * A rate between 0 and 1 as integer ten-thousandths (src/engine/records.ts BP_SCALE): "98.75%" or
 * "0.9875" → 9875, exactly. A bare number above 1 is refused (was it a percentage?); at most 4
 * decimals as a fraction, 2 as a percentage.
 */
export function readRate(text: string): CellResult<number> {
  const s = text.normalize('NFKC').trim();
  const percent = s.endsWith('%');
  const r = readNumber(percent ? s.slice(0, -1).trim() : s);
  if (!r.ok) return fail('records.notRate', { value: text });
  const bp = percent ? r.value.times(100) : r.value.times(10_000);
  if (!bp.isInteger()) return fail('records.rateDecimals', { value: text });
  if (bp.greaterThan(10_000)) return fail('records.rateRange', { value: text });
  return { ok: true, value: bp.toNumber() };
}

/** Read a non-empty trimmed cell of the given kind. Text is returned as is (see unescapeFormula). */
export function readCell(kind: ColumnKind, text: string): CellResult {
  switch (kind) {
    case 'month':
      return readMonth(text);
    case 'text':
      return { ok: true, value: text };
    case 'role': {
      const v = readRole(text);
      return v ? { ok: true, value: v } : fail('records.badRole', { value: text, allowed: ROLE_LIST });
    }
    case 'level': {
      const v = readLevel(text);
      return v ? { ok: true, value: v } : fail('records.badLevel', { value: text, allowed: LEVEL_LIST });
    }
    case 'bool': {
      const v = readBool(text);
      return v === undefined ? fail('records.badBool', { value: text }) : { ok: true, value: v };
    }
    case 'count':
      return readCount(text);
    case 'money':
      return readMoney(text);
    case 'score':
      return readScore(text);
    case 'rate':
      return readRate(text);
    case 'measure':
      return readMeasure(text);
  }
}
