/**
 * The 制度 document: a rules file (PolicyDoc) written out as the pay policy a team
 * reads and signs, in Chinese or English — every clause in words with its numbers ("初级客服底薪
 * 1500 元/月", "每月允许 2 次 10 分钟以内的迟到…"), one month's pay worked through line by line,
 * and legal notes where a clause is risky (docs/law.md: a base under the city's
 * minimum wage in force, fines without a clear legal basis since 2008, probation pay under 80 % or
 * under the minimum, guarantee modes and the rule that a year-end top-up does not cure a month
 * below the minimum). Clause semantics: docs/rules-file.md 1–11 (seed 000 base, commission,
 * bonuses and fines; seed 001 probation, guarantee, score, pool, roles and dismissal; seed 002
 * seniority).
 *
 * `policyDocument` builds a plain model (sections of paragraphs, lists, tables and notes, all plain
 * text from the message tables); `documentMarkdown` and `documentHtml` render it, escaping every
 * piece of text, so a name such as `<img src=x onerror=alert(1)>` stays text. Amounts are yuan
 * without trailing ".00" ("1500", "12.50"), rates and multipliers are percentages ("0.5%").
 */
import { Decimal } from 'decimal.js';
import { kpiBlocks } from './policyDocumentKpi';
import type { Payslip } from '../engine/payslip';
import type { AgentMonth } from '../engine/records';
import { t, type Lang, type Params } from '../i18n/format';
import { CONTRIBUTION_LINES, cityOf, inForce } from '../policy/cities';
import { LEVELS, type Level, type PolicyDoc, type FlatRate, type TieredRate, type Commission } from '../policy/types';
import { renderNote } from './explain';
import { levelWord } from './columns';
import { ppmPercent, scoreText } from './payslipCsv';
import { fenToYuan, fenToYuanGrouped } from '../i18n/money';
import { legalFindings, minimumWageInForce } from '../policy/legal';
import { simulateExample } from '../sim/examples';

// ── the model ──

export type DocBlock =
  | { type: 'p'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; head: string[]; rows: string[][]; numeric: boolean[] }
  | { type: 'note'; text: string };

export interface DocSection {
  /** Stable id (used as the HTML anchor and by tests). */
  id: string;
  title: string;
  blocks: DocBlock[];
}

export interface PolicyDocument {
  lang: Lang;
  title: string;
  /** Lines under the title: city, month of the legal comparison, where the rules come from. */
  meta: string[];
  sections: DocSection[];
  /** Signature lines. */
  signatures: string[];
  footer: string;
}

/** One agent-month worked through in the document: its record and its payslip (with notes). */
export interface WorkedMonth {
  record: AgentMonth;
  payslip: Payslip;
}

export interface DocumentOptions {
  lang: Lang;
  /** "YYYY-MM": the month whose minimum wage the legal notes compare with (normally the current month). */
  asOfMonth: string;
  /** The worked example; omitted → no example section. */
  worked?: WorkedMonth | null;
}

// ── numbers as the document writes them ──

/** Money: "1500", "12.50", "0" (yuan, no grouping, two decimals only when there are fen). */
export function docYuan(v: string): string {
  const d = new Decimal(v);
  return d.isInteger() ? d.toFixed(0) : d.toFixed(2);
}

/** A rate or multiplier as a percentage: "0.005" → "0.5%", "0.10" → "10%", "1" → "100%". */
export function docPercent(v: string): string {
  return `${new Decimal(v).times(100).toFixed()}%`;
}

/** Score points: "27.5", "30". */
export function docPoints(v: string): string {
  return new Decimal(v).toFixed();
}

// ── building ──

class Builder {
  readonly sections: DocSection[] = [];
  constructor(readonly lang: Lang) {}
  t = (key: string, params: Params = {}) => t(this.lang, `doc.${key}`, params);
  list = (items: string[]) => items.join(this.t('sep'));
  section(id: string, titleKey: string, blocks: DocBlock[]) {
    this.sections.push({ id, title: this.t(`title.${titleKey}`), blocks: blocks.filter((b) => b.type !== 'p' || b.text !== '') });
  }
  level = (l: Level) => this.t(`level.${l}`);
}

