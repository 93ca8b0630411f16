/**
 * Money and shares as the charts show them: ¥ with thousands separators from integer fen, exactly
 * (the house rule; the full forms are E's src/ui/money.ts, re-exported so a chart and a card say the
 * same thing), compact axis labels (¥1.2万 / ¥12k: the only place a fen amount is scaled to a float,
 * for display), and plain yuan for CSV cells. Not from a seed: presentation.
 */
import { fenToYuan } from '../../i18n/money';
import type { Lang } from '../../i18n/format';
import { percent, yuan, yuanWhole, yuanWholeSigned } from '../money';

export { percent, yuan, yuanWhole, yuanWholeSigned };

/** Up to `digits` decimals, trailing zeros dropped: 12.50 → "12.5", 3.00 → "3". */
function trimmed(x: number, digits: number): string {
  return x.toFixed(digits).replace(/\.?0+$/, '');
}

/**
 * A compact axis label for integer fen: zh "¥2,500", "¥12.5万", "¥1.2亿"; en "¥2,500", "¥12.5k",
 * "¥1.2M", "¥1.2B". Display scaling only (tick values are round numbers); negative with "−".
 */
export function yuanAxis(fen: number, lang: Lang): string {
  const sign = fen < 0 ? '−' : '';
  const y = Math.abs(fen) / 100;
  let body: string;
  if (y < 10_000) body = yuanWhole(Math.abs(fen)).slice(1);
  else if (lang === 'zh') body = y < 1e8 ? `${trimmed(y / 1e4, 2)}万` : `${trimmed(y / 1e8, 2)}亿`;
  else body = y < 1e6 ? `${trimmed(y / 1e3, 1)}k` : y < 1e9 ? `${trimmed(y / 1e6, 2)}M` : `${trimmed(y / 1e9, 2)}B`;
  return `${sign}¥${body}`;
}

/** Integer fen → "1234.56" for a CSV cell (exact, no grouping, a spreadsheet reads it as a number). */
export function yuanCsv(fen: number | null): string {
  return fen === null ? '' : fenToYuan(fen);
}

/** A share for a CSV cell: 0.1234 → "0.1234" (four decimals), null → "". */
export function shareCsv(share: number | null): string {
  return share === null ? '' : share.toFixed(4);
}

/** A money amount for a table cell or tooltip, or "—" when unknown. */
export function yuanOrDash(fen: number | null, whole = true): string {
  if (fen === null) return '—';
  return whole ? yuanWhole(fen) : yuan(fen);
}

/** "2025-11" → zh "11月", en "Nov"; with `year`, zh "2025年11月", en "Nov 2025". */
export function monthLabel(month: string, lang: Lang, year = false): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (lang === 'zh') return year ? `${y}年${m}月` : `${m}月`;
  const name = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]!;
  return year ? `${name} ${y}` : name;
}
