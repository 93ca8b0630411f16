/**
 * Cells of platform exports → values. Exports write money as `￥1,234.56`, rates as `32.97%`,
 * `0.9971` or `99.71`, counts with thousands separators, and `延时统计` / `延迟统计` where a figure
 * is not final yet (docs/real-data.md §Cells; the traps are listed there with their sources).
 * A placeholder is never read as 0: it comes back as `pending`, and the importer names the cell.
 */
import { Decimal } from 'decimal.js';
import type { Params } from '../i18n/format';
import { readCount, readMoney } from '../formats/cells';
import { readDecimal } from '../formats/yuan';

export type ExportValue = { ok: true; value: number } | { ok: false; key: string; params: Params } | { pending: true };

/** Texts platforms write where a figure is still being counted (生意参谋 延时统计; 延迟统计 in the 商品 export). */
export const PENDING_TEXTS: readonly string[] = ['延时统计', '延迟统计', '统计中', '计算中'];

/** Texts that mean "no figure" in an export: an empty cell, a dash. */
const EMPTY_TEXTS = new Set(['', '-', '--', '—', '/', 'N/A', 'n/a', 'null']);

export function isPending(text: string): boolean {
  return PENDING_TEXTS.includes(text.normalize('NFKC').trim());
}
export function isEmptyExportCell(text: string): boolean {
  return EMPTY_TEXTS.has(text.normalize('NFKC').trim());
}

const clean = (text: string) => text.normalize('NFKC').trim().replace(/^¥\s*/, '¥').replace(/\s+/g, '');

export type ExportKind = 'count' | 'money' | 'rate' | 'seconds' | 'text';

/** A count; `12.0` as xlsx writes it is 12. */
export function exportCount(text: string): ExportValue {
  if (isPending(text)) return { pending: true };
  return readCount(clean(text));
}

/** Money → integer fen: `￥1,234.56`, `1234.56`, `¥88`. */
export function exportMoney(text: string): ExportValue {
  if (isPending(text)) return { pending: true };
  return readMoney(clean(text));
}

/**
 * Most seconds in one cell: a 31-day month. 赤兔遵时率's 在线总时长(秒) of a month on 12-hour shifts
 * is ≈ 1.1 million seconds, above the records' bound for a measure (MAX_MEASURE, meant for hours).
 */
export const MAX_EXPORT_SECONDS = 31 * 86_400;

/** Seconds (response times, online time), at most two decimals kept: a longer fraction is rounded half up to the hundredth. */
export function exportSeconds(text: string): ExportValue {
  if (isPending(text)) return { pending: true };
  const s = clean(text).replace(/(秒|s)$/i, '');
  const d = readDecimal(s);
  if (!d.ok) return { ok: false, key: 'records.notNumber', params: { value: text } };
  const v = d.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (v.isNegative() && !v.isZero()) return { ok: false, key: 'records.negative', params: { value: text } };
  if (v.greaterThan(MAX_EXPORT_SECONDS)) return { ok: false, key: 'records.tooBig', params: { value: text, max: MAX_EXPORT_SECONDS } };
  return { ok: true, value: v.toNumber() };
}

/**
 * A rate → integer ten-thousandths. `32.97%` → 3297; `0.9971` → 9971; a bare number above 1 and at
 * most 100 (`99.71`) is a percentage, as 生意参谋 writes some rate columns (docs/real-data.md §Cells).
 * More precision than a ten-thousandth is rounded half up (exports show rounded figures anyway).
 */
export function exportRate(text: string): ExportValue {
  if (isPending(text)) return { pending: true };
  let s = clean(text);
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  const d = readDecimal(s);
  if (!d.ok || d.value.isNegative()) return { ok: false, key: 'records.notRate', params: { value: text } };
  const asPercent = percent || d.value.greaterThan(1);
  if (asPercent && d.value.greaterThan(100)) return { ok: false, key: 'records.rateRange', params: { value: text } };
  const bp = d.value.times(asPercent ? 100 : 10_000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return { ok: true, value: bp.toNumber() };
}

export function readExportCell(kind: Exclude<ExportKind, 'text'>, text: string): ExportValue {
  switch (kind) {
    case 'count':
      return exportCount(text);
    case 'money':
      return exportMoney(text);
    case 'rate':
      return exportRate(text);
    case 'seconds':
      return exportSeconds(text);
  }
}

/**
 * `店铺名:子账号` → its parts. Both colon widths are accepted; a nickname without a colon is a
 * sub-account of no stated shop (docs/real-data.md §Nicknames).
 */
export function splitNickname(text: string): { shop: string; account: string; full: string } {
  const full = text.normalize('NFKC').trim();
  const i = full.indexOf(':');
  if (i < 0) return { shop: '', account: full, full };
  return { shop: full.slice(0, i).trim(), account: full.slice(i + 1).trim(), full: `${full.slice(0, i).trim()}:${full.slice(i + 1).trim()}` };
}
