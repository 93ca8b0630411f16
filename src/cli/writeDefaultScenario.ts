/**
 * Writes scenarios/default.json: the default scenario of src/sim/scenarioDefaults.ts with the preset
 * rules files of scenarios/policies/ embedded (docs/scenario-file.md). Run from the repository root:
 *   npx tsx src/cli/writeDefaultScenario.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parsePolicy } from '../policy/parse';
import type { PolicyDoc } from '../policy/types';
import { buildDefaultScenario, DEFAULT_VARIANTS } from '../sim/scenarioDefaults';
import { writeScenario } from '../sim/scenarioParse';

export async function writeDefaultScenarioFile(root = '.'): Promise<void> {
  const docs: PolicyDoc[] = [];
  for (const v of DEFAULT_VARIANTS) docs.push(parsePolicy(await readFile(`${root}/scenarios/policies/${v.preset}`, 'utf8')));
  await writeFile(`${root}/scenarios/default.json`, writeScenario(buildDefaultScenario(docs)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await writeDefaultScenarioFile();
