/**
 * Agent-month records files ⇄ AgentMonth[] (src/engine/records.ts), for real monthly data and for
 * exporting simulated months. JSON `{ "format": "paylab.records/1", "records": [...] }` (or a bare
 * array) and CSV with Chinese or English headers in UTF-8 (with or without BOM) or GBK. Money is
 * yuan in files and integer fen in memory, converted exactly. Every problem is reported with where
 * it is: a JSON path, or the spreadsheet row (header = row 1) and the column as written.
 * Fields: docs/records.md; the format is described in docs/records.md.
 */
import type { AgentMonth } from '../engine/records';
import { InputError, capProblems, problem, type Problem } from '../i18n/problem';
import type { Params } from '../i18n/format';
import { readCell, type CellResult } from './cells';
import { addMonths, daysInMonth, monthsBetween } from '../engine/months';
import { COLUMNS, columnForHeader, columnForJsonKey, levelWord, normalizeHeader, roleWord, type ColumnSpec } from './columns';
import { parseCsvCells, formatCsv, type CsvCell, escapeFormula, unescapeFormula } from './csv';
import { decodeText, type TextEncoding } from './decode';
import { fenToYuan } from '../i18n/money';
import { parseJson } from '../policy/json';
import { readImportSource, type ImportSource } from './importSource';

/** The format tag this code reads and writes. */
export const RECORDS_FORMAT = 'paylab.records/1';
const FORMAT_VERSION = 1;

/**
 * At most this many agent-months in one file (docs/records.md §Limits): 1 600 agents for a year. It
 * keeps reading and paying a file within the memory goal and, with the cell bounds of cells.ts,
 * every sum of a team's month below 2^53 fen.
 */
export const MAX_RECORDS = 20_000;
/** Rows a CSV may have, blank ones included (a file of blank lines is refused at this row). */
export const MAX_CSV_ROWS = 2 * MAX_RECORDS;
/** Characters in one cell (names, ids and teams are short; a longer cell is a pasted document). */
export const MAX_CELL_CHARS = 1000;

/** At most this many problems are listed; the rest are counted (the same cap as every input). */
export { MAX_PROBLEMS } from '../i18n/problem';

/** Keys refused anywhere in a JSON records file (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type RecordsLang = 'zh' | 'en';

/** A loaded file: its records and what the loader saw (for warnings about absent columns). */
export interface RecordsFile {
  records: AgentMonth[];
  kind: 'json' | 'csv';
  encoding: TextEncoding;
  /** Fields given by the file (a CSV column, or a key in at least one JSON record). */
  fields: ReadonlySet<keyof AgentMonth>;
  /** For records imported from platform exports: attribution rule, settlement, inputs not provided (importSource.ts). */
  source?: ImportSource;
}

// ── loading ─────────────────────────────────────────────────────────────────────────────────────

/** Load a records file by its name: .json → JSON, .csv/.tsv/.txt → CSV, otherwise by content. */
export function loadRecords(bytes: Uint8Array, fileName: string): AgentMonth[] {
  return readRecordsFile(bytes, fileName).records;
}

