/**
 * The monthly sheet's employment columns (在职天数, 离职) become the records' daysEmployed and left;
 * without them the month is assumed whole and not leaving, and both are listed as not provided.
 * 赤兔遵时率's 在线总时长(秒) of a month on long shifts (over a million seconds) is read, up to a
 * 31-day month of seconds. Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportFile, type ImportResult } from '../../src/import/importFiles';
import type { SheetReader } from '../../src/import/workbook';
import { readRosterGrid } from '../../src/import/rosterCsv';
import { csvGrid } from '../../src/import/workbook';
import { describe as describeProblem } from '../../src/i18n/problemText';
import { ROSTER_ROWS, chituAttendanceExport, csvText, monthlySheet, sheetjs } from './fixtures';

const xlsx = sheetjs as unknown as SheetReader;
const utf8 = (s: string) => new TextEncoder().encode(s);

function run(files: ImportFile[]): ImportResult {
  const r = readRosterGrid(csvGrid(utf8('\uFEFF' + csvText(ROSTER_ROWS)), 'roster.csv'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return importFiles(files, { roster: r.roster, attribution: 'payment', xlsx });
}

const sheet = (rows: Parameters<typeof monthlySheet>[0], columns?: Parameters<typeof monthlySheet>[1]): ImportFile => ({
  name: '月度补充表.csv',
  bytes: utf8('\uFEFF' + csvText(monthlySheet(rows, columns))),
});

describe('在职天数 and 离职 in the monthly sheet', () => {
  it('a hire of the 12th and a leaver of the month are read as such', () => {
    const r = run([
      sheet([
        { 月份: '2026-10', 客服ID: 'A001', 在职天数: 20, 离职: '是', 排班天数: 17, 出勤天数: 17 },
        { 月份: '2026-10', 客服ID: 'A002', 在职天数: 31, 离职: '否', 排班天数: 27, 出勤天数: 26 },
      ]),
    ]);
    expect(r.problems.map((p) => describeProblem(p, 'en'))).toEqual([]);
    expect(r.records.map((x) => [x.agentId, x.daysEmployed, x.left, x.scheduledDays, x.daysWorked])).toEqual([
      ['A001', 20, true, 17, 17],
      ['A002', 31, false, 27, 26],
    ]);
    for (const n of r.source.notProvided) {
      expect(n.fields).not.toContain('daysEmployed');
      expect(n.fields).not.toContain('left');
      expect(n.fields).toContain('latesShort');
    }
  });

  it('without them the month is whole (31 days in October) and not leaving — and both are listed as not provided', () => {
    const r = run([sheet([{ 月份: '2026-10', 客服ID: 'A001', 排班天数: 27, 出勤天数: 27 }], ['月份', '客服ID', '排班天数', '出勤天数'])]);
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({ daysEmployed: 31, left: false, daysWorked: 27 });
    expect(r.source.notProvided[0]!.fields.slice(0, 2)).toEqual(['daysEmployed', 'left']);
  });

  it('more days employed than the month has is refused at the record, naming the agent and month', () => {
    const r = run([sheet([{ 月份: '2026-11', 客服ID: 'A001', 在职天数: 31, 离职: '否' }], ['月份', '客服ID', '在职天数', '离职'])]);
    expect(r.records).toEqual([]);
    expect(r.problems.map((p) => p.path)).toEqual(['张贞 (A001) 2026-11.daysEmployed']);
  });
});

describe('赤兔遵时率 在线总时长(秒)', () => {
  const file = (seconds: number): ImportFile => {
    const e = chituAttendanceExport([{ name: '张贞', account: '贞贞', daysWorked: 26, onlineSeconds: seconds }]);
    return { name: e.name('2026-10'), bytes: utf8('\uFEFF' + csvText(e.rows)) };
  };

  it('26 days of 12 hours = 1,123,200 s is read as 312 hours (the records bound for a measure is 1,000,000)', () => {
    const r = run([file(1_123_200)]);
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({ agentId: 'A001', month: '2026-10', daysWorked: 26, onlineHours: 312 });
  });

  it('more seconds than a 31-day month (2,678,400) is refused naming the cell', () => {
    const r = run([file(2_678_401)]);
    expect(r.records).toEqual([]);
    // row 2 (the agent), column I (在线总时长(秒), the 9th column)
    expect(r.problems.map((p) => p.path)).toEqual(['赤兔遵时率_20261001_20261031.csv I2 在线总时长(秒)']);
    expect(describeProblem(r.problems[0]!, 'zh')).toContain('2678401');
  });
});
