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

/** The message in `lang` without a leading "<path>:" when the template already starts with the place. */
export function problemMessage(p: Problem, lang: Lang): string {
  const m = t(lang, p.key, p.params);
  if (p.path === '') return m;
  for (const sep of [':', ':']) if (m.startsWith(p.path + sep)) return m.slice(p.path.length + 1).trimStart();
  return m;
}

/**
 * Where a problem is, said in `lang`: a records file's "row 3, column 询单人数" becomes
 * "第 3 行「询单人数」列" in Chinese; a text position "1:32" is "第 1 行第 32 列" / "line 1, column 32";
 * a JSON path ("$.commission.rate") reads the same in both.
 */
export function problemPlace(path: string, lang: Lang): string {
  const lc = /^(\d+):(\d+)$/.exec(path);
  if (lc) return lang === 'zh' ? `第 ${lc[1]} 行第 ${lc[2]} 列` : `line ${lc[1]}, column ${lc[2]}`;
  if (lang === 'en') return path;
  const m = /^row (\d+)(?:, column (.+))?$/.exec(path);
  if (!m) return path;
  return m[2] === undefined ? `第 ${m[1]} 行` : `第 ${m[1]} 行「${m[2]}」列`;
}

/** One problem in one language, as the workbench shows it: `<place>: <message>`. */
export function problemLine(p: Problem, lang: Lang): string {
  const text = problemMessage(p, lang);
  // a message that names its own line and column (JSON syntax) is not prefixed with them again
  const placed = p.path === '' || (/^\d+:\d+$/.test(p.path) && p.params.line !== undefined);
  return placed ? text : `${problemPlace(p.path, lang)}${lang === 'zh' ? ':' : ': '}${text}`;
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
