/** Launch Debian's headless Chromium with the flags this machine needs (no sandbox as root, no background network). */
import { chromium, type Browser, type Page } from 'playwright-core';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const appUrl = (): string => process.env.PAYLAB_URL ?? 'http://127.0.0.1:4173/';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** A fresh page on `url` (the app by default); page errors are collected in `errors` for the test to check. */
export async function openPage(
  browser: Browser,
  { viewport = DESKTOP, url = appUrl() }: { viewport?: { width: number; height: number }; url?: string } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/** Wait until a run's complete results are shown (optionally of a given replication count and seed). */
export async function runComplete(page: Page, { replications, seed, timeout = 120_000 }: { replications?: number; seed?: number; timeout?: number } = {}): Promise<void> {
  const r = replications === undefined ? '' : `[data-replications="${replications}"]`;
  const s = seed === undefined ? '' : `[data-seed="${seed}"]`;
  await page.waitForSelector(`[data-testid=run-bar][data-complete=true]${r}${s}`, { timeout });
}

/** Type into a field and leave it (the app re-runs after a quiet moment). */
export async function setField(page: Page, testid: string, value: string): Promise<void> {
  const input = page.getByTestId(testid);
  await input.fill(value);
  await input.press('Tab');
}
