/**
 * A problem found in user input (a rules file, a records file, a scenario, a share link): where it
 * is and what is wrong, as a message key with parameters so the UI and CLI can say it in Chinese and
 * English. `path` is a JSON path ("$.commission.rate"), or "file:line:column" style for CSV
 * ("row 3, column 询单人数").
 *
 * Problems stay structured until someone shows them: this module holds no message text (so the
 * parsers, the scenario and the policy compiler, which every worker script carries, do not carry the
 * message tables); the side that shows a problem makes its text, in its own language
 * (problemText.ts: the page in the UI's language, the command line in both).
 */
import type { Params } from './format';

export interface Problem {
  path: string;
  key: string;
  params: Params;
}

export function problem(path: string, key: string, params: Params = {}): Problem {
  return { path, key, params: { path, ...params } };
}

/**
 * How many problems one input reports in full. A hostile file can hold a million mistakes; the
 * owner needs the first few, and a count of the rest, in bounded time and memory.
 */
export const MAX_PROBLEMS = 20;

/** The closing line of a capped list: "and {count} more problems". */
export function moreProblems(count: number): Problem {
  return problem('', 'limits.moreProblems', { count });
}

/** The first MAX_PROBLEMS problems and one closing line counting the rest (earlier closing lines are added in). */
export function capProblems(problems: readonly Problem[]): Problem[] {
  const kept: Problem[] = [];
  let more = 0;
  for (const p of problems) {
    if (p.key === 'limits.moreProblems') more += Number(p.params.count);
    else if (kept.length < MAX_PROBLEMS) kept.push(p);
    else more++;
  }
  if (more > 0) kept.push(moreProblems(more));
  return kept;
}

/**
 * An error as problems to show: an InputError's own (or its data's), else one problem under `key`
 * (a message taking {detail}) carrying the error's message.
 */
export function asProblems(e: unknown, key: string): Problem[] {
  return problemsOf(e) ?? [problem('', key, { detail: e instanceof Error ? e.message : String(e) })];
}

/** Problems' places and keys, one a line: what a log (never an owner) reads of them. */
export function problemKeys(problems: readonly Problem[]): string {
  return problems.map((p) => (p.path === '' ? p.key : `${p.path}: ${p.key}`)).join('\n');
}

/**
 * Thrown by parsers; carries every problem found (at least one, capped). Never shown as a stack
 * trace, nor by its `message`: that only names the problems' places and keys, for a log; whoever
 * shows the error says its problems (problemText.ts `inputErrorText`, `inputErrorTextBoth`).
 */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const capped = capProblems(problems);
    super(problemKeys(capped));
    this.name = 'InputError';
    this.problems = capped;
  }

  /** The form in which it crosses a worker boundary (comlink keeps only an Error's name and message). */
  toData(): InputErrorData {
    return { name: 'InputError', problems: this.problems };
  }
}

/** An InputError as plain data (structured-cloneable), thrown across a worker boundary. */
export interface InputErrorData {
  name: 'InputError';
  problems: Problem[];
}

/** The problems of an InputError, or of one that crossed a worker as InputErrorData; null for anything else. */
export function problemsOf(e: unknown): Problem[] | null {
  if (e instanceof InputError) return e.problems;
  if (typeof e !== 'object' || e === null) return null;
  const d = e as Partial<InputErrorData>;
  return d.name === 'InputError' && Array.isArray(d.problems) ? d.problems : null;
}
