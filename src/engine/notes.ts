/**
 * Number formatting for payslip line notes: exact strings from integers (no floats), the same in
 * every language. The words around them are message templates (`note.*` keys in src/i18n).
 */
import type { Note } from './payslip';
import { RATE_SCALE } from '../policy/compiled';
import { groupDigits as group } from '../i18n/money';


/** Exact decimal string of n / 10^digits, trailing zeros removed. */
export function scaled(n: number, digits: number): string {
  const neg = n < 0;
  const s = String(Math.abs(n)).padStart(digits + 1, '0');
  const int = s.slice(0, s.length - digits);
  const frac = s.slice(s.length - digits).replace(/0+$/, '');
  return `${neg ? '-' : ''}${group(int)}${frac ? '.' + frac : ''}`;
}

/** 5000 ppm → "0.5%". */
export function pct(ppm: number): string {
  return `${scaled(ppm, 4)}%`;
}

/** A rate in ppm as a plain decimal: 8000 → "0.008". */
export function rateDec(ppm: number): string {
  return scaled(ppm, Math.log10(RATE_SCALE));
}

/** Score points in hundredths: 8750 → "87.5". */
export function points(hundredths: number): string {
  return scaled(hundredths, 2);
}

export function note(key: string, params: Note['params'] = {}): Note {
  return { key, params };
}
