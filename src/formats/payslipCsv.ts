/**
 * Payslips → a CSV sheet for Excel: one row per agent-month, one column per pay-line component
 * present in any payslip (COMPONENTS order), then the totals (docs/rules-file.md,
 * §11 employer cost) and the legal flags (§"The engine's legal flags"). Chinese headers by default,
 * a UTF-8 BOM so Excel opens the Chinese correctly, money in yuan with two decimals, and text cells
 * guarded against formula injection.
 */
import { COMPONENTS, type Component, type Payslip } from '../engine/payslip';
import { t, type Lang } from '../i18n/format';
import { COLUMNS, levelWord, roleWord } from './columns';
import { escapeFormula, formatCsv } from './csv';
import { fenToYuan } from '../i18n/money';

const TOTALS = ['earnedFen', 'guaranteeFen', 'grossFen', 'finesFen', 'netFen', 'contributionsFen', 'employerCostFen'] as const;
const TOTAL_KEYS: Record<(typeof TOTALS)[number], string> = {
  earnedFen: 'total.earned',
  guaranteeFen: 'total.guarantee',
  grossFen: 'total.gross',
  finesFen: 'total.fines',
  netFen: 'total.net',
  contributionsFen: 'total.contributions',
  employerCostFen: 'total.employerCost',
};

/** A multiplier in ppm as a percentage without trailing zeros: 900000 → "90%", 853400 → "85.34%". */
export function ppmPercent(ppm: number): string {
  const sign = ppm < 0 ? '-' : '';
  const abs = Math.abs(ppm);
  const frac = String(abs % 10_000).padStart(4, '0').replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 10_000)}${frac ? `.${frac}` : ''}%`;
}

/** Score points for display with two decimals, or "" when the policy has no score. */
export function scoreText(score: number | null): string {
  return score === null ? '' : score.toFixed(2);
}

const header = (field: 'month' | 'agentId' | 'name' | 'team' | 'role' | 'level', lang: Lang) => {
  const c = COLUMNS.find((x) => x.field === field)!;
  return lang === 'zh' ? c.zh : c.json;
};

/** Sum of a payslip's lines of one component, fen. */
function componentFen(p: Payslip, c: Component): number {
  let sum = 0;
  for (const l of p.lines) if (l.component === c) sum += l.amountFen;
  return sum;
}

/** Payslips → CSV text (with BOM), in the given order. */
export function writePayslipsCsv(payslips: readonly Payslip[], lang: Lang = 'zh'): string {
  const { head, rows } = payslipTable(payslips, lang);
  return '\uFEFF' + formatCsv([head, ...rows]);
}

/**
 * The payslip sheet as cells: the header and one row per payslip (the CSV's and the Excel
 * workbook's one home). `money[i]` says whether column i holds yuan with two decimals.
 */
export function payslipTable(payslips: readonly Payslip[], lang: Lang = 'zh'): { head: string[]; rows: string[][]; money: boolean[] } {
  const present = COMPONENTS.filter((c) => payslips.some((p) => p.lines.some((l) => l.component === c)));
  const yes = lang === 'zh' ? '是' : 'yes';
  const no = lang === 'zh' ? '否' : 'no';
  const head = [
    header('month', lang),
    header('agentId', lang),
    header('name', lang),
    header('team', lang),
    header('role', lang),
    header('level', lang),
    t(lang, 'payslip.probation'),
    t(lang, 'payslip.score'),
    t(lang, 'payslip.multiplier'),
    t(lang, 'payslip.netSales'),
    ...present.map((c) => t(lang, `component.${c}`)),
    ...TOTALS.map((k) => t(lang, TOTAL_KEYS[k])),
    t(lang, 'payslip.minimumWage'),
    t(lang, 'flag.belowMinimum'),
    t(lang, 'flag.deductionsBelowMinimum'),
    t(lang, 'flag.deductionsOverCap'),
    t(lang, 'flag.probationTooLow'),
    t(lang, 'flag.dismissal'),
  ];
  const rows = payslips.map((p) => [
    p.month,
    escapeFormula(p.agentId),
    escapeFormula(p.name),
    escapeFormula(p.team),
    roleWord(p.role, lang),
    levelWord(p.level, lang),
    p.probation ? yes : no,
    scoreText(p.score),
    p.score === null ? '' : ppmPercent(p.multiplierPpm),
    fenToYuan(p.netSalesFen),
    ...present.map((c) => fenToYuan(componentFen(p, c))),
    ...TOTALS.map((k) => fenToYuan(p.totals[k])),
    fenToYuan(p.minimumWageFen),
    fenToYuan(p.flags.belowMinimumFen),
    fenToYuan(p.flags.deductionsBelowMinimumFen),
    fenToYuan(p.flags.deductionsOverCapFen),
    p.flags.probationTooLow ? yes : no,
    p.flags.dismissal === null ? '' : t(lang, `flag.dismissal.${p.flags.dismissal}`),
  ]);
  const money = head.map((_, i) => i >= 9 && i < head.length - 2);
  return { head, rows, money };
}
