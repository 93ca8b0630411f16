/**
 * The Paylab command line (`npm run paylab -- <command> …`, or `npx paylab` via bin/paylab.mjs).
 * Dispatch is the small table COMMANDS: a command name → a module with `run(args)` returning the
 * exit code (0 ok, 1 bad input, 2 usage). Add a command by adding one line.
 */
import { pathToFileURL } from 'node:url';
import { problem } from '../i18n/problem';
import { EXIT_USAGE, UsageError, reportError, usageText } from './report';

export interface Command {
  run(args: string[]): Promise<number>;
}

/** Command name → its module, loaded on use. */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: () => import('./validate'),
  pay: () => import('./pay'),
  generate: () => import('./generate'),
  simulate: () => import('./simulate'),
  document: () => import('./document'),
  sensitivity: () => import('./sensitivity'),
  calibrate: () => import('./calibrate'),
  import: () => import('./import'),
};

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? process.stderr : process.stdout).write(usageText() + '\n');
    return name === undefined ? EXIT_USAGE : 0;
  }
  try {
    const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) throw new UsageError(problem('', 'cli.unknownCommand', { command: name }));
    return await (await load()).run(args);
  } catch (e) {
    return reportError('', e);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.exitCode = reportError('', e);
    },
  );
}