const p = (text: string): DocBlock => ({ type: 'p', text });
const note = (text: string): DocBlock => ({ type: 'note', text });

function byLevelList(b: Builder, amounts: Record<Level, string>, key: string): DocBlock {
  return { type: 'list', items: LEVELS.map((l) => b.t(key, { level: b.level(l), amount: docYuan(amounts[l]) })) };
}

function rateText(b: Builder, r: FlatRate | TieredRate, what: string): DocBlock[] {
  if (r.type === 'flat') return [p(b.t('rate.flat', { what, rate: docPercent(r.rate) }))];
  const brackets = [...r.brackets].sort((x, y) => new Decimal(x.from).cmp(y.from));
  return [
    p(b.t(`rate.${r.method}`, { what })),
    {
      type: 'table',
      head: [b.t('rate.headFrom'), b.t('rate.headRate')],
      rows: brackets.map((x) => [b.t('rate.from', { amount: docYuan(x.from) }), docPercent(x.rate)]),
      numeric: [true, true],
    },
  ];
}

function commissionBlocks(b: Builder, c: Commission, scored: boolean): DocBlock[] {
  const net = p(b.t('commission.netSales'));
  switch (c.type) {
    case 'none':
      return [p(b.t('commission.none'))];
    case 'flat':
      return [p(b.t('commission.flat', { rate: docPercent(c.rate) })), net, ...(c.applyScore && scored ? [p(b.t('commission.scored'))] : [])];
    case 'conversion':
      return [
        p(b.t('commission.conversion')),
        {
          type: 'table',
          head: [b.t('commission.conversionHeadFrom'), b.t('rate.headRate')],
          rows: c.brackets.map((x) => [b.t('commission.conversionFrom', { rate: docPercent(x.from) }), docPercent(x.rate)]),
          numeric: [true, true],
        },
        net,
        ...(c.applyScore && scored ? [p(b.t('commission.scored'))] : []),
      ];
    case 'tiered':
      return [
        ...rateText(b, c, b.t('commission.what')),
        ...(c.basis === 'team' ? [p(b.t('commission.teamBasis'))] : []),
        net,
        ...(c.applyScore && scored ? [p(b.t('commission.scored'))] : []),
      ];
    case 'role':
      return [
        p(b.t('commission.role')),
        {
          type: 'list',
          items: [
            b.t('commission.role.presales', { rate: docPercent(c.presales) }),
            b.t('commission.role.aftersales', { rate: docPercent(c.aftersales) }),
            b.t('commission.role.gold', { sales: docPercent(c.gold.sales), cases: docPercent(c.gold.cases) }),
            b.t('commission.role.supervisor', { rate: docPercent(c.supervisor) }),
          ],
        },
        net,
        p(b.t('commission.roleAov')),
      ];
  }
}

/** The minimum wage in force in the policy's city in `month`, with the month it applies from. */
function minimumWage(doc: PolicyDoc, month: string): { fen: number; amount: string; from: string; city: string; source: string } | null {
  const city = cityOf(doc);
  const e = city && minimumWageInForce(city, month);
  if (!city || !e) return null;
  return { fen: e.fen, amount: new Decimal(e.fen).div(100).toFixed(2), from: e.fromMonth, city: city.name.zh, source: e.source };
}

/** A custom city's contribution base and rates in force in `month`, with their sources (docs/law.md §"Custom city"). */
function customContributions(doc: PolicyDoc, month: string): Record<string, string> | null {
  const city = doc.customCity ? cityOf(doc) : undefined;
  const base = city && inForce(city.contributionBase, month);
  const rates = city && inForce(city.contributionRates, month);
  if (!base || !rates) return null;
  const total = CONTRIBUTION_LINES.reduce((s, k) => s + rates.ppm[k], 0);
  return {
    floor: docYuan(new Decimal(base.floorFen).div(100).toFixed(2)),
    ceiling: docYuan(new Decimal(base.ceilingFen).div(100).toFixed(2)),
    baseSource: base.source,
    total: `${new Decimal(total).div(10_000).toFixed()}%`,
    ratesSource: rates.source,
  };
}

