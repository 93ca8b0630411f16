/**
 * A value following another one animation frame late (src/ui/frameLagged.svelte.ts: the follower
 * its effect drives), with a fake requestAnimationFrame standing in for the browser's: the value is
 * taken in the next frame (a change superseded before its frame is never shown), nothing is asked
 * for while following is not allowed or the value is already shown, and it catches up once allowed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FrameFollower } from '../../src/ui/frameLagged.svelte';

let queue = new Map<number, FrameRequestCallback>();
let nextId = 1;
const g = globalThis as unknown as { requestAnimationFrame?: unknown; cancelAnimationFrame?: unknown };

beforeEach(() => {
  queue = new Map();
  g.requestAnimationFrame = (cb: FrameRequestCallback) => {
    queue.set(nextId, cb);
    return nextId++;
  };
  g.cancelAnimationFrame = (id: number) => queue.delete(id);
});
afterEach(() => {
  delete g.requestAnimationFrame;
  delete g.cancelAnimationFrame;
});

/** Run the callbacks queued for the next frame. */
function frame(): void {
  const due = [...queue.values()];
  queue.clear();
  for (const cb of due) cb(0);
}

describe('a value one frame late', () => {
  it('takes the latest value in the next frame; holds while not allowed; asks for nothing when nothing changes', () => {
    let shown = 0;
    const taken: number[] = [];
    const f = new FrameFollower<number>(
      (v) => {
        shown = v;
        taken.push(v);
      },
      () => shown,
    );
    f.update(1, true);
    expect(shown).toBe(0);
    frame();
    expect(shown).toBe(1);

    // two changes before a frame: only the latest is taken, with one frame pending
    f.update(2, true);
    f.update(3, true);
    expect(queue.size).toBe(1);
    frame();
    expect(taken).toEqual([1, 3]);

    // the value already shown: no frame asked for
    f.update(3, true);
    expect(queue.size).toBe(0);

    // held: no frame, the value stays; allowed again: caught up in the next frame
    f.update(4, false);
    expect(queue.size).toBe(0);
    frame();
    expect(shown).toBe(3);
    f.update(4, true);
    frame();
    expect(shown).toBe(4);

    // a change held back before its frame came is not taken; cancel drops a pending frame
    f.update(5, true);
    f.update(5, false);
    frame();
    expect(shown).toBe(4);
    f.update(6, true);
    f.cancel();
    frame();
    expect(taken).toEqual([1, 3, 4]);
  });
});

describe('a value some frames late', () => {
  it('is taken in the n-th frame; a change meanwhile starts the count again', () => {
    let shown = 'a';
    const f = new FrameFollower<string>(
      (v) => (shown = v),
      () => shown,
      3,
    );
    f.update('b', true);
    frame();
    frame();
    expect(shown).toBe('a');
    frame();
    expect(shown).toBe('b');
    f.update('c', true);
    frame();
    f.update('d', true);
    frame();
    frame();
    expect(shown).toBe('b');
    frame();
    expect(shown).toBe('d');
    expect(queue.size).toBe(0);
  });
});
