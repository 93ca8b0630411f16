/**
 * The 制度 document as it prints: the page the workbench previews (its iframe's srcdoc, the same
 * HTML its 打印 button prints) is printed by headless Chromium in print media to an A4 PDF, and each
 * PDF page is read back as text (poppler's pdftotext, reading order = the document's order) and
 * drawn as a PNG (pdftoppm) for the eye, in test-results/policy-doc/ (not committed).
 *
 * Checked per page, in Chinese and English, for seed 000's rules (底薪提成) and the careful owner's:
 * the title on page 1; every section heading on a page that also holds the section's first text
 * (a heading is never left alone at a page's foot: `h2 { break-after: avoid }`); every table row on
 * one page and each table whole on one page (`table { break-inside: avoid }`); the preset's base pay
 * by level as written in its rules file; the signature lines and footer together on the last page,
 * which holds more than the footer; the English document has no Chinese outside quoted law names,
 * the Chinese one no file names or paths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DESKTOP, launch, openPage } from './browser';

const SHOTS = 'test-results/policy-doc';
const TMP = mkdtempSync(join(tmpdir(), 'paylab-doc-print-'));
const MONTH = '2026-06';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  rmSync(TMP, { recursive: true, force: true });
});

interface Shown {
  title: string;
  /** Lines under the title (city, month; the rules file's own description when written in the document's language). */
  meta: string[];
  headings: string[];
  /** The first text of each section after its heading. */
  firstTexts: string[];
  /** Each table's rows (header row first) as the cells' texts. */
  tables: string[][][];
  signatures: string[];
  footer: string;
}

/** The document's HTML as the workbench shows and prints it, for a variant picked by the name an owner reads. */
async function documentOf(label: string, lang: 'zh' | 'en'): Promise<string> {
  const { page, errors } = await openPage(browser, { viewport: DESKTOP });
  await page.waitForSelector('[data-testid=share-toolbar]');
  await page.getByTestId('policy-doc').click();
  await page.getByTestId('doc-variant').selectOption({ label });
  await page.getByTestId('doc-lang').selectOption(lang);
  await page.getByTestId('doc-month').fill(MONTH);
  const frame = page.frameLocator('[data-testid=doc-frame]');
  await frame.locator('h1').waitFor();
  await frame.locator(`html[lang="${lang === 'zh' ? 'zh-CN' : 'en'}"]`).waitFor();
  const html = await page.getByTestId('doc-frame').getAttribute('srcdoc');
  expect(errors).toEqual([]);
  await page.close();
  if (!html) throw new Error('the document frame has no page');
  return html;
}

