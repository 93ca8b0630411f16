/**
 * Bytes of an uploaded file → grids (grid.ts), with every bound checked before the work it bounds
 * (docs/real-data.md §Limits). An .xlsx/.xls workbook is read with SheetJS, which the caller passes
 * in (`SheetReader`): the browser loads it on demand inside the real-months worker, the CLI imports
 * it directly, so this module — and the main bundle — never imports it. Refused with the file named:
 * a workbook with macros (.xlsm, a vbaProject part or a VBA storage), an encrypted workbook, a zip
 * that would inflate past the bound, too many sheets, rows or cells. Anything else is read as CSV
 * (UTF-8 or GBK, src/formats/decode.ts).
 */
import { InputError, problem, type Problem } from '../i18n/problem';
import { decodeText } from '../formats/decode';
import { parseCsvCells } from '../formats/csv';
import { columnLetter, type Grid } from './grid';

/** Bytes of one file (an export of a year of daily rows for 100 agents is a few MB). */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
/** Bytes a workbook's zip may inflate to (a zip bomb is refused from its directory, before inflating). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Sheets in one workbook. */
export const MAX_SHEETS = 50;
/** Rows of one sheet or CSV (blank rows included). */
export const MAX_SHEET_ROWS = 100_000;
/** Cells of one sheet: rows × columns of its used range. */
export const MAX_SHEET_CELLS = 3_000_000;
/** Cells of all sheets of one workbook. */
export const MAX_WORKBOOK_CELLS = 5_000_000;
/** Characters of one cell. */
export const MAX_CELL_CHARS = 1000;

/** The part of SheetJS this module uses (its `read`, `SSF` and `CFB`), passed in by the caller. */
export interface SheetReader {
  read(data: Uint8Array, opts: Record<string, unknown>): { SheetNames: string[]; Sheets: Record<string, Record<string, unknown>> };
  SSF: { is_date(fmt: string): boolean; parse_date_code(v: number): { y: number; m: number; d: number } };
  CFB: { read(data: Uint8Array, opts: Record<string, unknown>): { FullPaths: string[]; FileIndex: { content?: ArrayLike<number> | null }[] } };
}

export type FileKind = 'xlsx' | 'xls' | 'csv';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB_SIG = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const starts = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/** What a file is, by its first bytes (its name only tells a macro workbook's extension). */
export function fileKind(bytes: Uint8Array): FileKind {
  if (starts(bytes, ZIP)) return 'xlsx';
  if (starts(bytes, CFB_SIG)) return 'xls';
  return 'csv';
}

const fail = (file: string, key: string, params: Record<string, string | number> = {}): never => {
  throw new InputError([problem(file, key, { file, ...params })]);
};

/** Entry names and total inflated size from a zip's central directory (no inflating). */
export function zipDirectory(bytes: Uint8Array): { names: string[]; inflated: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // end of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  let inflated = 0;
  const dec = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
    inflated += view.getUint32(p + 24, true);
    const n = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    names.push(dec.decode(bytes.subarray(p + 46, p + 46 + n)));
    p += 46 + n + extra + comment;
  }
  return { names, inflated };
}

