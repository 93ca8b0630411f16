/**
 * Explanations of a payslip in Chinese or English, built from the payslip's own figures:
 *  - each line's note (a message key with preformatted numbers; list parameters such as factors
 *    and brackets are sub-notes rendered in a row), never repeating its result ("… 发 679.82 =
 *    679.82" when no factor applies);
 *  - the annual true-up line with the year's two sums, summed from the agent's months of the
 *    calendar year (docs/rules-file.md §guarantee; seed 001 "年度核算月保底");
 *  - the guarantee ledger of a month: the running sums or open balance before the settlement;
 *  - employer contributions line by line (base × rate), and why the base is the city's floor or
 *    ceiling (docs/engine.md: contributions are computed on gross pay clamped to the city's base
 *    range, so on a short or low month they can exceed the pay itself).
 */
import type { Note, PayLine, Payslip } from '../engine/payslip';
import { pct } from '../engine/notes';
import { fenToYuanGrouped } from '../i18n/money';
import { t, type Lang } from '../i18n/format';

const JOINERS: Record<string, string> = { brackets: '; ' };
/** Characters that make "x = x" a real operation (× 1, + 0 …) rather than a repeated result. */
const OPERATORS = /[×÷+\-−*/(]\s*$/;

export function renderNote(n: Note, lang: Lang): string {
  if (!n.key) return '';
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(n.params)) {
    params[k] = Array.isArray(v) ? v.map((sub) => renderNote(sub, lang)).join(JOINERS[k] ?? '') : v;
  }
  return dropRepeatedResult(t(lang, n.key, params), params.amount);
}

/**
 * "… 发 679.82 = 679.82" → "… 发 679.82": a note whose last figure before "= amount" is the amount
 * itself (no factor applied) says its result once. A product or sum ("1 × 200.00 = 200.00") keeps it.
 */
export function dropRepeatedResult(text: string, amount: string | number | undefined): string {
  if (amount === undefined || amount === '') return text;
  const tail = `${amount} = ${amount}`;
  if (!text.endsWith(tail)) return text;
  const before = text.slice(0, text.length - tail.length);
  if (OPERATORS.test(before) || /[\d.,]$/.test(before)) return text;
  return text.slice(0, text.length - ` = ${amount}`.length);
}

/** Σ guarantee and Σ earned of the calendar year up to a month, as the annual true-up adds them. */
export interface GuaranteeSums {
  guaranteeSumFen: number;
  earnedSumFen: number;
}

/**
 * The year's sums behind a month's guarantee ledger, from the agent's payslips of one variant:
 * months of the same calendar year up to and including `slip`, outside probation. Returns null when
 * the payslips given do not reproduce the ledger's balance (Σ guarantee − Σ earned), e.g. when only
 * part of the year is at hand, so a wrong sum is never shown.
 */
export function guaranteeYearSums(slips: readonly Payslip[], slip: Payslip): GuaranteeSums | null {
  if (!slip.guarantee) return null;
  const year = slip.month.slice(0, 4);
  let g = 0;
  let e = 0;
  for (const s of slips) {
    if (s.agentId !== slip.agentId || s.month.slice(0, 4) !== year || s.month > slip.month) continue;
    if (s.probation || !s.guarantee) continue;
    g += s.guarantee.guaranteeFen;
    e += s.guarantee.earnedFen;
  }
  return g - e === slip.guarantee.balanceFen ? { guaranteeSumFen: g, earnedSumFen: e } : null;
}

export type GuaranteeMode = 'monthly-floor' | 'annual-true-up' | 'recoverable-advance';

/** A payslip line's note; the annual true-up line shows the year's two sums when they are known. */
export function lineNote(line: PayLine, slip: Payslip, slips: readonly Payslip[], lang: Lang): string {
  if (line.component === 'guaranteeTrueUp') {
    const sums = guaranteeYearSums(slips, slip);
    if (sums) {
      return t(lang, 'note.guarantee.annual-true-up.sums', {
        guaranteeSum: fenToYuanGrouped(sums.guaranteeSumFen),
        earnedSum: fenToYuanGrouped(sums.earnedSumFen),
      });
    }
  }
  return renderNote(line.note, lang);
}

/**
 * The guarantee ledger of a month in words, or null (no guarantee, or a monthly floor whose line
 * already says everything): the running sums of an annual true-up before its settlement, the
 * settlement without a top-up, the open balance of a recoverable advance and its write-off.
 */
export function guaranteeLedgerText(mode: GuaranteeMode | null, slip: Payslip, slips: readonly Payslip[], lang: Lang): string | null {
  const g = slip.guarantee;
  if (!mode || !g || mode === 'monthly-floor') return null;
  if (slip.probation) return t(lang, 'explain.guarantee.probation');
  const y = fenToYuanGrouped;
  if (mode === 'annual-true-up') {
    const sums = guaranteeYearSums(slips, slip);
    const toppedUp = slip.lines.some((l) => l.component === 'guaranteeTrueUp');
    if (g.settlement) {
      if (toppedUp) return t(lang, 'explain.guarantee.settledTopUp');
      return sums
        ? t(lang, 'explain.guarantee.settledNone', { guaranteeSum: y(sums.guaranteeSumFen), earnedSum: y(sums.earnedSumFen) })
        : t(lang, 'explain.guarantee.settledPlain');
    }
    return sums
      ? t(lang, 'explain.guarantee.running', { guaranteeSum: y(sums.guaranteeSumFen), earnedSum: y(sums.earnedSumFen), balance: y(g.balanceFen) })
      : t(lang, 'explain.guarantee.runningPlain', { balance: y(g.balanceFen) });
  }
  if (g.settlement && g.writeOffFen > 0) return t(lang, 'explain.guarantee.advanceWriteOff', { writeOff: y(g.writeOffFen) });
  return g.balanceFen > 0 ? t(lang, 'explain.guarantee.advanceBalance', { balance: y(g.balanceFen) }) : t(lang, 'explain.guarantee.advanceClear');
}

/** Employer contributions of a payslip: each line's name, base × rate and amount, and why the base is what it is. */
export interface ContributionsText {
  lines: { line: Payslip['contributions'][number]['line']; name: string; formula: string; amountFen: number }[];
  /** The base against gross pay: equal, raised to the city's floor, or cut to its ceiling. */
  base: string | null;
}

export function contributionsText(slip: Payslip, lang: Lang): ContributionsText {
  const y = fenToYuanGrouped;
  const lines = slip.contributions.map((c) => ({
    line: c.line,
    name: t(lang, `contribution.${c.line}`),
    formula: t(lang, 'explain.contribution.line', { base: y(c.baseFen), rate: pct(c.ratePpm) }),
    amountFen: c.amountFen,
  }));
  const first = slip.contributions[0];
  if (!first) return { lines, base: null };
  const gross = slip.totals.grossFen;
  const params = { gross: y(gross), base: y(first.baseFen), total: y(slip.totals.contributionsFen) };
  let base: string;
  if (first.baseFen === gross) base = t(lang, 'explain.contribution.baseIsGross', params);
  else if (first.baseFen > gross)
    base = t(lang, slip.totals.contributionsFen > gross ? 'explain.contribution.floorExceeds' : 'explain.contribution.floor', params);
  else base = t(lang, 'explain.contribution.ceiling', params);
  return { lines, base };
}
