/**
 * One sheet of a platform export → rows of figures per agent and month. Finds the header below any
 * banner rows, recognises the layout (layouts.ts), skips summary rows (汇总值, 平均值, 全店…, 同行…,
 * 合计), splits `店铺:子账号`, reads every cell (exportCells.ts) and keeps 延时统计 placeholders as
 * pending with the cell's name. Pure: the grid comes from workbook.ts or csvGrid.ts.
 * docs/real-data.md §Recognition, §Cells; real-exports pitfalls 1, 3–8.
 */
import type { Role } from '../policy/types';
import { problem, type Problem } from '../i18n/problem';
import { readRole } from '../formats/columns';
import { cellName, isBlankRow, place, type Grid } from './grid';
import { isEmptyExportCell, readExportCell, splitNickname } from './exportCells';
import { layoutOfHeader, readHeader, type ColumnRole, type Layout } from './layouts';
import { METRICS, type Metric } from './metrics';
import { lastDay, monthOfDay, periodOfFileName, readDay, type Period } from './period';

/** How many rows from the top are searched for the header (banners sit above it). */
export const HEADER_SEARCH_ROWS = 30;

/** A first cell that marks a summary or benchmark row, not an agent (real-exports pitfall 5). */
const SUMMARY_EXACT = new Set(['汇总值', '平均值', '全店汇总值', '全店平均值', '同行同层优秀', '同行同层均值', '合计', '总计', '汇总', '平均', '均值', '全店', '总体']);
const SUMMARY_PREFIX = ['合计', '总计', '汇总', '平均', '全店', '同行'];

export function isSummaryLabel(text: string): boolean {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  return SUMMARY_EXACT.has(s) || SUMMARY_PREFIX.some((p) => s.startsWith(p));
}

export interface Nick {
  shop: string;
  account: string;
  full: string;
}

/** One agent's figures in one data row. */
export interface AgentRow {
  /** 0-based row in the grid. */
  row: number;
  nick: Nick;
  /** 客服 beside 旺旺 in a 赤兔 sheet: the agent's name as the tool knows it. */
  agentName?: string;
  month: string;
  day?: string;
  values: Partial<Record<Metric, number>>;
  /** Metrics whose cell held a placeholder (延时统计), with the cell's name (B7). */
  pending: Partial<Record<Metric, string>>;
  roleHint?: Role;
}

export interface ReadSheet {
  grid: Pick<Grid, 'file' | 'sheet' | 'kind'>;
  layout: Layout;
  headerRow: number;
  /** Rows above the header that held text (banners). */
  bannerRows: number;
  summaryRows: number[];
  rows: AgentRow[];
  /** Columns read, as written → metric or identity. */
  used: { header: string; role: string }[];
  /** Columns the layout knows but Paylab does not use, and columns it does not know. */
  ignored: string[];
  unknown: string[];
  period: Period | null;
  months: string[];
  warnings: Problem[];
}

export interface ReadOptions {
  /** The month of a file whose rows have no date and whose name has no period (`--month`). */
  month?: string;
}

export type ReadResult = { ok: true; sheet: ReadSheet } | { ok: false; problems: Problem[]; layout?: Layout };

/** The header row (0-based) and its layout among the first HEADER_SEARCH_ROWS non-blank rows, or null. */
export function findHeader(rows: readonly (readonly string[])[]): { index: number; layout: Layout } | null {
  let seen = 0;
  for (let i = 0; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (isBlankRow(rows[i]!)) continue;
    seen++;
    const layout = layoutOfHeader(rows[i]!);
    if (layout) return { index: i, layout };
  }
  return null;
}

/** The first non-blank row (shown when no layout is recognised: "the header found was …"). */
export function firstTextRow(rows: readonly (readonly string[])[]): string[] {
  return (rows.find((r) => !isBlankRow(r)) ?? []).filter((c) => c !== '');
}

const roleName = (r: ColumnRole): string => ('metric' in r ? r.metric : 'id' in r ? r.id : 'ignore');

