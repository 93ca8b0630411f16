/**
 * `paylab validate <rules.json>`: parse and check a rules file (src/policy/parse.ts) and say
 * "OK: <name>", or print every problem with its JSON path and exit 1.
 */
import { parsePolicy } from '../policy/parse';
import { capProblems, problem } from '../i18n/problem';
import { checkExamples } from '../formats/policyExamples';
import { bilingual } from '../i18n/format';
import { parseArgs } from './args';
import { readUtf8File } from './files';
import { EXIT_INPUT, EXIT_OK, UsageError, printProblems, reportError } from './report';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, []);
  if (parsed.positionals.length !== 1) {
    throw new UsageError(problem('', parsed.positionals.length === 0 ? 'cli.missingArgument' : 'cli.tooManyArguments', { what: '<rules.json>' }));
  }
  const file = parsed.positionals[0]!;
  try {
    const doc = parsePolicy(readUtf8File(file));
    const problems = checkExamples(doc);
    if (problems.length > 0) {
      printProblems(file, capProblems(problems));
      return EXIT_INPUT;
    }
    process.stdout.write(`OK: ${doc.name}\n`);
    const count = doc.examples?.length ?? 0;
    if (count > 0) process.stdout.write(bilingual('cli.examplesChecked', { count }) + '\n');
    return EXIT_OK;
  } catch (e) {
    return reportError(file, e);
  }
}
