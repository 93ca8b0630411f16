/**
 * Autosave of the workspace in the browser (a reload loses nothing): the scenario as
 * the workbench holds it (drafts included) and the language, in localStorage under AUTOSAVE_KEY.
 * Reading is lenient about variants (a bad one comes back as its draft) and strict about the rest:
 * anything unreadable is dropped rather than breaking the page. A full storage is reported, not thrown.
 */
import type { Lang } from '../../i18n/format';
import type { Problem } from '../../i18n/problem';
import type { Scenario } from '../../sim/scenario';
import { readWorkspace } from '../../formats/workspace';

export const AUTOSAVE_KEY = 'paylab.workspace';
export const AUTOSAVE_FORMAT = 'paylab.workspace/1';

interface Saved {
  format: typeof AUTOSAVE_FORMAT;
  lang: Lang;
  scenario: unknown;
}

export type Restored = { scenario: Scenario; lang: Lang; warnings: Problem[] };

/** The saved workspace, or null when there is none or it cannot be used (then it is removed). */
export function readAutosave(storage: Storage | undefined): Restored | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const saved = JSON.parse(text) as Partial<Saved>;
    if (saved?.format !== AUTOSAVE_FORMAT) throw new Error('format');
    const r = readWorkspace(saved.scenario);
    if (!r.ok) throw new Error('scenario');
    return { scenario: r.scenario, lang: saved.lang === 'en' ? 'en' : 'zh', warnings: r.warnings };
  } catch {
    try {
      storage.removeItem(AUTOSAVE_KEY);
    } catch {
      // storage unavailable: nothing to clean
    }
    return null;
  }
}

/** Save; false when the browser refuses (storage full or disabled). */
export function writeAutosave(storage: Storage | undefined, scenario: Scenario, lang: Lang): boolean {
  if (!storage) return false;
  try {
    const saved: Saved = { format: AUTOSAVE_FORMAT, lang, scenario };
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

export function clearAutosave(storage: Storage | undefined): void {
  try {
    storage?.removeItem(AUTOSAVE_KEY);
  } catch {
    // nothing to do
  }
}
