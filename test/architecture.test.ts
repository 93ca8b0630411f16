/**
 * The house has one direction of flow and pure layers (docs/architecture.md). The checker
 * (test/architecture/importRules.ts) reads the real import graph; here it must find nothing in the
 * repository, and in a temporary copy with violations planted it must find exactly those.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findViolations, type Violation } from './architecture/importRules';

const root = resolve(__dirname, '..');

describe('architecture', () => {
  it('the repository breaks no rule', () => {
    expect(findViolations(root)).toEqual([]);
  });

  describe('a copy with planted violations', () => {
    const copy = mkdtempSync(join(tmpdir(), 'paylab-arch-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
    cpSync(join(root, 'workers'), join(copy, 'workers'), { recursive: true });

    /** path in the copy → its text and the rule the checker must report for it. */
    const planted: [string, string, Violation['rule']][] = [
      ['src/engine/plantUi.ts', "import { fmt } from '../ui/money';\nexport const x = fmt;", 'imports-ui'],
      ['src/engine/plantSim.ts', "import type { Scenario } from '../sim/scenario';\nexport type X = Scenario;", 'import'],
      ['src/engine/plantReexport.ts', "export * from '../sim/pool';", 'import'],
      ['src/policy/plantEngine.ts', "import { payMonth } from '../engine/pay';\nexport const x = payMonth;", 'import'],
      ['src/behaviour/plantSim.ts', "export { runReplication } from '../sim/replication';", 'import'],
      ['src/sim/plantFormats.ts', "import { parseRecords } from '../formats/records';\nexport const x = parseRecords;", 'import'],
      ['src/sim/plantDynamicUi.ts', "export const load = () => import('../ui/App.svelte');", 'imports-ui'],
      ['src/formats/plantRunner.ts', "import { runReplication } from '../sim/replication';\nexport const x = runReplication;", 'import'],
      ['src/formats/plantBehaviour.ts', "import type { Shop } from '../behaviour/types';\nexport type X = Shop;", 'import'],
      ['src/formats/plantTypeofImport.ts', "export type X = typeof import('../ui/headline');", 'imports-ui'],
      ['src/cli/plantUi.ts', "import { headline } from '../ui/headline';\nexport const x = headline;", 'imports-ui'],
      ['src/ui/plantNodeAdapter.ts', "import { nodeWorkerPool } from '../sim/nodeWorkers';\nexport const x = nodeWorkerPool;", 'node-adapter'],
      ['workers/plantEngine.ts', "import { payMonth } from '../src/engine/pay';\nexport const x = payMonth;", 'import'],
      ['src/sim/plantWorkerUrl.ts', "export const u = new URL('../../workers/sim.worker.ts', import.meta.url);", 'import'],
      ['src/behaviour/plantRandom.ts', 'export const r = () => Math.random();', 'random'],
      ['src/sim/plantNewDate.ts', 'export const now = () => new Date();', 'clock'],
      ['src/engine/plantDateNow.ts', 'export const now = () => Date.now();', 'clock'],
      ['src/engine/plantPerformance.ts', 'export const now = () => performance.now();', 'clock'],
      ['src/sim/plantCrypto.ts', 'export const r = () => crypto.getRandomValues(new Uint32Array(1));', 'random'],
      ['src/sim/plantGlobalCrypto.ts', 'export const id = () => globalThis.crypto.randomUUID();', 'random'],
      ['src/policy/plantNodeCrypto.ts', "import { randomUUID } from 'node:crypto';\nexport const id = randomUUID;", 'node'],
      ['src/behaviour/plantFaker.ts', "import { faker } from '@faker-js/faker';\nexport const n = () => faker.person.fullName();", 'faker'],
      ['src/engine/plantProcess.ts', "export const debug = process.env['DEBUG'];", 'node'],
      ['src/formats/plantBuffer.ts', "export const b64 = (s: string) => Buffer.from(s).toString('base64');", 'node'],
      ['src/formats/plantDocument.ts', "export const title = () => document.title;", 'dom'],
      ['src/engine/plantD3.ts', "import { sum } from 'd3';\nexport const x = sum;", 'package'],
    ];
    for (const [path, text] of planted) writeFileSync(join(copy, path), `/** planted */\n${text}\n`);
    // One more inside an existing pure module and one inside a component's script block.
    const pay = join(copy, 'src/engine/pay.ts');
    writeFileSync(pay, readFileSync(pay, 'utf8') + '\nexport const plantedNoise = () => Math.random();\n');
    const app = join(copy, 'src/ui/App.svelte');
    const appText = readFileSync(app, 'utf8');
    const appLine = appText.slice(0, appText.indexOf('<script lang="ts">')).split('\n').length + 1;
    writeFileSync(app, appText.replace('<script lang="ts">', "<script lang=\"ts\">\n  import { main as plantedCli } from '../cli/main';"));
    const found = findViolations(copy);

    it.each(planted)('%s is caught', (path, _text, rule) => {
      expect(found.filter((v) => v.file === path).map((v) => v.rule)).toEqual([rule]);
    });
    it('a line added to an existing module is caught', () => {
      expect(found.filter((v) => v.file === 'src/engine/pay.ts').map((v) => v.rule)).toEqual(['random']);
    });
    it('an import added to a component is caught', () => {
      expect(found.filter((v) => v.file === 'src/ui/App.svelte').map((v) => [v.rule, v.line])).toEqual([['import', appLine]]);
    });
    it('nothing else is reported', () => {
      const expected = new Set([...planted.map((p) => p[0]), 'src/engine/pay.ts', 'src/ui/App.svelte']);
      expect(found.filter((v) => !expected.has(v.file))).toEqual([]);
    });
  });

  it('words in comments and strings are not uses', () => {
    const copy = mkdtempSync(join(tmpdir(), 'paylab-arch-'));
    try {
      writeFileSync(join(copy, 'x'), '');
      cpSync(join(root, 'src/i18n'), join(copy, 'src/i18n'), { recursive: true });
      writeFileSync(
        join(copy, 'src/i18n/plantWords.ts'),
        "// Math.random and new Date() and process.env are not used here\nexport const s = 'Date.now() crypto document';\nexport const o = { process: 1, document: 2 };\n",
      );
      expect(findViolations(copy)).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
