/**
 * The 制度 document (issue 7 §4): every amount, rate and count of the rules file appears in it
 * (extracted from the rules file by walking its JSON), the legal notes appear where a clause is
 * risky, the worked month's lines add up, and text from files is escaped in Markdown and HTML.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import {
  documentHtml,
  documentMarkdown,
  escapeMarkdown,
  policyDocument,
  workedMonthFor,
  type PolicyDocument,
} from '../../src/formats/policyDocument';
import { parsePolicy } from '../../src/policy/parse';
import { validatePolicy } from '../../src/policy/validate';
import type { PolicyDoc } from '../../src/policy/types';
import type { Lang } from '../../src/i18n/format';
import { PRESETS, presetText } from '../policy/helpers';

const preset = (n: string) => parsePolicy(presetText(n));

/** A policy using every part of the format, with fractional amounts and rates. */
function everything(): PolicyDoc {
  const raw = {
    ...JSON.parse(presetText('careful-owner')),
    name: 'Everything',
    base: { junior: '2701.50', intermediate: '2900.25', senior: '3200', manager: '3600.99' },
    probation: { months: 3, pay: '2345.67' },
    guarantee: { byTenureYear: ['2777.77'], mode: 'monthly-floor' },
    commission: {
      type: 'tiered',
      method: 'marginal',
      basis: 'personal',
      applyScore: true,
      brackets: [
        { from: '0', rate: '0.0035' },
        { from: '50000.50', rate: '0.0045' },
        { from: '120000', rate: '0.00625' },
      ],
    },
    pool: {
      rate: { type: 'tiered', method: 'whole', brackets: [{ from: '0.00', rate: '0.002' }, { from: '300000', rate: '0.0033' }] },
      split: 'equal',
      applyScore: true,
      individualShare: '0.25',
    },
    score: {
      parts: { teamTask: '35', handover: '15.5', satisfaction: '29.75', skill: '19.75' },
      commendation: '4.5',
      violations: { light: '1.5', medium: '8', severe: '25' },
      cap: '110.5',
      multiplier: { type: 'factor' },
    },
    performancePay: { byLevel: { junior: '310.10', intermediate: '420', senior: '530', manager: '640' } },
    dismissal: { passMark: '55.5', consecutiveMonths: 3, warningsPerYear: 4 },
    bonuses: {
      teamScore: { rate: '0.075' },
      fullAttendance: '111.11',
      livingSubsidy: '222.22',
      seniority: { perYear: '33.33', fromYears: 3 },
      topPerformer: '444.44',
    },
    fines: {
      lateShort: { free: 1, each: '15.50' },
      lateLong: { each: '25.25' },
      absence: { each: '150' },
      slowReplies: { over: 5, amount: '45' },
      unanswered: { over30m: '80', over2h: '160.40', stack: true },
      idleHang: { each: '190' },
      badReview: { each: '90' },
      cap: '300.30',
      legalCap: false,
    },
  };
  const r = validatePolicy(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.policy;
}

/** Team-basis whole commission and the recoverable advance. */
function teamBasis(): PolicyDoc {
  const raw = {
    ...JSON.parse(presetText('seed001-guarantee')),
    name: 'Team basis',
    guarantee: { byTenureYear: ['2100', '2300.50', '2400', '2650'], mode: 'recoverable-advance' },
    commission: { type: 'tiered', method: 'whole', basis: 'team', applyScore: false, brackets: [{ from: '0', rate: '0.004' }, { from: '250000', rate: '0.0055' }] },
  };
  const r = validatePolicy(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.policy;
}

const PERCENT_KEYS = new Set(['rate', 'multiplier', 'individualShare', 'presales', 'aftersales', 'supervisor']);
const SKIP_KEYS = new Set(['format', 'name', 'description', 'source', 'city', 'contributions', 'examples', 'type', 'method', 'mode', 'split', 'basis', 'metric', 'direction', 'lines', 'better']);
/** KPI metrics that are fractions (written as percentages) and those in yuan (domain.md 12). */
const FRACTION_METRICS = new Set(['conversion', 'replyRate', 'satisfactionRate', 'goodReviewRate', 'returnRate', 'attendance', 'attainment']);
const YUAN_METRICS = new Set(['netSales', 'aov']);
const yuanText = (d: Decimal) => (d.isInteger() ? d.toFixed(0) : d.toFixed(2));

/** The metric a KPI bound belongs to, found from the JSON around it (not through the document code). */
function kpiMetric(doc: PolicyDoc, path: string[]): string | null {
  if (path[0] === 'commission' && path[1] === 'brackets' && path[3] === 'from' && doc.commission.type === 'conversion') return 'conversion';
  if (path[0] !== 'kpi') return null;
  const k = doc.kpi!;
  if (path[1] === 'gates' && path[3] === 'threshold') return k.gates[Number(path[2])]!.metric;
  if (path[1] === 'afterSales' && path[4] === 'bound') return path[2] === 'goodReview' ? 'goodReviewRate' : 'returnRate';
  if (path[1] === 'composite' && (path[4] === 'worst' || path[4] === 'best' || path[6] === 'bound')) return k.composite![Number(path[2])]!.metric;
  if (path[1] === 'target' && path[4] === 'from') return 'attainment';
  return null;
}

/**
 * Every number of a rules file as the document must write it, found by walking the JSON (not
 * through the document code): rates and multipliers as percentages ("0.0035" → "0.35%"), score
 * points without trailing zeros ("15.50" → "15.5"), money in yuan ("2701.50", "3200.00" → "3200"),
 * counts as integers. A count belonging to a fine whose amount is 0 is not expected (the clause
 * says "no deduction").
 */
function expectedNumbers(doc: PolicyDoc): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (v: unknown, path: string[], parent: Record<string, unknown> | null) => {
    const key = path[path.length - 1] ?? '';
    if (SKIP_KEYS.has(key) && typeof v !== 'object') return;
    if (key === 'examples') return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...path, String(i)], null));
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k], v as Record<string, unknown>);
      return;
    }
    const p = path.join('.');
    if (typeof v === 'number') {
      const siblingZero = parent && Object.entries(parent).some(([k, x]) => k !== key && typeof x === 'string' && /^\d/.test(x) && new Decimal(x).isZero());
      if (!(path[0] === 'fines' && siblingZero)) out.push({ path: p, text: String(v) });
      return;
    }
    if (typeof v !== 'string' || !/^\d+(\.\d+)?$/.test(v)) return;
    const metric = kpiMetric(doc, path);
    if (metric !== null) {
      const d = new Decimal(v);
      out.push({ path: p, text: FRACTION_METRICS.has(metric) ? `${d.times(100).toFixed()}%` : YUAN_METRICS.has(metric) ? yuanText(d) : d.toFixed() });
      return;
    }
    if (path[0] === 'kpi' && (key === 'weight' || key === 'points')) return void out.push({ path: p, text: new Decimal(v).toFixed() });
    if (path[0] === 'kpi' && key === 'factor') return void out.push({ path: p, text: `${new Decimal(v).times(100).toFixed()}%` });
    const inGold = path[path.length - 2] === 'gold';
    if (PERCENT_KEYS.has(key) || inGold) out.push({ path: p, text: `${new Decimal(v).times(100).toFixed()}%` });
    else if (path[0] === 'score' || key === 'passMark') out.push({ path: p, text: new Decimal(v).toFixed() });
    else {
      const d = new Decimal(v);
      out.push({ path: p, text: d.isInteger() ? d.toFixed(0) : d.toFixed(2) });
    }
  };
  walk(doc, [], null);
  return out;
}

