/**
 * CSV text ⇄ rows of cells, RFC 4180 (quoted fields with commas, doubled quotes and line breaks;
 * CRLF, LF or CR line ends; an optional final line break). Written by hand rather than with d3-dsv
 * so malformed quoting is reported with the spreadsheet row where it happens. Row i of the result
 * is spreadsheet row i + 1, as Excel numbers them: a quoted line break does not start a new row.
 */
import { InputError, problem } from '../i18n/problem';

export type Delimiter = ',' | '\t';

/** Comma, unless the first line holds tabs and no comma (Excel's "Text (Tab delimited)"). */
export function sniffDelimiter(text: string): Delimiter {
  const end = text.search(/[\r\n]/);
  const first = end < 0 ? text : text.slice(0, end);
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}

/** A cell as read: its text and whether it was written in quotes (quoted text keeps its edge spaces). */
export interface CsvCell {
  value: string;
  quoted: boolean;
}

/**
 * Parse CSV text into rows of raw (untrimmed) cells. Throws InputError naming the row of an
 * unclosed quote or of text after a closing quote.
 */
export function parseCsv(text: string, delimiter: Delimiter = sniffDelimiter(text)): string[][] {
  return parseCsvCells(text, delimiter).map((r) => r.map((c) => c.value));
}

/** As parseCsv, telling quoted cells apart. */
export function parseCsvCells(text: string, delimiter: Delimiter = sniffDelimiter(text)): CsvCell[][] {
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endCell = () => {
    row.push({ value: cell, quoted });
    cell = '';
    quoted = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && cell === '' && !quoted) {
      // Quoted field: runs to the next quote not followed by another quote.
      const startRow = rows.length + 1;
      quoted = true;
      i++;
      for (;;) {
        if (i >= n) throw new InputError([problem(`row ${startRow}`, 'records.csvUnclosedQuote', { row: startRow })]);
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += q;
        i++;
      }
      // After the closing quote only a delimiter, a line end or the end of the text may follow.
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        const r = rows.length + 1;
        throw new InputError([problem(`row ${r}`, 'records.csvTextAfterQuote', { row: r })]);
      }
      continue;
    }
    if (c === delimiter) {
      endCell();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      i++;
    }
  }
  // A final line break does not open an empty row.
  if (cell !== '' || quoted || row.length > 0) endRow();
  return rows;
}

/** Quote a cell when it holds a delimiter, a quote, a line break or edge spaces. */
export function csvCell(value: string): string {
  return /[",\t\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows → CSV text with CRLF line ends (RFC 4180, as Excel writes it), ending with a line break. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Guard a text cell against formula injection (OWASP "CSV injection"): a value starting with
 * = + - @ is prefixed with an apostrophe so spreadsheets show it as text.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** Undo escapeFormula when reading a file this program wrote. */
export function unescapeFormula(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}
