/** Recent workspaces (kept before a replacement): the list's limits, moving a repeat to the top, storage I/O with a Storage stand-in. */
import { describe, expect, it } from 'vitest';
import {
  HISTORY_FORMAT,
  HISTORY_KEY,
  HISTORY_MAX_ENTRIES,
  addEntry,
  entryChars,
  readHistory,
  removeEntry,
  writeHistory,
  type HistoryEntry,
} from '../../../src/ui/share/workspaceHistory';
import { defaultScenario, readWorkspace } from '../../../src/formats/workspace';
import { MemoryStorage } from './memoryStorage';

/** A workspace told apart by its seed. */
function entry(seed: number, savedAt = 1_780_000_000_000 + seed * 60_000): HistoryEntry {
  const s = defaultScenario();
  s.settings.seed = seed;
  s.name = `工作区 ${seed}`;
  return { savedAt, name: s.name, variants: s.variants.length, reason: 'link', lang: 'zh', scenario: s };
}

const seeds = (list: HistoryEntry[]) => list.map((e) => (e.scenario as { settings: { seed: number } }).settings.seed);

describe('recent workspaces: the list', () => {
  it('keeps the newest first and at most 10', () => {
    let list: HistoryEntry[] = [];
    for (let seed = 1; seed <= 13; seed++) list = addEntry(list, entry(seed));
    expect(HISTORY_MAX_ENTRIES).toBe(10);
    expect(seeds(list)).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4]);
  });

  it('moves a workspace kept again to the top instead of listing it twice', () => {
    let list = [entry(3), entry(2), entry(1)];
    const again = { ...entry(1, 1_790_000_000_000), reason: 'reset' as const };
    list = addEntry(list, again);
    expect(seeds(list)).toEqual([1, 3, 2]);
    expect(list[0]!.savedAt).toBe(1_790_000_000_000);
    expect(list[0]!.reason).toBe('reset');
  });

  it('drops the oldest beyond the size limit, and never keeps an entry larger than the limit', () => {
    const one = entryChars(entry(1));
    const limits = { entries: 10, chars: 3 * one + 10 };
    let list: HistoryEntry[] = [];
    for (let seed = 1; seed <= 5; seed++) list = addEntry(list, entry(seed), limits);
    expect(seeds(list)).toEqual([5, 4, 3]);
    const huge = entry(6);
    huge.name = 'x'.repeat(limits.chars);
    expect(seeds(addEntry(list, huge, limits))).toEqual([5, 4, 3]);
  });

  it('removes one entry', () => {
    expect(seeds(removeEntry([entry(3), entry(2), entry(1)], 1))).toEqual([3, 1]);
  });
});

describe('recent workspaces: storage', () => {
  it('writes and reads back the list; an entry restores to the workspace kept', () => {
    const st = new MemoryStorage();
    const list = [entry(2), entry(1)];
    expect(writeHistory(st, list)).toBe(2);
    const back = readHistory(st);
    expect(back).toEqual(list);
    const r = readWorkspace(back[1]!.scenario);
    expect(r.ok && r.scenario.settings.seed).toBe(1);
  });

  it('a full storage keeps as many of the newest entries as fit', () => {
    const st = new MemoryStorage();
    const list = [entry(3), entry(2), entry(1)];
    st.quota = JSON.stringify({ format: HISTORY_FORMAT, entries: list.slice(0, 2) }).length;
    expect(writeHistory(st, list)).toBe(2);
    expect(seeds(readHistory(st))).toEqual([3, 2]);
    st.quota = 10;
    expect(writeHistory(st, list)).toBe(0);
    expect(st.getItem(HISTORY_KEY)).toBeNull();
  });

  it('an unreadable list is empty; unreadable entries are left out', () => {
    const st = new MemoryStorage();
    st.setItem(HISTORY_KEY, '{not json');
    expect(readHistory(st)).toEqual([]);
    st.setItem(HISTORY_KEY, JSON.stringify({ format: 'paylab.history/9', entries: [entry(1)] }));
    expect(readHistory(st)).toEqual([]);
    const good = entry(1);
    st.setItem(HISTORY_KEY, JSON.stringify({ format: HISTORY_FORMAT, entries: [{ ...good, savedAt: 'yesterday' }, null, { ...good, reason: 'other' }, good] }));
    expect(readHistory(st)).toEqual([good]);
    expect(readHistory(undefined)).toEqual([]);
  });
});