function render(doc: PolicyDoc, lang: Lang) {
  const model = policyDocument(doc, { lang, asOfMonth: '2026-02', worked: workedMonthFor(doc) });
  return { model, md: documentMarkdown(model), html: documentHtml(model) };
}

const lawText = (m: PolicyDocument) => m.sections.find((s) => s.id === 'law')!.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

describe('every amount and rate of the policy appears in the document', () => {
  const cases: [string, () => PolicyDoc][] = [...PRESETS.map((n) => [n, () => preset(n)] as [string, () => PolicyDoc]), ['everything', everything], ['team basis', teamBasis]];
  for (const [name, make] of cases) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${name} (${lang})`, () => {
        const doc = make();
        const numbers = expectedNumbers(doc);
        expect(numbers.length).toBeGreaterThan(5);
        const { md, html } = render(doc, lang);
        // Look in the document body without the worked example, so a number cannot pass by
        // appearing only in the simulated payslip.
        const model = policyDocument(doc, { lang, asOfMonth: '2026-02', worked: null });
        const plain = documentMarkdown(model);
        const missing = numbers.filter((n) => !plain.includes(n.text) || !md.includes(n.text) || !html.includes(n.text));
        expect(missing).toEqual([]);
      });
    }
  }

  it('the walk finds what it should (a check of the test itself)', () => {
    const n = expectedNumbers(everything());
    expect(n).toContainEqual({ path: 'commission.brackets.1.from', text: '50000.50' });
    expect(n).toContainEqual({ path: 'commission.brackets.2.rate', text: '0.625%' });
    expect(n).toContainEqual({ path: 'score.parts.handover', text: '15.5' });
    expect(n).toContainEqual({ path: 'base.senior', text: '3200' });
    expect(n).toContainEqual({ path: 'pool.individualShare', text: '25%' });
    expect(n).toContainEqual({ path: 'fines.slowReplies.over', text: '5' });
    // careful-owner charges nothing for slow replies: its count is not expected
    expect(expectedNumbers(preset('careful-owner')).map((x) => x.path)).not.toContain('fines.slowReplies.over');
  });
});

describe('clauses in words', () => {
  it('seed 000 in Chinese reads as the issue writes it', () => {
    const { md } = render(preset('seed000'), 'zh');
    expect(md).toContain('初级客服底薪 1500 元/月');
    expect(md).toContain('每月允许 2 次 10 分钟以内的迟到，超过的每次扣 20 元');
    expect(md).toContain('个人提成 = 个人净销售额 × 0.5%。');
  });
  it('the blend shows both shares (α and 1 − α)', () => {
    const { md } = render(everything(), 'en');
    expect(md).toContain('individual commission at 25% of its rates, the team pool at 75% of its rate');
  });
  it('a fine of 0 says there is no deduction', () => {
    const { md } = render(preset('careful-owner'), 'zh');
    expect(md).toContain('应答时间超过 2 分钟：不扣款（0 元）');
  });
});

describe('legal notes', () => {
  it('seed 000: bases under Hangzhou’s minimum wage of 2660 (from 2026-01), fines without a clear basis', () => {
    const law = lawText(render(preset('seed000'), 'zh').model);
    expect(law).toContain('杭州 2026-02 适用的月最低工资标准为 2660 元');
    expect(law).toContain('初级客服 1500 元、中级客服 1800 元、高级客服 2200 元');
    expect(law).not.toContain('2700');
    expect(law).toContain('2008 年《企业职工奖惩条例》废止');
    expect(law).toContain('没有把扣款限制在应发工资的 20% 以内');
  });
  it('the minimum wage in force depends on the month: 2490 in 2025-06, and 2200 is then below it but 2700 not', () => {
    const m = policyDocument(preset('seed000'), { lang: 'en', asOfMonth: '2025-06' });
    const law = lawText(m);
    expect(law).toContain('The monthly minimum wage of Hangzhou in 2025-06 is 2490 yuan (in force from 2024-01)');
    expect(law).toContain('senior agents 2200 yuan');
  });
  it('seed 001 guarantee: a year-end top-up does not cure a month, probation under the minimum (but exactly 80 % is lawful)', () => {
    const law = lawText(render(preset('seed001-guarantee'), 'zh').model);
    expect(law).toContain('年终补差不能弥补某个月低于最低工资的情况');
    expect(law).toContain('试用期工资 1600 元低于现行月最低工资 2660 元');
    expect(law).toContain('部分保底金额低于现行月最低工资 2660 元');
    // 1600 is exactly 80 % of the lowest guarantee 2000: not flagged
    expect(law).not.toContain('80%(');
    expect(law).toContain('第四十条'); // dismissal rule
  });
  it('probation under 80 % of the lowest base: 2000 < 0.8 × 3000 = 2400', () => {
    const doc = { ...preset('careful-owner'), base: { junior: '3000.00', intermediate: '3100.00', senior: '3200.00', manager: '3600.00' }, probation: { months: 2, pay: '2000.00' } };
    const law = lawText(policyDocument(doc, { lang: 'zh', asOfMonth: '2026-02' }));
    expect(law).toContain('试用期工资 2000 元低于最低档工资 3000 元的 80%（2400 元）');
    expect(law).toContain('试用期 2 个月');
  });
  it('the careful owner: bases above the minimum, fines limited by law', () => {
    const law = lawText(render(preset('careful-owner'), 'en').model);
    expect(law).not.toContain('Base pay below');
    expect(law).toContain('This policy limits deductions to 20% of gross pay');
  });
  it('role formulas with no base: only the guarantee, settled yearly', () => {
    const law = lawText(render(preset('seed001-roles'), 'en').model);
    expect(law).toContain('a year-end top-up does not cure a month below the minimum');
    const none = { ...preset('seed001-roles'), guarantee: null };
    expect(lawText(policyDocument(none, { lang: 'en', asOfMonth: '2026-02' }))).toContain('neither base pay nor a guarantee');
  });
});

describe('worked example', () => {
  it.each(PRESETS)('%s: the lines of the worked month add up to its net pay', (name) => {
    const w = workedMonthFor(preset(name))!;
    expect(w).not.toBeNull();
    expect(w.payslip.probation).toBe(false);
    expect(w.payslip.lines.reduce((s, l) => s + l.amountFen, 0)).toBe(w.payslip.totals.netFen);
    const section = policyDocument(preset(name), { lang: 'zh', asOfMonth: '2026-02', worked: w }).sections.find((s) => s.id === 'worked')!;
    const table = section.blocks.find((b) => b.type === 'table')!;
    expect(table.type === 'table' && table.rows.length).toBe(w.payslip.lines.length + 3);
  });
});

describe('escaping', () => {
  const evil = '<img src=x onerror=alert(1)>';
  it('names and text from files render as text in HTML and Markdown', () => {
    // An English name and description: shown in an English document.
    const doc = { ...preset('seed000'), name: evil, description: `${evil} **bold** | pipe [link](javascript:x)`, source: '<script>alert(2)</script>' };
    const w = workedMonthFor(doc)!;
    w.record = { ...w.record, name: evil };
    const model = policyDocument(doc, { lang: 'en', asOfMonth: '2026-02', worked: w });
    const html = documentHtml(model);
    const md = documentMarkdown(model);
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('alert(2)'); // where the rules came from is not for staff
    expect(md).not.toMatch(/<img|<script/i);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('\\*\\*bold\\*\\* \\| pipe \\[link\\](javascript:x)');
  });
  it('escapeMarkdown leaves plain text alone and guards list markers', () => {
    expect(escapeMarkdown('底薪 1500 元/月')).toBe('底薪 1500 元/月');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
  });
});

describe('one language, no developer text', () => {
  it('a Chinese document of a rules file named in English is titled by the city and leaves the English out', () => {
    const doc = { ...preset('careful-owner'), name: 'A careful owner', description: 'Bases above the minimum wage (劳动合同法 Art. 20).', source: 'seed 000' };
    const { html } = render(doc, 'zh');
    expect(html).toContain('<title>杭州店铺客服薪酬制度</title>');
    expect(html).toContain('<h1>杭州店铺客服薪酬制度</h1>');
    expect(html).not.toContain('careful');
    expect(html).not.toContain('Bases above');
    expect(html).not.toContain('seed 000');
    expect(html).not.toContain('paylab.policy');
  });
  it('a name mostly in English with a Chinese aside (the seed 000 preset) titles the Chinese document by the city, the English one by the name', () => {
    // seed000.json's name: "Seed 000: base + commission + bonuses, with fines (淘宝客服管理规定)"
    const zh = render(preset('seed000'), 'zh').html;
    expect(zh).toContain('<h1>杭州店铺客服薪酬制度</h1>');
    expect(zh).not.toContain('Seed 000');
    const en = render(preset('seed000'), 'en').html;
    expect(en).toContain('<h1>Customer-service pay policy: Seed 000: base + commission + bonuses, with fines (淘宝客服管理规定)</h1>');
  });
  it('a Chinese name and description are kept in a Chinese document', () => {
    const doc = { ...preset('careful-owner'), name: '稳健方案', description: '底薪均高于最低工资。' };
    const { html } = render(doc, 'zh');
    expect(html).toContain('<h1>稳健方案 客服薪酬制度</h1>');
    expect(html).toContain('<p class="meta">底薪均高于最低工资。</p>');
  });
  it('signatures and footer stay together, each signature line unbroken', () => {
    const { html } = render(preset('seed000'), 'zh');
    expect(html).toMatch(/<div class="closing"><div class="signatures"><p>员工签名：_+ {2}日期：_+<\/p>/);
    expect(html).toContain('.closing { break-inside: avoid;');
    expect(html).toContain('.signatures p { margin-top: 2.2rem; white-space: nowrap; }');
  });
});

describe('print-ready HTML', () => {
  it('is a whole page with print CSS, numbered sections and right-aligned amounts', () => {
    const { html, md } = render(preset('seed001-guarantee'), 'zh');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('@media print');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<h2>一、适用范围</h2>');
    expect(html).toContain('<td class="num">');
    expect(md).toContain('## 一、适用范围');
    expect(md).toMatch(/\| --- \| ---: \|/);
  });
});

describe('the KPI section (domain.md 12)', () => {
  it('writes each KPI clause of the KPI shop in Chinese', () => {
    const md = documentMarkdown(policyDocument(preset('kpi-shop'), { lang: 'zh', asOfMonth: '2026-02', worked: null }));
    for (const text of [
      '旺旺回复率不低于 90%；未达到时 绩效奖金、业绩达成奖、排名奖 × 0%',
      '平均响应时长(秒)，权重 5：60 记 0 分，15 记 100 分',
      '出勤率，权重 5：达到 100% 记 100 分、达到 95% 记 60 分',
      '达成率达到 120%：净销售额 × 1%',
      '业绩达成奖每月最高 2000 元。',
      '第 1 名：850 元',
      '第 3 名：750 元',
    ]) expect(md).toContain(text);
  });
});
