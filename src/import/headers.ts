/**
 * Export header text → lookup form. Header spellings drift between shops and years
 * (docs/real-data.md §Headers): full-width and half-width brackets are mixed in one header
 * (`首次响应时长（秒)`), some exports prefix or suffix 「延」 to figures reported late
 * (`延询单人数`, `询单人数延`), a 赤兔 layout suffixes 「修」, and arrows are written `->` or `→`.
 * All of these name the same column.
 */

/** Keys already computed: the same few dozen header texts are looked up for every row searched (bounded). */
const keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 10_000;

export function exportHeaderKey(header: string): string {
  const hit = keyCache.get(header);
  if (hit !== undefined) return hit;
  const k = headerKey(header);
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
  keyCache.set(header, k);
  return k;
}

function headerKey(header: string): string {
  let s = header.normalize('NFKC').replace(/\s+/g, '').replace(/[→⇒＞>]/g, '>').replace(/-+>/g, '>').replace(/>/g, '->').toLowerCase();
  if (s.length > 2 && s.startsWith('延') && !s.startsWith('延时') && !s.startsWith('延迟')) s = s.slice(1);
  if (s.length > 2 && (s.endsWith('延') || s.endsWith('修'))) s = s.slice(0, -1);
  return s;
}

/** A header's target and its rank among the target's aliases (0 = the preferred spelling). */
export interface Aliased<T> {
  target: T;
  rank: number;
}

/** Alias lists → a lookup from header key to the alias's target; the first list naming a key wins. */
export function aliasTable<T>(entries: readonly (readonly [T, readonly string[]])[]): Map<string, Aliased<T>> {
  const m = new Map<string, Aliased<T>>();
  for (const [target, names] of entries) {
    names.forEach((n, rank) => {
      const k = exportHeaderKey(n);
      if (!m.has(k)) m.set(k, { target, rank });
    });
  }
  return m;
}
