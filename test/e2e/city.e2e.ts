/**
 * Browser test of 其他城市 (docs/law.md §"Custom city"), in Debian's headless Chromium against the
 * built app at a phone's width (390 px): choosing it opens the editor with the previous city's rows;
 * a bad date is named at its field; the owner's table reaches the compliance panel, survives a reload
 * (autosave) and travels in the share link; choosing a built-in city again drops it. Screenshots (zh,
 * en) of the editor in test/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { PHONE, appUrl, launch, openPage, setField } from './browser';

const SHOTS = 'test/e2e/screenshots';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('其他城市', () => {
  it('opens an editor, checks it, keeps it and shares it', async () => {
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
    const { page, errors } = await openPage(context, { waitFor: '[data-testid=share-toolbar]' });

    await page.getByTestId('field-shop-city').selectOption('custom');
    await page.waitForSelector('[data-testid=custom-city-editor]');
    // the rows start as a copy of Hangzhou's (the default shop's city)
    expect(await page.getByTestId('custom-city-minimumWage-1-amount').inputValue()).toBe('2660.00');
    // the name is still empty: the editor says so at the field
    const nameField = page.locator('[data-testid=custom-city-editor] .field', { has: page.getByTestId('custom-city-name') });
    expect(await nameField.locator('.problem').count()).toBeGreaterThan(0);

    await setField(page, 'custom-city-name', '测试县');
    await setField(page, 'custom-city-minimumWage-1-amount', '3100.00');
    await setField(page, 'custom-city-minimumWage-1-from', '2025-13-01');
    const fromField = page.locator('.field', { has: page.getByTestId('custom-city-minimumWage-1-from') });
    await expect.poll(() => fromField.locator('.problem').innerText()).toContain('不是日期');
    await setField(page, 'custom-city-minimumWage-1-from', '2026-01-01');
    await expect.poll(() => fromField.locator('.problem').count()).toBe(0);
    await setField(page, 'custom-city-contributionRates-0-housingFund', '5');
    await expect.poll(() => page.locator('[data-testid=custom-city-editor] .problem').count()).toBe(0);

    // the compliance panel compares with the owner's minimum wage in force in the first month (2026-01)
    await expect.poll(() => page.getByTestId('compliance').innerText()).toContain('测试县当前最低工资 ¥3,100.00/月');

    await page.locator('[data-testid=custom-city-editor] legend').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/custom-city-zh-390.png` });

    // autosaved: a reload keeps the city and its table
    await page.waitForTimeout(1500);
    await page.reload();
    await page.waitForSelector('[data-testid=custom-city-editor]');
    expect(await page.getByTestId('custom-city-name').inputValue()).toBe('测试县');
    expect(await page.getByTestId('custom-city-contributionRates-0-housingFund').inputValue()).toBe('5');

    // the share link carries it: a fresh browser opens the same table
    await page.getByTestId('share-link').click();
    await page.waitForSelector('[data-testid=share-url]');
    const link = await page.getByTestId('share-url').inputValue();
    expect(new URL(link).hash.length).toBeGreaterThan(2);
    await page.keyboard.press('Escape');
    const other = await browser.newContext({ viewport: PHONE });
    const p2 = await other.newPage();
    await p2.goto(link);
    await p2.waitForSelector('[data-testid=custom-city-editor]');
    expect(await p2.getByTestId('custom-city-minimumWage-1-amount').inputValue()).toBe('3100.00');
    expect(await p2.getByTestId('custom-city-name').inputValue()).toBe('测试县');
    await other.close();

    // English
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('[data-testid=custom-city-editor] legend').innerText()).toBe('Standards of the other city');
    await page.getByTestId('custom-city-contributionRates-0-from').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/custom-city-en-390.png` });

    // a built-in city again: the editor closes
    await page.getByTestId('field-shop-city').selectOption('hangzhou');
    await expect.poll(() => page.locator('[data-testid=custom-city-editor]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
