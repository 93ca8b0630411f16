/**
 * A sheet as the importers see it: rows of cell texts, whichever file it came from (an .xlsx or
 * .xls sheet read by workbook.ts, or a CSV read by csvGrid.ts). Numbers arrive as their shortest
 * decimal text, dates as YYYY-MM-DD, so every layout reads one shape. Rows and columns are
 * 0-based here and named as a spreadsheet names them (row 1, column A) in every message.
 */

export interface Grid {
  /** The file name as given (shown in every message). */
  file: string;
  /** The sheet name; "" for a CSV. */
  sheet: string;
  /** Rows of trimmed cell texts; short rows are allowed. */
  rows: string[][];
  /** Text encoding for a CSV ('utf-8' | 'gbk'), or the workbook kind ('xlsx' | 'xls'). */
  kind: 'csv-utf-8' | 'csv-gbk' | 'xlsx' | 'xls';
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B7": the cell as a spreadsheet names it (0-based row and column in). */
export function cellName(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/**
 * Where something is, for messages, in words that need no translation: the file, the sheet in
 * brackets, then a cell as a spreadsheet names it with its column's header (`C7 询单人数`) or a
 * whole row as Excel names it (`7:7`). "汇总分析.xlsx [汇总分析] C7 询单人数".
 */
export function place(grid: Pick<Grid, 'file' | 'sheet'>, row?: number, col?: number, header?: string): string {
  let s = grid.file;
  if (grid.sheet !== '') s += ` [${grid.sheet}]`;
  if (row !== undefined && col !== undefined && col >= 0) s += ` ${cellName(row, col)}${header ? ` ${header}` : ''}`;
  else if (row !== undefined) s += ` ${row + 1}:${row + 1}`;
  return s;
}

export const isBlankRow = (row: readonly string[]): boolean => row.every((c) => c === '');
