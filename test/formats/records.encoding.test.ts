import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRecords, parseRecordsCsv, readRecordsFile } from '../../src/formats/records';
import { MAX_FILE_BYTES, checkFileBytes, decodeText } from '../../src/formats/decode';
import { InputError, type Problem } from '../../src/i18n/problem';

function problems(f: () => unknown): Problem[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected an InputError');
}
const keys = (ps: Problem[]) => ps.map((p) => `${p.path} | ${p.key}`);

const CSV = '月份,工号,姓名,岗位,级别,司龄月,业绩\r\n2025-07,A01,张三,售前,初级,2,1.50\r\n';
const WANT_A01 = { month: '2025-07', agentId: 'A01', name: '张三', role: 'presales', level: 'junior', tenureMonth: 2, hireMonth: '2025-06', creditedSalesFen: 150 };

describe('records file encodings', () => {
  it('reads the GBK fixture Chinese Excel saves, with Chinese headers and values', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/records/gbk.csv', import.meta.url)));
    // The fixture is not valid UTF-8: it must take the GBK path.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const file = readRecordsFile(bytes, 'gbk.csv');
    expect(file.encoding).toBe('gbk');
    expect(file.records).toHaveLength(2);
    expect(file.records[0]).toMatchObject({
      month: '2025-07', // "2025年7月"
      agentId: 'K01',
      name: '欧阳娜娜',
      team: '售前一组',
      role: 'presales', // 售前客服
      level: 'intermediate', // 中级客服
      tenureMonth: 5,
      hireMonth: '2025-03', // July is tenure month 5 → hired in March
      creditedSalesFen: 880050, // "8,800.50" yuan
      inquiries: 420,
      left: false,
      scoreSatisfaction: 28.5,
    });
    expect(file.records[1]).toMatchObject({ month: '2025-08', agentId: 'K02', name: '诸葛亮', team: '售后组', role: 'aftersales', level: 'senior', tenureMonth: 13, hireMonth: '2024-08', creditedSalesFen: 0, inquiries: 35, left: true, scoreSatisfaction: 30 });
  });

  it('reads UTF-8 with and without a BOM to the same records', () => {
    const plain = new TextEncoder().encode(CSV);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(withBom)).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(decodeText(plain)).toMatchObject({ encoding: 'utf-8', bom: false });
    expect(parseRecordsCsv(withBom)).toEqual(parseRecordsCsv(plain));
    expect(parseRecordsCsv(withBom)[0]).toMatchObject(WANT_A01);
  });

  it('reads the same table saved as GBK', () => {
    const gbk = new Uint8Array(Buffer.from('d4c2b7dd2cb9a4bac52cd0d5c3fb2cb8dacebb2cbcb6b1f02ccbbec1e4d4c22cd2b5bca80d0a323032352d30372c4130312cd5c5c8fd2ccadbc7b02cb3f5bcb62c322c312e35300d0a', 'hex'));
    // The bytes above are CSV encoded as GBK (月份,工号,姓名,岗位,级别,司龄月,业绩 / 2025-07,A01,张三,售前,初级,2,1.50).
    expect(new TextDecoder('gbk').decode(gbk)).toBe(CSV);
    expect(parseRecordsCsv(gbk)).toEqual(parseRecordsCsv(new TextEncoder().encode(CSV)));
  });

  it('refuses binary data, workbooks, UTF-16 and empty files up front', () => {
    expect(keys(problems(() => loadRecords(new Uint8Array([0x6d, 0x6f, 0x00, 0x6e]), 'x.csv')))).toEqual([' | records.binary']);
    expect(problems(() => loadRecords(new Uint8Array([0x6d, 0x6f, 0x00, 0x6e]), 'x.csv'))[0]!.params.offset).toBe(2);
    expect(keys(problems(() => loadRecords(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'march.csv')))).toEqual([' | records.workbook']);
    expect(keys(problems(() => loadRecords(new Uint8Array([0xff, 0xfe, 0x08, 0x67]), 'x.csv')))).toEqual([' | records.utf16']);
    expect(keys(problems(() => loadRecords(new Uint8Array([]), 'x.json')))).toEqual([' | records.emptyFile']);
  });

  it('refuses a file over 50 MB before decoding it', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    const ps = problems(() => loadRecords(big, 'big.csv'));
    expect(keys(ps)).toEqual([' | records.fileTooLarge']);
    expect(ps[0]!.params).toMatchObject({ limit: 50, mb: '50.0' });
    // Exactly at the limit is not refused for its size.
    expect(() => checkFileBytes(new Uint8Array(MAX_FILE_BYTES).fill(0x41))).not.toThrow();
  });
});
