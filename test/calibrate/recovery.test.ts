/**
 * Recovery through the platform's layouts: months generated from a scenario with known parameters
 * are written as the files an owner has — a 生意参谋 客服绩效 · 汇总分析 export per month (GBK CSV
 * with its banner and 汇总值/平均值 rows; one month of each seed as the .xlsx download with number
 * cells), 赤兔遵时率 per month for the days worked (odd seeds; even seeds give 出勤天数 in the
 * monthly sheet), the monthly sheet for what no export carries (employment, attendance, conduct, bad
 * reviews, after-sales cases, chased sales) and the 客服名册 — then imported by the same functions
 * the page and `paylab import` use (read → recognise → bind the roster → months) and calibrated.
 * Each estimated parameter must land inside its stated 95 % interval in at least 90 % of seeds (the
 * count over SEEDS seeds is computed here; docs/real-data.md §Recovery gives the figures measured).
 * The scenario is the default shop with the responses to pay switched off (effort, fines and quits
 * at elasticity 0): an estimate is the shop's behaviour under the policy it ran, and with no
 * response that is the model's parameter itself. Twenty-four months, so the seasonality and its
 * noise are estimated from the data.
 */
import { describe, expect, it } from 'vitest';
import type { AgentMonth } from '../../src/engine/records';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import { calibrateShop } from '../../src/calibrate/calibrateShop';
import { fieldsPresent } from '../../src/formats/fieldsPresent';
import type { Estimate } from '../../src/calibrate/estimate';
import type { Scenario } from '../../src/sim/scenario';
import { importFiles, type ImportFile, type ImportResult } from '../../src/import/importFiles';
import { readRosterGrid } from '../../src/import/rosterCsv';
import { csvGrid, type SheetReader } from '../../src/import/workbook';
import type { RosterAgent } from '../../src/sim/roster';
import { describe as describeProblem } from '../../src/i18n/problemText';
import { defaultScenario } from '../behaviour/helpers';
import {
  ROSTER_HEADER, chituAttendanceExport, csvText, gbk, monthlySheet, summaryExport, workbook, yuanText, sheetjs,
  MONTHLY_SHEET_HEADER, type Cell, type MonthlySheetColumn, type SummaryLine,
} from '../import/fixtures';

const SEEDS = 300;
const SHOP = '钱运来旗舰店';
const xlsx = sheetjs as unknown as SheetReader;
const utf8 = (s: string) => new TextEncoder().encode(s);

const ROLE_WORD: Record<AgentMonth['role'], string> = { presales: '售前', aftersales: '售后', gold: '金牌', supervisor: '主管' };
const LEVEL_WORD: Record<AgentMonth['level'], string> = { junior: '初级', intermediate: '中级', senior: '高级', manager: '客户经理' };

