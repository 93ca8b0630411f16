/**
 * Render a payslip line's note (a message key with preformatted numbers) in Chinese or English.
 * List parameters (factors, brackets) are sub-notes rendered in a row.
 */
import type { Note } from '../engine/payslip';
import { t, type Lang } from '../i18n/format';

const JOINERS: Record<string, string> = { brackets: '; ' };

export function renderNote(n: Note, lang: Lang): string {
  if (!n.key) return '';
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(n.params)) {
    params[k] = Array.isArray(v) ? v.map((sub) => renderNote(sub, lang)).join(JOINERS[k] ?? '') : v;
  }
  return t(lang, n.key, params);
}
