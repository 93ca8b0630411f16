/**
 * Synthetic exports of every documented layout (fixtures.ts) import to the records written by hand
 * here, cell by cell; wrong layouts, macro-laden, encrypted and oversized files are refused naming
 * the file, sheet, row and column, in Chinese and English.
 */
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportFile, type ImportResult } from '../../src/import/importFiles';
import type { SheetReader } from '../../src/import/workbook';
import { readRosterGrid } from '../../src/import/rosterCsv';
import { csvGrid } from '../../src/import/workbook';
import type { Attribution } from '../../src/formats/importSource';
import { describe as describeProblem } from '../../src/i18n/problemText';
import type { RosterAgent } from '../../src/sim/roster';
import {
  CHITU_NAME, CHITU_ROWS, CUSTOM_FORMATS, CUSTOM_NAME, CUSTOM_ROWS_NUMBERS, CUSTOM_ROWS_TEXT, DAILY_NAME, DAILY_ROWS, ROSTER_ROWS,
  SHEET_ROWS, SUMMARY_NAME, SUMMARY_ROWS, csvText, encryptedWorkbook, gbk, hugeRangeWorkbook, sheetjs, withVbaProject, workbook,
} from './fixtures';

const xlsx = sheetjs as unknown as SheetReader;
const utf8 = (s: string) => new TextEncoder().encode(s);

