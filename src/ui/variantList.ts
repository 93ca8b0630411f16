/**
 * List operations on the variants compared (add, duplicate, rename, delete, reorder,
 * choose the baseline). Pure and generic over the entry type so the reactive workbench and the
 * tests share them. Invariants kept: names unique (the scenario file requires it, docs/scenario-file.md),
 * exactly one baseline while the list is not empty.
 */

export interface Entry {
  id: string;
  name: string;
  baseline: boolean;
}

/** `name`, or `name (2)`, `name (3)`, … — the first not in `taken`. */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = name.trim() || '?';
  if (!taken.includes(base)) return base;
  const stem = base.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** Move the entry at `from` to index `to` (clamped); returns a new list. */
export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(out.length, to)), 0, item!);
  return out;
}

/** Make `id` the only baseline (mutates the entries' flags). */
export function markBaseline(list: readonly Entry[], id: string): void {
  if (!list.some((e) => e.id === id)) return;
  for (const e of list) e.baseline = e.id === id;
}

/** Remove `id`; if it was the baseline, the first remaining entry becomes the baseline. Returns a new list. */
export function removeEntry<T extends Entry>(list: readonly T[], id: string): T[] {
  const gone = list.find((e) => e.id === id);
  const out = list.filter((e) => e.id !== id);
  if (gone?.baseline && out.length > 0 && !out.some((e) => e.baseline)) out[0]!.baseline = true;
  return out;
}

/** Keep exactly one baseline: the first marked one, or the first entry when none is marked. */
export function normalizeBaseline(list: readonly Entry[]): void {
  const first = list.findIndex((e) => e.baseline);
  list.forEach((e, i) => (e.baseline = i === (first < 0 ? 0 : first)));
}

/** A rename is accepted when the new name is not empty, at most 60 characters and not another entry's. */
export function renameProblem(list: readonly Entry[], id: string, name: string): 'empty' | 'tooLong' | 'taken' | null {
  const n = name.trim();
  if (n === '') return 'empty';
  if ([...n].length > 60) return 'tooLong';
  if (list.some((e) => e.id !== id && e.name === n)) return 'taken';
  return null;
}
