/**
 * One plain sentence per variant, Chinese first, in the manner of PolicyEngine's reform summaries:
 * "比现行方案每年多花约 55 万(九成年份在 51–60 万之间),销售额约 +2%,92% 的客服收入增加;
 * 无低于最低工资的月份". The cost is the mean paired difference against the baseline (people cost
 * when the run reports it, else employer cost), with the 5th–95th percentile of the per-replication
 * difference when the run reports it (below 20 replications that range is the min–max, and the
 * sentence says so); sales as the change of mean net sales; agents as the share of compared
 * agent-years paid more (or, when more lose, less); then the legal finding (verdict.ts) and, after a
 * sensitivity run, whether the ranking holds. Amounts are rounded for reading (money.ts yuanRough);
 * the card shows the exact figures.
 */
import { t, type Lang, type Params } from '../i18n/format';
import { percentRoughSigned, yuanRough, yuanRoughRange } from './money';
import type { Range, Verdict, VerdictInput } from './verdict';

/** What a sensitivity run says about this comparison: robust, or the assumption (label, already in words) that would flip it. */
export type Robustness = { robust: true } | { robust: false; assumption: string };

export interface SentenceContext {
  lang: Lang;
  /** Simulated months per replication (12: "每年"). */
  months: number;
  baseline: VerdictInput | null;
  robustness?: Robustness | null;
}

const vt = (lang: Lang, key: string, params: Params = {}) => t(lang, `verdict.${key}`, params);

/** A count of flagged agent-months per period for reading: "312", "约 0.4" → "不到 1". */
function countText(lang: Lang, n: number): string {
  return n < 0.5 ? vt(lang, 'lessThanOne') : String(Math.round(n));
}

/** The legal clause: "无低于最低工资的月份" or the flagged counts. */
export function legalClause(v: Verdict, ctx: SentenceContext): string {
  const { lang } = ctx;
  if (v.lawful) return vt(lang, 'lawfulClause');
  const c = v.counts;
  const parts: string[] = [];
  if (c.belowMinimum > 0) parts.push(vt(lang, 'count.belowMinimum', { n: countText(lang, c.belowMinimum) }));
  if (c.deductionsOverCap > 0) parts.push(vt(lang, 'count.overCap', { n: countText(lang, c.deductionsOverCap) }));
  if (c.deductionsBelowMinimum > 0) parts.push(vt(lang, 'count.deductionsBelowMinimum', { n: countText(lang, c.deductionsBelowMinimum) }));
  if (c.probationTooLow > 0) parts.push(vt(lang, 'count.probation', { n: countText(lang, c.probationTooLow) }));
  return vt(lang, ctx.months === 12 ? 'unlawfulClause.year' : 'unlawfulClause.period', { months: ctx.months, counts: parts.join(vt(lang, 'and')) });
}

/** The whole sentence for one variant. */
export function verdictSentence(v: VerdictInput, verdict: Verdict, ctx: SentenceContext): string {
  const { lang, months } = ctx;
  const period = months === 12 ? 'year' : 'period';
  const clauses: string[] = [];
  const people = verdict.costKind === 'people';

  if (v.baseline || !v.vsBaseline) {
    const cost = people ? v.peopleCost! : v.cost;
    if (cost.meanFen !== null) {
      const range = cost.p5Fen !== null && cost.p95Fen !== null ? vt(lang, `range.${period}`, { range: yuanRoughRange(cost.p5Fen, cost.p95Fen, lang) }) : '';
      clauses.push(vt(lang, `baseline.${period}.${verdict.costKind}`, { months, amount: yuanRough(cost.meanFen, lang), range }));
    }
  } else {
    const vs = v.vsBaseline;
    const d: Range = (people ? vs.peopleCostDifference : undefined) ?? vs.costDifference;
    if (d.meanFen !== null) {
      const rough = yuanRough(Math.abs(d.meanFen), lang);
      const way = !/[1-9]/.test(rough) ? 'same' : d.meanFen > 0 ? 'more' : 'less';
      let range = '';
      if (d.p5 != null && d.p95 != null) {
        const r = yuanRoughRange(d.p5, d.p95, lang);
        range = d.rangeIsMinMax ? vt(lang, 'range.minMax', { range: r, n: v.replications }) : vt(lang, `range.${period}`, { range: r });
      }
      // say which cost when it is not the employer cost shown on the card's difference line
      const prefix = d === vs.costDifference ? '' : vt(lang, 'peoplePrefix');
      clauses.push(prefix + vt(lang, `diff.${way}.${period}`, { months, amount: rough, range }));
    }
    const sd = vs.salesDifference;
    const baseSales = ctx.baseline?.sales?.meanFen ?? null;
    if (sd && sd.meanFen !== null && baseSales) clauses.push(vt(lang, 'sales', { change: percentRoughSigned(sd.meanFen / baseSales) }));
    const g = vs.groups.all;
    if (vs.agentYearsCompared > 0 && g.length === 5) {
      const down = g[0]! + g[1]!;
      const up = g[3]! + g[4]!;
      // nothing to say when (almost) nobody's pay changes
      if (Math.round(Math.max(up, down) * 100) > 0) {
        if (up >= down) clauses.push(vt(lang, 'agentsUp', { share: Math.round(up * 100) }));
        else clauses.push(vt(lang, 'agentsDown', { share: Math.round(down * 100) }));
      }
    }
  }
  let s = clauses.join(vt(lang, 'comma'));
  s += (s ? vt(lang, 'semicolon') : '') + legalClause(verdict, ctx);
  const rb = ctx.robustness;
  if (rb) s += vt(lang, 'semicolon') + (rb.robust ? vt(lang, 'robust') : vt(lang, 'flips', { assumption: rb.assumption }));
  return s + vt(lang, 'stop');
}
