/**
 * How the command line reports trouble: one line per problem on stderr,
 * `<file>: <path>: <中文> / <English>`, and an exit code (1 bad input, 2 usage). Never a stack trace.
 */
import { t } from '../i18n/format';
import { InputError, problem, type Problem } from '../i18n/problem';
import { failureTextBoth, inputErrorTextBoth, problemMessage } from '../i18n/problemText';
import { SimError } from '../sim/pool';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** Wrong use of the command line (unknown command or flag, missing argument): exit 2 with usage. */
export class UsageError extends Error {
  readonly problem: Problem;
  constructor(p: Problem) {
    super(p.key);
    this.name = 'UsageError';
    this.problem = p;
  }
}

/** One problem as a CLI line: `<file>: <path>: <中文> / <English>` (both languages: a terminal has no toggle). */
export function fileProblemLine(file: string, p: Problem): string {
  const where = [file, p.path].filter((s) => s !== '').join(': ');
  const text = `${problemMessage(p, 'zh')} / ${problemMessage(p, 'en')}`;
  return where === '' ? text : `${where}: ${text}`;
}

export function printProblems(file: string, problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(fileProblemLine(file, p) + '\n');
}

/** Report any error about `file` and return its exit code: InputError → its problems, else a generic line. */
export function reportError(file: string, err: unknown): number {
  if (err instanceof UsageError) {
    printProblems('', [err.problem]);
    process.stderr.write(usageText() + '\n');
    return EXIT_USAGE;
  }
  if (err instanceof InputError) {
    printProblems(file, err.problems);
    return EXIT_INPUT;
  }
  const detail = err instanceof Error ? `${err.name}: ${errorTextBoth(err)}` : String(err);
  printProblems(file, [problem('', 'cli.unexpected', { detail })]);
  return EXIT_INPUT;
}

/**
 * An error's text in both languages, as the command line prints it: a run's failure (SimError) by its
 * message key and, for a bad scenario, its problems; an InputError by its problems; else its message.
 */
export function errorTextBoth(e: unknown): string {
  return e instanceof SimError ? failureTextBoth(e) : inputErrorTextBoth(e);
}

/** Usage in both languages. */
export function usageText(): string {
  const both = (key: string) => `${t('zh', key)}\n\n${t('en', key)}`;
  return ['cli.usage', 'scenario.generate.usage', 'sim.usage', 'sens.usage', 'cli.usage.document', 'import.cli.usage', 'calibrate.cli.usage'].map(both).join('\n\n');
}