/** Read one sheet of an export. Problems name the file, sheet, row and column. */
export function readExportSheet(grid: Grid, opts: ReadOptions = {}): ReadResult {
  const found = findHeader(grid.rows);
  if (!found) {
    const shown = firstTextRow(grid.rows).slice(0, 12).join(' | ');
    return { ok: false, problems: [problem(place(grid), 'import.unknownLayout', { file: grid.file, sheet: grid.sheet || '—', header: shown || '—' })] };
  }
  const { index: headerRow, layout } = found;
  const header = grid.rows[headerRow]!;
  if (layout.family === 'shop') {
    return { ok: false, layout, problems: [problem(place(grid, headerRow), 'import.shopLevel', { file: grid.file, sheet: grid.sheet || '—', row: headerRow + 1 })] };
  }
  const roles = readHeader(layout.table, header);
  const used: ReadSheet['used'] = [];
  const ignored: string[] = [];
  const unknown: string[] = [];
  roles.forEach((r, i) => {
    const h = header[i]!;
    if (h === '') return;
    if (!r) unknown.push(h);
    else if ('ignore' in r) ignored.push(h);
    else used.push({ header: h, role: roleName(r) });
  });
  const col = (id: string) => roles.findIndex((r) => r !== undefined && 'id' in r && r.id === id);
  const nickCol = col('nickname');
  const shopCol = col('shop');
  const dateCol = col('date');
  const typeCol = col('wwType');
  const nameCol = col('agentName');
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const period = periodOfFileName(grid.file);

  // The month of rows without a date: --month, else the file name's period when it lies in one month.
  let fileMonth: string | undefined = opts.month;
  if (!layout.daily && fileMonth === undefined) {
    if (!period) {
      problems.push(problem(place(grid), 'import.noMonth', { file: grid.file }));
    } else if (monthOfDay(period.from) !== monthOfDay(period.to)) {
      problems.push(problem(place(grid), 'import.periodSpansMonths', { file: grid.file, from: period.from, to: period.to }));
    } else {
      fileMonth = monthOfDay(period.from);
      const first = `${fileMonth}-01`;
      if (period.from !== first || period.to < lastDay(fileMonth)) {
        warnings.push(problem(place(grid), 'import.partialMonth', { file: grid.file, from: period.from, to: period.to, month: fileMonth }));
      }
    }
  }
  if (problems.length > 0) return { ok: false, layout, problems };

  let bannerRows = 0;
  for (let i = 0; i < headerRow; i++) if (!isBlankRow(grid.rows[i]!)) bannerRows++;
  const summaryRows: number[] = [];
  const rows: AgentRow[] = [];
  const metricCols = roles.flatMap((r, i) => (r && 'metric' in r ? [{ i, metric: r.metric, header: header[i]! }] : []));

  for (let j = headerRow + 1; j < grid.rows.length; j++) {
    const cells = grid.rows[j]!;
    if (isBlankRow(cells)) continue;
    const nickText = cells[nickCol] ?? '';
    const firstText = cells.find((c) => c !== '') ?? '';
    if (isSummaryLabel(nickText) || isSummaryLabel(firstText) || (dateCol >= 0 && isSummaryLabel(cells[dateCol] ?? ''))) {
      summaryRows.push(j);
      continue;
    }
    if (nickText === '') {
      problems.push(problem(place(grid, j, nickCol, header[nickCol]), 'import.noNickname', { row: j + 1, column: header[nickCol]! }));
      continue;
    }
    let month = fileMonth;
    let day: string | undefined;
    if (dateCol >= 0) {
      const d = readDay(cells[dateCol] ?? '');
      if (!d) {
        problems.push(problem(place(grid, j, dateCol, header[dateCol]), 'import.badDate', { value: cells[dateCol] ?? '' }));
        continue;
      }
      day = d;
      month = opts.month ?? monthOfDay(d);
    }
    const nickFull = shopCol >= 0 && (cells[shopCol] ?? '') !== '' && !nickText.includes(':') && !nickText.includes('：') ? `${cells[shopCol]}:${nickText}` : nickText;
    const out: AgentRow = { row: j, nick: splitNickname(nickFull), month: month!, values: {}, pending: {} };
    if (day) out.day = day;
    if (nameCol >= 0 && (cells[nameCol] ?? '') !== '') out.agentName = cells[nameCol]!;
    if (typeCol >= 0) {
      const r = readRole(cells[typeCol] ?? '');
      if (r) out.roleHint = r;
    }
    for (const { i, metric, header: h } of metricCols) {
      const text = cells[i] ?? '';
      if (isEmptyExportCell(text)) continue;
      const v = readExportCell(METRICS[metric].kind, text);
      if ('pending' in v) out.pending[metric] = cellName(j, i);
      else if (v.ok) out.values[metric] = v.value;
      else problems.push(problem(place(grid, j, i, h), v.key, { ...v.params, row: j + 1, column: h }));
    }
    rows.push(out);
  }
  if (problems.length > 0) return { ok: false, layout, problems };
  if (rows.length === 0) return { ok: false, layout, problems: [problem(place(grid, headerRow), 'import.noAgentRows', { file: grid.file, sheet: grid.sheet || '—' })] };
  const pendingCells = rows.flatMap((r) => Object.values(r.pending));
  if (pendingCells.length > 0) {
    warnings.push(problem(place(grid), 'import.pendingCells', { file: grid.file, cells: listCells(pendingCells), count: pendingCells.length }));
  }
  const months = [...new Set(rows.map((r) => r.month))].sort();
  return {
    ok: true,
    sheet: { grid: { file: grid.file, sheet: grid.sheet, kind: grid.kind }, layout, headerRow, bannerRows, summaryRows, rows, used, ignored, unknown, period, months, warnings },
  };
}

/** At most 12 cell names, then "…". */
export function listCells(cells: readonly string[]): string {
  return cells.length <= 12 ? cells.join(', ') : `${cells.slice(0, 12).join(', ')}, …`;
}
