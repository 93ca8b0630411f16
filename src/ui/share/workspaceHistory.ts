/**
 * Recent workspaces (docs/share-and-export.md "Recent workspaces"): before the workspace is replaced
 * — a share link or a scenario file opened, a reset, another workspace restored — the current one is
 * kept here, so no replacement loses work. A short list, newest first, in localStorage under
 * HISTORY_KEY: at most HISTORY_MAX_ENTRIES entries and HISTORY_MAX_CHARS characters of JSON in all
 * (the oldest go first), each with the time it was kept (milliseconds since 1970, given by the UI),
 * its name, its number of variants and why it was kept. Keeping a workspace equal to one already in
 * the list moves that entry to the top instead of adding a copy.
 *
 * Pure list operations (`addEntry`, `removeEntry`) and lenient storage I/O: an unreadable list or
 * entry is dropped, never thrown; a full storage keeps as many of the newest entries as fit.
 * Restoring an entry goes through the scenario reader (readWorkspace) like any opened file.
 */
import type { Lang } from '../../i18n/format';
import { jsonEqual } from '../../formats/jsonPatch';

export const HISTORY_KEY = 'paylab.history';
export const HISTORY_FORMAT = 'paylab.history/1';
export const HISTORY_MAX_ENTRIES = 10;
/** Characters of JSON for the whole list (localStorage holds about 5 M characters per site, shared with the autosave). */
export const HISTORY_MAX_CHARS = 2_000_000;

export type HistoryReason = 'link' | 'file' | 'reset' | 'restore';
const REASONS: readonly HistoryReason[] = ['link', 'file', 'reset', 'restore'];

export interface HistoryEntry {
  /** When it was kept: milliseconds since 1970-01-01 UTC. */
  savedAt: number;
  name: string;
  variants: number;
  reason: HistoryReason;
  lang: Lang;
  /** The workspace as a scenario file (drafts as they were; may hold invalid variants). */
  scenario: unknown;
}

export interface HistoryLimits {
  entries: number;
  chars: number;
}

const LIMITS: HistoryLimits = { entries: HISTORY_MAX_ENTRIES, chars: HISTORY_MAX_CHARS };

/** Characters an entry takes in the stored list. */
export function entryChars(e: HistoryEntry): number {
  return JSON.stringify(e).length + 1;
}

/**
 * The list with `entry` kept as the newest: an equal workspace already listed is moved up (with the
 * new time and reason), then the oldest entries beyond the count or the size limit are dropped. An
 * entry larger than the whole size limit by itself is not kept (the list is returned unchanged).
 */
export function addEntry(list: readonly HistoryEntry[], entry: HistoryEntry, limits: HistoryLimits = LIMITS): HistoryEntry[] {
  if (entryChars(entry) > limits.chars) return [...list];
  const out = [entry, ...list.filter((e) => !jsonEqual(e.scenario, entry.scenario))];
  let chars = 0;
  let keep = 0;
  while (keep < out.length && keep < limits.entries && chars + entryChars(out[keep]!) <= limits.chars) {
    chars += entryChars(out[keep]!);
    keep++;
  }
  return out.slice(0, keep);
}

/** The list without the entry at `index`. */
export function removeEntry(list: readonly HistoryEntry[], index: number): HistoryEntry[] {
  return list.filter((_, i) => i !== index);
}

/** One stored entry, checked field by field; null when it is not an entry. */
function readEntry(raw: unknown): HistoryEntry | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  if (typeof o.savedAt !== 'number' || !Number.isFinite(o.savedAt)) return null;
  if (typeof o.name !== 'string' || typeof o.variants !== 'number' || !Number.isInteger(o.variants)) return null;
  if (!REASONS.includes(o.reason as HistoryReason)) return null;
  if (typeof o.scenario !== 'object' || o.scenario === null) return null;
  return { savedAt: o.savedAt, name: o.name, variants: o.variants, reason: o.reason as HistoryReason, lang: o.lang === 'en' ? 'en' : 'zh', scenario: o.scenario };
}

/** The stored list (newest first), within the limits; empty when there is none or it cannot be read. */
export function readHistory(storage: Storage | undefined, limits: HistoryLimits = LIMITS): HistoryEntry[] {
  let text: string | null = null;
  try {
    text = storage?.getItem(HISTORY_KEY) ?? null;
  } catch {
    return [];
  }
  if (text === null || text.length > limits.chars + 1000) return [];
  try {
    const saved = JSON.parse(text) as { format?: unknown; entries?: unknown };
    if (saved?.format !== HISTORY_FORMAT || !Array.isArray(saved.entries)) return [];
    const entries = saved.entries.map(readEntry).filter((e): e is HistoryEntry => e !== null);
    return entries.slice(0, limits.entries);
  } catch {
    return [];
  }
}

/**
 * Store the list; when the browser refuses (storage full), the oldest entries are dropped until it
 * fits. Returns how many of the newest entries are stored (0 when none could be).
 */
export function writeHistory(storage: Storage | undefined, list: readonly HistoryEntry[]): number {
  if (!storage) return 0;
  for (let n = list.length; n >= 0; n--) {
    try {
      if (n === 0) storage.removeItem(HISTORY_KEY);
      else storage.setItem(HISTORY_KEY, JSON.stringify({ format: HISTORY_FORMAT, entries: list.slice(0, n) }));
      return n;
    } catch {
      // full: try with one entry fewer
    }
  }
  return 0;
}
