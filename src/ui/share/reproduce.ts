/**
 * The command that reproduces the results shown, headless: `paylab simulate` on the
 * scenario file of exactly what ran (src/cli/simulate.ts), with its replications and seed spelled out.
 */
import type { Scenario } from '../../sim/scenario';

/** The file name the command refers to (the download of the scenario that ran). */
export const REPRODUCE_FILE = 'paylab-scenario.json';

export function reproduceCommand(scenario: Scenario, file = REPRODUCE_FILE): string {
  const quoted = /^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
  return `npm run paylab -- simulate --scenario ${quoted} --replications ${scenario.settings.replications} --seed ${scenario.settings.seed}`;
}
