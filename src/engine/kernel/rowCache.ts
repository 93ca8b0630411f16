/**
 * What an agent's id maps to across the months of a run (the ledger's carry-over state, the
 * collector's track of an agent), found without a Map lookup per agent-month: a month's records
 * list mostly the same agents as the month before and in the same order (the simulator's roster in
 * slot order), so each lookup tries the entry after the last one found in the previous month's
 * list, skipping up to SKIP agents who left, and reports a miss (the caller asks its Map) only for
 * a new agent or a reordered list. A hit returns the very value stored with that id, so the cache
 * never changes a result, only how fast it is found.
 */
const SKIP = 2;

export class RowCache<T> {
  private prevId: string[] = [];
  private prevValue: T[] = [];
  private prevN = 0;
  private curId: string[] = [];
  private curValue: T[] = [];
  private curN = 0;
  /** Where the next lookup starts in the previous month's list. */
  private j = 0;

  /** Start the next month: this month's list becomes the previous one. */
  nextMonth(): void {
    const id = this.prevId;
    const value = this.prevValue;
    this.prevId = this.curId;
    this.prevValue = this.curValue;
    this.prevN = this.curN;
    this.curId = id;
    this.curValue = value;
    this.curN = 0;
    this.j = 0;
  }

  /** Forget every month (a new run). */
  clear(): void {
    this.prevN = 0;
    this.curN = 0;
    this.j = 0;
  }

  /** The value stored with `id` near the lookup position of the previous month's list, or undefined. */
  find(id: string): T | undefined {
    const end = Math.min(this.j + SKIP + 1, this.prevN);
    for (let k = this.j; k < end; k++) {
      if (this.prevId[k] === id) {
        this.j = k + 1;
        return this.prevValue[k];
      }
    }
    return undefined;
  }

  /** Append the value of this month's next agent. */
  add(id: string, value: T): void {
    this.curId[this.curN] = id;
    this.curValue[this.curN] = value;
    this.curN++;
  }
}
