/**
 * Browser test of "How sure?" (sensitivity to the behaviour assumptions) on the default scenario:
 * the button runs the reruns on the page's workers with progress, the verdict sentence and the tornado
 * chart appear with one row per assumption, the chart's table gives the same figures, English changes
 * the words; cancel stops the reruns and says the result is incomplete. Screenshots of the panel in
 * Chinese and English are written to test/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { appUrl, launch, openPage, runComplete } from './browser';
import { SENSITIVITY_ASSUMPTIONS } from '../../src/sim/sensitivityAssumptions';

const SHOTS = 'test/e2e/screenshots';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The app with its first run complete. */
async function open(): Promise<{ page: Page; errors: string[] }> {
  const o = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await runComplete(o.page);
  return o;
}

describe('How sure? (sensitivity)', () => {
  it('runs, states the verdict and draws the tornado chart in zh and en', async () => {
    const { page, errors } = await open();
    const panel = page.getByTestId('sensitivity-panel');
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('input[type=number]').fill('6');
    await page.getByTestId('sensitivity-run').click();
    await page.waitForSelector('[data-testid=sensitivity-panel] [role=status]', { timeout: 10_000 });
    await page.waitForSelector('[data-testid=sensitivity-verdict]', { timeout: 240_000 });
    const verdict = await page.getByTestId('sensitivity-verdict').innerText();
    // the default scenario: only the careful owner's variant is lawful
    expect(verdict.startsWith('只有一个合法方案(谨慎方案)')).toBe(true);
    const bars = page.locator('[data-testid=chart-tornado] svg rect.bar');
    expect(await bars.count()).toBe(2 * SENSITIVITY_ASSUMPTIONS.length);
    await page.getByTestId('sensitivity-variant').selectOption('careful-owner');
    await panel.screenshot({ path: `${SHOTS}/sensitivity-zh.png` });

    // the table alternative has one row per assumption, widest swing (7th column) first
    await page.getByTestId('chart-tornado-table-toggle').click();
    const rows = page.locator('[data-testid=chart-tornado] table tbody tr');
    expect(await rows.count()).toBe(SENSITIVITY_ASSUMPTIONS.length);
    const swings = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td, th')[6]!.textContent!.replace(/[^\d]/g, ''))));
    expect(swings.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    await page.getByTestId('chart-tornado-table-toggle').click();

    await page.getByTestId('lang-en').click();
    await page.waitForSelector('[data-testid=sensitivity-verdict]:has-text("Only one variant is lawful")', { timeout: 5_000 });
    await panel.screenshot({ path: `${SHOTS}/sensitivity-en.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('cancel stops the reruns and says the result is incomplete', async () => {
    const { page, errors } = await open();
    await page.getByTestId('sensitivity-panel').locator('input[type=number]').fill('400');
    await page.getByTestId('sensitivity-run').click();
    await page.waitForSelector('[data-testid=sensitivity-cancel]', { timeout: 10_000 });
    await page.waitForTimeout(500);
    await page.getByTestId('sensitivity-cancel').click();
    await page.waitForSelector('[data-testid=sensitivity-verdict]', { timeout: 10_000 });
    expect((await page.getByTestId('sensitivity-verdict').innerText()).startsWith('敏感性分析未完成(已取消)')).toBe(true);
    expect(await page.getByTestId('sensitivity-run').isEnabled()).toBe(true);
    expect(await page.locator('[data-testid=sensitivity-cancel]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
