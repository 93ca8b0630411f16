/**
 * `paylab pay` end to end, spawned as a user runs it, on test/fixtures/records/small.csv (3 agents ×
 * 2 months) under the presets in scenarios/policies/. Expected amounts are computed by hand from
 * shared/domain.md, with the arithmetic beside them. Hangzhou, 2025: minimum wage 2490.00; employer
 * contribution base floor 4986.00, ceiling 24930.00; rates pension 16 %, medical 9.9 %, unemployment
 * 0.5 %, injury 0.2 %, housing fund 12 %. At the floor: 797.76 + 493.61 (493.614) + 24.93 + 9.97
 * (9.972) + 598.32 = 1924.59.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/formats/csv';
import { loadRecords, writeRecordsJson } from '../../src/formats/records';
import type { Payslip } from '../../src/engine/payslip';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'paylab-pay-'));
const SMALL = 'test/fixtures/records/small.csv';
const SEED000 = 'scenarios/policies/seed000.json';
const ROLES = 'scenarios/policies/seed001-roles.json';

function paylab(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split('\n').filter((l) => l !== '') };
}
function write(name: string, text: string | Uint8Array): string {
  const file = join(TMP, name);
  writeFileSync(file, text);
  return file;
}

/** Per payslip (month, agent): [earned, gross, fines, net, contributions, employer cost] in yuan. */
const SEED000_EXPECTED: Record<string, [string, string, string, string, string, string]> = {
  // A001 July: net sales 123456.78 − 1000.00 returns − 456.78 bad-review sales = 122000.00; commission 0.5 % = 610.00;
  // base 1500; team-score bonus 1500 × 10 % × 80/100 = 120.00; full attendance 100; living 200 → 2530.00.
  // Fine: 1 unreversed bad review 100 → net 2430.00. Cost 2530.00 + 1924.59 = 4454.59.
  '2025-07 A001': ['2530.00', '2530.00', '100.00', '2430.00', '1924.59', '4454.59'],
  // A002 July, joined: 16 of 31 days. Base 1800 × 16/31 = 929.03 (929.032…); commission 20000 × 0.5 % = 100.00;
  // team bonus 929.03 × 10 % × 80/100 = 74.32; living 200 × 16/31 = 103.23 (103.225…); no full attendance (part month)
  // → 1206.58. Fines: 3 short lates, 2 free → 20; 4 slow replies > 3 → 50; = 70 → net 1136.58. Cost 1206.58 + 1924.59.
  '2025-07 A002': ['1206.58', '1206.58', '70.00', '1136.58', '1924.59', '3131.17'],
  // A003 July: 2700 + 5000 × 0.5 % = 25.00 + 2700 × 10 % × 80/100 = 216.00 + living 200 (a leave day: no full attendance)
  // = 3141.00. Fines: absence 200 + unanswered 30 min 100 + unanswered 2 h 200 = 500 → 2641.00.
  '2025-07 A003': ['3141.00', '3141.00', '500.00', '2641.00', '1924.59', '5065.59'],
  // A001 August: net 801200.00 − 1200.00 bad-review sales (reversed, still deducted) = 800000.00 → 4000.00; 1500 + 4000
  // + 1500 × 10 % × 90/100 = 135.00 + living 200 (2 lates: free of fines, but no full attendance) = 5835.00. Above the floor,
  // so the base is 5835.00: 933.60 + 577.67 (577.665, half up) + 29.18 (29.175, half up) + 11.67 + 700.20 = 2252.32.
  '2025-08 A001': ['5835.00', '5835.00', '0.00', '5835.00', '2252.32', '8087.32'],
  // A002 August (whole month): 1800 + (60000 − 2000) × 0.5 % = 290.00 + 1800 × 10 % × 90/100 = 162.00 + 100 full attendance
  // + 200 living = 2552.00.
  '2025-08 A002': ['2552.00', '2552.00', '0.00', '2552.00', '1924.59', '4476.59'],
  // A003 August (leaves at month end, whole month employed): 2700 + 40.00 + 243.00 + 100 + 200 = 3283.00; idle-hang 200;
  // 3 slow replies are not more than 3 → no fine. Net 3083.00.
  '2025-08 A003': ['3283.00', '3283.00', '200.00', '3083.00', '1924.59', '5207.59'],
};

