/**
 * Payslips as an Excel workbook (.xlsx): the same sheet as the payslip CSV (src/formats/payslipCsv.ts
 * payslipTable), money columns as numbers with two decimals so Excel sums them. SheetJS
 * (`@e965/xlsx`) is loaded on demand, only when the owner asks for a workbook.
 */
import type { Payslip } from '../../engine/payslip';
import type { Lang } from '../../i18n/format';
import { payslipTable } from '../../formats/payslipCsv';
import { unescapeFormula } from '../../formats/csv';

export async function payslipsXlsx(payslips: readonly Payslip[], lang: Lang, sheetName: string): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const { head, rows, money } = payslipTable(payslips, lang);
  // A text cell of a workbook is never a formula: the CSV's guard quote is dropped here.
  const aoa: (string | number)[][] = [head, ...rows.map((r) => r.map((c, i) => (money[i] && c !== '' ? Number(c) : unescapeFormula(c))))];
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  for (let r = 1; r < aoa.length; r++) {
    for (let c = 0; c < head.length; c++) {
      if (!money[c]) continue;
      const cell = sheet[XLSX.utils.encode_cell({ r, c })] as { z?: string } | undefined;
      if (cell) cell.z = '0.00';
    }
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'Sheet1');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
