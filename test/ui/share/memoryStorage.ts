/** A Storage stand-in for the autosave and workspace-history tests: a Map, and a storage that can be full. */
export class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  /** Every setItem refuses (a full storage). */
  full = false;
  /** setItem refuses values longer than this. */
  quota = Infinity;
  get length() {
    return this.m.size;
  }
  clear() {
    this.m.clear();
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.full || v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.m.set(k, v);
  }
}
