/**
 * Browser test of the uncertainty shown on the cards and the income basis of the income chart: on
 * the default scenario with 40 runs, each card's interval is labelled as the simulation's precision
 * and the year-to-year range beside it is the p5–p95 that `paylab simulate` reports for the same
 * seed; the income chart opens on full months and, on the annualised basis, its table carries the
 * pooled Gini. Screenshots of the cards and of the income chart (zh/en) go to test/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUrl, launch, openPage, runComplete, setField } from './browser';

const SHOTS = 'test/e2e/screenshots';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface CliSummary {
  variants: { name: string; vsBaseline: null | { costDifference: { p5: number; p95: number; rangeIsMinMax: boolean } }; income: { giniPooled: number } }[];
}

function simulate(replications: number, seed: number): CliSummary {
  const dir = mkdtempSync(join(tmpdir(), 'paylab-e2e-'));
  const out = join(dir, 'summary.json');
  const args = ['--scenario', 'scenarios/default.json', '--replications', String(replications), '--seed', String(seed), '--out', out];
  try {
    const r = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'simulate', ...args], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`paylab simulate failed (${r.status}): ${r.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8')) as CliSummary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whole yuan with a sign, as the cards write it (src/ui/money.ts yuanWholeSigned), computed here by hand. */
function signed(fen: number): string {
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100) + (abs % 100 >= 50 ? 1 : 0);
  const s = `¥${whole.toLocaleString('en-US')}`;
  return whole === 0 ? s : fen < 0 ? `−${s}` : `+${s}`;
}

describe('uncertainty and income basis in the page', () => {
  it('cards: precision interval in words and the p5–p95 of the per-run difference equal to the CLI', async () => {
    const replications = 40;
    const seed = 7;
    const cli = simulate(replications, seed);
    const { page, errors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.waitForSelector('[data-testid=cost-p50]');
    await setField(page, 'field-settings-replications', String(replications));
    await setField(page, 'field-settings-seed', String(seed));
    await runComplete(page, { replications, seed, timeout: 90_000 });

    let checked = 0;
    for (const v of cli.variants) {
      const card = page.locator(`[data-testid=variant-card][data-name="${v.name}"]`);
      if (!v.vsBaseline) {
        expect(await card.getByTestId('diff-spread').count()).toBe(0);
        continue;
      }
      const d = v.vsBaseline.costDifference;
      expect(d.rangeIsMinMax).toBe(false);
      expect((await card.getByTestId('diff-spread').textContent())?.trim()).toBe(`九成年份在 ${signed(d.p5)} 至 ${signed(d.p95)} 之间`);
      expect((await card.getByTestId('diff-ci').textContent())?.trim()).toMatch(/^模拟精度 95% 区间 /);
      checked++;
    }
    expect(checked).toBe(3);
    await page.getByTestId('variants').screenshot({ path: `${SHOTS}/uncertainty-cards-zh.png` });

    // the income chart opens on full months; on the annualised basis its table has the pooled Gini
    const chart = page.getByTestId('chart-income');
    expect(await chart.getByTestId('income-basis').inputValue()).toBe('monthFull');
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: `${SHOTS}/income-basis-zh.png` });
    await chart.getByTestId('income-basis').selectOption('yearAll');
    await chart.getByTestId('chart-income-table-toggle').click();
    const head = await chart.locator('table thead th').allTextContents();
    expect(head.at(-1)).toBe('基尼系数(合并)');
    const first = cli.variants[0]!;
    const row = await chart.locator('table tbody tr').first().locator('td, th').allTextContents();
    expect(row.at(-1)?.trim()).toBe(first.income.giniPooled.toFixed(3));
    await chart.screenshot({ path: `${SHOTS}/income-basis-year-zh.png` });

    // English
    await page.getByTestId('lang-en').click();
    await page.waitForSelector('[data-testid=diff-spread]');
    expect((await page.getByTestId('diff-spread').first().textContent())?.trim()).toMatch(/^In 9 years out of 10: /);
    await page.getByTestId('variants').screenshot({ path: `${SHOTS}/uncertainty-cards-en.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
