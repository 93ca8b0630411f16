/**
 * Rounded amounts for sentences read by people ("比现行方案每年多花约 55 万", "+¥520k"): the one home
 * of these rounding rules, used by the variant cards and the sensitivity verdict. Exact tables show
 * the fen; these say "about". Not from a seed: presentation.
 */
const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/*
 * The scale is chosen by the size
 * (zh 元 / 万 / 亿, en ¥ / k / M / B); at least two significant figures: whole units from 10 up,
 * one decimal below 10 ("5.5 万"), plain yuan to two significant figures ("3,200 元"). Exact on
 * integer fen, half away from zero. A range shares one scale.
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
