/**
 * The monthly sheet: what platform exports lack — lates, absences, leave, unanswered ≥ 30 min /
 * ≥ 2 h, fines' counts, score parts — kept by the owner, one row per agent and month, in a template
 * the app writes (Chinese headers, an example row). Its columns are the records columns of those
 * fields (src/formats/columns.ts, the one home of their names and aliases) plus 月份 and 客服ID or
 * 旺旺昵称 to say whose month it is. An empty cell is *not provided*, never 0.
 * docs/real-data.md §Monthly sheet.
 */
import type { AgentMonth } from '../engine/records';
import { problem, type Problem } from '../i18n/problem';
import { COLUMNS, columnForHeader, type ColumnSpec } from '../formats/columns';
import { readCell } from '../formats/cells';
import { formatCsv } from '../formats/csv';
import { daysInMonth } from '../engine/months';
import { exportHeaderKey } from './headers';
import { isBlankRow, place, type Grid } from './grid';
import { splitNickname } from './exportCells';
import type { Nick } from './readExport';

/**
 * The fields the monthly sheet fills, in template order (seed 000 §1–2 fines, seed 001 score, seed
 * 004). 在职天数 and 离职 are the employment facts of the month (a hire or a leaver mid-month, who
 * left): no platform export carries them, and without them the staffing and turnover of the shop
 * cannot be estimated (docs/real-data.md §"What is estimated and how").
 */
export const SHEET_FIELDS: readonly (keyof AgentMonth)[] = [
  'daysEmployed', 'left',
  'scheduledDays', 'daysWorked', 'leaveDays', 'absences', 'latesShort', 'latesLong',
  'slowReplies', 'unanswered30m', 'unanswered2h', 'idleHangs',
  'badReviews', 'badReviewsReversed', 'badReviewSalesFen', 'afterSalesCases', 'chasedSalesFen',
  'scoreTeamTask', 'scoreHandover', 'scoreSatisfaction', 'scoreSkill',
  'violationsLight', 'violationsMedium', 'violationsSevere', 'commendations', 'warnings', 'teamScore',
  'goodReviewRateBp', 'salesTargetFen',
];

const SHEET_SPECS: readonly ColumnSpec[] = SHEET_FIELDS.map((f) => COLUMNS.find((c) => c.field === f)!);
const MONTH_HEADERS = ['月份', '月', '核算月份', '统计月份', 'month'];
const ID_HEADERS = ['客服ID', '工号', '客服编号', '员工编号', 'agentId'];
const NICK_HEADERS = ['旺旺昵称', '旺旺', '子账号', 'nickname'];
const NAME_HEADERS = ['姓名', '花名', '客服姓名', 'name'];

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The first cell of the template's example row; a row starting with it is skipped on import. */
export const EXAMPLE_MARK = '示例';

const keySets = new Map<readonly string[], Set<string>>();
const keyIn = (h: string, list: readonly string[]) => {
  let set = keySets.get(list);
  if (!set) keySets.set(list, (set = new Set(list.map(exportHeaderKey))));
  return set.has(exportHeaderKey(h));
};

/** Every month header (MONTH_HEADERS) contains one of these, in either width. */
const MAY_BE_MONTH = /月|month|ｍｏｎｔｈ/i;

/** Is this header row the monthly sheet's? 月份, an agent column, and at least one field column — and no role or level column (then it is a records file, docs/records.md). */
export function isMonthlySheetHeader(header: readonly string[]): boolean {
  // every export's first rows pass through here: rule out a row without a month column cheaply
  if (!header.some((h) => MAY_BE_MONTH.test(h) && keyIn(h, MONTH_HEADERS))) return false;
  const records = header.some((h) => {
    const f = columnForHeader(h)?.field;
    return f === 'role' || f === 'level';
  });
  return !records && header.some((h) => keyIn(h, MONTH_HEADERS)) && header.some((h) => keyIn(h, ID_HEADERS) || keyIn(h, NICK_HEADERS)) && header.some((h) => sheetSpec(h) !== undefined);
}

function sheetSpec(h: string): ColumnSpec | undefined {
  const spec = columnForHeader(h);
  return spec && SHEET_SPECS.includes(spec) ? spec : undefined;
}

export interface SheetRow {
  row: number;
  month: string;
  agentId?: string;
  nick?: Nick;
  name?: string;
  /** The fields this row gives (an empty cell gives nothing). */
  fields: Partial<AgentMonth>;
}

export interface ReadMonthlySheet {
  grid: Pick<Grid, 'file' | 'sheet' | 'kind'>;
  headerRow: number;
  rows: SheetRow[];
  columns: (keyof AgentMonth)[];
  unknown: string[];
  months: string[];
}

