import { describe, expect, it } from 'vitest';
import { indexPaths, locatePath, parentPath } from '../../src/ui/jsonLocate';

const text = [
  '{', //                                   line 1
  '  "name": "A",', //                      line 2
  '  "commission": {', //                   line 3
  '    "type": "tiered",', //               line 4
  '    "brackets": [', //                   line 5
  '      { "from": "0", "rate": "0.005" },', // line 6
  '      {', //                             line 7
  '        "from": "x",', //                line 8
  '        "rate": "0.01"', //              line 9
  '      }', //                             line 10
  '    ]', //                               line 11
  '  },', //                                line 12
  '  "odd key": { "a b": 1 }', //           line 13
  '}', //                                   line 14
].join('\n');

describe('parentPath', () => {
  it('drops the last segment of each kind', () => {
    expect(parentPath('$.a.b')).toBe('$.a');
    expect(parentPath('$.a[12]')).toBe('$.a');
    expect(parentPath('$["odd key"]')).toBe('$');
    expect(parentPath('$')).toBeNull();
    expect(parentPath('2:5')).toBeNull();
  });
});

describe('locatePath', () => {
  it('finds a key at its line and column', () => {
    expect(locatePath(text, '$.name')).toEqual({ line: 2, column: 3, exact: true });
    expect(locatePath(text, '$.commission.type')).toEqual({ line: 4, column: 5, exact: true });
  });
  it('finds a key inside an array element', () => {
    // "from" of bracket 1 is on line 8, its quote at column 9
    expect(locatePath(text, '$.commission.brackets[1].from')).toEqual({ line: 8, column: 9, exact: true });
    // line 6: 6 spaces, '{' 7, ' ' 8, '"from"' 9–14, ':' 15, ' ' 16, '"0"' 17–19, ',' 20, ' ' 21, '"rate"' at 22
    expect(locatePath(text, '$.commission.brackets[0].rate')).toEqual({ line: 6, column: 22, exact: true });
  });
  it('finds an array element at its first character', () => {
    expect(locatePath(text, '$.commission.brackets[1]')).toEqual({ line: 7, column: 7, exact: true });
  });
  it('points a missing field at the nearest existing ancestor', () => {
    // $.commission.method is missing: the "commission" key on line 3 stands in
    expect(locatePath(text, '$.commission.method')).toEqual({ line: 3, column: 3, exact: false });
    expect(locatePath(text, '$.fines.cap')).toEqual({ line: 1, column: 1, exact: false });
  });
  it('handles quoted keys that are not identifiers', () => {
    // line 13: 2 spaces, '"odd key"' 3–11, ':' 12, ' ' 13, '{' 14, ' ' 15, '"a b"' at 16
    expect(locatePath(text, '$["odd key"]["a b"]')).toEqual({ line: 13, column: 16, exact: true });
  });
  it('passes a syntax position through', () => {
    expect(locatePath(text, '7:12')).toEqual({ line: 7, column: 12, exact: true });
  });
  it('indexes what comes before a syntax error and stops', () => {
    const broken = '{\n  "a": 1,\n  "b": [1, 2,\n  "c": 3\n';
    const idx = indexPaths(broken);
    expect(idx.get('$.a')).toBe(4);
    expect(idx.get('$.b[1]')).toBe(23); // '{' '\n' 2 spaces, '"a": 1,' (4..10) '\n' 2 spaces '"b": [1, ' → 23
    expect(idx.has('$.c')).toBe(false);
  });
  it('keeps the first occurrence of a duplicated key (the reader reports the second)', () => {
    expect(locatePath('{"a": 1,\n"a": 2}', '$.a')).toEqual({ line: 1, column: 2, exact: true });
  });
});
