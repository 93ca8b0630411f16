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

/**
 * Round amounts for a sentence ("比现行方案每年多花约 55 万"): the scale is chosen by the size
 * (zh 元 / 万 / 亿, en ¥ / k / M / B); at least two significant figures: whole units from 10 up,
 * one decimal below 10 ("5.5 万"), plain yuan to two significant figures ("3,200 元"). Exact on
 * integer fen, half away from zero. `unitOf` lets a range share one scale.
 */
type RoughUnit = { fen: number; zh: string; en: string };
const ROUGH_UNITS: Record<'zh' | 'en', RoughUnit[]> = {
  zh: [
    { fen: 10_000_000_000, zh: '亿', en: '' },
    { fen: 1_000_000, zh: '万', en: '' },
  ],
  en: [
    { fen: 100_000_000_000, zh: '', en: 'B' },
    { fen: 100_000_000, zh: '', en: 'M' },
    { fen: 100_000, zh: '', en: 'k' },
  ],
};

/** |fen| / step rounded half up, exact for safe integers. */
const roundTo = (abs: number, step: number): number => Math.floor((2 * abs + step) / (2 * step));

function roughUnit(absFen: number, lang: 'zh' | 'en'): RoughUnit | null {
  return ROUGH_UNITS[lang].find((u) => absFen >= u.fen) ?? null;
}

/** The number part of a rough amount in `unit` (null: plain yuan), without sign or unit. */
function roughNumber(absFen: number, unit: RoughUnit | null): string {
  if (unit === null) {
    const yuanWholeAbs = roundTo(absFen, 100);
    if (yuanWholeAbs < 100) return String(yuanWholeAbs);
    const step = 10 ** (String(yuanWholeAbs).length - 2);
    return group(String(roundTo(yuanWholeAbs, step) * step));
  }
  const tenths = roundTo(absFen, unit.fen / 10);
  return tenths >= 100 ? group(String(roundTo(absFen, unit.fen))) : `${Math.floor(tenths / 10)}${tenths % 10 ? `.${tenths % 10}` : ''}`;
}

function roughText(num: string, unit: RoughUnit | null, lang: 'zh' | 'en', sign: string): string {
  if (lang === 'zh') return `${sign}${num} ${unit ? unit.zh : '元'}`;
  return `${sign}¥${num}${unit ? unit.en : ''}`;
}

/** Integer fen → "55 万" / "5.5 万" / "1.2 亿" / "3,200 元" (zh), "¥550k" / "¥1.2M" / "¥3,200" (en); "−" when negative. */
export function yuanRough(fen: number, lang: 'zh' | 'en'): string {
  const abs = Math.abs(fen);
  const num = roughNumber(abs, roughUnit(abs, lang));
  return roughText(num, roughUnit(abs, lang), lang, fen < 0 && /[1-9]/.test(num) ? '−' : '');
}

/**
 * A range of two integer fen amounts on one scale, the larger one's: "51–60 万" / "¥510k–¥600k".
 * When both have the same sign the sizes are shown (the sentence says more or less); when the range
 * crosses zero both are signed: "−5 至 +12 万" / "−¥5k to +¥12k".
 */
export function yuanRoughRange(lowFen: number, highFen: number, lang: 'zh' | 'en'): string {
  const unit = roughUnit(Math.max(Math.abs(lowFen), Math.abs(highFen)), lang);
  const n = (f: number) => roughNumber(Math.abs(f), unit);
  if (lowFen < 0 && highFen > 0) {
    const lo = `−${n(lowFen)}`;
    const hi = `+${n(highFen)}`;
    return lang === 'zh' ? `${lo} 至 ${hi} ${unit ? unit.zh : '元'}` : `${roughText(lo.slice(1), unit, 'en', '−')} to ${roughText(hi.slice(1), unit, 'en', '+')}`;
  }
  const [a, b] = Math.abs(lowFen) <= Math.abs(highFen) ? [lowFen, highFen] : [highFen, lowFen];
  if (lang === 'zh') return `${n(a)}–${n(b)} ${unit ? unit.zh : '元'}`;
  return `${roughText(n(a), unit, 'en', '')}–${roughText(n(b), unit, 'en', '')}`;
}

/** A relative change for a sentence: "+2%", "−0.4%", "0%" (whole percent from 1 % up, one decimal below). */
export function percentRoughSigned(share: number): string {
  const p = share * 100;
  const digits = Math.abs(p) >= 0.95 ? 0 : 1;
  const s = Math.abs(p).toFixed(digits);
  if (Number(s) === 0) return '0%';
  return `${p < 0 ? '−' : '+'}${s}%`;
}
