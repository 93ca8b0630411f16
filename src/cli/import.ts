/**
 * `paylab import FILE... [--roster roster.csv] [--month YYYY-MM] [--attribution order|payment|orderFirst]
 * [--saved-on YYYY-MM-DD] --out records.json`: read platform exports (.xlsx, .xls, CSV in UTF-8 or
 * GBK) and the monthly sheet, print per file what was recognised (layout, sheet, months, agents,
 * warnings), and write Paylab records with their provenance (docs/real-data.md).
 * `paylab import --template sheet.csv [--month YYYY-MM]` writes the monthly sheet's template.
 * Files are saved on the day of their modification time unless --saved-on says otherwise (a month is
 * settled when a file describing it was saved from the 9th of the next month).
 */
import { statSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full';
import { t } from '../i18n/format';
import { InputError, problem } from '../i18n/problem';
import { ATTRIBUTIONS, type Attribution } from '../formats/importSource';
import { writeRecordsJson } from '../formats/records';
import { readCell } from '../formats/cells';
import { importFiles, type ImportFile, type ImportResult } from '../import/importFiles';
import { fileGrids, type SheetReader } from '../import/workbook';
import { readRosterGrid } from '../import/rosterCsv';
import { templateCsv } from '../import/monthlySheet';
import { readDay } from '../import/period';
import type { RosterAgent } from '../sim/roster';
import { choiceFlag, parseArgs } from './args';
import { readInputFile, writeOutputFile } from './files';
import { EXIT_INPUT, EXIT_OK, UsageError, fileProblemLine, printProblems } from './report';

XLSX.set_cptable(cptable);
/** SheetJS as the importer uses it (workbook.ts SheetReader). */
export const sheetjs = XLSX as unknown as SheetReader;

const FLAGS = ['roster', 'month', 'attribution', 'saved-on', 'out', 'template'] as const;

const both = (key: string, params: Record<string, string | number> = {}) => `${t('zh', key, params)} / ${t('en', key, params).trimStart()}`;
const say = (line: string) => process.stdout.write(line + '\n');

function monthFlag(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const m = readCell('month', v);
  if (!m.ok) throw new UsageError(problem('', 'cli.badChoice', { flag: '--month', value: v, allowed: 'YYYY-MM' }));
  return m.value as string;
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function readRoster(file: string): RosterAgent[] {
  const grids = (() => {
    try {
      return fileGrids(readInputFile(file), file, sheetjs);
    } catch (e) {
      if (e instanceof InputError) throw new InputError(e.problems.map((p) => ({ ...p, path: p.path === '' ? file : p.path })));
      throw e;
    }
  })();
  const r = readRosterGrid(grids[0]!);
  if (!r.ok) throw new InputError(r.problems);
  return r.roster;
}

/** The per-file report lines (both languages), as printed. */
export function reportLines(result: ImportResult): string[] {
  const lines: string[] = [];
  for (const f of result.files) {
    lines.push(`${f.file}: ${f.kind ?? '?'}`);
    for (const s of f.sheets) {
      const params = {
        sheet: s.sheet === '' ? '' : `[${s.sheet}] `,
        layout: s.layout ? t('zh', `import.layout.${s.layout}`) : '?',
        header: s.headerRow,
        banners: s.bannerRows,
        summaries: s.summaryRows,
        months: s.months.join(', '),
        agents: s.agents,
      };
      lines.push(t('zh', 'import.cli.sheet', params));
      lines.push(t('en', 'import.cli.sheet', { ...params, layout: s.layout ? t('en', `import.layout.${s.layout}`) : '?' }));
      if (s.ignored.length > 0) lines.push(both('import.cli.ignoredColumns', { columns: s.ignored.join(', ') }));
      if (s.unknown.length > 0) lines.push(both('import.cli.unknownColumns', { columns: s.unknown.join(', ') }));
      for (const w of s.warnings) lines.push('  ' + fileProblemLine('', w));
    }
    if (f.skippedSheets.length > 0) lines.push(both('import.cli.skipped', { sheets: f.skippedSheets.join(', ') }));
  }
  return lines;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, FLAGS);
  const month = monthFlag(parsed.flags.get('month'));
  const template = parsed.flags.get('template');
  if (template !== undefined) {
    if (parsed.positionals.length > 0) throw new UsageError(problem('', 'cli.unexpectedArgument', { value: parsed.positionals[0]! }));
    writeOutputFile(template, templateCsv(month ?? '2026-01'));
    say(both('import.cli.template', { out: template }));
    return EXIT_OK;
  }
  const out = parsed.flags.get('out');
  if (out === undefined) throw new UsageError(problem('', 'cli.missingFlag', { flag: '--out' }));
  if (parsed.positionals.length === 0) throw new UsageError(problem('', 'cli.missingFlag', { flag: 'FILE' }));
  const attribution: Attribution = choiceFlag(parsed, 'attribution', ATTRIBUTIONS, 'unstated');
  const savedOnFlag = parsed.flags.get('saved-on');
  if (savedOnFlag !== undefined && readDay(savedOnFlag) === null) throw new UsageError(problem('', 'import.cli.badDay', { flag: '--saved-on', value: savedOnFlag }));
  const rosterFile = parsed.flags.get('roster');
  let roster: RosterAgent[] = [];
  if (rosterFile !== undefined) {
    try {
      roster = readRoster(rosterFile);
    } catch (e) {
      if (e instanceof InputError) {
        printProblems('', e.problems);
        return EXIT_INPUT;
      }
      throw e;
    }
  }
  const files: ImportFile[] = [];
  for (const name of parsed.positionals) {
    try {
      const bytes = readInputFile(name);
      files.push({ name, bytes, savedOn: savedOnFlag !== undefined ? readDay(savedOnFlag)! : dayOf(statSync(name).mtimeMs) });
    } catch (e) {
      if (e instanceof InputError) {
        printProblems(name, e.problems);
        return EXIT_INPUT;
      }
      throw e;
    }
  }
  const result = importFiles(files, { roster, attribution, xlsx: sheetjs, ...(month ? { month } : {}) });
  for (const line of reportLines(result)) say(line);
  if (result.problems.length > 0) {
    printProblems('', result.problems);
    return EXIT_INPUT;
  }
  for (const w of result.warnings) process.stderr.write(fileProblemLine('', w) + '\n');
  writeOutputFile(out, writeRecordsJson(result.records, result.source));
  const months = result.source.months.map((m) => m.month);
  const wrote = {
    records: result.records.length,
    agents: new Set(result.records.map((r) => r.agentId)).size,
    months: months.length === 0 ? '—' : months.length === 1 ? months[0]! : `${months[0]}…${months[months.length - 1]}`,
    out,
  };
  say(`${t('zh', 'import.cli.wrote', { ...wrote, attribution: t('zh', `import.attribution.${attribution}`) })} / ${t('en', 'import.cli.wrote', { ...wrote, attribution: t('en', `import.attribution.${attribution}`) })}`);
  for (const m of result.source.months) say(`  ${m.month}: ${t('zh', `import.settlement.${m.settlement}`)} / ${t('en', `import.settlement.${m.settlement}`)}`);
  const incomplete = result.source.notProvided.filter((n) => n.fields.length > 0 || n.pending.length > 0).length;
  if (incomplete > 0) say(both('import.cli.notProvided', { count: incomplete }));
  return EXIT_OK;
}
