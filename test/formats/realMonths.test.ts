/**
 * Paying real months (issue 7 §5): the payslips of an uploaded file under every variant equal
 * `paylab pay` on the same file (byte for byte as payslip CSV), columns named differently can be
 * mapped, and an oversized or binary upload is refused with a message.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRealRecords, payRealMonths, recordsAovFen, summarizePayslips } from '../../src/formats/realMonths';
import { headerOf, mappingProblems, remapCsv, scanCsvColumns } from '../../src/formats/columnMapping';
import { defaultScenario } from '../../src/formats/workspace';
import { writePayslipsCsv } from '../../src/formats/payslipCsv';
import { DEFAULT_VARIANTS } from '../../src/sim/scenarioDefaults';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(`${ROOT}test/fixtures/records/${name}`));

function paylabPayCsv(policyFile: string, recordsFile: string, aov: string[]): string {
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'pay', '--policy', policyFile, '--records', recordsFile, '--format', 'csv', ...aov];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

describe('real months equal paylab pay', () => {
  // small.csv has paid orders: the average order value comes from the records, as the CLI's default.
  // gbk.csv has none: the workbench falls back to the shop's category mean (150.00), which the CLI
  // is given with --aov (without it the CLI refuses the role formulas, which need one).
  const cases: [string, 'records' | 'shop', string[]][] = [
    ['small.csv', 'records', []],
    ['gbk.csv', 'shop', ['--aov', '150.00']],
  ];
  for (const [file, source, aov] of cases) {
    it(`${file}: every variant's payslip CSV equals the CLI's`, () => {
      const loaded = loadRealRecords(fixture(file), file);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
      const scenario = defaultScenario();
      const result = payRealMonths(loaded.file.records, scenario);
      expect(result.aovSource).toBe(source);
      expect(result.aovFen).toBe(recordsAovFen(loaded.file.records) ?? 15000);
      expect(result.variants.map((v) => v.name)).toEqual(DEFAULT_VARIANTS.map((v) => v.name));
      result.variants.forEach((v, i) => {
        const cli = paylabPayCsv(`scenarios/policies/${DEFAULT_VARIANTS[i]!.preset}`, `test/fixtures/records/${file}`, aov);
        expect(writePayslipsCsv(v.payslips, 'zh')).toBe(cli);
      });
    });
  }

  it('the GBK file is read as GBK, with its Chinese names', () => {
    const loaded = loadRealRecords(fixture('gbk.csv'), 'gbk.csv');
    expect(loaded.ok && loaded.file.encoding).toBe('gbk');
    expect(loaded.ok && loaded.file.records.map((r) => r.name)).toEqual(['欧阳娜娜', '诸葛亮']);
  });
});

describe('totals and compliance', () => {
  it('sum the payslips and list each flag', () => {
    const loaded = loadRealRecords(fixture('small.csv'), 'small.csv');
    if (!loaded.ok) throw new Error('fixture');
    const r = payRealMonths(loaded.file.records, defaultScenario());
    for (const v of r.variants) {
      const t = v.totals;
      expect(t.payslips).toBe(v.payslips.length);
      expect(t.grossFen).toBe(v.payslips.reduce((s, p) => s + p.totals.grossFen, 0));
      expect(t.netFen).toBe(t.grossFen - t.finesFen);
      expect(t.employerCostFen).toBe(t.grossFen + t.contributionsFen);
      // the pay lines add up to net pay
      expect(Object.values(t.byComponentFen).reduce((s, x) => s + x!, 0)).toBe(t.netFen);
      expect(v.compliance.filter((c) => c.kind === 'belowMinimum').length).toBe(t.belowMinimum);
      expect(v.compliance.filter((c) => c.kind === 'belowMinimum').reduce((s, c) => s + c.amountFen, 0)).toBe(t.belowMinimumFen);
    }
  });

  it('counts a below-minimum payslip with its shortfall (seed 000, junior base 1500, Hangzhou 2025-07 minimum 2490)', () => {
    // one agent, whole month of July 2025, sales 0, one late beyond the free two … everything else 0:
    // base 1500 + team-score bonus 0.10 × 1500 × 0/100 = 0 + living subsidy 200 = 1700 gross;
    // below the minimum by 2490 − 1700 = 790.00.
    const csv = '月份,客服ID,姓名,岗位,级别,司龄月,业绩\n2025-07,X1,王五,售前,初级,20,0\n';
    const loaded = loadRealRecords(new TextEncoder().encode(csv), 'x.csv');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const r = payRealMonths(loaded.file.records, defaultScenario());
    const seed000 = r.variants[0]!;
    expect(seed000.totals.grossFen).toBe(170000 + 10000); // full attendance 100: no late, absence or leave
    expect(seed000.compliance).toEqual([{ kind: 'belowMinimum', month: '2025-07', agentId: 'X1', name: '王五', amountFen: 249000 - 180000 }]);
    expect(r.aovSource).toBe('shop'); // no paid orders: the shop category's mean order value
    expect(r.aovFen).toBe(15000);
  });

  it('summarizePayslips of nothing is zero', () => {
    expect(summarizePayslips([]).totals.payslips).toBe(0);
    expect(recordsAovFen([])).toBeNull();
  });
});

describe('column mapping', () => {
  const sheet = [
    '',
    '月份,客服花名,工号,岗位,级别,司龄月,本月成交额,备注',
    '2025-07,  小美 ,A1,售前,初级,3,"12,345.60",好',
    '2025-07," 阿强 ",A2,售后,中级,14,0,',
  ].join('\r\n');
  const bytes = new TextEncoder().encode(sheet);

  it('lists unknown columns and required fields not found', () => {
    const scan = scanCsvColumns(bytes);
    expect(scan.ok).toBe(true);
    if (!scan.ok) return;
    expect(scan.scan.columns.map((c) => [c.letter, c.header, c.field])).toEqual([
      ['A', '月份', 'month'],
      ['B', '客服花名', null],
      ['C', '工号', 'agentId'],
      ['D', '岗位', 'role'],
      ['E', '级别', 'level'],
      ['F', '司龄月', 'tenureMonth'],
      ['G', '本月成交额', null],
      ['H', '备注', null],
    ]);
    expect(scan.scan.unknown).toEqual(['客服花名', '本月成交额', '备注']);
    expect(scan.scan.missing).toEqual(['name', 'creditedSalesFen']);
  });

  it('without a mapping the upload is refused with the reader’s problems and the scan to map from', () => {
    const r = loadRealRecords(bytes, 'mine.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.scan?.unknown).toEqual(['客服花名', '本月成交额', '备注']);
      expect(r.problems.some((p) => p.key.startsWith('records.unknownColumn'))).toBe(true);
    }
  });

  it('mapped, it reads the same records as a sheet with the usual headers', () => {
    const mapping = { 客服花名: 'name', 本月成交额: 'creditedSalesFen', 备注: 'ignore' } as const;
    const r = loadRealRecords(bytes, 'mine.csv', mapping);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const plain = ['月份,姓名,客服ID,岗位,级别,司龄月,业绩', '2025-07,小美,A1,售前,初级,3,12345.60', '2025-07," 阿强 ",A2,售后,中级,14,0'].join('\n');
    const expected = loadRealRecords(new TextEncoder().encode(plain), 'plain.csv');
    if (!expected.ok) throw new Error(JSON.stringify(expected.problems));
    expect(r.file.records).toEqual(expected.file.records);
    expect(r.file.records[1]!.name).toBe(' 阿强 '); // quoted edge spaces kept, unquoted ones trimmed
    expect(r.file.records[0]!.creditedSalesFen).toBe(1234560);
  });

  it('keeps row numbers in the problems of a mapped sheet', () => {
    const bad = new TextEncoder().encode(sheet.replace('"12,345.60"', 'lots'));
    const r = loadRealRecords(bad, 'mine.csv', { 客服花名: 'name', 本月成交额: 'creditedSalesFen', 备注: 'ignore' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path).toBe(`row 3, column ${headerOf('creditedSalesFen')}`);
  });

  it('refuses a field chosen for two columns', () => {
    const scan = scanCsvColumns(bytes);
    if (!scan.ok) throw new Error('scan');
    const problems = mappingProblems(scan.scan, { 客服花名: 'name', 备注: 'name' });
    expect(problems.map((p) => [p.path, p.key, p.params.column, p.params.other])).toEqual([['column H', 'share.mapTwice', '备注', '客服花名']]);
  });

  it('remapCsv writes UTF-8 with a BOM', () => {
    const out = remapCsv(bytes, { 备注: 'ignore' });
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(out)).not.toContain('备注');
  });
});

describe('uploads refused with a message', () => {
  it('a 50 MB file', () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41);
    const r = loadRealRecords(big, 'big.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.key, p.params.limit])).toEqual([['records.fileTooLarge', 50]]);
  });
  it('a binary file', () => {
    const r = loadRealRecords(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), 'photo.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.key)).toEqual(['records.binary']);
  });
  it('an Excel workbook', () => {
    const r = loadRealRecords(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'book.xlsx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.key)).toEqual(['records.workbook']);
  });
});
