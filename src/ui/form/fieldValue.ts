/**
 * Text ⇄ value of one form field: what an input shows for a stored value and what a
 * typed text stores. Amounts and rates of a rules file stay decimal strings (house rule: no binary
 * fractions for money); a rate is shown in % ("0.005" ⇄ "0.5") through decimal.js, exactly.
 * Text that does not parse is stored as typed, so the validator names the problem at its path
 * instead of the form silently dropping it.
 */
import { Decimal } from 'decimal.js';
import { fromPercent, toPercent } from '../scenarioFields';

/**
 * int: a whole number; num: a plain number; pct: a 0–1 number shown in %; money / dec: a decimal
 * string as typed; rate: a decimal-string rate shown in %; text / month: text.
 */
export type ValueKind = 'int' | 'num' | 'pct' | 'money' | 'dec' | 'rate' | 'text' | 'month';

const DECIMAL = /^\d+(\.\d+)?$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

export function display(kind: ValueKind, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (kind) {
    case 'pct':
      return typeof value === 'number' ? String(toPercent(value)) : String(value);
    case 'rate':
      return typeof value === 'string' && DECIMAL.test(value) ? new Decimal(value).times(100).toFixed() : String(value);
    default:
      return String(value);
  }
}

export function parse(kind: ValueKind, text: string): unknown {
  const s = text.trim();
  switch (kind) {
    case 'int':
      return /^-?\d+$/.test(s) && Number.isSafeInteger(Number(s)) ? Number(s) : s;
    case 'num':
      return NUMBER.test(s) ? Number(s) : s;
    case 'pct':
      return NUMBER.test(s) ? fromPercent(Number(s)) : s;
    case 'rate':
      return DECIMAL.test(s) ? new Decimal(s).div(100).toFixed() : s;
    case 'money':
    case 'dec':
      return s.replace(/^[¥￥]\s*/, '').replace(/,/g, '');
    default:
      return text;
  }
}

/** A column of a list editor (RowsEditor.svelte). */
export interface Column {
  /** Key inside the row object, or null when the row is the value itself. */
  key: string | null;
  label: string;
  kind: ValueKind;
  unit?: string;
}
