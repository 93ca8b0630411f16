/**
 * `paylab validate <rules.json>`: parse and check a rules file (src/policy/parse.ts) and say
 * "OK: <name>", or print every problem with its JSON path and exit 1.
 */
import type { PolicyDoc } from '../policy/types';
import { parsePolicy } from '../policy/parse';
import { problem, type Problem } from '../i18n/problem';
import { bilingual } from '../i18n/format';
import { parseArgs } from './args';
import { readUtf8File } from './files';
import { EXIT_INPUT, EXIT_OK, UsageError, printProblems, reportError } from './report';

/**
 * Hook: re-check the worked examples a rules file carries (`examples`, issue 7) against the engine.
 * Not implemented yet (a later task): it reports that nothing was checked rather than pretending
 * the examples pass.
 */
export function checkExamples(doc: PolicyDoc): { checked: false; count: number } | { checked: true; problems: Problem[] } {
  return { checked: false, count: doc.examples?.length ?? 0 };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, []);
  if (parsed.positionals.length !== 1) {
    throw new UsageError(problem('', parsed.positionals.length === 0 ? 'cli.missingArgument' : 'cli.tooManyArguments', { what: '<rules.json>' }));
  }
  const file = parsed.positionals[0]!;
  try {
    const doc = parsePolicy(readUtf8File(file));
    const examples = checkExamples(doc);
    if (examples.checked && examples.problems.length > 0) {
      printProblems(file, examples.problems);
      return EXIT_INPUT;
    }
    process.stdout.write(`OK: ${doc.name}\n`);
    if (!examples.checked && examples.count > 0) {
      process.stdout.write(bilingual('cli.examplesNotChecked', { count: examples.count }) + '\n');
    }
    return EXIT_OK;
  } catch (e) {
    return reportError(file, e);
  }
}