function cityName(doc: PolicyDoc, lang: Lang): string {
  return cityOf(doc)?.name[lang] ?? doc.city;
}

function legalNotes(b: Builder, doc: PolicyDoc, month: string): DocBlock[] {
  const out: DocBlock[] = [];
  const mw = minimumWage(doc, month);
  const city = cityName(doc, b.lang);
  const minText = mw ? docYuan(mw.amount) : '';
  if (mw) out.push(p(b.t('law.minimumWage', { city, amount: minText, from: mw.from, month })));
  // a table the shop entered itself names where its figure comes from
  if (mw && doc.customCity) out.push(p(b.t('law.customMinimumSource', { city, source: mw.source })));

  // a base, guarantee or probation pay under the minimum wage or the 80 % probation rule (src/policy/legal.ts)
  const found = mw ? legalFindings(doc, mw.fen) : [];
  const low = LEVELS.filter((l) => found.some((f) => f.rule === 'baseBelowMinimum' && f.path[1] === l));
  if (doc.base && low.length > 0) {
    out.push(note(b.t('law.baseBelow', { levels: b.list(low.map((l) => b.t('law.levelAmount', { level: b.level(l), amount: docYuan(doc.base![l]) }))), city, minimum: minText })));
  }
  if (!doc.base && !doc.guarantee) out.push(note(b.t('law.noFloor', { minimum: minText })));
  // a year-end settlement does not cure a month below the minimum
  if (doc.guarantee) {
    const g = doc.guarantee;
    if (found.some((f) => f.rule === 'guaranteeBelowMinimum')) out.push(note(b.t('law.guaranteeBelow', { minimum: minText })));
    if (g.mode !== 'monthly-floor') out.push(note(b.t('law.yearEndNoCure', { minimum: minText })));
  }
  // probation: ≥ 80 % of the lowest base (or guarantee) and ≥ the minimum; length limits
  if (doc.probation) {
    const eighty = legalFindings(doc, 0).find((f) => f.rule === 'probationBelowEighty');
    if (eighty) {
      out.push(note(b.t('law.probation80', { pay: docYuan(doc.probation.pay), lowest: docYuan(fenToYuan(eighty.referenceFen)), eighty: docYuan(fenToYuan(eighty.eightyFen)) })));
    }
    if (found.some((f) => f.rule === 'probationBelowMinimum')) out.push(note(b.t('law.probationMinimum', { pay: docYuan(doc.probation.pay), minimum: minText })));
    if (doc.probation.months > 1) out.push(note(b.t('law.probationLength', { months: doc.probation.months })));
  }
  // fines
  if (doc.fines) {
    out.push(note(b.t('law.fines')));
    out.push(note(doc.fines.legalCap ? b.t('law.finesCapped') : b.t('law.finesUncapped')));
  }
  if (doc.dismissal) out.push(note(b.t('law.dismissal')));
  out.push(p(b.t('law.underpay')));
  return out;
}

