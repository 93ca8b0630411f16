/**
 * Browser tests of the verdict-first cards and the editor's legal checks: on the default scenario
 * the unlawful variants carry the badge with their counts and the cheapest lawful variant is marked
 * (both checked against `paylab simulate` for the same scenario, seed and replications: lawful iff
 * no agent-month is flagged, domain.md §"The engine's legal flags"); typing a base below the city's
 * minimum wage shows the warning with the numbers beside the field, and the card's description
 * follows the edit. Screenshots of the cards (zh, en, 390 px phone) and the editor go to
 * test/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PHONE, appUrl, launch, openPage, runComplete, setField } from './browser';

const SHOTS = 'test/e2e/screenshots';
/** The cards and their badges in one screen. */
const DESKTOP = { width: 1280, height: 900 };
const REPLICATIONS = 40;
const SEED = 11;

interface CliVariant {
  name: string;
  replications: number;
  cost: { meanFen: number };
  compliance: { belowMinimum: { count: number }; deductionsOverCap: { count: number }; deductionsBelowMinimum: { count: number }; probationTooLow: number };
}

let browser: Browser;
let cli: CliVariant[];
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
  cli = simulate(REPLICATIONS, SEED);
});
afterAll(async () => {
  await browser?.close();
});

/** `paylab simulate` on the default scenario; the variants of the summary it writes. */
function simulate(replications: number, seed: number): CliVariant[] {
  const dir = mkdtempSync(join(tmpdir(), 'paylab-e2e-'));
  const out = join(dir, 'summary.json');
  const args = ['--scenario', 'scenarios/default.json', '--replications', String(replications), '--seed', String(seed), '--out', out];
  try {
    const r = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'simulate', ...args], { encoding: 'utf8', timeout: 180_000 });
    if (r.status !== 0) throw new Error(`paylab simulate failed (${r.status}): ${r.stderr}`);
    return (JSON.parse(readFileSync(out, 'utf8')) as { variants: CliVariant[] }).variants;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const open = (viewport = DESKTOP) => openPage(browser, { viewport });

/** The default scenario at the test's seed and replications, complete. */
async function openRun(viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const o = await open(viewport);
  await o.page.waitForSelector('[data-testid=cost-p50]');
  await setField(o.page, 'field-settings-replications', String(REPLICATIONS));
  await setField(o.page, 'field-settings-seed', String(SEED));
  await runComplete(o.page, { replications: REPLICATIONS, seed: SEED, timeout: 90_000 });
  return o;
}

const card = (page: Page, name: string) => page.locator(`[data-testid=variant-card][data-name="${name}"]`);