describe('paylab pay (seed 000 on the small fixture)', () => {
  it('csv: one row per agent-month with the hand-computed totals and flags', () => {
    const r = paylab('pay', '--policy', SEED000, '--records', SMALL, '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('\uFEFF月份,客服ID,姓名,')).toBe(true);
    const [head, ...rows] = parseCsv(r.stdout.slice(1));
    const col = (name: string) => head!.indexOf(name);
    const got = Object.fromEntries(
      rows.map((row) => [`${row[0]} ${row[1]}`, ['应得工资', '应发工资', '罚款合计', '实发工资', '单位社保公积金', '用工成本'].map((h) => row[col(h)])]),
    );
    expect(got).toEqual(SEED000_EXPECTED);
    // Flags. A002 July: minimum 2490 × 16/31 = 1285.16 (1285.161…); gross 1206.58 is 78.58 short; after fines 1136.58
    // is 148.58 short. A001 July: gross 2530.00 ≥ 2490, but 2530.00 − 100 = 2430.00 is 60.00 short.
    const flag = (key: string, h: string) => rows.find((row) => `${row[0]} ${row[1]}` === key)![col(h)];
    expect(flag('2025-07 A002', '最低工资')).toBe('1285.16');
    expect(flag('2025-07 A002', '低于最低工资')).toBe('78.58');
    expect(flag('2025-07 A002', '扣款后低于最低工资')).toBe('148.58');
    expect(flag('2025-07 A001', '低于最低工资')).toBe('0.00');
    expect(flag('2025-07 A001', '扣款后低于最低工资')).toBe('60.00');
    expect(rows.filter((row) => row[col('低于最低工资')] !== '0.00')).toHaveLength(1);
  });

  it('json: the payslips in fen, ordered by month then agent', () => {
    const r = paylab('pay', '--policy', SEED000, '--records', SMALL, '--format', 'json');
    expect(r.code).toBe(0);
    const slips = JSON.parse(r.stdout) as Payslip[];
    expect(slips.map((p) => `${p.month} ${p.agentId}`)).toEqual(Object.keys(SEED000_EXPECTED));
    // Σ gross = 2530.00 + 1206.58 + 3141.00 + 5835.00 + 2552.00 + 3283.00 = 18547.58
    expect(slips.reduce((s, p) => s + p.totals.grossFen, 0)).toBe(1_854_758);
    // Σ employer cost = 4454.59 + 3131.17 + 5065.59 + 8087.32 + 4476.59 + 5207.59 = 30422.85
    expect(slips.reduce((s, p) => s + p.totals.employerCostFen, 0)).toBe(3_042_285);
    const a002 = slips[1]!;
    expect(a002.lines.map((l) => [l.component, l.amountFen])).toEqual([
      ['base', 92_903],
      ['commission', 10_000],
      ['teamScoreBonus', 7_432],
      ['livingSubsidy', 10_323],
      ['fineLateShort', -2_000],
      ['fineSlowReplies', -5_000],
    ]);
  });

  it('table (default): heading with the AOV taken from the records, blocks, flags and a summary', () => {
    const r = paylab('pay', '--policy', SEED000, '--records', SMALL);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    // AOV = Σ credited sales / Σ paid orders = 1017656.78 / 4000 = 254.414… → 254.41.
    expect(out[0]).toBe('制度:Seed 000: base + commission + bonuses, with fines (淘宝客服管理规定) · 城市:杭州 · 6 条记录 · 平均客单价 254.41 (由记录算出)');
    expect(out).toContain('── 2025-07 · A002 李四 · 一组 · 售前 · 中级 ──');
    expect(out.some((l) => /^ {3}底薪 +929\.03 {2}/.test(l))).toBe(true);
    expect(out).toContain('   ! 低于最低工资 差额 78.58');
    // Σ net = 2430.00 + 1136.58 + 2641.00 + 5835.00 + 2552.00 + 3083.00 = 17677.58; Σ fines = 870.00.
    expect(out).toContain('合计 6 张工资单 · 应发 18,547.58 · 罚款 870.00 · 实发 17,677.58 · 用工成本 30,422.85 · 低于最低工资 1 人次');
  });

  it('reads the same records from JSON', () => {
    const records = loadRecords(new Uint8Array(readFileSync(join(ROOT, SMALL))), 'small.csv');
    const file = write('small.json', writeRecordsJson(records));
    const r = paylab('pay', '--policy', SEED000, '--records', file, '--format', 'json');
    expect(r.code).toBe(0);
    const slips = JSON.parse(r.stdout) as Payslip[];
    expect(slips.map((p) => (p.totals.netFen / 100).toFixed(2))).toEqual(Object.values(SEED000_EXPECTED).map((v) => v[3]));
  });
});

describe('paylab pay (seed 001 roles, --aov)', () => {
  it('role formulas × score, probation and the annual true-up when an agent leaves', () => {
    const r = paylab('pay', '--policy', ROLES, '--records', SMALL, '--aov', '100', '--format', 'json');
    expect(r.code).toBe(0);
    const slips = JSON.parse(r.stdout) as Payslip[];
    const gross = Object.fromEntries(slips.map((p) => [`${p.month} ${p.agentId}`, (p.totals.grossFen / 100).toFixed(2)]));
    expect(gross).toEqual({
      // score = 27 + 18 + 27 + 18 = 90 → factor 0.9; 122000.00 × 0.005 × 0.9 = 549.00
      '2025-07 A001': '549.00',
      // tenure month 1 = probation (1 month): 1600 × 16/31 = 825.81 (825.806…), nothing else
      '2025-07 A002': '825.81',
      // after-sales: score 24 + 16 + 24 + 16 − 10 (medium violation) = 70; 300 cases × 100.00 × 0.008 × 0.7 = 168.00
      '2025-07 A003': '168.00',
      // score 28 + 19 + 28 + 19 + 5 − 2 = 97; 800000.00 × 0.005 × 0.97 = 3880.00
      '2025-08 A001': '3880.00',
      // score 25 + 16 + 24 + 15 = 80; 58000.00 × 0.005 × 0.8 = 232.00
      '2025-08 A002': '232.00',
      // score 100; 400 × 100.00 × 0.008 = 320.00; leaving settles the year: guarantee (tenure year 4 → 2500) × 2 months
      // − earned (168.00 + 320.00) = 4512.00 true-up → 4832.00
      '2025-08 A003': '4832.00',
    });
    expect(slips[1]!.flags.probationTooLow).toBe(true); // 1600 < the 2490 minimum wage
  });

  it('careful owner: blend α 0.6 with a pool split by sales, steps, performance pay, seniority, legal fine cap (July 2025)', () => {
    const r = paylab('pay', '--policy', 'scenarios/policies/careful-owner.json', '--records', SMALL, '--format', 'json');
    expect(r.code).toBe(0);
    const slips = (JSON.parse(r.stdout) as Payslip[]).filter((p) => p.month === '2025-07');
    const yuan = (f: number) => (f / 100).toFixed(2);
    const got = Object.fromEntries(
      slips.map((p) => [p.agentId, [yuan(p.totals.grossFen), yuan(p.totals.finesFen), yuan(p.totals.netFen), yuan(p.totals.employerCostFen)]]),
    );
    // Team net sales: A001 123456.78 − 1000.00 − 456.78 = 122000.00; A002 20000.00; A003 5000.00 → 147000.00.
    // Pool 147000 × 0.006 × (1 − 0.6) = 352.80, split by sales among A001 and A003 (A002 is on probation):
    //   35280 fen × 122000/127000 = 33891.02 (r 3000), × 5000/127000 = 1388.98 (r 124000) → the odd fen to A003:
    //   338.91 and 13.89.
    // Contributions: gross below Hangzhou's floor 4986 → 4986 × (16 % + 9.9 % + 0.5 % + 0.2 % + 12 %)
    //   = 797.76 + 493.61 + 24.93 + 9.97 + 598.32 = 1924.59 for everyone.
    expect(got).toEqual({
      // score 27+18+27+18 = 90 → 100 %: base 2700 + 122000 × 0.006 × 0.6 = 439.20 + pool 338.91
      // + performance 300 × 100 % + full attendance 100 + living 200 = 4078.11 (tenure 17: no seniority)
      A001: ['4078.11', '0.00', '4078.11', '6002.70'],
      // probation (tenure month 1), 16 of 31 days: 2700 × 16/31 = 1393.548… → 1393.55; 3 short lates, 2 free → 20;
      // the legal limit min(200, 1393.55/5 = 278.71, 1393.55 − 2490 × 16/31 (1285.16) = 108.39) does not bite
      A002: ['1393.55', '20.00', '1373.55', '3318.14'],
      // score 80 − 10 (medium violation) = 70 → 80 %: base 3600 + 5000 × 0.006 × 0.6 = 18.00 + pool 13.89
      // + performance 600 × 80 % = 480 + living 200 + seniority 50 × 3 full years (tenure 43) = 4461.89;
      // no full attendance (1 leave day, 1 absence); one absence 200 = the cap 200
      A003: ['4461.89', '200.00', '4261.89', '6386.48'],
    });
  });

  it('English table with the AOV from --aov', () => {
    const r = paylab('pay', '--policy', ROLES, '--records', SMALL, '--aov', '100.00', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/ · average order value 100\.00 \(from --aov\)$/);
    // Σ gross = 549.00 + 825.81 + 168.00 + 3880.00 + 232.00 + 4832.00 = 10486.81; below minimum: A001 Jul, A002 Jul,
    // A003 Jul, A002 Aug.
    expect(r.stdout).toContain('Total 6 payslips · gross 10,486.81 · fines 0.00 · net 10,486.81 · employer cost 22,034.35 · below minimum wage 4');
  });

  it('without paid orders and without --aov it asks for --aov (exit 1)', () => {
    const file = write('nopaid.csv', '月份,工号,姓名,岗位,级别,司龄月,业绩,售后件数\n2025-07,A,n,售后,初级,3,0,10\n');
    const r = paylab('pay', '--policy', ROLES, '--records', file);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]!.startsWith(`${file}: 记录中付款单数合计为 0`)).toBe(true);
    expect(r.lines[0]).toContain('give --aov <yuan>');
  });
});

