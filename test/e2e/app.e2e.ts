import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('app shell', () => {
  it('loads with a Chinese title', async () => {
    const page = await browser.newPage();
    await page.goto(appUrl());
    expect(await page.title()).toContain('客服薪酬沙盘');
    await page.close();
  });
});