/** As loadRecords, with the file's kind, encoding and the fields it carried. */
export function readRecordsFile(bytes: Uint8Array, fileName: string): RecordsFile {
  const decoded = decodeText(bytes);
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const isJson = ext === 'json' || (ext !== 'csv' && ext !== 'tsv' && ext !== 'txt' && /^\s*[[{]/.test(decoded.text));
  const read = isJson ? jsonToRecords(decoded.text) : csvToRecords(decoded.text);
  return { ...read, kind: isJson ? 'json' : 'csv', encoding: decoded.encoding };
}

/** Parse a JSON records file (text). Throws InputError listing every problem found. */
export function parseRecordsJson(text: string): AgentMonth[] {
  return jsonToRecords(text.replace(/^\uFEFF/, '')).records;
}

/** Parse a CSV records file (bytes in UTF-8 or GBK). Throws InputError listing every problem found. */
export function parseRecordsCsv(bytes: Uint8Array): AgentMonth[] {
  return csvToRecords(decodeText(bytes).text).records;
}

/** One record's cells before conversion, each with its location. */
interface RawRecord {
  /** Where the record is: "row 5" or "$.records[3]". */
  loc: string;
  /** Extra parameters for every problem of this record (the CSV row). */
  params: Params;
  cells: Map<ColumnSpec, RawCell>;
}

/** A cell before conversion; its path is built only when a problem needs it. */
interface RawCell {
  value: unknown;
  /** The column as written: CSV header text or JSON key. */
  column: string;
  /** "row 5, column 业绩" (CSV, prefix "row 5") or "$.records[3].creditedSales" (JSON, prefix "$.records[3]"). */
  sep: ', column ' | '.';
}

const cellPath = (raw: RawRecord, cell: RawCell) => `${raw.loc}${cell.sep}${cell.column}`;

interface Collected {
  records: AgentMonth[];
  fields: ReadonlySet<keyof AgentMonth>;
  source?: ImportSource;
}

function fail(problems: Problem[]): never {
  throw new InputError(capProblems(problems));
}

// ── JSON ──

function jsonToRecords(text: string): Collected {
  if (text.trim() === '') fail([problem('', 'records.emptyFile')]);
  // policy/json.ts: line and column of a syntax error, duplicate keys, objects without a prototype.
  const json = parseJson(text);
  if (!json.ok) fail(json.problems);
  const doc = json.value;
  const problems: Problem[] = [...json.problems];
  let list: unknown[] | undefined;
  let source: ImportSource | undefined;
  let base = '$';
  if (Array.isArray(doc)) {
    list = doc;
  } else if (isPlainObject(doc)) {
    for (const key of Object.keys(doc)) {
      if (FORBIDDEN_KEYS.has(key)) problems.push(problem(`$.${key}`, 'records.forbiddenKey', { field: key }));
      else if (key !== 'format' && key !== 'records' && key !== 'source') problems.push(problem(`$.${key}`, 'records.unknownTopField', { field: key }));
    }
    checkFormat(doc.format, problems);
    if (Object.prototype.hasOwnProperty.call(doc, 'source')) {
      const src = readImportSource(doc.source);
      if (src.ok) source = src.source;
      else problems.push(...src.problems);
    }
    base = '$.records';
    if (!Object.prototype.hasOwnProperty.call(doc, 'records')) problems.push(problem('$', 'records.missingField', { field: 'records' }));
    else if (!Array.isArray(doc.records)) problems.push(problem('$.records', 'records.notArray'));
    else list = doc.records as unknown[];
  } else {
    problems.push(problem('$', 'records.notArray'));
  }
  if (problems.length > 0 || !list) fail(problems);
  if (list.length === 0) fail([problem(base, 'records.noRows')]);
  if (list.length > MAX_RECORDS) fail([problem(base, 'limits.tooManyRecords', { count: list.length, max: MAX_RECORDS })]);

  const { records, fields } = jsonListToRecords(list, base, problems);
  if (problems.length > 0) fail(problems);
  return source ? { records, fields, source } : { records, fields };
}

/**
 * Records from the `records` list of a JSON document already parsed — e.g. one this program has
 * just written (src/import/buildRecords.ts) — under the same rules as a file, problems at
 * `${base}[i].field`. Throws InputError.
 */
export function recordsFromJsonList(list: readonly unknown[], base = '$.records'): AgentMonth[] {
  const problems: Problem[] = [];
  const { records } = jsonListToRecords(list, base, problems);
  if (problems.length > 0) fail(problems);
  return records;
}

function jsonListToRecords(list: readonly unknown[], base: string, problems: Problem[]): { records: AgentMonth[]; fields: Set<keyof AgentMonth> } {
  const fields = new Set<keyof AgentMonth>();
  const raws: RawRecord[] = [];
  list.forEach((item, i) => {
    const loc = `${base}[${i}]`;
    if (!isPlainObject(item)) {
      problems.push(problem(loc, 'records.notObject'));
      return;
    }
    const raw: RawRecord = { loc, params: {}, cells: new Map() };
    for (const key of Object.keys(item)) {
      const path = `${loc}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(problem(path, 'records.forbiddenKey', { field: key }));
        continue;
      }
      const spec = columnForJsonKey(key);
      if (!spec) {
        problems.push(unknownJsonKey(path, key));
        continue;
      }
      fields.add(spec.field);
      raw.cells.set(spec, { value: item[key], column: key, sep: '.' });
    }
    raws.push(raw);
  });
  return { records: buildRecords(raws, problems), fields };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkFormat(format: unknown, problems: Problem[]): void {
  if (format === undefined) {
    problems.push(problem('$.format', 'records.formatMissing', { supported: RECORDS_FORMAT }));
    return;
  }
  if (format === RECORDS_FORMAT) return;
  const m = typeof format === 'string' ? /^paylab\.records\/(\d+)$/.exec(format) : null;
  if (m && Number(m[1]) > FORMAT_VERSION) {
    problems.push(problem('$.format', 'records.formatNewer', { found: String(format), supported: RECORDS_FORMAT }));
  } else {
    problems.push(problem('$.format', 'records.formatUnknown', { found: JSON.stringify(format) ?? String(format), supported: RECORDS_FORMAT }));
  }
}

function unknownJsonKey(path: string, key: string): Problem {
  const fenStem = /^(.+)Fen$/.exec(key)?.[1];
  if (fenStem && columnForJsonKey(fenStem)?.kind === 'money') {
    return problem(path, 'records.fenField', { field: key, suggestion: fenStem });
  }
  const alias = columnForHeader(key);
  const suggestion = alias?.json ?? nearest(key, COLUMNS.map((c) => c.json));
  return suggestion
    ? problem(path, 'records.unknownFieldSuggest', { field: key, suggestion })
    : problem(path, 'records.unknownField', { field: key });
}

// ── CSV ──

function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const isBlankRow = (row: readonly CsvCell[]) => row.every((c) => c.value.trim() === '');

function csvToRecords(text: string): Collected {
  const rows = parseCsvCells(text, undefined, { maxRows: MAX_CSV_ROWS, maxCellChars: MAX_CELL_CHARS });
  const headerIndex = rows.findIndex((r) => !isBlankRow(r));
  if (headerIndex < 0) fail([problem('', 'records.emptyFile')]);
  const headerRow = headerIndex + 1;
  const header = rows[headerIndex]!.map((h) => h.value.replace(/^\uFEFF/, '').trim());
  const dataStart = headerIndex + 1;

  // Header: map every named column, refuse unknown and doubled ones, then check required ones.
  const problems: Problem[] = [];
  const specs: (ColumnSpec | undefined)[] = [];
  const seen = new Map<ColumnSpec, string>();
  header.forEach((h, i) => {
    if (h === '') {
      const letter = columnLetter(i);
      let used = dataStart;
      while (used < rows.length && (rows[used]![i]?.value ?? '').trim() === '') used++;
      if (used < rows.length) {
        const row = used + 1;
        problems.push(problem(`row ${headerRow}, column ${letter}`, 'records.headerlessColumn', { column: letter, row }));
      }
      specs.push(undefined);
      return;
    }
    const spec = columnForHeader(h);
    const path = `row ${headerRow}, column ${h}`;
    if (!spec) {
      const suggestion = nearest(h, ALL_HEADERS);
      problems.push(
        suggestion
          ? problem(path, 'records.unknownColumnSuggest', { column: h, suggestion })
          : problem(path, 'records.unknownColumn', { column: h }),
      );
      specs.push(undefined);
      return;
    }
    const other = seen.get(spec);
    if (other !== undefined) problems.push(problem(path, 'records.duplicateColumn', { column: h, other }));
    else seen.set(spec, h);
    specs.push(other === undefined ? spec : undefined);
  });
  const found = header.filter((h) => h !== '').join(', ');
  for (const spec of COLUMNS) {
    if (spec.fallback === 'required' && !seen.has(spec)) {
      problems.push(problem(`row ${headerRow}`, 'records.missingColumn', { column: `${spec.zh}/${spec.json}`, found }));
    }
  }
  const hasTenure = [...seen.keys()].some((s) => s.fallback === 'tenure');
  if (!hasTenure) problems.push(problem(`row ${headerRow}`, 'records.missingTenureColumn', { found }));
  if (problems.length > 0) fail(problems);

  // Each row becomes a record as it is read and is then let go: only the records stay in memory.
  const records: AgentMonth[] = [];
  const firstSeen = new Map<string, string>();
  let count = 0;
  for (let j = dataStart; j < rows.length; j++) {
    const cells = rows[j]!;
    rows[j] = [];
    const row = j + 1;
    if (isBlankRow(cells)) continue;
    if (++count > MAX_RECORDS) fail([problem(`row ${row}`, 'limits.tooManyRecords', { count: `${MAX_RECORDS}+`, max: MAX_RECORDS })]);
    const raw: RawRecord = { loc: `row ${row}`, params: { row }, cells: new Map() };
    // Every header column gets a cell (a short row has empty cells); cells past the header must be empty.
    for (let i = 0; i < Math.max(header.length, cells.length); i++) {
      const value = (cells[i]?.value ?? '').trim();
      const spec = specs[i];
      if (spec) {
        const column = header[i]!;
        // Text keeps the edge spaces it was quoted with (writeRecordsCsv quotes them), and loses a formula guard.
        const text = cells[i]?.quoted && value !== '' ? cells[i]!.value : value;
        raw.cells.set(spec, { value: spec.kind === 'text' ? unescapeFormula(text) : value, column, sep: ', column ' });
      } else if (i >= header.length && value !== '') {
        const letter = columnLetter(i);
        problems.push(problem(`row ${row}, column ${letter}`, 'records.extraCell', { row, column: letter, value }));
      }
    }
    addRecord(raw, problems, records, firstSeen);
  }
  if (count === 0) fail([problem(`row ${headerRow}`, 'records.noRows')]);
  if (problems.length > 0) fail(problems);
  return { records, fields: new Set([...seen.keys()].map((s) => s.field)) };
}

// ── shared: raw cells → AgentMonth ──

function buildRecords(raws: readonly RawRecord[], problems: Problem[]): AgentMonth[] {
  const out: AgentMonth[] = [];
  const firstSeen = new Map<string, string>();
  for (const raw of raws) addRecord(raw, problems, out, firstSeen);
  return out;
}

/** One raw record → a record appended to `out`, or its problems (a second row of the same agent and month included). */
function addRecord(raw: RawRecord, problems: Problem[], out: AgentMonth[], firstSeen: Map<string, string>): void {
  const rec = buildRecord(raw, problems);
  if (!rec) return;
  const key = `${rec.agentId}\u0000${rec.month}`;
  const first = firstSeen.get(key);
  if (first !== undefined) {
    const firstRow = /^row (\d+)$/.exec(first)?.[1];
    const params = { ...raw.params, agentId: rec.agentId, month: rec.month, first };
    problems.push(problem(raw.loc, firstRow ? 'records.duplicateRow' : 'records.duplicate', firstRow ? { ...params, firstRow } : params));
    return;
  }
  firstSeen.set(key, raw.loc);
  out.push(rec);
}

/** A JSON value or CSV text → the trimmed text a cell reader takes (null when empty), or a type problem. */
function cellText(spec: ColumnSpec, value: unknown): CellResult<string | boolean> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    if (value.length > MAX_CELL_CHARS) return { ok: false, key: 'limits.cellTooLong', params: { length: value.length, max: MAX_CELL_CHARS } };
    const s = value.trim();
    // Text is taken as given (names may carry spaces); everything else is read trimmed.
    return s === '' ? null : { ok: true, value: spec.kind === 'text' ? value : s };
  }
  if (typeof value === 'boolean' && spec.kind === 'bool') return { ok: true, value };
  if (typeof value === 'number' && spec.kind !== 'bool' && Number.isFinite(value)) return { ok: true, value: String(value) };
  const shown = JSON.stringify(value) ?? String(value);
  const key = spec.kind === 'bool' ? 'records.expectBool' : NUMERIC_KINDS.has(spec.kind) ? 'records.expectNumber' : 'records.expectText';
  return { ok: false, key, params: { value: shown.length > 40 ? `${shown.slice(0, 37)}...` : shown } };
}

const NUMERIC_KINDS = new Set(['count', 'money', 'score', 'rate', 'measure']);

const SPEC = new Map(COLUMNS.map((c) => [c.field, c]));
const specOf = (f: keyof AgentMonth): ColumnSpec => SPEC.get(f)!;

function buildRecord(raw: RawRecord, problems: Problem[]): AgentMonth | undefined {
  const before = problems.length;
  const values = new Map<keyof AgentMonth, string | number | boolean>();
  /** Fields whose cell was given but refused (no default is put in their place). */
  const failed = new Set<keyof AgentMonth>();
  const report = (field: keyof AgentMonth, key: string, params: Params) => {
    const spec = specOf(field);
    const cell = raw.cells.get(spec);
    failed.add(field);
    problems.push(problem(cell ? cellPath(raw, cell) : raw.loc, key, { ...raw.params, column: cell?.column ?? spec.json, ...params }));
  };

  // Cells in file order (problems read left to right), then the fields the file does not give.
  const visit = (spec: ColumnSpec, cell: RawCell | undefined) => {
    const text = cell ? cellText(spec, cell.value) : null;
    if (text === null) {
      if (spec.fallback === 'required') {
        report(spec.field, cell ? 'records.emptyCell' : 'records.missingField', { field: spec.json });
      } else if (typeof spec.fallback === 'object') {
        values.set(spec.field, spec.fallback.value);
      }
      return;
    }
    const r = !text.ok || typeof text.value === 'boolean' ? text : readCell(spec.kind, text.value);
    if (r.ok && spec.max !== undefined && typeof r.value === 'number' && r.value > spec.max) {
      report(spec.field, 'records.tooBig', { value: String(r.value), max: spec.max });
    } else if (r.ok) values.set(spec.field, r.value);
    else report(spec.field, r.key, r.params);
  };
  for (const [spec, cell] of raw.cells) visit(spec, cell);
  for (const spec of COLUMNS) if (!raw.cells.has(spec)) visit(spec, undefined);

  // Cross-field rules (docs/records.md §Consistency).
  const month = values.get('month') as string | undefined;
  if (month !== undefined) {
    const tenure = values.get('tenureMonth') as number | undefined;
    const hire = values.get('hireMonth') as string | undefined;
    if (hire !== undefined) {
      const expected = monthsBetween(hire, month) + 1;
      if (expected < 1) report('hireMonth', 'records.hireAfterMonth', { hireMonth: hire, month });
      else if (tenure !== undefined && tenure !== expected) {
        report('tenureMonth', 'records.tenureMismatch', { tenureMonth: tenure, hireMonth: hire, month, expected });
      } else if (!failed.has('tenureMonth')) values.set('tenureMonth', expected);
    } else if (tenure !== undefined) {
      if (tenure < 1) report('tenureMonth', 'records.tenureZero', { value: tenure });
      else if (!failed.has('hireMonth')) values.set('hireMonth', addMonths(month, -(tenure - 1)));
    } else if (!failed.has('tenureMonth') && !failed.has('hireMonth')) {
      report('tenureMonth', 'records.missingTenure', {});
    }

    const days = daysInMonth(month);
    const employed = values.get('daysEmployed');
    if (employed === undefined && !failed.has('daysEmployed')) values.set('daysEmployed', days);
    else if (typeof employed === 'number' && (employed < 1 || employed > days)) {
      report('daysEmployed', 'records.daysEmployedRange', { value: employed, month, days });
    }
    for (const f of ['scheduledDays', 'daysWorked', 'leaveDays'] as const) {
      const v = values.get(f);
      if (typeof v === 'number' && v > days) report(f, 'records.daysOverMonth', { value: v, month, days });
    }
  }
  const credited = values.get('creditedSalesFen');
  const chased = values.get('chasedSalesFen');
  if (typeof credited === 'number' && typeof chased === 'number' && chased > credited) {
    report('chasedSalesFen', 'records.chasedOverCredited', { chased: fenToYuan(chased), credited: fenToYuan(credited) });
  }
  const bad = values.get('badReviews');
  const reversed = values.get('badReviewsReversed');
  if (typeof bad === 'number' && typeof reversed === 'number' && reversed > bad) {
    report('badReviewsReversed', 'records.reversedOverBadReviews', { reversed, badReviews: bad });
  }
  const teamScore = values.get('teamScore');
  if (typeof teamScore === 'number' && teamScore > 100) report('teamScore', 'records.teamScoreRange', { value: teamScore });
  const hours = values.get('onlineHours');
  const employed = values.get('daysEmployed');
  if (typeof hours === 'number' && typeof employed === 'number' && hours > 24 * employed) {
    report('onlineHours', 'records.hoursOverDays', { value: hours, max: 24 * employed });
  }

  if (problems.length > before) return undefined;
  const rec: Record<string, unknown> = {};
  for (const c of COLUMNS) {
    const v = values.get(c.field);
    if (v !== undefined) rec[c.field] = v;
  }
  return rec as unknown as AgentMonth;
}

// ── suggestions for typos ──

const ALL_HEADERS: readonly string[] = COLUMNS.flatMap((c) => [c.zh, c.json, ...c.aliases]);

/** The closest candidate within a small edit distance (after normalizeHeader), or undefined. */
function nearest(name: string, candidates: readonly string[]): string | undefined {
  const a = normalizeHeader(name);
  const limit = a.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    const d = editDistance(a, normalizeHeader(c));
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

// ── writing ─────────────────────────────────────────────────────────────────────────────────────

/** Ten-thousandths as an exact decimal fraction: 9875 → "0.9875", 10000 → "1". */
function bpFraction(bp: number): string {
  if (bp === 10_000) return '1';
  return `0.${String(bp).padStart(4, '0')}`.replace(/\.?0+$/, '') || '0';
}

/** Ten-thousandths as a percentage: 9875 → "98.75%". */
function bpPercent(bp: number): string {
  const int = Math.floor(bp / 100);
  const frac = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return `${int}${frac ? '.' + frac : ''}%`;
}

function fileValue(spec: ColumnSpec, r: AgentMonth): string | number | boolean | undefined {
  const v = r[spec.field];
  if (v === undefined) return undefined;
  return spec.kind === 'money' ? fenToYuan(v as number) : spec.kind === 'rate' ? bpFraction(v as number) : v;
}

function csvValue(spec: ColumnSpec, r: AgentMonth, lang: RecordsLang): string {
  const v = r[spec.field];
  if (v === undefined) return '';
  switch (spec.kind) {
    case 'rate':
      return bpPercent(v as number);
    case 'text':
      return escapeFormula(String(v));
    case 'role':
      return roleWord(r.role, lang);
    case 'level':
      return levelWord(r.level, lang);
    case 'bool':
      return lang === 'zh' ? (v ? '是' : '否') : String(v);
    case 'money':
      return fenToYuan(v as number);
    default:
      return String(v);
  }
}

/**
 * Records → CSV text with a UTF-8 BOM (so Excel reads the Chinese), a header in `lang`, every
 * column, money in yuan with two decimals. loadRecords reads it back to the same records.
 */
export function writeRecordsCsv(records: readonly AgentMonth[], lang: RecordsLang = 'zh'): string {
  const header = COLUMNS.map((c) => (lang === 'zh' ? c.zh : c.json));
  return '\uFEFF' + formatCsv([header, ...records.map((r) => COLUMNS.map((c) => csvValue(c, r, lang)))]);
}

/** One record as a JSON file holds it: JSON names, money as yuan strings, absent fields left out. */
export function recordJson(r: AgentMonth): Record<string, string | number | boolean> {
  const o: Record<string, string | number | boolean> = {};
  for (const c of COLUMNS) {
    const v = fileValue(c, r);
    if (v !== undefined) o[c.json] = v;
  }
  return o;
}

/** Records → `{ "format": "paylab.records/1", "records": [...] }`, money as yuan strings; with `source` when imported (importSource.ts). */
export function writeRecordsJson(records: readonly AgentMonth[], source?: ImportSource): string {
  const out = records.map(recordJson);
  return JSON.stringify(source ? { format: RECORDS_FORMAT, source, records: out } : { format: RECORDS_FORMAT, records: out }, null, 2) + '\n';
}