/** Throws InputError when a workbook must not be read: macros, encryption, a zip bomb. */
export function checkWorkbook(bytes: Uint8Array, file: string, xlsx: SheetReader): void {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  if (['xlsm', 'xltm', 'xlam', 'xla'].includes(ext)) fail(file, 'import.macros');
  if (fileKind(bytes) === 'xlsx') {
    const dir = zipDirectory(bytes);
    if (!dir) fail(file, 'import.brokenWorkbook');
    if (dir!.names.some((n) => /vbaProject\.bin$/i.test(n))) fail(file, 'import.macros');
    if (dir!.inflated > MAX_UNZIPPED_BYTES) fail(file, 'import.zipTooLarge', { mb: Math.round(dir!.inflated / 1024 / 1024), max: MAX_UNZIPPED_BYTES / 1024 / 1024 });
    checkDimensions(bytes, file, xlsx);
    return;
  }
  let paths: string[];
  try {
    paths = xlsx.CFB.read(bytes, { type: 'array' }).FullPaths;
  } catch {
    return fail(file, 'import.brokenWorkbook');
  }
  // An encrypted .xlsx is an OLE container holding EncryptionInfo + EncryptedPackage (MS-OFFCRYPTO).
  if (paths.some((n) => /\/(EncryptionInfo|EncryptedPackage)$/.test(n))) fail(file, 'import.encrypted');
  if (paths.some((n) => /\/(_VBA_PROJECT_CUR|VBA|Macros)\//.test(n))) fail(file, 'import.macros');
}

/**
 * Each worksheet's used range from its `<dimension ref="…">` (the first bytes of the sheet's XML),
 * checked against the row and cell bounds before SheetJS builds any cell. Sheet names are not known
 * yet, so the message names the sheet by its part (sheet1); workbookGrids checks again by name.
 */
function checkDimensions(bytes: Uint8Array, file: string, xlsx: SheetReader): void {
  let zip: ReturnType<SheetReader['CFB']['read']>;
  try {
    zip = xlsx.CFB.read(bytes, { type: 'array' });
  } catch {
    return fail(file, 'import.brokenWorkbook');
  }
  let total = 0;
  zip.FullPaths.forEach((path, i) => {
    const m = /xl\/worksheets\/(sheet\d+)\.xml$/.exec(path);
    const content = zip.FileIndex[i]?.content;
    if (!m || !content) return;
    const head = new TextDecoder().decode(Uint8Array.from(Array.prototype.slice.call(content, 0, 4096) as number[]));
    const ref = /<(?:\w+:)?dimension\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/.exec(head)?.[1];
    const size = rangeSize(ref);
    const where = `${file} [${m[1]}]`;
    if (size.rows > MAX_SHEET_ROWS) throw new InputError([problem(where, 'import.tooManyRows', { file, sheet: m[1]!, rows: size.rows, max: MAX_SHEET_ROWS })]);
    if (size.rows * size.cols > MAX_SHEET_CELLS) throw new InputError([problem(where, 'import.tooManyCells', { file, sheet: m[1]!, cells: size.rows * size.cols, max: MAX_SHEET_CELLS })]);
    total += size.rows * size.cols;
    if (total > MAX_WORKBOOK_CELLS) fail(file, 'import.workbookTooManyCells', { max: MAX_WORKBOOK_CELLS });
  });
}

/** A number cell as text: its shortest decimal (15 significant digits, so 0.1 + 0.2 reads 0.3). */
export function numberText(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(15)));
}

interface Cell {
  t?: string;
  v?: unknown;
  w?: string;
  z?: string;
}

function cellText(c: Cell | undefined, xlsx: SheetReader): string {
  if (!c || c.v === undefined || c.v === null) return '';
  if (c.t === 'n' && typeof c.v === 'number') {
    if (typeof c.z === 'string' && xlsx.SSF.is_date(c.z)) {
      const d = xlsx.SSF.parse_date_code(c.v);
      return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
    }
    return numberText(c.v);
  }
  if (c.t === 'd' && c.v instanceof Date) return c.v.toISOString().slice(0, 10);
  if (c.t === 'b') return c.v ? 'TRUE' : 'FALSE';
  if (c.t === 'e') return c.w ?? '#ERROR';
  return String(c.v).trim();
}

/** Rows × columns of an A1 range ("A1:N120"). */
function rangeSize(ref: string | undefined): { rows: number; cols: number } {
  const m = ref ? /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref) : null;
  if (!m) return { rows: 0, cols: 0 };
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r2 = Number(m[4] ?? m[2]);
  const c2 = col(m[3] ?? m[1]!);
  return { rows: r2, cols: c2 }; // the grid starts at row 1, column A whatever the range's corner
}

