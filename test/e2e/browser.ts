/** Launch Debian's headless Chromium with the flags this machine needs (no sandbox as root, no background network). */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Chromium 156 opens its omnibox popup (a WebUI page in a renderer of its own, chrome://omnibox-popup)
 * with every new browser window, headless ones included: ≈ 1 s of CPU on this two-core machine while
 * the app's page loads, for a popup nobody sees. Chromium keeps only the last --disable-features, so
 * the list repeats playwright-core 1.65's own (chromiumSwitches.ts) before adding the two popups.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
];

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
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ],
  });
}

export const appUrl = (): string => process.env.PAYLAB_URL ?? 'http://127.0.0.1:4173/';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * A fresh page on `url` (the app by default), in a browser (its own context: empty storage) or in a
 * given context (pages of one context share localStorage, like tabs; the context sets the viewport).
 * Page errors and any alert()/confirm() (the app asks with its own dialogs) are collected in
 * `errors` for the test to check; `waitFor` is a selector to wait for after loading.
 */
export async function openPage(
  where: Browser | BrowserContext,
  { viewport = DESKTOP, url = appUrl(), waitFor }: { viewport?: { width: number; height: number }; url?: string; waitFor?: string } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = 'newContext' in where ? await where.newPage({ viewport }) : await where.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  if (waitFor) await page.waitForSelector(waitFor);
  return { page, errors };
}

/** The p50 employer cost shown on each variant's card, fen, by variant name. */
export async function shownCosts(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-testid=variant-card]', (cards) =>
    Object.fromEntries(
      cards.flatMap((c) => {
        const el = c.querySelector('[data-testid=cost-p50]');
        return el ? [[c.getAttribute('data-name') ?? '', Number(el.getAttribute('data-fen'))]] : [];
      }),
    ),
  );
}

/**
 * Wait until a run's complete results are shown (optionally of a given replication count, seed and
 * number of variants run). After an edit the previous run's results stay shown until the new run's
 * first arrive, so a test that changed the scenario names something the new run differs in.
 */
export async function runComplete(page: Page, { replications, seed, variants, timeout = 120_000 }: { replications?: number; seed?: number; variants?: number; timeout?: number } = {}): Promise<void> {
  const r = replications === undefined ? '' : `[data-replications="${replications}"]`;
  const s = seed === undefined ? '' : `[data-seed="${seed}"]`;
  const v = variants === undefined ? '' : `[data-variants="${variants}"]`;
  await page.waitForSelector(`[data-testid=run-bar][data-complete=true]${r}${s}${v}`, { timeout });
}

/** Type into a field and leave it (the app re-runs after a quiet moment). */
export async function setField(page: Page, testid: string, value: string): Promise<void> {
  const input = page.getByTestId(testid);
  await input.fill(value);
  await input.press('Tab');
}