function workedBlocks(b: Builder, w: WorkedMonth): DocBlock[] {
  const r = w.record;
  const s = w.payslip;
  const y = (fen: number) => fenToYuanGrouped(fen);
  const intro = b.t('worked.intro', {
    name: r.name,
    role: b.t(`role.${r.role}`),
    level: levelWord(r.level, b.lang),
    tenure: r.tenureMonth,
    month: r.month,
  });
  const facts = b.t('worked.facts', {
    days: r.daysEmployed,
    worked: r.daysWorked,
    leave: r.leaveDays,
    latesShort: r.latesShort,
    latesLong: r.latesLong,
    absences: r.absences,
    slow: r.slowReplies,
    unanswered: r.unanswered30m + r.unanswered2h,
    sales: y(r.creditedSalesFen),
    returns: y(r.returnsFen),
    badReview: y(r.badReviewSalesFen),
    net: y(s.netSalesFen),
    cases: r.afterSalesCases,
    teamScore: r.teamScore,
  });
  const blocks: DocBlock[] = [p(intro), p(facts)];
  if (s.score !== null) blocks.push(p(b.t('worked.score', { score: scoreText(s.score), multiplier: ppmPercent(s.multiplierPpm) })));
  if (s.probation) blocks.push(p(b.t('worked.probation')));
  const rows = s.lines.map((l) => [t(b.lang, `component.${l.component}`), y(l.amountFen), renderNote(l.note, b.lang)]);
  rows.push([t(b.lang, 'total.gross'), y(s.totals.grossFen), '']);
  rows.push([t(b.lang, 'total.fines'), y(-s.totals.finesFen), '']);
  rows.push([t(b.lang, 'total.net'), y(s.totals.netFen), '']);
  blocks.push({ type: 'table', head: [b.t('worked.headItem'), b.t('worked.headAmount'), b.t('worked.headHow')], rows, numeric: [false, true, false] });
  blocks.push(p(b.t('worked.cost', { contributions: y(s.totals.contributionsFen), cost: y(s.totals.employerCostFen) })));
  if (s.flags.belowMinimumFen > 0) blocks.push(note(b.t('worked.belowMinimum', { minimum: y(s.minimumWageFen), shortfall: y(s.flags.belowMinimumFen) })));
  if (s.flags.deductionsOverCapFen > 0) blocks.push(note(b.t('worked.overCap', { excess: y(s.flags.deductionsOverCapFen) })));
  return blocks;
}