function roster(): RosterAgent[] {
  const r = readRosterGrid(csvGrid(utf8('\uFEFF' + csvText(ROSTER_ROWS)), 'roster.csv'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.roster;
}

function run(files: ImportFile[], opts: { roster?: RosterAgent[]; attribution?: Attribution; month?: string } = {}): ImportResult {
  return importFiles(files, { roster: opts.roster ?? roster(), attribution: opts.attribution ?? 'payment', xlsx, ...(opts.month ? { month: opts.month } : {}) });
}

const ok = (r: ImportResult) => {
  expect(r.problems.map((p) => `${p.path}: ${describeProblem(p, 'en')}`)).toEqual([]);
  return r;
};

/** The records default for every count a file did not give. */
const zeros = {
  scheduledDays: 0, daysWorked: 0, leaveDays: 0, absences: 0, latesShort: 0, latesLong: 0, slowReplies: 0, unanswered30m: 0, unanswered2h: 0, idleHangs: 0,
  chasedSalesFen: 0, badReviews: 0, badReviewsReversed: 0, badReviewSalesFen: 0, afterSalesCases: 0, scoreTeamTask: 0, scoreHandover: 0, scoreSatisfaction: 0,
  scoreSkill: 0, violationsLight: 0, violationsMedium: 0, violationsSevere: 0, commendations: 0, warnings: 0, teamScore: 0,
};

const A001 = { agentId: 'A001', name: '张贞', team: '一组', role: 'presales', level: 'intermediate', hireMonth: '2025-03', left: false } as const;
const A002 = { agentId: 'A002', name: '李美', team: '一组', role: 'presales', level: 'junior', hireMonth: '2026-02', left: false } as const;

describe('生意参谋 汇总分析 (export A)', () => {
  // banner rows 1–3, header in row 4, agents in rows 5–7, 汇总值 and 平均值 in rows 8–9
  const expectSummary = (r: ImportResult) => {
    ok(r);
    expect(r.files[0]!.sheets[0]).toMatchObject({ layout: 'sycmSummary', headerRow: 4, bannerRows: 2, summaryRows: 2, months: ['2026-10'], agents: 3 });
    expect(r.records).toHaveLength(3);
    // tenure: hired 2025-03 → 2026-10 is tenure month 20; October has 31 days
    expect(r.records[0]).toEqual({
      month: '2026-10', ...A001, tenureMonth: 20, daysEmployed: 31, ...zeros,
      inquiries: 620, orders: 240, paidOrders: 210, creditedSalesFen: 8_642_050, returnsFen: 123_456,
    });
    // 询单人数 was 延时统计: pending, not 0 as a figure (the record holds the default and says so)
    expect(r.records[1]).toEqual({
      month: '2026-10', ...A002, tenureMonth: 9, daysEmployed: 31, ...zeros,
      inquiries: 0, orders: 198, paidOrders: 180, creditedSalesFen: 7_530_000, returnsFen: 0,
    });
    // 阿强 is in no roster: an agent of its own, role from 旺旺类型 售后, level and hire month assumed
    expect(r.records[2]).toEqual({
      month: '2026-10', agentId: '钱运来旗舰店:阿强', name: '阿强', team: '钱运来旗舰店', role: 'aftersales', level: 'junior', hireMonth: '2026-10', left: false,
      tenureMonth: 1, daysEmployed: 31, ...zeros, inquiries: 410, orders: 150, paidOrders: 140, creditedSalesFen: 5_038_888, returnsFen: 38_888,
    });
    expect(r.unbound).toEqual([{ nickname: '钱运来旗舰店:阿强', months: ['2026-10'] }]);
    const np = r.source.notProvided;
    expect(np.map((n) => [n.agentId, n.pending])).toEqual([['A001', []], ['A002', ['inquiries']], ['钱运来旗舰店:阿强', []]]);
    expect(np[0]!.fields).not.toContain('inquiries');
    expect(np[0]!.fields).toContain('latesShort');
    expect(np[0]!.fields).toContain('scoreTeamTask');
    expect(np[1]!.fields).not.toContain('inquiries'); // pending is said once, as pending
    expect(np[2]!.fields.slice(0, 2)).toEqual(['level', 'hireMonth']);
    expect(r.source.months).toEqual([{ month: '2026-10', settlement: 'provisional' }]);
    const w = r.files[0]!.sheets[0]!.warnings;
    expect(w.map((p) => p.key)).toEqual(['import.pendingCells']);
    // the placeholder's cell is named: row 6 (小美), column D (询单人数)
    expect(describeProblem(w[0]!, 'zh')).toContain('D6');
    expect(describeProblem(w[0]!, 'en')).toContain('D6');
  };

  it('as .xlsx', () => {
    expectSummary(run([{ name: `${SUMMARY_NAME}.xlsx`, bytes: workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'xlsx'), savedOn: '2026-11-05' }]));
  });
  it('as GBK CSV', () => {
    const r = run([{ name: `${SUMMARY_NAME}.csv`, bytes: gbk(csvText(SUMMARY_ROWS)), savedOn: '2026-11-05' }]);
    expect(r.files[0]!.kind).toBe('csv-gbk');
    expectSummary(r);
  });
  it('as .xls (BIFF8)', () => {
    const r = run([{ name: `${SUMMARY_NAME}.xls`, bytes: workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'biff8'), savedOn: '2026-11-05' }]);
    expect(r.files[0]!.kind).toBe('xls');
    expectSummary(r);
  });
});

