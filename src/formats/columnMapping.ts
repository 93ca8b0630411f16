/**
 * Column mapping for real records: a shop's own statistics sheet may name a column
 * differently from every header and alias Paylab knows (src/formats/columns.ts). `scanCsvColumns`
 * lists the header as written with the field each column is read as, the columns not recognised
 * and the required fields not found; `remapCsv` applies the user's choice (a field, or "ignore")
 * by writing the sheet again with the canonical Chinese header, as UTF-8 with a BOM, which the
 * records reader (records.ts) then reads as usual — so every value is read by the one reader.
 * Only CSV is mapped: a JSON records file names its fields exactly (docs/records.md).
 */
import type { AgentMonth } from '../engine/records';
import { InputError, problem, type Problem } from '../i18n/problem';
import { COLUMNS, columnForHeader } from './columns';
import { csvCell, parseCsvCells, sniffDelimiter, type CsvCell } from './csv';
import { decodeText, type TextEncoding } from './decode';

export type RecordField = keyof AgentMonth;
/** Header as written → the field it stands for, or 'ignore' (the column is dropped). */
export type ColumnMapping = Record<string, RecordField | 'ignore'>;

export interface ScannedColumn {
  /** Header text as written (trimmed). */
  header: string;
  /** Spreadsheet column letter (A, B, …, AA). */
  letter: string;
  /** The field it is read as without a mapping, or null when unknown. */
  field: RecordField | null;
}

export interface ColumnScan {
  encoding: TextEncoding;
  columns: ScannedColumn[];
  /** Headers not recognised (non-empty ones). */
  unknown: string[];
  /** Required fields (and the tenure pair) no column gives. */
  missing: RecordField[];
}

function letterOf(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const isBlank = (row: readonly CsvCell[]) => row.every((c) => c.value.trim() === '');

function readRows(bytes: Uint8Array): { rows: CsvCell[][]; delimiter: ',' | '\t'; encoding: TextEncoding } {
  const decoded = decodeText(bytes);
  const delimiter = sniffDelimiter(decoded.text);
  return { rows: parseCsvCells(decoded.text, delimiter), delimiter, encoding: decoded.encoding };
}

/** Required fields missing from a set of fields (tenureMonth or hireMonth counts as one). */
export function missingFields(fields: ReadonlySet<RecordField>): RecordField[] {
  const out: RecordField[] = [];
  for (const c of COLUMNS) if (c.fallback === 'required' && !fields.has(c.field)) out.push(c.field);
  if (!fields.has('tenureMonth') && !fields.has('hireMonth')) out.push('tenureMonth');
  return out;
}

/** The header of a CSV records file: what each column is read as. Never throws. */
export function scanCsvColumns(bytes: Uint8Array): { ok: true; scan: ColumnScan } | { ok: false; problems: Problem[] } {
  try {
    const { rows, encoding } = readRows(bytes);
    const header = rows.find((r) => !isBlank(r));
    if (!header) return { ok: false, problems: [problem('', 'records.emptyFile')] };
    const columns = header.map((c, i) => {
      const text = c.value.replace(/^\uFEFF/, '').trim();
      return { header: text, letter: letterOf(i), field: text === '' ? null : (columnForHeader(text)?.field ?? null) };
    });
    const fields = new Set(columns.flatMap((c) => (c.field ? [c.field] : [])));
    return {
      ok: true,
      scan: { encoding, columns, unknown: columns.filter((c) => c.field === null && c.header !== '').map((c) => c.header), missing: missingFields(fields) },
    };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, problems: e.problems };
    return { ok: false, problems: [problem('', 'share.realUnreadable')] };
  }
}

/** Problems of a mapping: a field chosen for two columns, or a column given to a field another column already names. */
export function mappingProblems(scan: ColumnScan, mapping: ColumnMapping): Problem[] {
  const out: Problem[] = [];
  const owner = new Map<RecordField, string>();
  for (const c of scan.columns) {
    const chosen = Object.prototype.hasOwnProperty.call(mapping, c.header) ? mapping[c.header]! : c.field;
    if (!chosen || chosen === 'ignore') continue;
    const first = owner.get(chosen);
    if (first !== undefined) out.push(problem(`column ${c.letter}`, 'share.mapTwice', { column: c.header, other: first, field: headerOf(chosen) }));
    else owner.set(chosen, c.header);
  }
  return out;
}

/** The canonical Chinese header of a field (what writeRecordsCsv writes). */
export function headerOf(field: RecordField): string {
  return COLUMNS.find((c) => c.field === field)!.zh;
}

/**
 * The sheet again with mapped columns renamed to their canonical header and ignored ones dropped,
 * as UTF-8 bytes with a BOM. Cell values are unchanged (quoting is redone where a value needs it).
 */
export function remapCsv(bytes: Uint8Array, mapping: ColumnMapping): Uint8Array {
  const { rows, delimiter } = readRows(bytes);
  const headerIndex = rows.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return bytes;
  const header = rows[headerIndex]!.map((c) => c.value.replace(/^\uFEFF/, '').trim());
  const keep: number[] = [];
  const names: string[] = [];
  header.forEach((h, i) => {
    const m = Object.prototype.hasOwnProperty.call(mapping, h) ? mapping[h] : undefined;
    if (m === 'ignore') return;
    keep.push(i);
    names.push(m ? headerOf(m) : h);
  });
  // The reader trims unquoted cells and keeps the edge spaces of quoted ones: write what it would read.
  const cell = (c: CsvCell | undefined) => csvCellFor(c ? (c.quoted ? c.value : c.value.trim()) : '', delimiter);
  const lines: string[] = [];
  rows.forEach((r, j) => {
    if (j < headerIndex) lines.push(''); // blank rows above the header keep the row numbers of problems
    else if (j === headerIndex) lines.push(names.map((n) => csvCellFor(n, delimiter)).join(delimiter));
    else lines.push(keep.map((i) => cell(r[i])).join(delimiter));
    // cells beyond the header must stay (the reader reports them), so carry them over
    if (j > headerIndex && r.length > header.length) {
      const extra = r.slice(header.length).map(cell).join(delimiter);
      lines[lines.length - 1] += delimiter + extra;
    }
  });
  return new TextEncoder().encode('\uFEFF' + lines.join('\r\n') + '\r\n');
}

function csvCellFor(v: string, delimiter: ',' | '\t'): string {
  if (delimiter === ',') return csvCell(v);
  return /["\t\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
