/**
 * Problems in input (a link, a rules file, a scenario file, a records file) as the share components
 * show them: in the workbench's language only, with where the problem is — the JSON path, or the row
 * and column said in that language — in front (src/i18n/problem.ts, `problemLine`).
 */
import type { Lang } from '../../i18n/format';
import { type Problem } from '../../i18n/problem';
import { problemLine } from '../../i18n/problemText';

/** At most `max` lines in `lang`, and a count of the rest. */
export function problemLines(problems: readonly Problem[], lang: Lang, max = 30): { lines: string[]; more: number } {
  return { lines: problems.slice(0, max).map((p) => problemLine(p, lang)), more: Math.max(0, problems.length - max) };
}