/** Read the monthly sheet below `headerRow`. Unknown columns are refused (a typo must not become "not provided"). */
export function readMonthlySheet(grid: Grid, headerRow: number): { ok: true; sheet: ReadMonthlySheet } | { ok: false; problems: Problem[] } {
  const header = grid.rows[headerRow]!;
  const problems: Problem[] = [];
  const find = (list: readonly string[]) => header.findIndex((h) => keyIn(h, list));
  const monthCol = find(MONTH_HEADERS);
  const idCol = find(ID_HEADERS);
  const nickCol = find(NICK_HEADERS);
  const nameCol = find(NAME_HEADERS);
  const specs = header.map((h, i) => (i === monthCol || i === idCol || i === nickCol || i === nameCol || h === '' ? undefined : sheetSpec(h)));
  const unknown: string[] = [];
  header.forEach((h, i) => {
    if (h !== '' && i !== monthCol && i !== idCol && i !== nickCol && i !== nameCol && !specs[i]) {
      unknown.push(h);
      problems.push(problem(place(grid, headerRow, i, h), 'import.sheetUnknownColumn', { column: h, row: headerRow + 1 }));
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  const rows: SheetRow[] = [];
  const seen = new Map<string, number>();
  for (let j = headerRow + 1; j < grid.rows.length; j++) {
    const cells = grid.rows[j]!;
    if (isBlankRow(cells)) continue;
    if ((cells.find((c) => c !== '') ?? '').startsWith(EXAMPLE_MARK)) continue;
    const monthCell = readCell('month', cells[monthCol] ?? '');
    if (!monthCell.ok) {
      problems.push(problem(place(grid, j, monthCol, header[monthCol]), monthCell.key, { ...monthCell.params, row: j + 1, column: header[monthCol]! }));
      continue;
    }
    const out: SheetRow = { row: j, month: monthCell.value as string, fields: {} };
    if (idCol >= 0 && (cells[idCol] ?? '') !== '') out.agentId = cells[idCol]!;
    if (nickCol >= 0 && (cells[nickCol] ?? '') !== '') out.nick = splitNickname(cells[nickCol]!);
    if (nameCol >= 0 && (cells[nameCol] ?? '') !== '') out.name = cells[nameCol]!;
    if (out.agentId === undefined && out.nick === undefined) {
      const c = idCol >= 0 ? idCol : nickCol;
      const h = header[c]!;
      problems.push(problem(place(grid, j, c, h), 'import.sheetNoAgent', { row: j + 1, column: h }));
      continue;
    }
    const who = `${out.agentId ?? out.nick!.full}\u0000${out.month}`;
    const first = seen.get(who);
    if (first !== undefined) {
      problems.push(problem(place(grid, j), 'import.sheetDuplicate', { row: j + 1, first: first + 1, agent: out.agentId ?? out.nick!.full, month: out.month }));
      continue;
    }
    seen.set(who, j);
    specs.forEach((spec, i) => {
      const text = cells[i] ?? '';
      if (!spec || text === '') return;
      const v = readCell(spec.kind, text);
      if (!v.ok) problems.push(problem(place(grid, j, i, header[i]), v.key, { ...v.params, row: j + 1, column: header[i]! }));
      else (out.fields as Record<string, unknown>)[spec.field] = v.value;
    });
    rows.push(out);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [problem(place(grid, headerRow), 'import.noAgentRows', { file: grid.file, sheet: grid.sheet || '—' })] };
  return {
    ok: true,
    sheet: {
      grid: { file: grid.file, sheet: grid.sheet, kind: grid.kind },
      headerRow,
      rows,
      columns: specs.flatMap((s) => (s ? [s.field] : [])),
      unknown,
      months: [...new Set(rows.map((r) => r.month))].sort(),
    },
  };
}

/** The template's header: 月份, 客服ID, 旺旺昵称, 姓名, then each field's Chinese column name. */
export function templateHeader(): string[] {
  return ['月份', '客服ID', '旺旺昵称', '姓名', ...SHEET_SPECS.map((s) => s.zh)];
}

/** The example row: marked 示例 in its first cell so importing the template unchanged reads no data. */
export function templateExample(month: string): string[] {
  const example: Record<string, string> = {
    daysEmployed: String(MONTH_RE.test(month) ? daysInMonth(month) : 30), left: '否',
    scheduledDays: '26', daysWorked: '25', leaveDays: '1', absences: '0', latesShort: '2', latesLong: '0',
    slowReplies: '3', unanswered30m: '1', unanswered2h: '0', idleHangs: '0',
    badReviews: '1', badReviewsReversed: '1', badReviewSalesFen: '128.00', afterSalesCases: '0', chasedSalesFen: '0',
    scoreTeamTask: '27', scoreHandover: '18', scoreSatisfaction: '26', scoreSkill: '17',
    violationsLight: '0', violationsMedium: '0', violationsSevere: '0', commendations: '1', warnings: '0', teamScore: '92',
    goodReviewRateBp: '98.50%', salesTargetFen: '',
  };
  return [`${EXAMPLE_MARK}:${month}`, 'A001', '示例店:小美', '张三', ...SHEET_FIELDS.map((f) => example[f] ?? '')];
}

/** The template as CSV text with a UTF-8 BOM (Excel opens the Chinese headers correctly). */
export function templateCsv(month: string): string {
  return '\uFEFF' + formatCsv([templateHeader(), templateExample(month)]);
}