describe('生意参谋 自制报表 (export B)', () => {
  const expectCustom = (r: ImportResult) => {
    ok(r);
    expect(r.files[0]!.sheets[0]).toMatchObject({ layout: 'sycmCustom', headerRow: 1, bannerRows: 0, summaryRows: 6, agents: 2 });
    // 延询单人数 is 询单人数; 首次响应时长（秒) with mixed brackets is read; 99.71 bare is a percentage
    expect(r.records[0]).toEqual({
      month: '2026-10', ...A001, tenureMonth: 20, daysEmployed: 31, ...zeros, orders: 0,
      inquiries: 615, paidOrders: 205, creditedSalesFen: 8_400_000, returnsFen: 100_000,
      firstResponseSec: 8.5, avgResponseSec: 21.37, satisfactionRateBp: 9725, replyRateBp: 9971,
    });
    expect(r.records[1]).toEqual({
      month: '2026-10', ...A002, tenureMonth: 9, daysEmployed: 31, ...zeros, orders: 0,
      inquiries: 590, paidOrders: 178, creditedSalesFen: 7_321_055, returnsFen: 0,
      firstResponseSec: 12, avgResponseSec: 25.4, satisfactionRateBp: 9550, replyRateBp: 9971,
    });
    expect(r.source.notProvided[0]!.fields).toContain('orders');
    // saved on 2026-11-09: the 9th of the next month, October has settled
    expect(r.source.months).toEqual([{ month: '2026-10', settlement: 'final' }]);
    expect(r.source.attribution).toBe('orderFirst');
  };
  it('as .xlsx with numbers and percentage formats', () => {
    const bytes = workbook([{ name: '客服绩效', rows: CUSTOM_ROWS_NUMBERS, formats: CUSTOM_FORMATS }], 'xlsx');
    expectCustom(run([{ name: `${CUSTOM_NAME}.xlsx`, bytes, savedOn: '2026-11-09' }], { attribution: 'orderFirst' }));
  });
  it('as GBK CSV with ￥ and % text', () => {
    expectCustom(run([{ name: `${CUSTOM_NAME}.csv`, bytes: gbk(csvText(CUSTOM_ROWS_TEXT)), savedOn: '2026-11-09' }], { attribution: 'orderFirst' }));
  });
  it('as .xls', () => {
    const bytes = workbook([{ name: '客服绩效', rows: CUSTOM_ROWS_NUMBERS, formats: CUSTOM_FORMATS }], 'biff8');
    expectCustom(run([{ name: `${CUSTOM_NAME}.xls`, bytes, savedOn: '2026-11-09' }], { attribution: 'orderFirst' }));
  });
  it('saved on the 8th of the next month, the month is not settled yet', () => {
    const r = ok(run([{ name: `${CUSTOM_NAME}.csv`, bytes: gbk(csvText(CUSTOM_ROWS_TEXT)), savedOn: '2026-11-08' }]));
    expect(r.source.months).toEqual([{ month: '2026-10', settlement: 'provisional' }]);
  });
});

describe('赤兔售前明细', () => {
  it('binds the bare sub-account 贞贞 to the roster’s 钱运来旗舰店:贞贞 and skips 合计', () => {
    const r = ok(run([{ name: `${CHITU_NAME}.xlsx`, bytes: workbook([{ name: '售前明细', rows: CHITU_ROWS }], 'xlsx') }]));
    expect(r.files[0]!.sheets[0]).toMatchObject({ layout: 'chituPresales', summaryRows: 1, agents: 1 });
    expect(r.records).toEqual([
      {
        month: '2026-10', ...A001, tenureMonth: 20, daysEmployed: 31, ...zeros,
        inquiries: 600, orders: 230, paidOrders: 200, creditedSalesFen: 8_400_000, returnsFen: 0,
        replyRateBp: 9950, avgResponseSec: 20.1, firstResponseSec: 9.8, returnRateBp: 150,
      },
    ]);
    // no file date: settlement unknown
    expect(r.source.months).toEqual([{ month: '2026-10', settlement: 'unknown' }]);
  });
});

