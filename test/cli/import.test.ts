/**
 * `paylab import`: prints per file what it recognised (layout, sheet, months, agents, warnings) and
 * writes records (with their provenance) that `paylab pay` and the records reader accept; refusals
 * exit 1 with bilingual lines naming the file; `--template` writes the monthly sheet the importer reads.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/import';
import { readRecordsFile } from '../../src/formats/records';
import { importFiles } from '../../src/import/importFiles';
import { fileGrids } from '../../src/import/workbook';
import { sheetjs } from '../../src/cli/import';
import { CUSTOM_NAME, CUSTOM_ROWS_TEXT, ROSTER_ROWS, SHEET_ROWS, SUMMARY_NAME, SUMMARY_ROWS, csvText, gbk, withVbaProject, workbook } from '../import/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'paylab-import-'));
let out = '';
let err = '';

beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const write = (name: string, bytes: Uint8Array | string) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

describe('paylab import', () => {
  it('reads an .xlsx export, a GBK CSV export of another month, the roster and the monthly sheet; writes records with their source', async () => {
    const a = write(`${SUMMARY_NAME}.xlsx`, workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'xlsx'));
    const b = write(CUSTOM_NAME.replace('20261001_20261031', '20260901_20260930') + '.csv', gbk(csvText(CUSTOM_ROWS_TEXT)));
    const roster = write('名册.csv', '\uFEFF' + csvText(ROSTER_ROWS));
    const sheet = write('补充表.csv', '\uFEFF' + csvText(SHEET_ROWS));
    const file = join(dir, 'records.json');
    expect(await run([a, b, sheet, '--roster', roster, '--attribution', 'payment', '--saved-on', '2026-11-05', '--out', file])).toBe(0);
    expect(out).toContain('[汇总分析] 生意参谋 客服绩效 · 业绩分析-汇总分析,表头第 4 行,跳过横幅 2 行、汇总 2 行;月份 2026-10;3 个客服');
    expect(out).toContain('header in row 4, 2 banner and 2 summary rows skipped; months 2026-10; 3 agents');
    expect(out).toContain('生意参谋 自制报表 · 客服绩效,表头第 1 行,跳过横幅 0 行、汇总 6 行;月份 2026-09;2 个客服');
    expect(out).toContain('D6'); // the 延时统计 cell is named
    expect(out).toContain('月度补充表');
    expect(out).toContain('已写出 5 条客服月度记录(3 位客服,2026-09…2026-10)');
    expect(out).toContain('Wrote 5 agent-months (3 agents, 2026-09…2026-10)');
    expect(out).toContain('attribution: payment rule (付款判定)');
    expect(out).toContain('2026-09: 已结算 / settled');
    expect(out).toContain('2026-10: 未结算(数字可能还会变) / not settled (figures may still change)');
    expect(err).toContain('钱运来旗舰店:阿强'); // unbound nickname listed
    const read = readRecordsFile(readFileSync(file), 'records.json');
    // September from the 自制报表 (询单最终付款金额), October from the 汇总分析 (销售额); the sheet adds October's attendance
    expect(read.records.map((r) => `${r.month} ${r.agentId} ${r.creditedSalesFen} ${r.latesShort}`)).toEqual([
      '2026-09 A001 8400000 0',
      '2026-09 A002 7321055 0',
      '2026-10 A001 8642050 2',
      '2026-10 A002 7530000 0',
      '2026-10 钱运来旗舰店:阿强 5038888 0',
    ]);
    expect(read.source?.attribution).toBe('payment');
    expect(read.source?.months).toEqual([{ month: '2026-09', settlement: 'final' }, { month: '2026-10', settlement: 'provisional' }]);
  });

  it('writes the same records the library builds, and the monthly sheet template reads back as no data', async () => {
    const t = join(dir, '补充表模板.csv');
    expect(await run(['--template', t, '--month', '2026-10'])).toBe(0);
    const text = readFileSync(t, 'utf8');
    expect(text.startsWith('\uFEFF月份,客服ID,旺旺昵称,姓名,在职天数,离职,排班天数,出勤天数,请假天数,旷工次数,迟到10分钟内次数,迟到超10分钟次数')).toBe(true);
    expect(text).toContain('示例:2026-10,A001,示例店:小美,张三,31,否,26,25');
    const grids = fileGrids(readFileSync(t), t, sheetjs);
    const r = importFiles([{ name: t, bytes: readFileSync(t) }], { roster: [], attribution: 'unstated', xlsx: sheetjs });
    expect(grids[0]!.rows).toHaveLength(2);
    expect(r.problems.map((p) => p.key)).toEqual(['import.noAgentRows']);
  });

  it('refuses a macro workbook with exit 1, naming the file, in both languages', async () => {
    const a = write('宏.xlsx', withVbaProject(workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'xlsx')));
    expect(await run([a, '--out', join(dir, 'x.json')])).toBe(1);
    expect(err).toContain('宏.xlsx: 这是带宏的工作簿');
    expect(err).toContain('/ This workbook has macros');
  });

  it('usage errors exit 2', async () => {
    await expect(run(['a.csv'])).rejects.toThrow();
    await expect(run(['a.csv', '--out', 'x.json', '--attribution', 'whoever'])).rejects.toThrow();
  });
});

describe('paylab pay on imported records', () => {
  it('prints the attribution and settlement, and under each payslip the lines it could not compute', async () => {
    const a = write(`pay-${SUMMARY_NAME}.xlsx`, workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'xlsx'));
    const roster = write('名册2.csv', '\uFEFF' + csvText(ROSTER_ROWS));
    const file = join(dir, 'pay-records.json');
    expect(await run([a, '--roster', roster, '--attribution', 'orderFirst', '--saved-on', '2026-11-20', '--out', file])).toBe(0);
    out = '';
    const { run: pay } = await import('../../src/cli/pay');
    expect(await pay(['--policy', 'scenarios/policies/seed000.json', '--records', file])).toBe(0);
    expect(out).toContain('下单优先判定 · 2026-10 未结算(数字可能还会变)');
    // 张贞: seed000's commission reads bad-review sales, the fines read lates, absences, unanswered… none given
    expect(out).toMatch(/── 2026-10 · A001 张贞[\s\S]*?无法可靠计算的工资项:提成、团队评分奖、满勤奖、迟到罚款\(10分钟内\)/);
  });
});
