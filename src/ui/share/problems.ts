/**
 * Problems in input (a link, a rules file, a scenario file, a records file) as the share components
 * show them: always in Chinese and English, with where the problem is — the JSON path, or the row
 * and column — in front unless the message already starts with it (as the CLI prints them).
 */
import { t } from '../../i18n/format';
import type { Problem } from '../../i18n/problem';

function message(p: Problem, lang: 'zh' | 'en'): string {
  const m = t(lang, p.key, p.params);
  if (p.path === '') return m;
  for (const sep of [':', ':']) if (m.startsWith(p.path + sep)) return m.slice(p.path.length + 1).trimStart();
  return m;
}

/** `<path>: <中文> / <English>`, or the two messages alone for a problem of the whole input. */
export function problemLine(p: Problem): string {
  const text = `${message(p, 'zh')} / ${message(p, 'en')}`;
  return p.path === '' ? text : `${p.path}: ${text}`;
}

/** At most `max` lines, and a count of the rest. */
export function problemLines(problems: readonly Problem[], max = 30): { lines: string[]; more: number } {
  return { lines: problems.slice(0, max).map(problemLine), more: Math.max(0, problems.length - max) };
}