/** The document model of a rules file. */
export function policyDocument(doc: PolicyDoc, opts: DocumentOptions): PolicyDocument {
  const b = new Builder(opts.lang);
  const city = cityName(doc, opts.lang);
  const scored = doc.score !== null;

  b.section('scope', 'scope', [p(b.t('scope.text', { city })), p(b.t('scope.month'))]);

  b.section('base', 'base', doc.base ? [byLevelList(b, doc.base, 'base.level'), p(b.t('base.prorate'))] : [p(b.t('base.none'))]);

  if (doc.probation) {
    b.section('probation', 'probation', [p(b.t('probation.text', { months: doc.probation.months, pay: docYuan(doc.probation.pay) }))]);
  }

  if (doc.guarantee) {
    const g = doc.guarantee;
    const years = g.byTenureYear.map((x, i) =>
      i === g.byTenureYear.length - 1 && i > 0
        ? b.t('guarantee.yearOn', { year: i + 1, amount: docYuan(x) })
        : g.byTenureYear.length === 1
          ? b.t('guarantee.every', { amount: docYuan(x) })
          : b.t('guarantee.year', { year: i + 1, amount: docYuan(x) }),
    );
    b.section('guarantee', 'guarantee', [
      p(b.t('guarantee.amounts', { list: b.list(years) })),
      p(b.t('guarantee.earned')),
      p(b.t(`guarantee.mode.${g.mode}`)),
      p(b.t('guarantee.afterFines')),
    ]);
  }

  b.section('commission', 'commission', commissionBlocks(b, doc.commission, scored));

  if (doc.pool) {
    const pl = doc.pool;
    const blocks: DocBlock[] = [...rateText(b, pl.rate, b.t('pool.what')), p(b.t(`pool.split.${pl.split}`)), p(b.t('pool.rounding'))];
    if (pl.applyScore && scored) blocks.push(p(b.t('pool.scored')));
    if (pl.individualShare !== undefined) {
      const a = new Decimal(pl.individualShare);
      blocks.push(p(b.t('pool.blend', { alpha: docPercent(pl.individualShare), rest: docPercent(new Decimal(1).minus(a).toFixed()) })));
    }
    b.section('pool', 'pool', blocks);
  }

  if (doc.score) {
    const s = doc.score;
    const blocks: DocBlock[] = [
      p(
        b.t('score.parts', {
          teamTask: docPoints(s.parts.teamTask),
          handover: docPoints(s.parts.handover),
          satisfaction: docPoints(s.parts.satisfaction),
          skill: docPoints(s.parts.skill),
        }),
      ),
      p(
        b.t('score.adjust', {
          commendation: docPoints(s.commendation),
          light: docPoints(s.violations.light),
          medium: docPoints(s.violations.medium),
          severe: docPoints(s.violations.severe),
        }),
      ),
      p(s.cap === null ? b.t('score.noCap') : b.t('score.cap', { cap: docPoints(s.cap) })),
    ];
    if (s.multiplier.type === 'factor') blocks.push(p(b.t('score.factor')));
    else {
      const steps = [...s.multiplier.steps].sort((x, y) => new Decimal(y.from).cmp(x.from));
      blocks.push(p(b.t('score.steps')));
      blocks.push({
        type: 'table',
        head: [b.t('score.headScore'), b.t('score.headMultiplier')],
        rows: [
          ...steps.map((st) => [b.t('score.atLeast', { points: docPoints(st.from) }), docPercent(st.multiplier)]),
          [b.t('score.below', { points: docPoints(steps[steps.length - 1]!.from) }), '0%'],
        ],
        numeric: [false, true],
      });
    }
    b.section('score', 'score', blocks);
  }

  if (doc.performancePay) {
    b.section('performancePay', 'performancePay', [
      byLevelList(b, doc.performancePay.byLevel, 'performancePay.level'),
      p(b.t(scored ? 'performancePay.scored' : 'performancePay.unscored')),
    ]);
  }

  if (doc.dismissal) {
    const d = doc.dismissal;
    b.section('dismissal', 'dismissal', [
      p(b.t('dismissal.text', { months: d.consecutiveMonths, passMark: docPoints(d.passMark), warnings: d.warningsPerYear })),
    ]);
  }

  if (doc.kpi) {
    b.section('kpi', 'kpi', kpiBlocks((key, params) => (key.startsWith('kpi.') ? t(b.lang, key, params) : b.t(key.replace(/^doc\./, ''), params)), doc.kpi, b.level));
  }

  const bo = doc.bonuses;
  const bonusItems: string[] = [];
  if (bo.teamScore) bonusItems.push(b.t('bonus.teamScore', { rate: docPercent(bo.teamScore.rate) }));
  if (bo.fullAttendance !== null) bonusItems.push(b.t('bonus.fullAttendance', { amount: docYuan(bo.fullAttendance) }));
  if (bo.livingSubsidy !== null) bonusItems.push(b.t('bonus.livingSubsidy', { amount: docYuan(bo.livingSubsidy) }));
  if (bo.seniority) bonusItems.push(b.t('bonus.seniority', { from: bo.seniority.fromYears, amount: docYuan(bo.seniority.perYear) }));
  if (bo.topPerformer !== null) bonusItems.push(b.t('bonus.topPerformer', { amount: docYuan(bo.topPerformer) }));
  b.section('bonuses', 'bonuses', bonusItems.length > 0 ? [{ type: 'list', items: bonusItems }] : [p(b.t('bonus.none'))]);

  if (doc.fines) {
    const f = doc.fines;
    const zero = (...v: string[]) => v.every((x) => new Decimal(x).isZero());
    /** A clause with its numbers, or "no deduction (0 yuan)" when every amount of it is 0. */
    const fine = (kind: string, amounts: string[], params: Params, key = kind) =>
      zero(...amounts) ? b.t('fines.free', { what: b.t(`fines.what.${kind}`) }) : b.t(`fines.${key}`, params);
    const items = [
      fine('lateShort', [f.lateShort.each], { free: f.lateShort.free, each: docYuan(f.lateShort.each) }),
      fine('lateLong', [f.lateLong.each], { each: docYuan(f.lateLong.each) }),
      fine('absence', [f.absence.each], { each: docYuan(f.absence.each) }),
      fine('slowReplies', [f.slowReplies.amount], { over: f.slowReplies.over, amount: docYuan(f.slowReplies.amount) }),
      fine('unanswered', [f.unanswered.over30m, f.unanswered.over2h], { over30m: docYuan(f.unanswered.over30m), over2h: docYuan(f.unanswered.over2h) }, f.unanswered.stack ? 'unansweredStack' : 'unanswered'),
      fine('idleHang', [f.idleHang.each], { each: docYuan(f.idleHang.each) }),
      fine('badReview', [f.badReview.each], { each: docYuan(f.badReview.each) }),
    ];
    const blocks: DocBlock[] = [{ type: 'list', items }, p(b.t('fines.afterGuarantee'))];
    if (f.cap !== null) blocks.push(p(b.t('fines.cap', { cap: docYuan(f.cap) })));
    if (f.legalCap) blocks.push(p(b.t('fines.legalCap')));
    b.section('fines', 'fines', blocks);
  } else {
    b.section('fines', 'fines', [p(b.t('fines.none'))]);
  }

  const custom = doc.contributions === 'city' ? customContributions(doc, opts.asOfMonth) : null;
  b.section('contributions', 'contributions', [
    p(b.t(`contributions.${doc.contributions}`, { city })),
    ...(custom ? [p(b.t('contributions.customTable', { city, month: opts.asOfMonth, ...custom }))] : []),
  ]);

  if (opts.worked) b.section('worked', 'worked', workedBlocks(b, opts.worked));

  b.section('law', 'law', legalNotes(b, doc, opts.asOfMonth));

  // Staff read the document in one language: the rules file's own name and description appear only
  // when written in it; its `source` (where the rules came from) is for the owner, not for staff.
  const meta = [b.t('meta.city', { city }), b.t('meta.asOf', { month: opts.asOfMonth })];
  if (doc.description && writtenIn(doc.description, opts.lang)) meta.push(doc.description);
  return {
    lang: opts.lang,
    title: writtenIn(doc.name, opts.lang) ? b.t('heading', { name: doc.name }) : b.t('headingCity', { city }),
    meta,
    sections: b.sections,
    signatures: [b.t('sign.employee'), b.t('sign.employer')],
    footer: b.t('footer'),
  };
}