/** The day after the month's figures settled (the 15th of the next month). */
function savedOn(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-15` : `${y}-${String(m + 1).padStart(2, '0')}-15`;
}

/** The owner's files for generated months: the layouts named in the file comment. */
function platformFiles(records: readonly AgentMonth[], seed: number): { roster: RosterAgent[]; files: ImportFile[] } {
  const months = [...new Set(records.map((r) => r.month))].sort();
  // 客服名册: each agent once, with the level of their last month; the sub-account is the name (a
  // repeated name gets a number, as the platform requires distinct sub-accounts)
  const last = new Map<string, AgentMonth>();
  for (const r of records) last.set(r.agentId, r);
  const account = new Map<string, string>();
  const taken = new Set<string>();
  for (const [id, r] of last) {
    let a = r.name;
    for (let k = 2; taken.has(a); k++) a = `${r.name}${k}`;
    taken.add(a);
    account.set(id, a);
  }
  const rosterRows: Cell[][] = [[...ROSTER_HEADER], ...[...last.values()].map((r) => [r.agentId, r.name, `${SHOP}:${account.get(r.agentId)}`, r.team, ROLE_WORD[r.role], LEVEL_WORD[r.level], r.hireMonth])];
  const read = readRosterGrid(csvGrid(utf8('\uFEFF' + csvText(rosterRows)), '客服名册.csv'));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));

  const files: ImportFile[] = [];
  const chitu = seed % 2 === 1;
  const xlsxMonth = months[seed % months.length];
  for (const month of months) {
    const rows = records.filter((r) => r.month === month);
    const lines: SummaryLine[] = rows.map((r) => ({
      nickname: `${SHOP}:${account.get(r.agentId)}`,
      inquiries: r.inquiries,
      orders: r.orders,
      paidOrders: r.paidOrders,
      salesFen: r.creditedSalesFen,
      refundFen: r.returnsFen,
      type: r.role === 'aftersales' ? '售后' : '售前',
    }));
    if (month === xlsxMonth) {
      const e = summaryExport(lines, 'number');
      files.push({ name: e.name('xlsx', month), bytes: workbook([{ name: '汇总分析', rows: e.rows, formats: e.formats }], 'xlsx'), savedOn: savedOn(month) });
    } else {
      const e = summaryExport(lines, 'text');
      files.push({ name: e.name('csv', month), bytes: gbk(csvText(e.rows)), savedOn: savedOn(month) });
    }
    if (chitu) {
      const e = chituAttendanceExport(rows.map((r) => ({ name: r.name, account: account.get(r.agentId)!, daysWorked: r.daysWorked, onlineSeconds: Math.round((r.onlineHours ?? 0) * 3600) })));
      files.push({ name: e.name(month), bytes: utf8('\uFEFF' + csvText(e.rows)), savedOn: savedOn(month) });
    }
  }
  const columns = MONTHLY_SHEET_HEADER.filter((c) => c !== '旺旺昵称' && !(chitu && c === '出勤天数'));
  const sheet = monthlySheet(
    records.map((r): Partial<Record<MonthlySheetColumn, Cell>> => ({
      月份: r.month, 客服ID: r.agentId, 姓名: r.name, 在职天数: r.daysEmployed, 离职: r.left ? '是' : '否', 排班天数: r.scheduledDays, 出勤天数: r.daysWorked,
      请假天数: r.leaveDays, 旷工次数: r.absences, 迟到10分钟内次数: r.latesShort, 迟到超10分钟次数: r.latesLong, 慢回复次数: r.slowReplies,
      '30分钟未回复': r.unanswered30m, '2小时未回复': r.unanswered2h, 空挂次数: r.idleHangs, 中差评数: r.badReviews, 改好评数: r.badReviewsReversed,
      中差评订单金额: yuanText(r.badReviewSalesFen), 售后件数: r.afterSalesCases, 追单业绩: yuanText(r.chasedSalesFen),
    })),
    columns,
  );
  files.push({ name: '月度补充表.csv', bytes: utf8('\uFEFF' + csvText(sheet)) });
  return { roster: read.roster, files };
}

function importGenerated(records: readonly AgentMonth[], seed: number): ImportResult {
  const { roster, files } = platformFiles(records, seed);
  return importFiles(files, { roster, attribution: 'payment', xlsx });
}

function truthOf(s: Scenario, e: Estimate): number | undefined {
  const t = e.target;
  if (t.kind === 'behaviour') return s.behaviour[t.field];
  if (t.kind === 'shop') return s.shop[t.field];
  if (t.kind === 'seasonality') return s.shop.seasonality[t.month - 1]! * (t.month === 6 ? s.shop.peak618 : t.month === 11 ? s.shop.peak1111 : 1);
  if (t.kind === 'category') return t.field === 'meanOrderValue' ? Number(s.shop.category.meanOrderValue) : s.shop.category[t.field];
  return undefined;
}

/** The fields the calibration reads, compared between the generated and the imported records. */
const READ: readonly (keyof AgentMonth)[] = [
  'month', 'agentId', 'name', 'team', 'role', 'hireMonth', 'tenureMonth', 'daysEmployed', 'left', 'scheduledDays', 'daysWorked', 'leaveDays', 'absences',
  'latesShort', 'latesLong', 'slowReplies', 'unanswered30m', 'unanswered2h', 'idleHangs', 'inquiries', 'orders', 'paidOrders', 'creditedSalesFen',
  'chasedSalesFen', 'returnsFen', 'badReviews', 'afterSalesCases',
];

describe('calibration recovers the parameters months were generated with, through the platform layouts', () => {
  const base = defaultScenario();
  base.behaviour.effortElasticity = 0;
  base.behaviour.fineElasticity = 0;
  base.behaviour.quitPayElasticity = 0;
  base.settings.months = 24;

  const covered = new Map<string, number>();
  const seen = new Map<string, number>();
  const first: Estimate[] = [];
  const failures: string[] = [];
  let firstSeed: { generated: AgentMonth[]; imported: ImportResult } | undefined;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const s = structuredClone(base);
    s.settings.seed = seed;
    const generated = scenarioRecords(s);
    const imported = importGenerated(generated, seed);
    if (imported.problems.length > 0) {
      failures.push(`seed ${seed}: ${imported.problems.slice(0, 3).map((p) => `${p.path}: ${describeProblem(p, 'en')}`).join('; ')}`);
      continue;
    }
    if (seed === 1) firstSeed = { generated, imported };
    const cal = calibrateShop(imported.records, base, fieldsPresent(new Set(), imported.source));
    for (const e of cal.estimates) {
      const truth = truthOf(base, e);
      if (truth === undefined) continue;
      if (seed === 1) first.push(e);
      seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
      if (e.low <= truth && truth <= e.high) covered.set(e.id, (covered.get(e.id) ?? 0) + 1);
    }
  }
  const coverage = Object.fromEntries([...seen].map(([id, n]) => [id, (covered.get(id) ?? 0) / n]));
  console.log('coverage over', SEEDS, 'seeds:', JSON.stringify(coverage));

  it('every seed imports without a problem, every nickname bound, every month settled', () => {
    expect(failures).toEqual([]);
    const r = firstSeed!.imported;
    expect(r.unbound).toEqual([]);
    expect(r.source.months).toHaveLength(24);
    expect(r.source.months.every((m) => m.settlement === 'final')).toBe(true);
    // the layouts recognised: 24 汇总分析 (23 GBK CSV, 1 .xlsx), 24 赤兔遵时率 (seed 1 is odd), the monthly sheet
    const layouts = r.files.map((f) => `${f.kind}:${f.sheets.map((x) => x.layout).join('+')}`);
    expect(layouts.filter((l) => l === 'csv-gbk:sycmSummary')).toHaveLength(23);
    expect(layouts.filter((l) => l === 'xlsx:sycmSummary')).toHaveLength(1);
    expect(layouts.filter((l) => l === 'csv-utf-8:chituAttendance')).toHaveLength(24);
    expect(layouts.filter((l) => l === 'csv-utf-8:monthlySheet')).toHaveLength(1);
    expect(r.files.find((f) => f.kind === 'csv-gbk')!.sheets[0]).toMatchObject({ bannerRows: 2, summaryRows: 2 });
  });

  it('the imported records carry every figure the calibration reads, equal to the generated ones', () => {
    const { generated, imported } = firstSeed!;
    const key = (r: AgentMonth) => `${r.month} ${r.agentId}`;
    const back = new Map(imported.records.map((r) => [key(r), r]));
    expect(imported.records).toHaveLength(generated.length);
    for (const g of generated) {
      const r = back.get(key(g));
      expect(r, key(g)).toBeDefined();
      for (const f of READ) expect(r![f], `${key(g)} ${f}`).toEqual(g[f]);
      // 在线总时长(秒) → hours to the hundredth
      expect(r!.onlineHours, `${key(g)} onlineHours`).toBe(Math.round(Math.round((g.onlineHours ?? 0) * 3600) / 36) / 100);
    }
    // nothing the calibration reads is missing for any agent-month
    const present = fieldsPresent(new Set(), imported.source);
    for (const f of READ) expect(present(f), f).toBe(true);
  });

  it('estimates every parameter the files carry, in every seed', () => {
    const ids = [...seen.keys()];
    for (const id of ['agents', 'teams', 'buyersPerDay', 'casesPerDay', 'conversion', 'skillSpread', 'monthNoise', 'paymentRate', 'meanOrderValue', 'returnRate', 'badReviewRate', 'leaveDays', 'absences', 'latesShort', 'latesLong', 'slowReplies', 'unanswered30m', 'unanswered2h', 'idleHangs', 'quitEarly', 'quitSettled']) {
      expect(ids, id).toContain(id);
      expect(seen.get(id), id).toBe(SEEDS);
    }
    for (let m = 1; m <= 12; m++) expect(seen.get(`seasonality.${m}`)).toBe(SEEDS);
  });

  it('each interval holds the true value in at least 90 % of seeds', () => {
    const below = Object.entries(coverage).filter(([, c]) => c < 0.9);
    expect(below).toEqual([]);
  });

  it('the structure is counted exactly', () => {
    expect(coverage.agents).toBe(1);
    expect(first.find((e) => e.id === 'agents')!.value).toBe(30);
    expect(first.find((e) => e.id === 'teams')!.value).toBe(3);
  });
});
