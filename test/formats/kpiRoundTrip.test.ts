/**
 * Every KPI field survives the ways a policy and its records travel: the share link (workspace →
 * link → workspace), the rules-file export → `paylab validate` (which re-pays the worked examples,
 * generated records with their service metrics) → import, and generated records with service
 * metrics → records CSV (zh and en headers) / JSON → records. Policies: the seed 004 and KPI-shop
 * presets, and one that uses every other form of each KPI field (atMost gates with a partial factor,
 * no per-review amount, stepped lower-is-better parts, per-agent targets only with a rate payout and
 * no cap, a lower-is-better rank, a score-scaled conversion commission).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeShareLink } from '../../src/formats/shareLink';
import { defaultScenario, openWorkspaceLink } from '../../src/formats/workspace';
import { exportRulesFile, importRulesFile } from '../../src/formats/rulesFile';
import { loadRecords, writeRecordsCsv, writeRecordsJson } from '../../src/formats/records';
import { parsePolicy } from '../../src/policy/parse';
import type { PolicyDoc } from '../../src/policy/types';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import type { Scenario } from '../../src/sim/scenario';
import { describeBoth } from '../../src/i18n/problemText';
import { presetText } from '../policy/helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'paylab-kpi-'));
const enc = (s: string) => new TextEncoder().encode(s);

const preset = (name: string): PolicyDoc => parsePolicy(presetText(name));

/** The KPI-shop preset with every other form of each KPI field, and a conversion commission. */
function everyForm(): PolicyDoc {
  const p = preset('kpi-shop');
  p.name = 'every KPI form';
  p.commission = {
    type: 'conversion',
    applyScore: true,
    brackets: [
      { from: '0', rate: '0.001' },
      { from: '0.425', rate: '0.0045' },
    ],
  };
  p.kpi = {
    gates: [
      { metric: 'avgResponseSec', direction: 'atMost', threshold: '45.5', factor: '0.5', lines: ['commission', 'afterSales'] },
      { metric: 'onlineHours', direction: 'atLeast', threshold: '120', factor: '0', lines: ['performancePay', 'targetBonus', 'rankBonus'] },
    ],
    afterSales: {
      perReversed: null,
      goodReview: [{ bound: '0.98', amount: '150.00' }],
      returnRate: [
        { bound: '0.45', amount: '50.00' },
        { bound: '0.35', amount: '120.00' },
      ],
    },
    composite: [
      {
        metric: 'firstResponseSec',
        weight: '40',
        scoring: {
          type: 'steps',
          better: 'lower',
          steps: [
            { bound: '10', points: '100' },
            { bound: '20', points: '70' },
          ],
        },
      },
      { metric: 'satisfactionRate', weight: '35.5', scoring: { type: 'steps', better: 'higher', steps: [{ bound: '0.9', points: '80' }] } },
      { metric: 'returnRate', weight: '24.5', scoring: { type: 'linear', worst: '0.5', best: '0.3' } },
    ],
    target: { byLevel: null, payout: [{ from: '0.8', rate: '0.005' }, { from: '1', amount: '500.00' }], cap: null },
    rank: { metric: 'avgResponseSec', better: 'lower', amounts: ['300.00', '200.00'] },
  };
  return p;
}

const POLICIES: [string, () => PolicyDoc][] = [
  ['seed004', () => preset('seed004')],
  ['kpi-shop', () => preset('kpi-shop')],
  ['every KPI form', everyForm],
];

function withKpiVariants(): Scenario {
  const s = defaultScenario();
  for (const [name, make] of POLICIES) s.variants.push({ name, baseline: false, policy: make() });
  return s;
}

describe('share link', () => {
  it('a workspace with the KPI presets and every KPI form opens equal', async () => {
    const s = withKpiVariants();
    const link = await encodeShareLink(s);
    const opened = await openWorkspaceLink(`#${link}`);
    if (!opened.ok) throw new Error(opened.problems.map(describeBoth).join('\n'));
    expect(opened.scenario).toEqual(s);
    // the KPI section and the conversion brackets are really in the link's scenario
    const every = opened.scenario.variants.find((v) => v.name === 'every KPI form')!.policy;
    expect(every.kpi?.gates[0]).toEqual({ metric: 'avgResponseSec', direction: 'atMost', threshold: '45.5', factor: '0.5', lines: ['commission', 'afterSales'] });
    expect(every.commission).toEqual(everyForm().commission);
  });
});

describe('rules-file export → paylab validate → import', () => {
  it.each(POLICIES)('%s', (_name, make) => {
    const doc = make();
    const text = exportRulesFile(doc);
    // the worked examples carry generated records with their service metrics
    expect(text).toContain('"replyRate"');
    expect(text).toContain('"avgResponseSec"');
    // … and reach the pay: an after-sales incentive paid on the generated good-review and return rates
    if (doc.kpi?.afterSales) expect(text).toMatch(/"afterSalesBonus": "[1-9]/);
    const file = join(TMP, `${doc.name.replace(/\W+/g, '_')}.policy.json`);
    writeFileSync(file, text);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'validate', file], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`OK: ${doc.name}\n已按本版引擎重新核对 1 个示例,全部一致 / re-checked 1 worked examples against this engine: all match\n`);
    expect(r.status).toBe(0);
    const imported = importRulesFile(enc(text));
    if (!imported.ok) throw new Error(imported.problems.map(describeBoth).join('\n'));
    const { examples, ...policy } = imported.doc;
    expect(policy).toEqual(doc);
    expect(examples).toHaveLength(1);
    expect(exportRulesFile(imported.doc)).toBe(text);
  });
});

describe('generated records with service metrics', () => {
  const s = withKpiVariants();
  const records = scenarioRecords({ ...s, settings: { ...s.settings, months: 3 } }, { variant: s.variants.length - 1, replication: 0 });

  it('hold all seven metrics', () => {
    const worked = records.filter((r) => r.daysWorked > 0);
    expect(worked.length).toBeGreaterThan(60);
    for (const r of worked) {
      for (const k of ['onlineHours', 'replyRateBp', 'avgResponseSec', 'firstResponseSec', 'satisfactionRateBp', 'goodReviewRateBp', 'returnRateBp'] as const) {
        expect(r[k], `${r.agentId} ${r.month} ${k}`).toBeTypeOf('number');
      }
    }
  });

  it.each(['zh', 'en'] as const)('records CSV with %s headers → records: equal', (lang) => {
    const back = loadRecords(enc(writeRecordsCsv(records, lang)), 'months.csv');
    expect(back).toEqual(records);
  });

  it('records JSON → records: equal', () => {
    const back = loadRecords(enc(writeRecordsJson(records)), 'months.json');
    expect(back).toEqual(records);
  });
});
