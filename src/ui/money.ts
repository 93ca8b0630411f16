/**
 * How the workbench shows money and shares: ¥ with thousands separators, computed from integer fen
 * exactly (house rule: never fractional yuan in a JS number). Payslip lines show the fen; summary
 * figures (sums and quantiles over many simulated years, themselves within 0.1 %) show whole yuan,
 * rounded half up, with the exact fen in a tooltip (docs/ui.md).
 */
import { fenToYuanGrouped } from '../formats/yuan';

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Integer fen → "¥1,234.56" / "−¥20.00". */
export function yuan(fen: number): string {
  const s = fenToYuanGrouped(Math.abs(fen));
  return fen < 0 ? `−¥${s}` : `¥${s}`;
}

/** Integer fen → whole yuan rounded half up (away from zero), "¥1,786,511" / "−¥3,200". */
export function yuanWhole(fen: number): string {
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100) + (abs % 100 >= 50 ? 1 : 0);
  const s = `¥${group(String(whole))}`;
  return fen < 0 && whole > 0 ? `−${s}` : s;
}

/** As yuanWhole with an explicit sign: "+¥12,000" / "−¥3,200" / "¥0". */
export function yuanWholeSigned(fen: number): string {
  const s = yuanWhole(fen);
  return s.startsWith('−') || s === '¥0' ? s : `+${s}`;
}

/** A share (0.1234) → "12.3%" with `digits` decimals. */
export function percent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** Yuan text typed by a person ("12,000" / "¥12000.5") → integer fen, or null if not an amount. */
export function parseYuanToFen(text: string): number | null {
  const s = text.trim().replace(/^[¥￥]\s*/, '').replace(/,/g, '');
  const m = /^(\d{1,12})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}


/** Rounded amounts for sentences ("约 55 万"): one home for those rules, shared with the CLI's sentences. */
export { percentRoughSigned, yuanRough, yuanRoughRange } from '../formats/roughAmount';