describe('a daily file (客服绩效明细 by day) becomes months with weights', () => {
  it('sums counts, weights satisfaction and response times by 有效接待人数, splits at the month end', () => {
    const bytes = workbook([{ name: '明细', rows: DAILY_ROWS }], 'xlsx');
    const r = ok(run([{ name: `${DAILY_NAME}.xlsx`, bytes, savedOn: '2026-11-20' }]));
    expect(r.files[0]!.sheets[0]).toMatchObject({ layout: 'sycmDaily', months: ['2026-10', '2026-11'], summaryRows: 1, agents: 2 });
    const byKey = new Map(r.records.map((x) => [`${x.agentId} ${x.month}`, x]));
    // 贞贞, October (30th and 31st): inquiries 20 + 10 = 30; paid 7 + 3 = 10; sales 2100.00 + 900.50 = 3000.50 yuan;
    // satisfaction (96.00 % × 50 + 100.00 % × 30) ÷ 80 = 97.50 % (the plain mean would be 98 %);
    // first response (10 × 50 + 20 × 30) ÷ 80 = 13.75 s; average response (20 × 50 + 30 × 30) ÷ 80 = 23.75 s
    expect(byKey.get('A001 2026-10')).toMatchObject({ inquiries: 30, paidOrders: 10, creditedSalesFen: 300_050, satisfactionRateBp: 9750, firstResponseSec: 13.75, avgResponseSec: 23.75 });
    // 贞贞, November 1st alone
    expect(byKey.get('A001 2026-11')).toMatchObject({ inquiries: 15, paidOrders: 5, creditedSalesFen: 150_000, satisfactionRateBp: 9000, firstResponseSec: 12, avgResponseSec: 24 });
    // 小美's 当日询单人数 was 延时统计: pending for October, not 0 as a figure
    expect(byKey.get('A002 2026-10')).toMatchObject({ inquiries: 0, paidOrders: 4, creditedSalesFen: 100_000, satisfactionRateBp: 9250 });
    expect(r.source.notProvided.find((n) => n.agentId === 'A002')!.pending).toEqual(['inquiries']);
    // October has a placeholder → provisional; November was saved on 11-20, before 12-09 → provisional
    expect(r.source.months).toEqual([{ month: '2026-10', settlement: 'provisional' }, { month: '2026-11', settlement: 'provisional' }]);
  });
});

describe('the monthly sheet fills what exports lack', () => {
  it('merges with an export; the example row is skipped; empty cells are not provided, not 0', () => {
    const sheet = { name: '补充表.csv', bytes: utf8('\uFEFF' + csvText(SHEET_ROWS)) };
    const summary = { name: `${SUMMARY_NAME}.xlsx`, bytes: workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'xlsx'), savedOn: '2026-11-12' };
    const r = ok(run([summary, sheet]));
    expect(r.files[1]!.sheets[0]).toMatchObject({ layout: 'monthlySheet', agents: 2, months: ['2026-10'] });
    expect(r.records[0]).toMatchObject({
      agentId: 'A001', inquiries: 620, scheduledDays: 26, daysWorked: 25, leaveDays: 1, absences: 0, latesShort: 2, latesLong: 1,
      unanswered30m: 3, unanswered2h: 1, scoreTeamTask: 27, scoreHandover: 18, scoreSatisfaction: 26, scoreSkill: 17.5,
    });
    expect(r.records[1]).toMatchObject({ agentId: 'A002', daysWorked: 26, latesShort: 0, scoreTeamTask: 25 });
    const a1 = r.source.notProvided.find((n) => n.agentId === 'A001')!;
    const a2 = r.source.notProvided.find((n) => n.agentId === 'A002')!;
    expect(a1.fields).not.toContain('latesShort');
    expect(a1.fields).toContain('badReviews');
    // 小美's lates were left empty: not provided
    expect(a2.fields).toEqual(expect.arrayContaining(['latesShort', 'latesLong', 'unanswered30m', 'unanswered2h']));
    expect(a2.fields).not.toContain('daysWorked');
    expect(r.records.some((x) => x.agentId === 'A000')).toBe(false);
  });
});

