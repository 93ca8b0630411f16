/**
 * Import: several files (platform exports, the monthly sheet) → Paylab records with provenance and
 * a report per file of what was recognised (docs/real-data.md). Every file is read and reported on
 * its own — one bad file never hides what the others say — and records are built only when no file
 * has a problem. The spreadsheet reader is passed in (workbook.ts), so this runs unchanged in Node
 * and in the real-months worker.
 */
import { InputError, capProblems, problem, type Problem } from '../i18n/problem';
import type { AgentMonth } from '../engine/records';
import type { Attribution, ImportSource } from '../formats/importSource';
import type { RosterAgent } from '../sim/roster';
import { aggregateSheet } from './aggregate';
import { buildRecords, type FileFigures } from './buildRecords';
import { isBlankRow, type Grid } from './grid';
import type { LayoutId } from './layouts';
import { isMonthlySheetHeader, readMonthlySheet } from './monthlySheet';
import { HEADER_SEARCH_ROWS, readExportSheet } from './readExport';
import { fileGrids, type SheetReader } from './workbook';

/** Files in one import. */
export const MAX_IMPORT_FILES = 100;

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** The day the file was saved (YYYY-MM-DD): decides whether its months have settled. */
  savedOn?: string;
}

export interface SheetReport {
  sheet: string;
  layout: LayoutId | null;
  /** 1-based header row. */
  headerRow: number;
  bannerRows: number;
  summaryRows: number;
  months: string[];
  /** Nicknames (or agents, for the monthly sheet) with at least one row. */
  agents: number;
  /** Columns read → what they were read as. */
  used: { header: string; role: string }[];
  ignored: string[];
  unknown: string[];
  warnings: Problem[];
}

export interface FileReport {
  file: string;
  kind: Grid['kind'] | null;
  sheets: SheetReport[];
  /** Sheets not recognised in a workbook that had a recognised one. */
  skippedSheets: string[];
  problems: Problem[];
}

export interface ImportOptions {
  roster: readonly RosterAgent[];
  attribution: Attribution;
  /** The month of files whose name has no period and whose rows have no date. */
  month?: string;
  xlsx: SheetReader | null;
}

export interface ImportResult {
  files: FileReport[];
  records: AgentMonth[];
  source: ImportSource;
  unbound: { nickname: string; agentName?: string; months: string[] }[];
  warnings: Problem[];
  /** Problems of the import as a whole (every file's are in its report too). */
  problems: Problem[];
}

function readFile(f: ImportFile, opts: ImportOptions): { report: FileReport; figures: FileFigures } {
  const report: FileReport = { file: f.name, kind: null, sheets: [], skippedSheets: [], problems: [] };
  const figures: FileFigures = { file: f.name, figures: [], sheetRows: [], ...(f.savedOn ? { savedOn: f.savedOn } : {}) };
  let grids: Grid[];
  try {
    grids = fileGrids(f.bytes, f.name, opts.xlsx);
  } catch (e) {
    report.problems = e instanceof InputError ? e.problems : [problem(f.name, 'import.brokenWorkbook', { file: f.name })];
    return { report, figures };
  }
  report.kind = grids[0]?.kind ?? null;
  const failed: Problem[] = [];
  for (const grid of grids) {
    if (grid.rows.every(isBlankRow)) continue;
    const monthlyHeader = grid.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isMonthlySheetHeader(r));
    if (monthlyHeader >= 0) {
      const r = readMonthlySheet(grid, monthlyHeader);
      if (!r.ok) {
        report.problems.push(...r.problems);
        continue;
      }
      figures.sheetRows.push(...r.sheet.rows);
      report.sheets.push({
        sheet: grid.sheet, layout: 'monthlySheet', headerRow: monthlyHeader + 1, bannerRows: 0, summaryRows: 0, months: r.sheet.months,
        agents: new Set(r.sheet.rows.map((x) => x.agentId ?? x.nick!.full)).size,
        used: r.sheet.columns.map((c) => ({ header: c, role: c })), ignored: [], unknown: [], warnings: [],
      });
      continue;
    }
    const r = readExportSheet(grid, opts.month ? { month: opts.month } : {});
    if (!r.ok) {
      // an unrecognised sheet of a workbook is skipped when another sheet is recognised
      if (r.layout === undefined && r.problems.length === 1 && r.problems[0]!.key === 'import.unknownLayout') failed.push(...r.problems);
      else report.problems.push(...r.problems);
      continue;
    }
    const agg = aggregateSheet(r.sheet);
    if (agg.problems.length > 0) {
      report.problems.push(...agg.problems);
      continue;
    }
    figures.figures.push(...agg.figures);
    const s = r.sheet;
    report.sheets.push({
      sheet: grid.sheet, layout: s.layout.id, headerRow: s.headerRow + 1, bannerRows: s.bannerRows, summaryRows: s.summaryRows.length, months: s.months,
      agents: new Set(s.rows.map((x) => x.nick.full)).size, used: s.used, ignored: s.ignored, unknown: s.unknown, warnings: [...s.warnings, ...agg.warnings],
    });
  }
  if (report.sheets.length === 0 && report.problems.length === 0) report.problems.push(...(failed.length > 0 ? failed : [problem(f.name, 'import.emptyFile', { file: f.name })]));
  else report.skippedSheets = failed.map((p) => String(p.params.sheet));
  report.problems = capProblems(report.problems);
  return { report, figures };
}

export function importFiles(files: readonly ImportFile[], opts: ImportOptions): ImportResult {
  const empty: ImportSource = { attribution: opts.attribution, months: [], notProvided: [] };
  if (files.length > MAX_IMPORT_FILES) {
    const p = problem('', 'import.tooManyFiles', { count: files.length, max: MAX_IMPORT_FILES });
    return { files: [], records: [], source: empty, unbound: [], warnings: [], problems: [p] };
  }
  const read = files.map((f) => readFile(f, opts));
  const reports = read.map((r) => r.report);
  const fileProblems = reports.flatMap((r) => r.problems);
  if (fileProblems.length > 0) return { files: reports, records: [], source: empty, unbound: [], warnings: [], problems: capProblems(fileProblems) };
  const built = buildRecords(read.map((r) => r.figures), { roster: opts.roster, attribution: opts.attribution });
  return { files: reports, records: built.records, source: built.source, unbound: built.unbound, warnings: built.warnings, problems: capProblems(built.problems) };
}
