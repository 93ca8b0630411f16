import { describe, expect, it } from 'vitest';
import { csvCell, escapeFormula, formatCsv, parseCsv, sniffDelimiter, unescapeFormula } from '../../src/formats/csv';
import { InputError } from '../../src/i18n/problem';

function problemsOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => ({ path: p.path, key: p.key }));
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and quoted line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\n"x\r\ny",2,3\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['x\r\ny', '2', '3'],
    ]);
  });

  it('accepts LF, CRLF and CR line ends, with or without a final line break', () => {
    const want = [
      ['a', 'b'],
      ['1', '2'],
    ];
    expect(parseCsv('a,b\n1,2\n')).toEqual(want);
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual(want);
    expect(parseCsv('a,b\r1,2')).toEqual(want);
    expect(parseCsv('a,b\n1,2')).toEqual(want);
  });

  it('keeps empty cells, empty rows in the middle and a final empty quoted cell', () => {
    expect(parseCsv('a,,c\n\n1,2,""\n')).toEqual([['a', '', 'c'], [''], ['1', '2', '']]);
    expect(parseCsv('a,\n')).toEqual([['a', '']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('numbers rows as Excel does: a quoted line break stays in its row', () => {
    // Row 1 header, row 2 holds a two-line cell, the unclosed quote opens in spreadsheet row 3.
    expect(problemsOf(() => parseCsv('h1,h2\n"two\nlines",x\n"open,y\n'))).toEqual([{ path: 'row 3', key: 'records.csvUnclosedQuote' }]);
  });

  it('refuses text after a closing quote, naming the row', () => {
    expect(problemsOf(() => parseCsv('a,b\n1,"2"x\n'))).toEqual([{ path: 'row 2', key: 'records.csvTextAfterQuote' }]);
  });

  it('takes a quote inside an unquoted cell literally', () => {
    expect(parseCsv('5"7,b\n')).toEqual([['5"7', 'b']]);
  });

  it('reads tab-separated text when the first line has tabs and no comma', () => {
    expect(sniffDelimiter('月份\t姓名\n2025-07\t张三')).toBe('\t');
    expect(sniffDelimiter('月份,姓名\t备注\n')).toBe(',');
    expect(parseCsv('a\tb\n1,5\t2\n')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });
});

describe('formatCsv', () => {
  it('quotes only cells that need it and ends every row with CRLF', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('5"7')).toBe('"5""7"');
    expect(csvCell(' lead')).toBe('" lead"');
    expect(formatCsv([['a', 'b,c'], ['x\ny', '']])).toBe('a,"b,c"\r\n"x\ny",\r\n');
  });

  it('round-trips through parseCsv', () => {
    const rows = [
      ['月份', '姓名', 'note'],
      ['2025-07', '张"三', 'a,b\r\nc'],
      ['', ' x ', '""'],
    ];
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
  });
});

describe('formula injection guard', () => {
  it('prefixes = + - @ with an apostrophe and undoes only that', () => {
    expect(['=SUM(A1)', '+1', '-2', '@x', '张三', "'quoted"].map(escapeFormula)).toEqual(["'=SUM(A1)", "'+1", "'-2", "'@x", '张三', "'quoted"]);
    expect(["'=SUM(A1)", "'quoted", '张三'].map(unescapeFormula)).toEqual(['=SUM(A1)', "'quoted", '张三']);
  });
});
