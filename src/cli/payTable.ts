/**
 * The `pay` command's table output: per payslip a block with its lines (component label, amount in
 * yuan, the explanation from formats/explain.ts), the totals and any legal flags; a summary last.
 * Plain text aligned for a terminal (CJK characters count two columns).
 */
import type { Payslip } from '../engine/payslip';
import { renderNote } from '../formats/explain';
import { levelWord, roleWord } from '../formats/columns';
import { ppmPercent, scoreText } from '../formats/payslipCsv';
import { fenToYuanGrouped } from '../i18n/money';
import { t, type Lang } from '../i18n/format';

import type { Unreliable } from '../formats/unreliableLines';

export interface TableHeading {
  policyName: string;
  city: string;
  records: number;
  aovFen: number;
  aovSource: 'flag' | 'records' | 'unused';
  /** Records imported from platform exports: per payslip (same order) the lines an input not provided feeds, and the provenance line. */
  imported?: { unreliable: readonly (readonly Unreliable[])[]; provenance: string };
}

/** Terminal columns of a string: East Asian wide and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;

function block(p: Payslip, lang: Lang): string[] {
  const out: string[] = [];
  const team = p.team === '' ? '' : ` · ${p.team}`;
  out.push(`── ${p.month} · ${p.agentId} ${p.name}${team} · ${roleWord(p.role, lang)} · ${levelWord(p.level, lang)} ──`);
  const facts: string[] = [];
  if (p.probation) facts.push(t(lang, 'payslip.probation'));
  if (p.score !== null) facts.push(t(lang, 'cli.table.score', { score: scoreText(p.score), multiplier: ppmPercent(p.multiplierPpm) }));
  facts.push(`${t(lang, 'payslip.netSales')} ${fenToYuanGrouped(p.netSalesFen)}`);
  facts.push(`${t(lang, 'payslip.minimumWage')} ${fenToYuanGrouped(p.minimumWageFen)}`);
  out.push('   ' + facts.join(' · '));
  const labels = p.lines.map((l) => t(lang, `component.${l.component}`));
  const amounts = p.lines.map((l) => fenToYuanGrouped(l.amountFen));
  const lw = Math.max(0, ...labels.map(displayWidth));
  const aw = Math.max(0, ...amounts.map(displayWidth));
  p.lines.forEach((l, i) => {
    const note = renderNote(l.note, lang);
    out.push(`   ${padEnd(labels[i]!, lw)}  ${padStart(amounts[i]!, aw)}${note ? `  ${note}` : ''}`);
  });
  const tt = p.totals;
  const totals: [string, number][] = [
    ['total.earned', tt.earnedFen],
    ['total.guarantee', tt.guaranteeFen],
    ['total.gross', tt.grossFen],
    ['total.fines', tt.finesFen],
    ['total.net', tt.netFen],
    ['total.contributions', tt.contributionsFen],
    ['total.employerCost', tt.employerCostFen],
  ];
  out.push('   ' + totals.map(([k, v]) => `${t(lang, k)} ${fenToYuanGrouped(v)}`).join(' · '));
  const f = p.flags;
  const flags: string[] = [];
  if (f.belowMinimumFen > 0) flags.push(`${t(lang, 'flag.belowMinimum')} ${t(lang, 'cli.table.shortfall', { amount: fenToYuanGrouped(f.belowMinimumFen) })}`);
  if (f.deductionsBelowMinimumFen > 0) {
    flags.push(`${t(lang, 'flag.deductionsBelowMinimum')} ${t(lang, 'cli.table.shortfall', { amount: fenToYuanGrouped(f.deductionsBelowMinimumFen) })}`);
  }
  if (f.deductionsOverCapFen > 0) flags.push(`${t(lang, 'flag.deductionsOverCap')} ${t(lang, 'cli.table.excess', { amount: fenToYuanGrouped(f.deductionsOverCapFen) })}`);
  if (f.probationTooLow) flags.push(t(lang, 'flag.probationTooLow'));
  if (f.dismissal !== null) flags.push(t(lang, `flag.dismissal.${f.dismissal}`));
  for (const fl of flags) out.push(`   ! ${fl}`);
  return out;
}

/** The whole table: a heading, one block per payslip, a summary. */
export function renderPayTable(payslips: readonly Payslip[], lang: Lang, h: TableHeading): string {
  const lines: string[] = [];
  const aov = h.aovSource === 'unused' ? t(lang, 'cli.table.aovUnused') : `${fenToYuanGrouped(h.aovFen)} (${t(lang, `cli.table.aovFrom.${h.aovSource}`)})`;
  lines.push(t(lang, 'cli.table.heading', { policy: h.policyName, city: h.city, records: h.records, aov }));
  if (h.imported) lines.push(h.imported.provenance);
  payslips.forEach((p, i) => {
    lines.push('', ...block(p, lang));
    const u = h.imported?.unreliable[i] ?? [];
    if (u.length > 0) {
      const missing = [...new Set(u.flatMap((x) => x.missing))].join(lang === 'zh' ? '、' : ', ');
      lines.push('   ' + t(lang, 'import.payslip.cannotCompute', { lines: u.map((x) => t(lang, `component.${x.component}`)).join(lang === 'zh' ? '、' : ', '), fields: missing }));
    }
  });
  let gross = 0;
  let fines = 0;
  let net = 0;
  let cost = 0;
  let below = 0;
  for (const p of payslips) {
    gross += p.totals.grossFen;
    fines += p.totals.finesFen;
    net += p.totals.netFen;
    cost += p.totals.employerCostFen;
    if (p.flags.belowMinimumFen > 0) below++;
  }
  lines.push(
    '',
    t(lang, 'cli.table.summary', {
      count: payslips.length,
      gross: fenToYuanGrouped(gross),
      fines: fenToYuanGrouped(fines),
      net: fenToYuanGrouped(net),
      cost: fenToYuanGrouped(cost),
      below,
    }),
  );
  return lines.join('\n') + '\n';
}