/** A workbook's sheets as grids. Throws InputError naming the file (and sheet) when a bound is passed. */
export function workbookGrids(bytes: Uint8Array, file: string, xlsx: SheetReader): Grid[] {
  if (bytes.length > MAX_IMPORT_BYTES) fail(file, 'import.fileTooLarge', { mb: (bytes.length / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 });
  checkWorkbook(bytes, file, xlsx);
  const kind = fileKind(bytes) === 'xlsx' ? 'xlsx' : 'xls';
  let wb: ReturnType<SheetReader['read']>;
  try {
    wb = xlsx.read(bytes, { type: 'array', dense: true, cellNF: true, sheetRows: MAX_SHEET_ROWS + 1, cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false });
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(m)) fail(file, 'import.encrypted');
    return fail(file, 'import.brokenWorkbook');
  }
  if (wb.SheetNames.length > MAX_SHEETS) fail(file, 'import.tooManySheets', { count: wb.SheetNames.length, max: MAX_SHEETS });
  const grids: Grid[] = [];
  let total = 0;
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name]!;
    const size = rangeSize((ws['!fullref'] as string | undefined) ?? (ws['!ref'] as string | undefined));
    if (size.rows > MAX_SHEET_ROWS) throw new InputError([problem(`${file} [${name}]`, 'import.tooManyRows', { file, sheet: name, rows: size.rows, max: MAX_SHEET_ROWS })]);
    const cells = size.rows * size.cols;
    if (cells > MAX_SHEET_CELLS) throw new InputError([problem(`${file} [${name}]`, 'import.tooManyCells', { file, sheet: name, cells, max: MAX_SHEET_CELLS })]);
    total += cells;
    if (total > MAX_WORKBOOK_CELLS) fail(file, 'import.workbookTooManyCells', { max: MAX_WORKBOOK_CELLS });
    const data = (ws['!data'] as (Cell | undefined)[][] | undefined) ?? [];
    const rows: string[][] = [];
    for (let r = 0; r < data.length; r++) {
      const src = data[r] ?? [];
      const row: string[] = [];
      for (let c = 0; c < src.length; c++) {
        const text = cellText(src[c], xlsx);
        if (text.length > MAX_CELL_CHARS) {
          throw new InputError([problem(`${file} [${name}] ${columnLetter(c)}${r + 1}`, 'import.cellTooLong', { file, sheet: name, row: r + 1, column: columnLetter(c), max: MAX_CELL_CHARS })]);
        }
        row.push(text);
      }
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      rows.push(row);
    }
    grids.push({ file, sheet: name, rows, kind });
  }
  return grids;
}

/** A CSV (UTF-8 or GBK, comma or tab) as one grid; bounds as for a sheet. */
export function csvGrid(bytes: Uint8Array, file: string): Grid {
  if (bytes.length > MAX_IMPORT_BYTES) fail(file, 'import.fileTooLarge', { mb: (bytes.length / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 });
  try {
    const decoded = decodeText(bytes);
    const rows = parseCsvCells(decoded.text, undefined, { maxRows: MAX_SHEET_ROWS, maxCellChars: MAX_CELL_CHARS }).map((r) => {
      const row = r.map((c) => c.value.replace(/^\uFEFF/, '').trim());
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      return row;
    });
    return { file, sheet: '', rows, kind: decoded.encoding === 'gbk' ? 'csv-gbk' : 'csv-utf-8' };
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.problems.map((p): Problem => problem(p.path === '' ? file : `${file} ${p.path}`, p.key, withoutPath(p.params))));
    throw e;
  }
}

function withoutPath(params: Problem['params']): Problem['params'] {
  const { path: _p, ...rest } = params;
  void _p;
  return rest;
}

/** Any uploaded file → its grids: a workbook's sheets, or one CSV grid. */
export function fileGrids(bytes: Uint8Array, file: string, xlsx: SheetReader | null): Grid[] {
  const kind = fileKind(bytes);
  if (kind === 'csv') {
    const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    if (['xlsm', 'xltm'].includes(ext)) fail(file, 'import.macros');
    return [csvGrid(bytes, file)];
  }
  if (!xlsx) return fail(file, 'import.noReader');
  return workbookGrids(bytes, file, xlsx);
}
