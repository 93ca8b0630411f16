/**
 * The verdict of a sensitivity run (src/sim/sensitivity.ts) in one or two plain sentences, Chinese or
 * English: "robust" when no behaviour assumption at its low or high value changes the ranking of the
 * lawful variants, else the assumption that flips it, at which value and which variants swap. With a
 * single lawful variant there is no ranking to change; the sentence gives the range of its difference
 * from the baseline over the settings instead. The cards and the CLI say the same thing through this
 * one function. Not from a seed: presentation of the analysis.
 */
import { t, type Lang } from '../i18n/format';
import { yuanRough } from './roughAmount';

/** A parameter value: a number or a list (e.g. a ramp by tenure month). */
export type ParamValue = number | readonly number[];

/**
 * What the verdict reads of a sensitivity run (src/sim/sensitivity.ts `Sensitivity` has this shape;
 * declared here so that formats does not depend on the runner).
 */
export interface VerdictInput {
  /** The metric id ("cost", …), message key `sens.metric.<id>`. */
  rankBy: string;
  rankHigherIsBetter: boolean;
  baseRanking: readonly string[];
  rows: readonly {
    id: string;
    labelKey: string;
    low: ParamValue;
    high: ParamValue;
    flips: readonly { setting: 'low' | 'high'; above: string; below: string }[];
    variants: readonly {
      variant: string;
      lowDifferenceFen: number | null;
      baseDifferenceFen: number | null;
      highDifferenceFen: number | null;
      signChanged: boolean;
    }[];
  }[];
  flipsBy: string | null;
  flipping: readonly string[];
  complete: boolean;
}

/** A parameter value as people read it: 0.3, a list "0.5 / 0.7 / 0.85", an empty list "无" / "none". */
export function paramText(v: ParamValue, lang: Lang): string {
  if (typeof v === 'number') return String(v);
  return v.length ? v.join(' / ') : t(lang, 'sens.value.none');
}

/**
 * A rounded amount for a sentence, signed: zh "+55 万" / "−800 元", en "+¥552k" / "−¥800"
 * (the rounding rules of roughAmount.ts). Display rounding only: the exact figure is in the tables.
 */
export function roughYuan(fen: number, lang: Lang): string {
  const s = yuanRough(Math.abs(fen), lang);
  return fen === 0 || !/[1-9]/.test(s) ? s : `${fen > 0 ? '+' : '−'}${s}`;
}

/** The metric's name in a sentence. */
export const metricName = (m: string, lang: Lang) => t(lang, `sens.metric.${m}`);

/** The ranking as "A < B < C" (lower is better) or "A > B > C" (higher is better). */
export function rankingText(names: readonly string[], higherIsBetter: boolean, lang: Lang): string {
  if (names.length === 0) return t(lang, 'sens.rankingNone');
  return names.join(higherIsBetter ? ' > ' : ' < ');
}

/**
 * The verdict of a sensitivity run in `lang` (one or two sentences). Variants are named by
 * `label(name)` (the page shows a preset file id as the preset's title; the CLI prints names as written).
 */
export function sensitivityVerdict(s: VerdictInput, lang: Lang, label: (name: string) => string = (n) => n): string {
  const metric = metricName(s.rankBy, lang);
  const out: string[] = [];
  if (!s.complete) out.push(t(lang, 'sens.verdict.incomplete'));
  if (s.flipsBy !== null) {
    const row = s.rows.find((r) => r.id === s.flipsBy)!;
    const flip = row.flips[0]!;
    out.push(
      t(lang, 'sens.verdict.flip', {
        assumption: t(lang, row.labelKey),
        setting: t(lang, `sens.setting.${flip.setting}`),
        value: paramText(row[flip.setting], lang),
        above: label(flip.above),
        below: label(flip.below),
        metric,
      }),
    );
    const others = s.flipping.filter((id) => id !== s.flipsBy);
    if (others.length) {
      out.push(t(lang, 'sens.verdict.flipMore', { count: others.length, others: others.map((id) => t(lang, `sens.assumption.${id}`)).join(lang === 'zh' ? '、' : ', ') }));
    }
  } else if (s.baseRanking.length === 0) {
    if (s.rows.length || s.complete) out.push(t(lang, 'sens.verdict.none'));
  } else if (s.baseRanking.length === 1) {
    const name = s.baseRanking[0]!;
    const values = s.rows.flatMap((r) => {
      const v = r.variants.find((x) => x.variant === name)!;
      return [v.lowDifferenceFen, v.baseDifferenceFen, v.highDifferenceFen].filter((x): x is number => x !== null);
    });
    if (values.length) {
      out.push(t(lang, 'sens.verdict.one', { name: label(name), metric, min: roughYuan(Math.min(...values), lang), max: roughYuan(Math.max(...values), lang) }));
    }
  } else if (s.rows.length) {
    out.push(t(lang, 'sens.verdict.robust', { metric, ranking: rankingText(s.baseRanking.map(label), s.rankHigherIsBetter, lang) }));
  }
  // a lawful variant that is cheaper than the baseline at one setting and dearer at another
  const lawful = new Set(s.baseRanking);
  for (const r of s.rows) {
    const v = r.variants.find((x) => x.signChanged && lawful.has(x.variant));
    if (v) {
      out.push(t(lang, 'sens.verdict.sign', { name: label(v.variant), assumption: t(lang, r.labelKey) }));
      break;
    }
  }
  return out.join(lang === 'zh' ? '' : ' ');
}
