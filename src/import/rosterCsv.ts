/**
 * The roster as a table (CSV in UTF-8 or GBK, or a sheet of a workbook): 客服ID, 姓名, 旺旺昵称 (several
 * separated by 、 ; | or line breaks), 组, 岗位, 级别, 入职月份 — the roster columns of records files
 * (src/formats/columns.ts) plus the nicknames. docs/real-data.md §Roster.
 */
import { problem, type Problem } from '../i18n/problem';
import { columnForHeader, levelWord, roleWord } from '../formats/columns';
import { readCell } from '../formats/cells';
import { formatCsv } from '../formats/csv';
import { MAX_NICKNAMES, MAX_ROSTER_AGENTS, MAX_ROSTER_TEXT, type RosterAgent } from '../sim/roster';
import type { Level, Role } from '../policy/types';
import { isBlankRow, place, type Grid } from './grid';
import { exportHeaderKey } from './headers';

const NICK_HEADERS = ['旺旺昵称', '旺旺', '子账号', '昵称', 'nicknames', 'nickname'];

/** Split a nicknames cell: 、 ； ; | and line breaks separate (a colon belongs to `店铺:子账号`). */
export function splitNicknames(cell: string): string[] {
  return cell.split(/[、;；|\r\n]+/).map((s) => s.trim()).filter((s) => s !== '');
}

export function readRosterGrid(grid: Grid): { ok: true; roster: RosterAgent[] } | { ok: false; problems: Problem[] } {
  const headerRow = grid.rows.findIndex((r) => !isBlankRow(r));
  if (headerRow < 0) return { ok: false, problems: [problem(place(grid), 'records.emptyFile')] };
  const header = grid.rows[headerRow]!;
  const problems: Problem[] = [];
  const cols: Partial<Record<'agentId' | 'name' | 'team' | 'role' | 'level' | 'hireMonth' | 'nicknames', number>> = {};
  header.forEach((h, i) => {
    if (h === '') return;
    if (NICK_HEADERS.some((n) => exportHeaderKey(n) === exportHeaderKey(h))) cols.nicknames ??= i;
    else {
      const f = columnForHeader(h)?.field;
      if (f === 'agentId' || f === 'name' || f === 'team' || f === 'role' || f === 'level' || f === 'hireMonth') cols[f] ??= i;
      else problems.push(problem(place(grid, headerRow, i, h), 'import.rosterUnknownColumn', { column: h }));
    }
  });
  for (const need of ['agentId', 'name', 'nicknames', 'role', 'level', 'hireMonth'] as const) {
    if (cols[need] === undefined) problems.push(problem(place(grid, headerRow), 'import.rosterMissingColumn', { column: ROSTER_HEADER[need], found: header.filter((h) => h !== '').join(', ') }));
  }
  if (problems.length > 0) return { ok: false, problems };
  const roster: RosterAgent[] = [];
  const ids = new Map<string, number>();
  for (let j = headerRow + 1; j < grid.rows.length; j++) {
    const cells = grid.rows[j]!;
    if (isBlankRow(cells)) continue;
    if (roster.length >= MAX_ROSTER_AGENTS) {
      problems.push(problem(place(grid, j), 'import.rosterTooLong', { max: MAX_ROSTER_AGENTS }));
      break;
    }
    const at = (k: keyof typeof cols) => (cols[k] === undefined ? '' : (cells[cols[k]!] ?? ''));
    const before = problems.length;
    const text = (k: keyof typeof cols, required: boolean) => {
      const v = at(k);
      if (required && v === '') problems.push(problem(place(grid, j, cols[k]!, header[cols[k]!]), 'import.rosterEmptyCell', { row: j + 1, column: header[cols[k]!]! }));
      if (v.length > MAX_ROSTER_TEXT) problems.push(problem(place(grid, j, cols[k]!, header[cols[k]!]), 'limits.cellTooLong', { length: v.length, max: MAX_ROSTER_TEXT }));
      return v;
    };
    const typed = (k: 'role' | 'level' | 'hireMonth') => {
      const v = readCell(k === 'hireMonth' ? 'month' : k, at(k));
      if (!v.ok) problems.push(problem(place(grid, j, cols[k]!, header[cols[k]!]), v.key, { ...v.params, row: j + 1, column: header[cols[k]!]! }));
      return v.ok ? (v.value as string) : '';
    };
    const id = text('agentId', true);
    const name = text('name', true);
    const team = text('team', false);
    const nicknames = splitNicknames(at('nicknames'));
    if (nicknames.length > MAX_NICKNAMES) problems.push(problem(place(grid, j, cols.nicknames!, header[cols.nicknames!]), 'import.rosterTooManyNicknames', { count: nicknames.length, max: MAX_NICKNAMES }));
    const role = typed('role') as Role;
    const level = typed('level') as Level;
    const hireMonth = typed('hireMonth');
    const first = ids.get(id);
    if (id !== '' && first !== undefined) problems.push(problem(place(grid, j, cols.agentId!, header[cols.agentId!]), 'import.rosterDuplicateId', { id, row: j + 1, first: first + 1 }));
    else ids.set(id, j);
    if (problems.length === before) roster.push({ id, name, nicknames, team, role, level, hireMonth });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, roster };
}

const ROSTER_HEADER = { agentId: '客服ID', name: '姓名', nicknames: '旺旺昵称', team: '组', role: '岗位', level: '级别', hireMonth: '入职月份' } as const;

/** The roster as CSV (UTF-8 with BOM, Chinese headers), as readRosterGrid reads it back. */
export function writeRosterCsv(roster: readonly RosterAgent[]): string {
  const rows = roster.map((a) => [a.id, a.name, a.nicknames.join('、'), a.team, roleWord(a.role, 'zh'), levelWord(a.level, 'zh'), a.hireMonth]);
  return '\uFEFF' + formatCsv([Object.values(ROSTER_HEADER), ...rows]);
}