describe('verdict-first cards', () => {
  it('badges the unlawful variants with their counts and marks the cheapest lawful one', async () => {
    const { page, errors } = await openRun();
    // the reference: the CLI's flag counts (lawful iff all are 0) and mean employer cost
    const flagged = (v: CliVariant) => v.compliance.belowMinimum.count + v.compliance.deductionsOverCap.count + v.compliance.deductionsBelowMinimum.count + v.compliance.probationTooLow;
    const lawful = Object.fromEntries(cli.map((v) => [v.name, flagged(v) === 0]));
    // the finding on the default scenario: the three seed variants are unlawful, the careful owner's is not
    expect(lawful).toEqual({ seed000: false, 'seed001-guarantee': false, 'seed001-roles': false, 'careful-owner': true });
    const cheapest = cli.filter((v) => lawful[v.name]).sort((a, b) => a.cost.meanFen - b.cost.meanFen)[0]!.name;

    for (const v of cli) {
      const c = card(page, v.name);
      expect(await c.getByTestId('lawful-badge').getAttribute('data-lawful')).toBe(String(lawful[v.name]));
      expect(await c.getByTestId('mark-cheapest').count()).toBe(v.name === cheapest ? 1 : 0);
      if (v.compliance.belowMinimum.count > 0) {
        // agent-months below the minimum per simulated year (12 months): total ÷ replications, rounded
        const perYear = Math.round(v.compliance.belowMinimum.count / v.replications);
        expect((await c.getByTestId('count-below-minimum').textContent())?.trim()).toBe(`低于最低工资 ${perYear} 人次/年`);
        expect(await c.getByTestId('verdict-sentence').textContent()).toContain(`每年约有 ${perYear} 人次月薪低于最低工资`);
      }
    }
    // the cheapest card overall (seed001-guarantee) is unlawful and not marked
    const costs = cli.map((v) => v.cost.meanFen);
    expect(cli[costs.indexOf(Math.min(...costs))]!.name).toBe('seed001-guarantee');
    expect(await card(page, 'careful-owner').getByTestId('verdict-sentence').textContent()).toMatch(/^(按人力成本\S+?)?比现行方案每年多花约 \d+ 万.*无低于最低工资或违规扣款的月份。$/);

    // sorting by "lawful first" puts the careful owner's card first
    await page.getByTestId('variant-sort').selectOption('lawful');
    expect(await page.locator('[data-testid=variant-card]').first().getAttribute('data-name')).toBe('careful-owner');
    await page.getByTestId('variant-sort').selectOption('cost');
    const order = await page.$$eval('[data-testid=variant-card]', (cs) => cs.map((c) => c.getAttribute('data-name')));
    expect(order[0]).toBe('seed001-guarantee');
    await page.getByTestId('variant-sort').selectOption('order');

    await page.getByTestId('variants').screenshot({ path: `${SHOTS}/verdict-cards-zh.png` });
    await page.getByTestId('lang-en').click();
    expect((await card(page, 'seed000').getByTestId('lawful-badge').textContent())?.trim()).toBe('✕ Unlawful');
    await page.getByTestId('variants').screenshot({ path: `${SHOTS}/verdict-cards-en.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the cards readable on a 390 px phone', async () => {
    const { page, errors } = await open(PHONE);
    await page.waitForSelector('[data-testid=verdict-sentence]', { timeout: 60_000 });
    // nothing wider than the screen
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('variants').screenshot({ path: `${SHOTS}/verdict-cards-phone.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('legal checks in the editor', () => {
  it('warns beside a base typed below the city minimum and a probation pay under 80 %', async () => {
    const { page, errors } = await open();
    await page.waitForSelector('[data-testid=cost-p50]');
    const c = card(page, 'careful-owner');
    await c.getByTestId('variant-edit').click();
    await expect.poll(() => page.getByTestId('pf-base-junior-legal').count()).toBe(0);
    await setField(page, 'pf-base-junior', '1500');
    // Hangzhou 2660 from 2026-01 (the default scenario starts 2026-01)
    expect((await page.getByTestId('pf-base-junior-legal').textContent())?.trim()).toBe('低于杭州最低工资:¥1,500 < ¥2,660');
    expect(await page.getByTestId('pf-legal-minimum').textContent()).toContain('杭州 ¥2,660(2026-01 起施行)');
    // probation 2700 was fine; typed 1500 it is below the minimum, and below 80 % of the new lowest base? 0.8 × 1500 = 1200: no
    await setField(page, 'pf-probation-pay', '1100');
    const probation = await page.locator('[data-testid=pf-probation-pay-legal]').allTextContents();
    expect(probation).toEqual(['试用期工资低于杭州最低工资:¥1,100 < ¥2,660', '低于最低一档底薪的 80%:¥1,100 < ¥1,200(劳动合同法第 20 条)']);
    expect(await page.getByTestId('pf-legal-probation-rule').textContent()).toBe('试用期工资不得低于最低一档底薪的 80%(¥1,200),也不得低于杭州最低工资 ¥2,660');
    // the card no longer claims to be the unchanged preset, and lists the new base
    expect(await c.getByTestId('policy-origin').textContent()).toBe('基于「谨慎店主:合法的混合方案」· 已修改');
    expect(await c.getByTestId('policy-gist').textContent()).toContain('底薪 ¥1,500–¥3,600');
    // once the re-run is in, the edited variant is no longer lawful
    await expect.poll(async () => c.getByTestId('lawful-badge').getAttribute('data-lawful'), { timeout: 60_000 }).toBe('false');
    await page.getByTestId('policy-form').screenshot({ path: `${SHOTS}/verdict-editor-zh.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
