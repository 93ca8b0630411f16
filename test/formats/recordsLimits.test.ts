/**
 * The size limits of a records file (docs/records.md §Limits) hold: at most MAX_RECORDS
 * agent-months, MAX_CSV_ROWS rows and MAX_CELL_CHARS characters a cell, each refused with a
 * message naming where, before the per-row work.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, MAX_CSV_ROWS, MAX_RECORDS, loadRecords } from '../../src/formats/records';
import { MAX_FILE_BYTES } from '../../src/formats/decode';
import { InputError, type Problem } from '../../src/i18n/problem';

const enc = (s: string) => new TextEncoder().encode(s);
const HEAD = '月份,客服ID,姓名,岗位,级别,司龄月,业绩';
const row = (i: number) => `2025-07,A${i},张三,售前,初级,14,1000.50`;

function problems(f: () => unknown): Problem[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('records file limits', () => {
  it('exactly MAX_RECORDS agent-months in one month are read; one more is refused at its row', () => {
    const rows = Array.from({ length: MAX_RECORDS + 1 }, (_, i) => row(i));
    const ok = loadRecords(enc([HEAD, ...rows.slice(0, MAX_RECORDS)].join('\n')), 'r.csv');
    expect(ok).toHaveLength(MAX_RECORDS);
    expect(ok[MAX_RECORDS - 1]).toMatchObject({ agentId: `A${MAX_RECORDS - 1}`, creditedSalesFen: 100_050 });
    const ps = problems(() => loadRecords(enc([HEAD, ...rows].join('\n')), 'r.csv'));
    // header on row 1, record i on row i + 2: the first one too many is on row MAX_RECORDS + 2
    expect(ps).toEqual([expect.objectContaining({ path: `row ${MAX_RECORDS + 2}`, key: 'limits.tooManyRecords', params: expect.objectContaining({ max: MAX_RECORDS }) })]);
  }, 60_000);

  it('200 000 agent-months of one month in a JSON file are refused before any record is read', () => {
    const one = (i: number) => `{"month":"2025-07","agentId":"A${i}","name":"n","role":"presales","level":"junior","tenureMonth":1,"creditedSales":"1"}`;
    const text = `{"format":"paylab.records/1","records":[${Array.from({ length: 200_000 }, (_, i) => one(i)).join(',')}]}`;
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const ps = problems(() => loadRecords(enc(text), 'r.json'));
    expect(ps).toEqual([expect.objectContaining({ path: '$.records', key: 'limits.tooManyRecords', params: expect.objectContaining({ count: 200_000, max: MAX_RECORDS }) })]);
  }, 60_000);

  it('a file of blank lines is refused at the first row past MAX_CSV_ROWS', () => {
    const text = HEAD + '\n' + '\n'.repeat(5 * MAX_CSV_ROWS);
    const ps = problems(() => loadRecords(enc(text), 'r.csv'));
    expect(ps).toEqual([expect.objectContaining({ path: `row ${MAX_CSV_ROWS + 1}`, key: 'limits.csvTooManyRows' })]);
  });

  it('a 50 MB cell is refused naming its row and column, quoted or not', () => {
    const big = 'x'.repeat(MAX_FILE_BYTES - 1000);
    for (const cell of [big, `"${big}"`]) {
      const ps = problems(() => loadRecords(enc(`${HEAD}\n2025-07,A1,${cell},售前,初级,14,1\n`), 'r.csv'));
      expect(ps).toEqual([expect.objectContaining({ path: 'row 2', key: 'limits.csvCellTooLong', params: expect.objectContaining({ row: 2, column: 3, max: MAX_CELL_CHARS }) })]);
    }
  }, 60_000);

  it('a JSON text field longer than MAX_CELL_CHARS is refused at its path', () => {
    const name = 'x'.repeat(MAX_CELL_CHARS + 1);
    const text = `[{"month":"2025-07","agentId":"A1","name":"${name}","role":"presales","level":"junior","tenureMonth":1,"creditedSales":"1"}]`;
    const ps = problems(() => loadRecords(enc(text), 'r.json'));
    expect(ps).toEqual([expect.objectContaining({ path: '$[0].name', key: 'limits.cellTooLong' })]);
  });

  it('money, counts and commendations past their bounds are refused naming the column and the bound', () => {
    const head = `${HEAD},迟到超10分钟次数,表扬次数`;
    const ps = problems(() => loadRecords(enc(`${head}\n2025-07,A1,张三,售前,初级,14,10000000.01,1000001,101\n`), 'r.csv'));
    expect(ps.map((p) => [p.path, p.key, p.params.max])).toEqual([
      ['row 2, column 业绩', 'records.tooBig', '10000000'],
      ['row 2, column 迟到超10分钟次数', 'records.tooBig', 1_000_000],
      ['row 2, column 表扬次数', 'records.tooBig', 100],
    ]);
  });
});
