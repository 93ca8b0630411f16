/**
 * A problem found in user input (a rules file, a records file, a scenario, a share link): where it
 * is and what is wrong, as a message key with parameters so the UI and CLI can say it in Chinese and
 * English. `path` is a JSON path ("$.commission.rate"), or "file:line:column" style for CSV
 * ("row 3, column 询单人数").
 */
import { bilingual, t, type Lang, type Params } from './format';

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

export function describe(p: Problem, lang: Lang): string {
  return t(lang, p.key, p.params);
}

/** One line, Chinese then English, as the CLI prints it. */
export function describeBoth(p: Problem): string {
  return bilingual(p.key, p.params);
}

/** Thrown by parsers; carries every problem found (at least one). Never shown as a stack trace. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const capped = capProblems(problems);
    super(capped.map(describeBoth).join('\n'));
    this.name = 'InputError';
    this.problems = capped;
  }
}
