/**
 * How money is written, in every language and file: integer fen → yuan text, exactly (no float ever
 * holds fractional yuan; docs/engine.md, money is integer fen). The one home of these formats: files
 * and CSV cells use `fenToYuan`, payslip notes and tables `fenToYuanGrouped`, summary figures
 * `fenToWholeYuan` (whole yuan, rounded half away from zero).
 */

/** "1234567" → "1,234,567" (thousands separators on a run of digits, a leading sign kept). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Integer fen → "1234.56" / "-20.00" (no grouping), exact for any safe integer. */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Integer fen → "1,234.56" / "-1,234.56" with thousands separators, for text read by people. */
export function fenToYuanGrouped(fen: number): string {
  const [whole, frac] = fenToYuan(fen).split('.') as [string, string];
  return `${groupDigits(whole)}.${frac}`;
}

/** Integer fen → whole yuan, rounded half away from zero: 12350 → 124, −12350 → −124, 49 → 0. */
export function fenToWholeYuan(fen: number): number {
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100) + (abs % 100 >= 50 ? 1 : 0);
  return fen < 0 && whole > 0 ? -whole : whole;
}
