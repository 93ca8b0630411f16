/**
 * Browser tests of the variant cards: on a 390 px phone 编辑 brings the editor (below the results)
 * into view; the "更多 ▾" menus close on an outside click and on Esc and never stack; a variant's
 * colour stays with it when another is copied or removed (the card's swatch, and the charts' series
 * of the run shown). Screenshots go to test/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { PHONE, launch, openPage, runComplete, setField } from './browser';

const SHOTS = 'test/e2e/screenshots';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The swatch colour of each card, by variant name, as the page draws it. */
async function swatches(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-testid=variant-card]', (cards) =>
    Object.fromEntries(cards.map((c) => [c.getAttribute('data-name') ?? '', getComputedStyle(c.querySelector('.swatch')!).backgroundColor])),
  );
}

/** How many "更多" menus are open. */
const openMenus = (page: Page) => page.$$eval('[data-testid=variant-card] details.more', (ds) => ds.filter((d) => (d as HTMLDetailsElement).open).length);

describe('variant cards', () => {
  it('on a phone, 编辑 scrolls the editor into view', async () => {
    const { page, errors } = await openPage(browser, { viewport: PHONE });
    await page.waitForSelector('[data-testid=variant-card]');
    const card = page.getByTestId('variant-card').nth(2);
    await card.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => document.getElementById('side-panel')!.getBoundingClientRect().top);
    expect(before).toBeGreaterThan(PHONE.height); // the editor starts far below the cards
    await card.getByTestId('variant-edit').click();
    await page.waitForFunction(() => {
      const r = document.getElementById('side-panel')!.getBoundingClientRect();
      return r.top >= -1 && r.top < innerHeight / 2;
    });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('side-panel');
    // the editor shows the variant whose card was pressed
    const name = await card.getAttribute('data-name');
    expect(name).toBe('seed001-roles');
    expect(await page.locator('#editor-heading').textContent()).toContain('岗位提成');
    await page.screenshot({ path: `${SHOTS}/phone-edit-zh.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('更多 menus close on an outside click and on Esc, and never stack', async () => {
    const { page, errors } = await openPage(browser);
    await page.waitForSelector('[data-testid=variant-card]');
    const more = page.getByTestId('variant-more');
    await more.nth(0).click();
    expect(await openMenus(page)).toBe(1);
    await more.nth(1).click(); // opening another closes the first
    expect(await openMenus(page)).toBe(1);
    expect(await page.locator('[data-testid=variant-card]').nth(1).locator('details.more').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.mouse.click(5, 5); // outside
    expect(await openMenus(page)).toBe(0);
    await more.nth(2).click();
    expect(await openMenus(page)).toBe(1);
    await page.keyboard.press('Escape');
    expect(await openMenus(page)).toBe(0);
    // the focus is back on the menu's button
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('variant-more');
    // choosing an item closes the menu
    await more.nth(0).click();
    await page.getByTestId('variant-card').nth(0).getByTestId('variant-rename').click();
    expect(await openMenus(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a variant keeps its colour when another is copied or removed, on its card and in the charts', async () => {
    const { page, errors } = await openPage(browser);
    await page.waitForSelector('[data-testid=variant-card]');
    await setField(page, 'field-settings-replications', '4');
    await runComplete(page, { replications: 4, timeout: 240_000 });
    const first = await swatches(page);
    expect(Object.keys(first)).toEqual(['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner']);
    expect(new Set(Object.values(first)).size).toBe(4);
    // copy the first variant: the copy goes after it; nobody else changes colour
    await page.getByTestId('variant-more').nth(0).click();
    await page.getByTestId('variant-card').nth(0).getByTestId('variant-duplicate').click();
    const copied = await swatches(page);
    for (const [name, colour] of Object.entries(first)) expect(copied[name]).toBe(colour);
    // the copy is named after what the owner saw on the card (seed000 reads as 底薪提成)
    expect(Object.values(first)).not.toContain(copied['底薪提成 (2)']);
    // remove the first: the others keep theirs
    await page.getByTestId('variant-more').nth(0).click();
    await page.getByTestId('variant-card').nth(0).getByTestId('variant-delete').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=variant-card]').length === 4);
    const removed = await swatches(page);
    expect(Object.keys(removed)).not.toContain('seed000');
    for (const name of ['seed001-guarantee', 'seed001-roles', 'careful-owner']) expect(removed[name]).toBe(first[name]);
    // the monthly-cost chart of the new run draws each variant in its card's colour (legend keys)
    await page.waitForFunction(() => document.querySelector('[data-testid=chart-monthly] .legend')?.textContent?.includes('底薪提成 (2)') === true, undefined, { timeout: 180_000 });
    await runComplete(page, { replications: 4 });
    const legend = await page.$$eval('[data-testid=chart-monthly] .legend li', (items) =>
      Object.fromEntries(items.map((li) => [li.textContent?.trim() ?? '', getComputedStyle(li.querySelector('line, circle, rect')!).stroke])),
    );
    // the legend shows the preset titles, the swatches are keyed by the names as stored
    const shown: Record<string, string> = { '底薪提成 (2)': '底薪提成 (2)', 'seed001-guarantee': '年度保底', 'seed001-roles': '岗位提成', 'careful-owner': '谨慎方案' };
    for (const [name, title] of Object.entries(shown)) expect(legend[title]).toBe(removed[name]);
    await page.getByTestId('variants').screenshot({ path: `${SHOTS}/cards-colours-zh.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 400_000);

  it('shows the default variants by their preset titles, in Chinese and after the toggle in English', async () => {
    const { page, errors } = await openPage(browser);
    await page.waitForSelector('[data-testid=variant-card]');
    const titles = () => page.$$eval('[data-testid=variant-card] h3.name', (hs) => hs.map((h) => h.textContent?.trim() ?? ''));
    const ids = await page.$$eval('[data-testid=variant-card]', (cs) => cs.map((c) => c.getAttribute('data-name')));
    // the file ids stay the variants' names (scenario file, share link, CLI)
    expect(ids).toEqual(['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner']);
    expect(await titles()).toEqual(['底薪提成', '年度保底', '岗位提成', '谨慎方案']);
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await titles()).toEqual(['Base+commission', 'Annual guarantee', 'Role formulas', 'Careful owner']);
    // no card, chart or panel text shows a file id
    await setField(page, 'field-settings-replications', '4');
    await runComplete(page, { replications: 4, timeout: 240_000 });
    const text = await page.locator('body').innerText();
    for (const id of ['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner']) expect(text).not.toContain(id);
    await page.getByTestId('variants').screenshot({ path: `${SHOTS}/cards-titles-en.png` });
    await page.getByTestId('lang-zh').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN' || document.documentElement.lang === 'zh');
    await page.getByTestId('variants').screenshot({ path: `${SHOTS}/cards-titles-zh.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 400_000);
});