/**
 * Whether free text reads as `lang`: Chinese when Han characters are at least a third as many as
 * Latin letters (an English note quoting 劳动合同法 stays English), English otherwise.
 */
function writtenIn(text: string, lang: Lang): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return (han > 0 && han * 3 >= latin) === (lang === 'zh');
}

// ── rendering ──

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/** The number before a section title: "一、" in Chinese, "1. " in English. */
function sectionNumber(lang: Lang, i: number): string {
  return lang === 'zh' ? `${ZH_NUMERALS[i] ?? String(i + 1)}、` : `${i + 1}. `;
}

/** Text for Markdown: HTML-significant characters as entities, Markdown punctuation backslash-escaped. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}#|!~])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/gm, '$1$2\\.$3')
    .replace(/\r?\n/g, '  \n');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function documentMarkdown(d: PolicyDocument): string {
  const m = escapeMarkdown;
  const out: string[] = [`# ${m(d.title)}`, ''];
  for (const line of d.meta) out.push(m(line), '');
  d.sections.forEach((s, i) => {
    out.push(`## ${sectionNumber(d.lang, i)}${m(s.title)}`, '');
    for (const blk of s.blocks) {
      switch (blk.type) {
        case 'p':
          out.push(m(blk.text), '');
          break;
        case 'note':
          out.push(`> ⚠ ${m(blk.text)}`, '');
          break;
        case 'list':
          for (const it of blk.items) out.push(`- ${m(it)}`);
          out.push('');
          break;
        case 'table':
          out.push(`| ${blk.head.map(m).join(' | ')} |`);
          out.push(`|${blk.numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`);
          for (const row of blk.rows) out.push(`| ${row.map((c) => m(c).replace(/  \n/g, ' ')).join(' | ')} |`);
          out.push('');
          break;
      }
    }
  });
  for (const sgn of d.signatures) out.push(m(sgn), '');
  out.push('---', '', `*${m(d.footer)}*`, '');
  return out.join('\n');
}

/** Styles of the document page, screen and print (A4, no colours needed, tables kept whole). */
export const DOCUMENT_CSS = `
:root { color-scheme: light; }
body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif;
  line-height: 1.7; color: #1f2328; max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; font-size: 15px; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; text-align: center; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid #d0d7de; }
.meta { color: #57606a; font-size: .9rem; text-align: center; margin: .2rem 0; white-space: pre-wrap; }
p { margin: .5rem 0; white-space: pre-wrap; }
ul { margin: .4rem 0 .6rem; padding-left: 1.5rem; }
li { margin: .2rem 0; }
table { border-collapse: collapse; margin: .6rem 0 1rem; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody td:first-child { white-space: nowrap; }
.note { border-left: 4px solid #bf8700; background: #fff8c5; padding: .4rem .7rem; margin: .6rem 0; }
.closing { break-inside: avoid; page-break-inside: avoid; }
.signatures { margin-top: 2.5rem; }
.signatures p { margin-top: 2.2rem; white-space: nowrap; }
footer { margin-top: 2rem; color: #57606a; font-size: .8rem; border-top: 1px solid #d0d7de; padding-top: .5rem; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  table, .note, li { break-inside: avoid; }
  /* the signatures never stand alone on the last page: the end of the text comes with them */
  .closing { break-before: avoid; }
  .signatures { margin-top: 1.6rem; }
  .signatures p { margin-top: 1.5rem; }
  footer { margin-top: 1.2rem; }
  .note { background: none; border-left-width: 3px; }
  th { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;

/** The document as HTML: a fragment (for the workbench) or a whole page with its styles (for download). */
export function documentHtml(d: PolicyDocument, whole = true): string {
  const h = escapeHtml;
  const body: string[] = [`<h1>${h(d.title)}</h1>`];
  for (const line of d.meta) body.push(`<p class="meta">${h(line)}</p>`);
  d.sections.forEach((s, i) => {
    body.push(`<section id="doc-${h(s.id)}" data-section="${h(s.id)}">`, `<h2>${h(sectionNumber(d.lang, i) + s.title)}</h2>`);
    for (const blk of s.blocks) {
      switch (blk.type) {
        case 'p':
          body.push(`<p>${h(blk.text)}</p>`);
          break;
        case 'note':
          body.push(`<p class="note" role="note">⚠ ${h(blk.text)}</p>`);
          break;
        case 'list':
          body.push(`<ul>${blk.items.map((it) => `<li>${h(it)}</li>`).join('')}</ul>`);
          break;
        case 'table': {
          const cls = (i: number) => (blk.numeric[i] ? ' class="num"' : '');
          body.push(
            `<table><thead><tr>${blk.head.map((c, j) => `<th scope="col"${cls(j)}>${h(c)}</th>`).join('')}</tr></thead><tbody>` +
              blk.rows.map((row) => `<tr>${row.map((c, j) => `<td${cls(j)}>${h(c)}</td>`).join('')}</tr>`).join('') +
              `</tbody></table>`,
          );
          break;
        }
      }
    }
    body.push('</section>');
  });
  // Signatures and footer stay together on one page, each signature line unbroken.
  body.push(`<div class="closing"><div class="signatures">${d.signatures.map((s) => `<p>${h(s)}</p>`).join('')}</div>`);
  body.push(`<footer>${h(d.footer)}</footer></div>`);
  const inner = body.join('\n');
  if (!whole) return inner;
  const lang = d.lang === 'zh' ? 'zh-CN' : 'en';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(d.title)}</title>
<style>${DOCUMENT_CSS}</style>
</head>
<body>
<main>
${inner}
</main>
</body>
</html>
`;
}

/**
 * The worked month of a rules file: from its simulated examples (src/sim/examples.ts, the same as
 * an export carries), the first month's payslip of an agent outside probation with the most lines
 * (ties: lowest agent id). Null when the policy cannot be simulated.
 */
export function workedMonthFor(doc: PolicyDoc): WorkedMonth | null {
  const sim = simulateExample(doc);
  const first = sim.payslips[0]?.month;
  let best: Payslip | undefined;
  for (const s of sim.payslips) {
    if (s.month !== first || s.probation) continue;
    if (!best || s.lines.length > best.lines.length) best = s;
  }
  best ??= sim.payslips[0];
  if (!best) return null;
  const record = sim.records.find((r) => r.month === best.month && r.agentId === best.agentId);
  return record ? { record, payslip: best } : null;
}
