/**
 * Browser tests of the KPI part of the rules-file form and the conversion commission: the add menu
 * offers the seed 004 and KPI-shop presets; the KPI shop's basic standard, composite, target and rank
 * show their values in the owner's units; an edit at a field shows the validator's message there (a
 * rate typed as 150 % on a reply-rate standard, weights not adding up to 100); switching a commission
 * to "by conversion" fills seed 004's brackets; turning KPI pay off removes the section. Screenshots
 * (zh, 1440 px and 390 px) go to test/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { PHONE, appUrl, launch, openPage, setField } from './browser';

const SHOTS = 'test/e2e/screenshots';
/** The form beside the cards. */
const WIDE = { width: 1440, height: 1000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const open = (viewport = WIDE) => openPage(browser, { viewport, waitFor: '[data-testid=variant-card]' });

/** Add the preset `id` as a variant and open its editor. */
async function addAndEdit(page: Page, id: string): Promise<void> {
  await page.getByTestId('add-pick').selectOption(id);
  await page.getByTestId('variant-add').click();
  await page.getByTestId('variant-edit').last().click();
  await page.waitForSelector('[data-testid=policy-form]');
}

describe('KPI form', () => {
  it('the add menu offers the seed 004 and KPI-shop presets', async () => {
    const { page, errors } = await open();
    const options = await page.$$eval('[data-testid=add-pick] option', (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    const ids = options.map(([v]) => v);
    expect(ids).toContain('seed004');
    expect(ids).toContain('kpi-shop');
    expect(options.find(([v]) => v === 'kpi-shop')![1]).toContain('KPI店');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the KPI shop's rules show in the owner's units, and a bad value is named at its field", async () => {
    const { page, errors } = await open();
    await addAndEdit(page, 'kpi-shop');
    // basic standard: reply rate at least 90 %, performance pay, target and rank bonus withheld
    expect(await page.getByTestId('pf-kpi-gates-0-metric').inputValue()).toBe('replyRate');
    expect(await page.getByTestId('pf-kpi-gates-0-threshold').inputValue()).toBe('90');
    expect(await page.getByTestId('pf-kpi-gates-0-factor').inputValue()).toBe('0');
    expect(await page.getByTestId('pf-kpi-gate-0-line-performancePay').isChecked()).toBe(true);
    expect(await page.getByTestId('pf-kpi-gate-0-line-commission').isChecked()).toBe(false);
    // composite: attainment 50 % → 120 %, weights 30 + 20 + 20 + 20 + 5 + 5 = 100
    expect(await page.getByTestId('pf-kpi-composite-0-metric').inputValue()).toBe('attainment');
    expect(await page.getByTestId('pf-kpi-composite-0-scoring-worst').inputValue()).toBe('50');
    expect(await page.getByTestId('pf-kpi-composite-0-scoring-best').inputValue()).toBe('120');
    expect(await page.getByTestId('pf-kpi-weight-sum').textContent()).toContain('100');
    // response time: 60 s → 15 s (lower is better), in seconds
    expect(await page.getByTestId('pf-kpi-composite-4-scoring-worst').inputValue()).toBe('60');
    // target by level and the payout table; rank 850/800/750
    expect(await page.getByTestId('pf-kpi-target-byLevel-junior').inputValue()).toBe('100000.00');
    expect(await page.getByTestId('pf-kpi-target-payout-0-from').inputValue()).toBe('100');
    expect(await page.getByTestId('pf-kpi-rank-amounts-0-value').inputValue()).toBe('850.00');
    await page.getByTestId('pf-kpi-part').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/kpi-form-zh-1440.png` });

    // 150 (%) on a reply-rate standard: the validator's message at the field, in Chinese
    await setField(page, 'pf-kpi-gates-0-threshold', '150');
    const gateField = page.locator('.field', { has: page.getByTestId('pf-kpi-gates-0-threshold') });
    await expect.poll(() => gateField.locator('.problem').textContent()).toContain('大于 1');
    // a weight that breaks the sum: the sum shows 110 and the composite names the rule
    await setField(page, 'pf-kpi-composite-0-weight', '40');
    await expect.poll(() => page.getByTestId('pf-kpi-weight-sum').textContent()).toContain('110');
    await expect.poll(() => page.getByTestId('pf-kpi').textContent()).toContain('各项权重之和须为 100,现在是 110');
    const card = page.locator('[data-testid=variant-card]').last();
    await expect.poll(() => card.getAttribute('data-valid')).toBe('false');
    // fixed again: valid
    await setField(page, 'pf-kpi-composite-0-weight', '30');
    await setField(page, 'pf-kpi-gates-0-threshold', '95');
    await expect.poll(() => card.getAttribute('data-valid')).toBe('true');
    await page.getByTestId('editor-tab-raw').click();
    expect(await page.getByTestId('raw-text').inputValue()).toContain('"threshold": "0.95"');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a commission by conversion gets seed 004 brackets; KPI pay can be added and removed', async () => {
    const { page, errors } = await open();
    await page.locator('[data-testid=variant-card][data-name="seed000"]').getByTestId('variant-edit').click();
    await page.getByTestId('pf-commission-type').selectOption('conversion');
    expect(await page.getByTestId('pf-commission-conversion-3-from').inputValue()).toBe('50');
    expect(await page.getByTestId('pf-commission-conversion-3-rate').inputValue()).toBe('0.7');
    // KPI pay on: one basic standard, then after-sales incentives with seed 004's steps
    await page.getByTestId('pf-toggle-kpi').check();
    await page.getByTestId('pf-kpi-gates-add').click();
    expect(await page.getByTestId('pf-kpi-gates-0-threshold').inputValue()).toBe('95');
    await page.getByTestId('pf-kpi-gates-0-metric').selectOption('avgResponseSec');
    expect(await page.getByTestId('pf-kpi-gates-0-direction').inputValue()).toBe('atMost');
    expect(await page.getByTestId('pf-kpi-gates-0-threshold').inputValue()).toBe('30');
    await page.getByTestId('pf-toggle-kpi-afterSales').check();
    expect(await page.getByTestId('pf-kpi-good-1-bound').inputValue()).toBe('99');
    const card = page.locator('[data-testid=variant-card][data-name="seed000"]');
    await expect.poll(() => card.getAttribute('data-valid')).toBe('true');
    await page.setViewportSize(PHONE);
    await page.getByTestId('pf-kpi').scrollIntoViewIfNeeded();
    await page.getByTestId('pf-kpi-part').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/kpi-form-zh-390.png` });
    await page.getByTestId('pf-commission-conversion').screenshot({ path: `${SHOTS}/kpi-conversion-zh-390.png` });
    // the whole page stays within the phone's width
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // off again: the section is gone from the file
    await page.getByTestId('pf-toggle-kpi').uncheck();
    await page.getByTestId('editor-tab-raw').click();
    expect(await page.getByTestId('raw-text').inputValue()).not.toContain('"kpi"');
    await expect.poll(() => card.getAttribute('data-valid')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });
});
