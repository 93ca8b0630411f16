/**
 * The text of problems (problem.ts), made by the side that shows them: the page says a problem in
 * the UI's language (`describe`, `problemLine`, `inputErrorText`), the command line in both, Chinese
 * then English (`describeBoth`, `inputErrorTextBoth`). The one home of how a problem, an InputError, or a
 * failure keyed by a message (a run's `sim.loadFailed` caused by the scenario's problems) reads.
 */
import { bilingual, t, type Lang } from './format';
import { problemsOf, type Problem } from './problem';

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

/**
 * A failure said by a message key taking `{message}` (`sim.loadFailed`: 模拟线程无法载入情景:{message}):
 * the problems that caused it, when it has them, else its detail.
 */
export interface KeyedFailure {
  key: string;
  message: string;
  problems?: readonly Problem[] | null;
}

/** A keyed failure in `lang`; its problems one a line. */
export function failureText(f: KeyedFailure, lang: Lang): string {
  return t(lang, f.key, { message: f.problems ? f.problems.map((p) => describe(p, lang)).join('\n') : f.message });
}

/** A keyed failure in both languages, as the command line prints it (its problems each in both). */
export function failureTextBoth(f: KeyedFailure): string {
  return bilingual(f.key, { message: f.problems ? f.problems.map(describeBoth).join('\n') : f.message });
}

/** An error's text in `lang`: an InputError's (or its data's) problems one a line, else its message. */
export function inputErrorText(e: unknown, lang: Lang): string {
  const problems = problemsOf(e);
  if (problems) return problems.map((p) => describe(p, lang)).join('\n');
  return e instanceof Error ? e.message : String(e);
}

/** An error's text in both languages: an InputError's problems one a line, each Chinese / English; else its message. */
export function inputErrorTextBoth(e: unknown): string {
  const problems = problemsOf(e);
  if (problems) return problems.map(describeBoth).join('\n');
  return e instanceof Error ? e.message : String(e);
}
