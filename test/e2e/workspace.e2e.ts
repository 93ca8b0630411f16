/**
 * Browser tests of keeping the owner's work, in Debian's headless Chromium against the built app:
 * work (a renamed variant, a changed value, a budget), then a garbled link, then a reload — the work
 * is there; a valid link asks before replacing work and keeps it in the recent workspaces, from
 * which it is restored after asking; the budget survives a reload and travels in the link; Stop,
 * then Resume continues to the numbers of an uninterrupted run, and Re-run starts again; a large
 * autosaved run waits on a new visit. Screenshots (zh and en) of the dialogs and the recent list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { appUrl, launch, openPage, runComplete, setField } from './browser';

const SHOTS = 'test/e2e/screenshots';
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** A page in `context` (contexts share nothing; pages of one context share localStorage, like tabs). */
const open = (context: BrowserContext, url = appUrl()) => openPage(context, { url, waitFor: '[data-testid=share-toolbar]' });
const complete = (page: Page, replications: number, seed?: number, timeout?: number) => runComplete(page, { replications, seed, timeout });

async function rename(page: Page, from: string, to: string): Promise<void> {
  await page.locator(`[data-testid=variant-card][data-name="${from}"] [data-testid=variant-more]`).click();
  await page.locator(`[data-testid=variant-card][data-name="${from}"] [data-testid=variant-rename]`).click();
  await page.getByTestId('rename-input').fill(to);
  await page.getByTestId('rename-input').press('Enter');
  await page.waitForSelector(`[data-testid=variant-card][data-name="${to}"]`);
}

const names = (page: Page) => page.$$eval('[data-testid=variant-card]', (cards) => cards.map((c) => c.getAttribute('data-name')));

async function shownCosts(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-testid=variant-card]', (cards) =>
    Object.fromEntries(
      cards.flatMap((c) => {
        const el = c.querySelector('[data-testid=cost-p50]');
        return el ? [[c.getAttribute('data-name') ?? '', Number(el.getAttribute('data-fen'))]] : [];
      }),
    ),
  );
}

/** Some work: a renamed variant, 12 replications with seed 99, a budget; waits for the autosave. */
async function doWork(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=cost-p50]');
  await rename(page, 'seed000', '我的方案');
  await setField(page, 'field-settings-replications', '12');
  await setField(page, 'field-settings-seed', '99');
  await setField(page, 'budget', '1,800,000');
  await complete(page, 12, 99);
  await page.waitForTimeout(600); // the autosave settles (250 ms after the last change)
}

async function expectWork(page: Page): Promise<void> {
  await complete(page, 12, 99);
  expect(await names(page)).toEqual(['我的方案', 'seed001-guarantee', 'seed001-roles', 'careful-owner']);
  expect(await page.getByTestId('budget').inputValue()).toBe('1,800,000.00');
}

