/**
 * Money at the file edge: yuan text ⇄ integer fen, exactly (domain.md §Pay components: "All money is
 * yuan with two decimals"). Parsing goes through decimal.js so "0.29" is 29 fen, never 28.999….
 */
import { Decimal } from 'decimal.js';

/**
 * Largest amount accepted in one records cell: 10 000 000.00 yuan (¥1000万 of one agent's sales in
 * a month; a guard against unit mistakes). With at most 20 000 agent-months a file, a team's month
 * of sales stays below 2 × 10^13 fen, and every pay line built on it below 2^53 fen
 * (docs/records.md §Limits).
 */
export const MAX_YUAN = new Decimal('10000000');

/** Integer fen → "1234.56" / "-20.00" (no grouping), exact for any safe integer. */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Integer fen → "1,234.56" with thousands separators, for tables read by people. */
export function fenToYuanGrouped(fen: number): string {
  const plain = fenToYuan(fen);
  const [whole, frac] = plain.split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

export type DecimalResult =
  | { ok: true; value: Decimal }
  | { ok: false; reason: 'notNumber' };

/**
 * Reads a plain decimal as people and spreadsheets write it: optional sign, digits, optional
 * fraction; thousands separators ("1,234.56") and a leading ¥/￥ are accepted. No exponents, no
 * percent signs, no fractions like "1/2".
 */
export function readDecimal(text: string): DecimalResult {
  let s = text.trim();
  s = s.replace(/^([+-]?)[¥￥]\s*/, '$1');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { ok: false, reason: 'notNumber' };
  return { ok: true, value: new Decimal(s) };
}
