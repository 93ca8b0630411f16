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
    super(problems.map(describeBoth).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}
