/**
 * The "show as table" alternative and the CSV download of a chart: one table model per chart, each
 * cell with its display text (¥ with separators, shares in %) and its CSV value (plain yuan with two
 * decimals, shares as fractions), so the table a person reads and the file a spreadsheet reads say
 * the same thing. CSV through formats/csv.ts (RFC 4180, text cells guarded against formula
 * injection). Not from a seed: presentation.
 */
import { escapeFormula, formatCsv } from '../../formats/csv';
import { percent, shareCsv, yuanCsv, yuanOrDash } from './format';

export interface TableCell {
  text: string;
  csv: string;
  /** Right-aligned numeric cell. */
  num?: boolean;
}

export interface ChartTable {
  head: string[];
  rows: TableCell[][];
}

export const textCell = (s: string): TableCell => ({ text: s, csv: escapeFormula(s) });
export const moneyCell = (fen: number | null, whole = true): TableCell => ({ text: yuanOrDash(fen, whole), csv: yuanCsv(fen), num: true });
export const shareCell = (share: number | null, digits = 1): TableCell => ({
  text: share === null ? '—' : percent(share, digits),
  csv: shareCsv(share),
  num: true,
});
export const countCell = (n: number | null): TableCell => ({ text: n === null ? '—' : String(n), csv: n === null ? '' : String(n), num: true });

/** The table as CSV text (UTF-8 with a BOM so Excel opens Chinese text correctly). */
export function tableCsv(t: ChartTable): string {
  return '\uFEFF' + formatCsv([t.head.map(escapeFormula), ...t.rows.map((r) => r.map((c) => c.csv))]);
}