describe('a link that does not open', () => {
  it('leaves the work as it was, in a new tab, in the open tab and after a reload', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await open(context);
    await doWork(page);

    // a garbled link opened in a new tab (a new visit with the same storage)
    const garbled = `${appUrl()}#s1.q1YqVrKqVkpKzUgsy8wvLQJx0nIS04MzEotSlayiDfQ`;
    const tab = await open(context, garbled);
    await tab.page.waitForSelector('[data-testid=share-notice] [data-testid=share-notice-problems]');
    const notice = await tab.page.getByTestId('share-notice').innerText();
    expect(notice).toContain('你的工作区保持原样');
    expect(notice).toContain('分享链接已损坏或不完整');
    expect(notice).not.toContain('默认情景');
    await tab.page.screenshot({ path: `${SHOTS}/workspace-bad-link-zh.png` });
    await tab.page.getByTestId('share-notice').getByTestId('modal-close').click();
    await expectWork(tab.page);
    expect(new URL(tab.page.url()).hash).toBe('');

    // a truncated link pasted into the address bar of the open tab
    await page.evaluate(() => (location.hash = '#s1.q1YqVrKqVkp'));
    await page.waitForSelector('[data-testid=share-notice] [data-testid=share-notice-problems]');
    await page.getByTestId('share-notice').getByTestId('modal-close').click();
    await page.waitForTimeout(600);

    // a newer version's link, then a reload: the work is still there
    await tab.page.goto(`${appUrl()}#s9.AAAA`);
    await tab.page.waitForSelector('[data-testid=share-notice-problems]');
    expect(await tab.page.getByTestId('share-notice-problems').innerText()).toContain('s9');
    await tab.page.reload();
    await tab.page.waitForSelector('[data-testid=share-toolbar]');
    await expectWork(tab.page);
    expect(errors).toEqual([]);
    expect(tab.errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('a link that opens', () => {
  it('asks before replacing work, keeps the work in the recent workspaces, and restores it after asking', async () => {
    // someone else's workspace: seed 4242, 8 replications, a budget → its link
    const sender = await browser.newContext({ viewport: DESKTOP });
    const a = await open(sender);
    await a.page.waitForSelector('[data-testid=cost-p50]');
    await setField(a.page, 'field-settings-replications', '8');
    await setField(a.page, 'field-settings-seed', '4242');
    await setField(a.page, 'budget', '2000000');
    await complete(a.page, 8, 4242);
    const sentCosts = await shownCosts(a.page);
    await a.page.getByTestId('share-link').click();
    const url = await a.page.getByTestId('share-url').inputValue();
    expect(url).toMatch(/#s1\./);
    await sender.close();

    // a fresh browser with no work opens it at once, budget included
    const fresh = await browser.newContext({ viewport: DESKTOP });
    const f = await open(fresh, url);
    await complete(f.page, 8, 4242);
    expect(await f.page.getByTestId('link-confirm').isVisible()).toBe(false);
    expect(await f.page.getByTestId('budget').inputValue()).toBe('2,000,000.00');
    expect(await shownCosts(f.page)).toEqual(sentCosts);
    expect(await f.page.locator('[data-testid=over-budget]').first().innerText()).toMatch(/%$/);
    await fresh.close();

    // the owner's browser, with work
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await open(context);
    await doWork(page);
    const tab = await open(context, url);
    const dialog = tab.page.getByTestId('link-confirm');
    await dialog.waitFor();
    expect(await dialog.getAttribute('role')).toBe('alertdialog');
    expect(await dialog.innerText()).toContain('最近的工作区');
    expect(await dialog.innerText()).toContain('方案:seed000、seed001-guarantee');
    expect(await tab.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-cancel');
    await tab.page.screenshot({ path: `${SHOTS}/workspace-link-confirm-zh.png` });
    await dialog.getByTestId('confirm-cancel').click();
    await expectWork(tab.page);
    expect(new URL(tab.page.url()).hash).toBe('');

    // open it again and accept: the link's workspace, the work kept in the recent list
    await tab.page.goto(url);
    await tab.page.getByTestId('link-confirm').getByTestId('confirm-ok').click();
    await complete(tab.page, 8, 4242);
    expect(await tab.page.getByTestId('budget').inputValue()).toBe('2,000,000.00');
    expect(await shownCosts(tab.page)).toEqual(sentCosts);
    await tab.page.getByTestId('recent-open').click();
    const entries = tab.page.locator('[data-testid=recent-dialog] [data-testid=recent-entry]');
    expect(await entries.count()).toBe(1);
    const entryText = await entries.first().innerText();
    expect(entryText).toContain('杭州女装店');
    expect(entryText).toContain('打开分享链接前');
    expect(entryText).toContain('我的方案、seed001-guarantee');
    expect(entryText).toMatch(/\d{2}:\d{2}/);
    await tab.page.screenshot({ path: `${SHOTS}/workspace-recent-zh.png` });

    // restore asks first; then the work is back and the link's workspace is kept in its turn
    await entries.first().getByTestId('recent-restore').click();
    const ask = tab.page.getByTestId('restore-confirm');
    await ask.waitFor();
    expect(await ask.innerText()).toContain('恢复这个工作区');
    await tab.page.screenshot({ path: `${SHOTS}/workspace-restore-confirm-zh.png` });
    await ask.getByTestId('confirm-ok').click();
    await expectWork(tab.page);
    await tab.page.getByTestId('recent-open').click();
    expect(await entries.count()).toBe(2);
    expect(await entries.first().innerText()).toContain('恢复其他工作区前');

    // the same in English
    await tab.page.getByTestId('recent-dialog').getByTestId('modal-close').click();
    await tab.page.getByTestId('lang-en').click();
    await tab.page.getByTestId('recent-open').click();
    expect(await entries.first().innerText()).toContain('before restoring another');
    await tab.page.screenshot({ path: `${SHOTS}/workspace-recent-en.png` });
    await tab.page.getByTestId('recent-dialog').getByTestId('modal-close').click();
    await tab.page.waitForTimeout(600);
    await tab.page.goto(url);
    await tab.page.getByTestId('link-confirm').waitFor();
    expect(await tab.page.getByTestId('link-confirm').innerText()).toContain('Recent workspaces');
    await tab.page.screenshot({ path: `${SHOTS}/workspace-link-confirm-en.png` });
    await tab.page.getByTestId('link-confirm').getByTestId('confirm-cancel').click();
    expect(errors).toEqual([]);
    expect(tab.errors).toEqual([]);
    await context.close();
  }, 480_000);
});

describe('Stop, Resume and Re-run; a large run on a new visit', () => {
  it('Resume ends with the numbers of an uninterrupted run; Re-run starts again; a large autosaved run waits', async () => {
    const replications = 600;
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await open(context);
    await page.waitForSelector('[data-testid=cost-p50]');
    await setField(page, 'field-shop-agents', '10');
    await setField(page, 'field-shop-teams', '2');
    await setField(page, 'field-settings-replications', String(replications));
    await page.waitForFunction(
      (n) => {
        const bar = document.querySelector('[data-testid=run-progress]') as HTMLProgressElement | null;
        return bar !== null && bar.max === n && bar.value >= 40;
      },
      replications,
      { timeout: 60_000 },
    );
    await page.getByTestId('run-cancel').click();
    await page.waitForSelector('[data-testid=run-cancelled]');
    const stoppedAt = await page.$eval('[data-testid=run-progress]', (el) => (el as HTMLProgressElement).value);
    expect(stoppedAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeLessThan(replications);
    expect(await page.getByTestId('run-resume').getAttribute('data-resumable')).toBe('true');
    await page.getByTestId('run-bar').screenshot({ path: `${SHOTS}/workspace-run-stopped-zh.png` });

    // Resume: the first progress counts on from where it stopped, never from 0
    const seen: number[] = [];
    await page.exposeFunction('__progress', (v: number) => seen.push(v));
    await page.evaluate(() => {
      const bar = document.querySelector('[data-testid=run-progress]') as HTMLProgressElement;
      new MutationObserver(() => (window as unknown as { __progress: (v: number) => void }).__progress(bar.value)).observe(bar, { attributes: true });
    });
    await page.getByTestId('run-resume').click();
    await complete(page, replications, undefined, 180_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(stoppedAt);
    const resumed = await shownCosts(page);
    console.log(`[workspace e2e] stopped at ${stoppedAt}/${replications}; resumed run: ${await page.getByTestId('run-done').innerText()}`);
    await page.waitForTimeout(600);

    // a new visit: the autosaved run is large (600 > 500 replications) and waits for the owner
    const again = await open(context);
    await again.page.waitForSelector('[data-testid=run-held]');
    expect(await again.page.getByTestId('run-held').innerText()).toMatch(/600 次模拟,预计约 \d+ (秒|分钟)/);
    await again.page.waitForTimeout(1000);
    expect(await again.page.$eval('[data-testid=run-progress]', (el) => (el as HTMLProgressElement).value)).toBe(0);
    expect(await again.page.getAttribute('[data-testid=run-bar]', 'data-running')).toBe('false');
    await again.page.getByTestId('run-bar').screenshot({ path: `${SHOTS}/workspace-run-held-zh.png` });
    await again.page.getByTestId('run-held-start').click();
    await complete(again.page, replications, undefined, 180_000);
    expect(await shownCosts(again.page)).toEqual(resumed);
    console.log(`[workspace e2e] uninterrupted run of 600 × 4 variants × 10 agents × 12 months: ${await again.page.getByTestId('run-done').innerText()}`);

    // Re-run after Stop starts again from 0 and completes
    await setField(again.page, 'field-settings-replications', '300');
    await again.page.waitForFunction(() => ((document.querySelector('[data-testid=run-progress]') as HTMLProgressElement | null)?.value ?? 0) >= 20, undefined, { timeout: 60_000 });
    await again.page.getByTestId('run-cancel').click();
    await again.page.waitForSelector('[data-testid=run-rerun]');
    await again.page.getByTestId('run-rerun').click();
    await again.page.waitForFunction(() => ((document.querySelector('[data-testid=run-progress]') as HTMLProgressElement | null)?.value ?? 1) < 20, undefined, { timeout: 10_000 });
    await complete(again.page, 300, undefined, 120_000);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await context.close();
  }, 480_000);
});