/** What the document holds, read from its DOM in print media. */
async function shownIn(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const text = (e: Element | null) => (e?.textContent ?? '').trim();
    const sections = [...document.querySelectorAll('section')];
    return {
      title: text(document.querySelector('h1')),
      meta: [...document.querySelectorAll('.meta')].map((p) => text(p)),
      headings: sections.map((s) => text(s.querySelector('h2'))),
      firstTexts: sections.map((s) => text(s.querySelector('h2 + *'))),
      tables: [...document.querySelectorAll('table')].map((t) => [...t.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => text(c)))),
      signatures: [...document.querySelectorAll('.signatures p')].map((p) => text(p)),
      footer: text(document.querySelector('footer')),
    };
  });
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw new Error(`${cmd} is needed by this test (apt-get install poppler-utils): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Print the page to an A4 PDF; its pages as text (reading order, one string a page) and PNG files. */
async function printed(page: Page, name: string): Promise<{ pages: string[]; lines: string[][]; shots: string[] }> {
  const pdf = join(TMP, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const split = (t: string) => t.split('\f').slice(0, -1);
  const pages = split(run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']));
  const lines = split(run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'])).map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
  for (const f of readdirSync(SHOTS)) if (f.startsWith(`${name}-`)) rmSync(join(SHOTS, f));
  run('pdftoppm', ['-png', '-r', '80', pdf, join(SHOTS, name)]);
  const shots = readdirSync(SHOTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort();
  return { pages, lines, shots };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Index of the one page whose text holds `s` (whitespace ignored); -1 if none, -2 if several. */
function pageOf(pages: string[], s: string): number {
  const hits = pages.flatMap((p, i) => (squeeze(p).includes(squeeze(s)) ? [i] : []));
  return hits.length === 1 ? hits[0]! : hits.length === 0 ? -1 : -2;
}

/** Page index of the first page holding `s` at or after `from`. */
function firstPageFrom(pages: string[], s: string, from: number): number {
  for (let i = from; i < pages.length; i++) if (squeeze(pages[i]!).includes(squeeze(s))) return i;
  return -1;
}

async function checkPrint(label: string, lang: 'zh' | 'en', name: string, base: Record<string, string>) {
  const html = await documentOf(label, lang);
  const page = await browser.newPage();
  await page.setContent(html);
  await page.emulateMedia({ media: 'print' });
  const shown = await shownIn(page);
  // the print CSS is the one in force
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('table')!).breakInside)).toBe('avoid');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('h2')!).breakAfter)).toBe('avoid');
  const { pages, lines, shots } = await printed(page, name);
  await page.close();
  console.log(`[policy-doc] ${name}: ${pages.length} A4 pages, ${shown.headings.length} sections, ${shown.tables.length} tables → ${shots.map((s) => join(SHOTS, s)).join(', ')}`);

  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(shots.length).toBe(pages.length);
  // title on the first page
  expect(squeeze(pages[0]!)).toContain(squeeze(shown.title));

  // each heading in order, and on the same page as its section's first text
  let at = 0;
  for (let i = 0; i < shown.headings.length; i++) {
    const h = shown.headings[i]!;
    const p = firstPageFrom(pages, h, at);
    expect(p, `heading ${h}`).toBeGreaterThanOrEqual(at);
    at = p;
    const first = shown.firstTexts[i]!.slice(0, 12);
    expect(squeeze(pages[p]!), `${h}: its first text "${first}" is on the heading's page`).toContain(squeeze(first));
  }

  // every table row whole on one page, every table on one page
  expect(shown.tables.length).toBeGreaterThan(0);
  for (const table of shown.tables) {
    const rowPages = table.map((row) => pageOf(pages, row.join('')));
    const where = rowPages.find((p) => p >= 0) ?? -1;
    table.forEach((row, r) => {
      const p = rowPages[r]!;
      // a row whose text also stands elsewhere (-2) must at least be on the table's page
      if (p === -2) expect(squeeze(pages[where]!), `row ${row.join(' | ')}`).toContain(squeeze(row.join('')));
      else expect(p, `row ${row.join(' | ')} of table "${table[0]!.join(' | ')}"`).toBe(where);
    });
  }

  // the preset's base pay by level, as its rules file says
  const all = squeeze(pages.join(''));
  const levels = lang === 'zh' ? { junior: '初级客服底薪', intermediate: '中级客服底薪', senior: '高级客服底薪', manager: '客户经理（资深客服）底薪' } : null;
  for (const [level, amount] of Object.entries(base)) {
    const yuan = amount.endsWith('.00') ? amount.slice(0, -3) : amount;
    if (levels) expect(all).toContain(squeeze(`${levels[level as keyof typeof levels]} ${yuan} 元/月`));
    else expect(all).toMatch(new RegExp(`${yuan}(\\.00)?yuan`));
  }

  // signatures and footer together on the last page, each signature on one line, and the last page is not only the footer
  const last = pages.length - 1;
  for (const s of shown.signatures) {
    expect(pageOf(pages, s), `signature ${s}`).toBe(last);
    expect(lines[last]!.some((l) => squeeze(l).includes(squeeze(s)))).toBe(true);
  }
  expect(squeeze(pages[last]!)).toContain(squeeze(shown.footer));
  expect(squeeze(pages[last]!).length).toBeGreaterThan(squeeze(shown.footer).length + squeeze(shown.signatures.join('')).length);

  // one language; no developer text
  if (lang === 'en') {
    // Chinese only in proper names: the rules file's own name and description, the worked example's
    // agent (a Chinese name), and Chinese law titles
    const agent = /Thepayof(\p{Script=Han}+)\(/u.exec(all)?.[1] ?? '';
    let rest = all;
    for (const s of [shown.title, ...shown.meta, agent].map(squeeze)) if (s) rest = rest.split(s).join('');
    const han = rest.replace(/《[^》]*》/g, '').replace(/(劳动合同法|最低工资规定|工资支付暂行规定|企业职工奖惩条例)/g, '').match(/\p{Script=Han}+/gu) ?? [];
    expect(han).toEqual([]);
  } else {
    expect(all).not.toMatch(/\.json|\.txt|src\/|docs\/|scenarios\/|seed0/i);
  }
  return { pages, shown };
}

const rules = (file: string) => (JSON.parse(readFileSync(`scenarios/policies/${file}.json`, 'utf8')) as { base: Record<string, string> }).base;

describe('the 制度 document printed to A4', () => {
  it("seed 000's rules (底薪提成) in Chinese", async () => {
    const { pages, shown } = await checkPrint('底薪提成', 'zh', 'seed000-zh', rules('seed000'));
    expect(shown.title).toMatch(/制度/);
    expect(shown.headings[0]).toMatch(/^一、/);
    // seed 000's attendance fine, written in words
    expect(squeeze(pages.join(''))).toContain(squeeze('每月允许 2 次 10 分钟以内的迟到'));
  });

  it("seed 000's rules in English", async () => {
    const { shown } = await checkPrint('底薪提成', 'en', 'seed000-en', rules('seed000'));
    expect(shown.headings[0]).toMatch(/^1\. /);
  });

  it("the careful owner's rules (谨慎方案) in Chinese and English", async () => {
    await checkPrint('谨慎方案', 'zh', 'careful-owner-zh', rules('careful-owner'));
    await checkPrint('谨慎方案', 'en', 'careful-owner-en', rules('careful-owner'));
  });
});