describe('paylab pay: bad input and usage', () => {
  it('empty records file', () => {
    const file = write('empty.csv', '');
    const r = paylab('pay', '--policy', SEED000, '--records', file);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([`${file}: 文件是空的,没有表头也没有数据 / the file is empty: no header and no data`]);
  });

  it('CSV missing a column names it and what was found', () => {
    const file = write('nolevel.csv', '月份,工号,姓名,岗位,司龄月,业绩\n2025-07,A,n,售前,2,1\n');
    const r = paylab('pay', '--policy', SEED000, '--records', file);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `${file}: row 1: 缺少必需的列 "级别/level";文件中的列:月份, 工号, 姓名, 岗位, 司龄月, 业绩 / the required column "级别/level" is missing; the file has: 月份, 工号, 姓名, 岗位, 司龄月, 业绩`,
    ]);
  });

  it('non-numeric cell: spreadsheet row and column as written', () => {
    const file = write('abc.csv', '月份,工号,姓名,岗位,级别,司龄月,业绩,询单人数\n2025-07,A,n,售前,初级,2,1,1\n2025-07,B,n,售前,初级,2,1,abc\n');
    const r = paylab('pay', '--policy', SEED000, '--records', file);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([`${file}: row 3, column 询单人数: "abc" 不是数字 / "abc" is not a number`]);
  });

  it('records JSON: __proto__ and an unknown field, each with its JSON path', () => {
    const file = write(
      'proto.json',
      '{"format":"paylab.records/1","records":[{"__proto__":{},"month":"2025-07","agentId":"A","name":"n","role":"presales","level":"junior","tenureMonth":2,"creditedSales":"1","creditedSale":"2"}]}',
    );
    const r = paylab('pay', '--policy', SEED000, '--records', file);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `${file}: $.records[0].__proto__: 不允许使用字段名 "__proto__" / the key "__proto__" is not allowed`,
      `${file}: $.records[0].creditedSale: 未知字段 "creditedSale";是不是 "creditedSales"? / unknown field "creditedSale"; did you mean "creditedSales"?`,
    ]);
  });

  it('a bad policy is reported against the policy file', () => {
    const doc = JSON.parse(readFileSync(join(ROOT, SEED000), 'utf8')) as Record<string, unknown>;
    const file = write('badcity.json', JSON.stringify({ ...doc, city: 'atlantis' }));
    const r = paylab('pay', '--policy', file, '--records', SMALL);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]!.startsWith(`${file}: $.city: `)).toBe(true);
  });

  it('usage errors exit 2 and print the usage', () => {
    for (const args of [
      ['pay', '--policy', SEED000],
      ['pay', '--policy', SEED000, '--records', SMALL, '--format', 'xml'],
      ['pay', '--policy', SEED000, '--records', SMALL, '--aov', '12.345'],
      ['pay', '--policy', SEED000, '--records', SMALL, '--color'],
    ]) {
      const r = paylab(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('paylab pay --policy <rules.json>');
    }
    expect(paylab('pay', '--policy', SEED000).lines[0]).toBe('缺少必需的选项 --records / the required option --records is missing');
  });
});
