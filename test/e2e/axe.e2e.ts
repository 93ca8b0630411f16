/**
 * Accessibility: axe-core (node_modules/axe-core/axe.min.js, injected into the page) finds no
 * violation on the main views in Chinese and English — the workbench with its cards and charts, the
 * variant editor, the agent drill-down with a payslip, the real-months tab with paid records, the
 * 制度 document and the other dialogs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, runComplete, setField } from './browser';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
let dir: string;
let records: string;
beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'paylab-axe-'));
  records = join(dir, 'records.csv');
  const r = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'generate', '--scenario', 'scenarios/default.json', '--months', '2', '--out', records], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`paylab generate failed: ${r.stderr}`);
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** axe's violations on the page as it is now (all of the page, or one part of it). */
async function violations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(async (sel) => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } };
    const r = await w.axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, include ?? null)) as Violation[];
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}`));
}

async function setLang(page: Page, lang: 'zh' | 'en'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).click();
}

describe('axe-core finds no violation', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`on the workbench, editor, drill-down, charts and dialogs (${lang})`, async () => {
      const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
      await setLang(page, lang);
      await page.waitForSelector('[data-testid=variant-card]');
      await setField(page, 'field-settings-replications', '4');
      await runComplete(page, { replications: 4, timeout: 240_000 });
      await page.waitForSelector('[data-testid=agent-row]', { timeout: 120_000 });
      const found: Record<string, string[]> = {};
      found.workbench = await violations(page);
      // a menu open, an agent picked (its payslips), the editor open
      await page.getByTestId('variant-more').first().click();
      found.menu = await violations(page, '[data-testid=variants]');
      await page.keyboard.press('Escape');
      await page.getByTestId('agent-row').first().click();
      await page.waitForSelector('[data-testid=payslip]');
      found.drill = await violations(page, '[data-testid=drill]');
      await page.getByTestId('variant-edit').first().click();
      found.editor = await violations(page, '#side-panel');
      await page.getByTestId('side-tab-scenario').click();
      found.scenario = await violations(page, '#side-panel');
      // each dialog of the toolbar
      for (const [button, dialog] of [
        ['share-link', 'share-dialog'],
        ['rules-file', 'rules-dialog'],
        ['policy-doc', 'doc-dialog'],
        ['reproduce-open', 'reproduce-dialog'],
        ['recent-open', 'recent-dialog'],
      ] as const) {
        await page.getByTestId(button).click();
        await page.waitForSelector(`[data-testid=${dialog}][open]`);
        await page.waitForTimeout(300);
        found[dialog] = await violations(page, `[data-testid=${dialog}]`);
        await page.keyboard.press('Escape');
        await page.waitForSelector(`[data-testid=${dialog}]:not([open])`, { state: 'attached' });
      }
      expect(Object.entries(found).filter(([, list]) => list.length > 0)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 600_000);

    it(`on the real-months tab with paid records (${lang})`, async () => {
      const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
      await setLang(page, lang);
      await page.getByTestId('main-tab-real').click();
      await page.setInputFiles('[data-testid=real-input]', records);
      await page.waitForSelector('[data-testid=real-totals]', { timeout: 120_000 });
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 300_000);
  }
});
