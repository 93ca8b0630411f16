/**
 * Browser test of the shop's own months: upload 14 months of records, see them under each policy
 * (people cost, contribution, lawful/cheapest, winners and losers by real name), download a
 * variant's payslips as an Excel workbook whose cells equal the CSV's, estimate the shop's
 * parameters (each beside the current value with its interval and support), override one, and run
 * the next 12 months of the shop under every policy from the real roster; and the same walk from
 * platform exports: upload (生意参谋 .xlsx, 自制报表 GBK CSV, the monthly sheet) → bind nicknames →
 * payslips under every variant → estimate → simulate. Screenshots in
 * test/e2e/screenshots/calibrate-*.png are checked by eye.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { appUrl, launch, openPage } from './browser';
import { parseScenario } from '../../src/sim/scenarioParse';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import { writeRecordsCsv } from '../../src/formats/records';
import { CUSTOM_NAME, CUSTOM_ROWS_TEXT, SHEET_ROWS, SUMMARY_NAME, SUMMARY_ROWS, csvText, gbk, workbook } from '../import/fixtures';

const SHOTS = 'test/e2e/screenshots';
const TMP = mkdtempSync(join(tmpdir(), 'paylab-cal-e2e-'));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('the shop from its months', () => {
  it('upload → last year under each policy → Excel payslips → estimates → next 12 months', { timeout: 600_000 }, async () => {
    const t0 = Date.now();
    const step = (what: string) => console.log(`[calibrate e2e] ${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const base = parseScenario(readFileSync('scenarios/default.json', 'utf8'));
    base.settings.months = 14;
    const records = scenarioRecords(base);
    const file = join(TMP, '店铺记录.csv');
    writeFileSync(file, writeRecordsCsv(records, 'zh'));

    const { page, errors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.getByTestId('main-tab-real').click();
    await page.setInputFiles('[data-testid=real-input]', file);
    await page.waitForSelector('[data-testid=real-decision-row]', { timeout: 300_000 });
    step('paid under every variant');

    // Last year under each policy: one row per variant, the baseline without a difference.
    const rows = await page.$$eval('[data-testid=real-decision-row]', (trs) => trs.map((t) => t.getAttribute('data-variant')));
    expect(rows).toEqual(base.variants.map((v) => v.name));
    expect(await page.locator('[data-testid=real-decision-row]').first().innerText()).toContain('—');
    const winners = await page.$$eval('[data-testid=real-winners] li', (lis) => lis.map((l) => l.textContent ?? ''));
    const names = new Set(records.map((r) => r.name));
    for (const w of winners) expect(names.has(w.split(' ')[0]!.trim())).toBe(true);
    await page.getByTestId('real-decision').screenshot({ path: `${SHOTS}/calibrate-last-year.png` });

    // The Excel workbook of the first variant has the CSV's cells (money as numbers).
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('real-csv').first().click()]);
    const csvPath = join(TMP, 'p.csv');
    await csvDl.saveAs(csvPath);
    const [xDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('real-xlsx').first().click()]);
    expect(xDl.suggestedFilename()).toMatch(/\.payslips\.xlsx$/);
    const xPath = join(TMP, 'p.xlsx');
    await xDl.saveAs(xPath);
    const book = XLSX.read(readFileSync(xPath));
    const sheet = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: true });
    const csvRows = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(sheet.length).toBe(csvRows.length);
    const head = csvRows[0]!.split(',');
    const net = head.indexOf('实发工资');
    expect(net).toBeGreaterThan(0);
    for (let r = 1; r < csvRows.length; r += 97) expect((sheet[r]![net] as number).toFixed(2)).toBe(csvRows[r]!.split(',')[net]);

    step('workbook checked');
    // Estimates beside the current values.
    await page.getByTestId('real-estimate').click();
    await page.waitForSelector('[data-testid=real-estimate-row]');
    const conv = page.locator('[data-testid=real-estimate-row][data-id=conversion]');
    expect(await conv.innerText()).toMatch(/%/);
    const ids = await page.$$eval('[data-testid=real-estimate-row]', (trs) => trs.map((t) => t.getAttribute('data-id')));
    for (const id of ['agents', 'buyersPerDay', 'seasonality.11', 'conversion', 'skillSpread', 'meanOrderValue', 'latesShort', 'quitEarly']) expect(ids).toContain(id);
    await page.locator('[data-testid=real-estimate-row][data-id=leaveDays] select').selectOption('override');
    await page.locator('[data-testid=real-estimate-row][data-id=leaveDays] [data-testid=real-estimate-own]').fill('1.5');
    await page.getByTestId('real-calibrate').screenshot({ path: `${SHOTS}/calibrate-estimates.png` });

    // Next 12 months under each policy: the results tab runs the calibrated shop.
    step('estimated');
    await page.getByTestId('real-simulate').click();
    // the run of the calibrated shop starts (its first results, or done)
    await page.waitForSelector('[data-testid=run-progress], [data-testid=run-done]', { timeout: 300_000 });
    step('simulating');
    expect(await page.getByTestId('main-tab-results').getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/calibrate-next-year.png`, fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('from platform exports: upload → bind → monthly sheet → payslips under every variant → estimate → simulate', { timeout: 600_000 }, async () => {
    const put = (name: string, bytes: Uint8Array | string) => {
      const p = join(TMP, name);
      writeFileSync(p, bytes);
      return p;
    };
    const files = [
      put(`${SUMMARY_NAME}.xlsx`, workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'xlsx')),
      put(CUSTOM_NAME.replace('20261001_20261031', '20260901_20260930') + '.csv', gbk(csvText(CUSTOM_ROWS_TEXT))),
      put('月度补充表.csv', '\uFEFF' + csvText(SHEET_ROWS.map((r, i) => (i === 2 ? ['2026-10', '', '钱运来旗舰店:贞贞', ...r.slice(3)] : r)))),
    ];
    const base = parseScenario(readFileSync('scenarios/default.json', 'utf8'));
    const { page, errors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.getByTestId('main-tab-real').click();
    await page.setInputFiles('[data-testid=real-input]', files);
    await page.waitForSelector('[data-testid=import-facts]', { timeout: 120_000 });
    await page.getByTestId('bind-all').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=unbound-row]').length === 0, null, { timeout: 120_000 });
    await page.waitForSelector('[data-testid=real-decision-row]', { timeout: 120_000 });
    // payslips under every variant, then these months under each policy
    expect(await page.locator('[data-testid=real-variant-row]').count()).toBe(base.variants.length);
    expect(await page.locator('[data-testid=real-decision-row]').count()).toBe(base.variants.length);
    for (let i = 0; i < base.variants.length; i++) {
      await page.selectOption('[data-testid=real-variant]', String(i));
      await page.waitForSelector('[data-testid=real-payslip-row]');
    }
    await page.screenshot({ path: `${SHOTS}/calibrate-import-payslips.png`, fullPage: true });

    await page.getByTestId('real-estimate').click();
    await page.waitForSelector('[data-testid=real-estimate-row]');
    const ids = await page.$$eval('[data-testid=real-estimate-row]', (trs) => trs.map((t) => t.getAttribute('data-id')));
    expect(ids).toContain('agents');
    expect(await page.locator('[data-testid=real-estimate-row][data-id=agents] td').first().innerText()).toBe('3');
    // three posts: simulated at the real size, with the warning
    expect(await page.getByTestId('real-small-shop').innerText()).toContain('只有 3 个客服岗位');
    await page.getByTestId('real-calibrate').screenshot({ path: `${SHOTS}/calibrate-import-estimates.png` });
    await page.getByTestId('real-simulate').click();
    await page.waitForSelector('[data-testid=run-progress], [data-testid=run-done]', { timeout: 300_000 });
    await page.waitForSelector('[data-testid=run-done]', { timeout: 300_000 });
    await page.screenshot({ path: `${SHOTS}/calibrate-import-next-year.png` });

    // the calibration note beside the shop's parameters: what was estimated, from which months, intervals
    const note = page.getByTestId('calibration-note');
    await note.waitFor();
    expect(await note.locator('summary').innerText()).toBe('本店参数来自真实月份的估计');
    expect(await note.innerText()).toContain('依据 2026-09 至 2026-10 的');
    expect(await page.getByTestId('calibration-small-shop').innerText()).toContain('只有 3 个客服岗位');
    const noteIds = await page.$$eval('[data-testid=calibration-note-row]', (trs) => trs.map((t) => t.getAttribute('data-id')));
    // two months of three agents: the structure and what the monthly sheet gives every agent-month
    expect(noteIds.slice(0, 2)).toEqual(['agents', 'teams']);
    // an edit after calibration is marked, and the note survives the edit and a reload (autosave)
    await page.getByTestId('field-shop-agents').fill('4');
    await page.getByTestId('field-shop-agents').press('Tab');
    const changed = page.locator('[data-testid=calibration-note-row][data-id=agents] [data-testid=calibration-note-changed]');
    expect(await changed.innerText()).toBe('已修改为 4');
    expect(await page.getByTestId('calibration-small-shop').innerText()).toContain('只有 4 个客服岗位');
    await note.screenshot({ path: `${SHOTS}/calibration-note-zh.png` });
    await page.waitForTimeout(1500);
    await page.reload();
    await page.getByTestId('calibration-note').waitFor();
    expect(await page.locator('[data-testid=calibration-note-row][data-id=agents] [data-testid=calibration-note-changed]').innerText()).toBe('已修改为 4');
    await page.getByTestId('lang-en').click();
    expect(await page.getByTestId('calibration-note').locator('summary').innerText()).toBe('These shop parameters were estimated from real months');
    await page.getByTestId('calibration-note').screenshot({ path: `${SHOTS}/calibration-note-en.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
