/**
 * Importing the shop's own exports in the browser (docs/real-data.md): several files dropped at once
 * (a 生意参谋 汇总分析 .xlsx, a 自制报表 GBK CSV, the monthly sheet) are recognised file by file; the
 * nicknames no agent lists are bound with one click and the roster is kept in the workspace; the
 * attribution rule and each month's settlement are shown on the totals; the payslip table names the
 * lines an input not provided feeds. A macro workbook is refused by name. Screenshots in Chinese and
 * English at 1440 and 390 px wide (test/e2e/screenshots/import-*.png), looked at by eye.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUrl, launch, openPage } from './browser';
import { CUSTOM_NAME, CUSTOM_ROWS_TEXT, SHEET_ROWS, SUMMARY_NAME, SUMMARY_ROWS, csvText, gbk, withVbaProject, workbook } from '../import/fixtures';

const SHOTS = 'test/e2e/screenshots';
const TMP = mkdtempSync(join(tmpdir(), 'paylab-import-e2e-'));

let browser: Browser;
const files: string[] = [];
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
  const put = (name: string, bytes: Uint8Array | string) => {
    const p = join(TMP, name);
    writeFileSync(p, bytes);
    return p;
  };
  files.push(put(`${SUMMARY_NAME}.xlsx`, workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'xlsx')));
  files.push(put(CUSTOM_NAME.replace('20261001_20261031', '20260901_20260930') + '.csv', gbk(csvText(CUSTOM_ROWS_TEXT))));
  // the monthly sheet, by nickname (no roster yet)
  const sheet = SHEET_ROWS.map((r, i) => (i === 2 ? ['2026-10', '', '钱运来旗舰店:贞贞', ...r.slice(3)] : r));
  files.push(put('月度补充表.csv', '\uFEFF' + csvText(sheet)));
});
afterAll(async () => {
  await browser?.close();
});

const open = (width: number) => openPage(browser, { viewport: { width, height: 900 }, waitFor: '[data-testid=share-toolbar]' });

describe('importing platform exports', () => {
  it('recognises each file, binds nicknames in one click, marks what was not provided', async () => {
    const { page, errors } = await open(1440);
    await page.getByTestId('main-tab-real').click();
    await page.selectOption('[data-testid=import-attribution]', 'payment');
    await page.setInputFiles('[data-testid=real-input]', files);
    await page.waitForSelector('[data-testid=import-facts]', { timeout: 60_000 });
    const layouts = await page.$$eval('[data-testid=import-file-row]', (rows) => rows.map((r) => r.getAttribute('data-layout')));
    expect(layouts).toEqual(['sycmSummary', 'sycmCustom', 'monthlySheet']);
    expect(await page.getByTestId('import-files').innerText()).toContain('D6'); // the 延时统计 cell
    const unbound = await page.$$eval('[data-testid=unbound-row]', (rows) => rows.map((r) => r.getAttribute('data-nickname')));
    expect(unbound).toEqual(['钱运来旗舰店:贞贞', '钱运来旗舰店:小美', '钱运来旗舰店:阿强']);
    await page.screenshot({ path: `${SHOTS}/import-zh-1440-before-binding.png`, fullPage: true });

    await page.getByTestId('bind-all').click();
    await page.waitForSelector('[data-testid=roster-row]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=unbound-row]').length === 0, null, { timeout: 60_000 });
    expect(await page.locator('[data-testid=roster-row]').count()).toBe(3);
    await page.waitForSelector('[data-testid=real-payslip-row]', { timeout: 60_000 });
    const states = await page.$$eval('[data-testid=month-state]', (xs) => xs.map((x) => `${x.getAttribute('data-month')} ${x.getAttribute('data-settlement')}`));
    expect(states.length).toBe(2);
    expect(states[1]).toBe('2026-10 provisional'); // a 延时统计 cell in October
    expect(await page.getByTestId('totals-provenance').innerText()).toContain('付款判定');
    expect(await page.getByTestId('import-incomplete').innerText()).toContain('月度补充表');
    const marks = await page.$$eval('[data-testid=payslip-unreliable]', (tds) => tds.map((t) => t.textContent?.trim() ?? ''));
    expect(marks.some((m) => m !== '—')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/import-zh-1440.png`, fullPage: true });

    await page.getByTestId('lang-en').click();
    await page.screenshot({ path: `${SHOTS}/import-en-1440.png`, fullPage: true });
    expect(await page.getByTestId('totals-provenance').innerText()).toContain('payment rule');

    // the roster is kept in the workspace: a reload brings it back
    await page.waitForTimeout(1500);
    await page.reload();
    await page.waitForSelector('[data-testid=share-toolbar]');
    await page.getByTestId('main-tab-real').click();
    await page.waitForSelector('[data-testid=roster-row]');
    expect(await page.locator('[data-testid=roster-row]').count()).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone (390 px), in both languages', async () => {
    const { page, errors } = await open(390);
    await page.getByTestId('main-tab-real').click();
    await page.setInputFiles('[data-testid=real-input]', files);
    await page.waitForSelector('[data-testid=real-payslip-row]', { timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/import-zh-390.png`, fullPage: true });
    await page.getByTestId('lang-en').click();
    await page.screenshot({ path: `${SHOTS}/import-en-390.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a macro workbook is refused by name', async () => {
    const bad = join(TMP, '宏.xlsx');
    writeFileSync(bad, withVbaProject(workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'xlsx')));
    const { page, errors } = await open(1440);
    await page.getByTestId('main-tab-real').click();
    await page.setInputFiles('[data-testid=real-input]', bad);
    await page.waitForSelector('[data-testid=import-file-row].bad, [data-testid=import-file-row][data-file="宏.xlsx"]', { timeout: 60_000 });
    expect(await page.getByTestId('import-files').innerText()).toContain('带宏的工作簿');
    expect(errors).toEqual([]);
    await page.close();
  });
});