describe('refusals name the file, sheet, row and column in both languages', () => {
  const refuse = (f: ImportFile) => {
    const r = run([f]);
    expect(r.records).toEqual([]);
    return r.problems;
  };
  it('a wrong layout shows the header it found', () => {
    const bytes = workbook([{ name: '工资表', rows: [['姓名', '基本工资', '提成'], ['张三', 3000, 500]] }], 'xlsx');
    const [p] = refuse({ name: '工资.xlsx', bytes });
    expect(p!.path).toBe('工资.xlsx [工资表]');
    expect(describeProblem(p!, 'zh')).toContain('认不出这个表的格式');
    expect(describeProblem(p!, 'zh')).toContain('姓名 | 基本工资 | 提成');
    expect(describeProblem(p!, 'en')).toContain('Layout not recognised');
  });
  it('the shop-level daily file is refused as having no agents', () => {
    const rows = [['日期', '询单人数', '当日询单人数', '当日付款人数', '当日付款金额', '最终付款人数', '最终付款金额', '询单当日付款转化率', '询单最终付款转化率'], ['2026-10-01', 100, 80, 30, 9000, 35, 10500, '37.5%', '35%']];
    const [p] = refuse({ name: '客服-业绩询单_20261102.csv', bytes: utf8(csvText(rows)) });
    expect(p!.key).toBe('import.shopLevel');
    expect(describeProblem(p!, 'en')).toContain('no per-agent figures');
  });
  it('a bad cell is named by cell and header', () => {
    const rows = SUMMARY_ROWS.map((r) => [...r]);
    rows[6]![7] = '五万';
    const [p] = refuse({ name: `${SUMMARY_NAME}.xlsx`, bytes: workbook([{ name: '汇总分析', rows }], 'xlsx') });
    expect(p!.path).toBe(`${SUMMARY_NAME}.xlsx [汇总分析] H7 销售额`);
    expect(describeProblem(p!, 'zh')).toBe('"五万" 不是数字');
    expect(describeProblem(p!, 'en')).toBe('"五万" is not a number');
  });
  it('a workbook with a VBA project, even named .xlsx, and an .xlsm name', () => {
    const plain = workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'xlsx');
    const [p] = refuse({ name: `${SUMMARY_NAME}.xlsx`, bytes: withVbaProject(plain) });
    expect(p!.key).toBe('import.macros');
    expect(p!.path).toBe(`${SUMMARY_NAME}.xlsx`);
    expect(describeProblem(p!, 'zh')).toContain('带宏的工作簿');
    expect(describeProblem(p!, 'en')).toContain('has macros');
    expect(refuse({ name: '报表.xlsm', bytes: plain })[0]!.key).toBe('import.macros');
  });
  it('an encrypted workbook', () => {
    const [p] = refuse({ name: '加密.xlsx', bytes: encryptedWorkbook() });
    expect(p!.key).toBe('import.encrypted');
    expect(describeProblem(p!, 'zh')).toContain('密码保护');
    expect(describeProblem(p!, 'en')).toContain('password-protected');
  });
  it('a sheet whose used range passes the cell bound, before its cells are read', () => {
    // 702 columns (A…ZZ) × 5 000 rows = 3 510 000 cells > 3 000 000
    const [p] = refuse({ name: `${SUMMARY_NAME}.xlsx`, bytes: hugeRangeWorkbook('A1:ZZ5000') });
    expect(p!.key).toBe('import.tooManyCells');
    expect(p!.path).toBe(`${SUMMARY_NAME}.xlsx [sheet1]`);
    expect(describeProblem(p!, 'en')).toContain('3510000 cells');
  });
  it('a CSV with too many rows, and a file too large', () => {
    const text = SUMMARY_HEADER_LINE + '店:甲,1\r\n'.repeat(100_001);
    const [p] = refuse({ name: 'big.csv', bytes: utf8(text) });
    expect(p!.key).toBe('limits.csvTooManyRows');
    expect(p!.path).toBe('big.csv row 100001');
    const [q] = refuse({ name: 'huge.csv', bytes: new Uint8Array(31 * 1024 * 1024).fill(0x41) });
    expect(q!.key).toBe('import.fileTooLarge');
    expect(describeProblem(q!, 'zh')).toContain('超过上限 30 MB');
  });
  it('a month spanning file without dates, and a file with no period', () => {
    const rows = CUSTOM_ROWS_TEXT;
    const [p] = refuse({ name: '自制报表-报表查看-客服绩效_20260901_20261031_全部.csv', bytes: utf8(csvText(rows)) });
    expect(p!.key).toBe('import.periodSpansMonths');
    const [q] = refuse({ name: '客服绩效.csv', bytes: utf8(csvText(rows)) });
    expect(q!.key).toBe('import.noMonth');
    // --month names it
    expect(ok(run([{ name: '客服绩效.csv', bytes: utf8(csvText(rows)) }], { month: '2026-10' })).records).toHaveLength(2);
  });
});

const SUMMARY_HEADER_LINE = '旺旺昵称,询单人数\r\n';
