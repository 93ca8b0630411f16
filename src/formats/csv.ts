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

/** Bounds on what parseCsvCells reads (docs/records.md §Limits); past them it stops and says where. */
export interface CsvLimits {
  /** Most rows (blank ones included) before the text is refused. */
  maxRows: number;
  /** Most characters in one cell. */
  maxCellChars: number;
}

const NO_LIMITS: CsvLimits = { maxRows: Infinity, maxCellChars: Infinity };

/**
 * As parseCsv, telling quoted cells apart. Reads runs of plain text as slices (time proportional
 * to the text); with `limits`, refuses a row or a cell past them as soon as it is reached.
 */
export function parseCsvCells(text: string, delimiter: Delimiter = sniffDelimiter(text), limits: CsvLimits = NO_LIMITS): CsvCell[][] {
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  const checkCell = () => {
    if (cell.length > limits.maxCellChars) {
      const r = rows.length + 1;
      throw new InputError([problem(`row ${r}`, 'limits.csvCellTooLong', { row: r, column: row.length + 1, max: limits.maxCellChars })]);
    }
  };
  const endCell = () => {
    row.push({ value: cell, quoted });
    cell = '';
    quoted = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
    if (rows.length > limits.maxRows) {
      throw new InputError([problem(`row ${rows.length}`, 'limits.csvTooManyRows', { max: limits.maxRows })]);
    }
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 && cell === '' && !quoted) {
      // Quoted field: runs to the next quote not followed by another quote.
      const startRow = rows.length + 1;
      quoted = true;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new InputError([problem(`row ${startRow}`, 'records.csvUnclosedQuote', { row: startRow })]);
        cell += text.slice(i, q);
        checkCell();
        if (text.charCodeAt(q + 1) === 0x22) {
          cell += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // After the closing quote only a delimiter, a line end or the end of the text may follow.
      const next = text.charCodeAt(i);
      if (i < n && next !== d && next !== 0x0d && next !== 0x0a) {
        const r = rows.length + 1;
        throw new InputError([problem(`row ${r}`, 'records.csvTextAfterQuote', { row: r })]);
      }
      continue;
    }
    if (c === d) {
      endCell();
      i++;
    } else if (c === 0x0d || c === 0x0a) {
      endRow();
      i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    } else {
      let j = i + 1;
      for (; j < n; j++) {
        const x = text.charCodeAt(j);
        if (x === d || x === 0x0d || x === 0x0a) break;
      }
      cell += text.slice(i, j);
      checkCell();
      i = j;
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
