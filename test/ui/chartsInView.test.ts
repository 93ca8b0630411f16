/**
 * Which chart slots count as on screen (src/ui/chartsInView.svelte.ts), with a fake
 * IntersectionObserver standing in for the browser's: a slot is near once its element intersects
 * (the viewport grown by MARGIN) and no longer near when it leaves; an element no longer watched
 * stops reporting; without IntersectionObserver every slot counts as seen (the charts then follow
 * every result, as before).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ChartsInView, MARGIN } from '../../src/ui/chartsInView.svelte';

type Callback = (entries: { target: Element; isIntersecting: boolean }[]) => void;

/** The one fake observer made by the code under test, with the elements it observes. */
let fake: { callback: Callback; margin: string | undefined; observed: Set<Element> } | null = null;

class FakeObserver {
  constructor(callback: Callback, options?: { rootMargin?: string }) {
    fake = { callback, margin: options?.rootMargin, observed: new Set() };
  }
  observe(el: Element): void {
    fake!.observed.add(el);
  }
  unobserve(el: Element): void {
    fake!.observed.delete(el);
  }
  disconnect(): void {
    fake!.observed.clear();
  }
}

const g = globalThis as unknown as { IntersectionObserver?: unknown };
afterEach(() => {
  delete g.IntersectionObserver;
  fake = null;
});

const el = (name: string) => ({ name }) as unknown as Element;

describe('charts in view', () => {
  it('without IntersectionObserver every slot counts as seen', () => {
    delete g.IntersectionObserver;
    const v = new ChartsInView(3);
    expect(v.near).toEqual([true, true, true]);
    // watching does nothing then, and says so by not failing
    v.watch(1)(el('b'))();
    expect(v.near).toEqual([true, true, true]);
  });

  it('a slot is near while its element intersects the grown viewport; an unwatched element stops reporting', () => {
    g.IntersectionObserver = FakeObserver;
    const v = new ChartsInView(3);
    expect(v.near).toEqual([false, false, false]);
    expect(fake!.margin).toBe(MARGIN);
    const a = el('a');
    const c = el('c');
    v.watch(0)(a);
    const stopC = v.watch(2)(c);
    expect([...fake!.observed]).toEqual([a, c]);
    fake!.callback([{ target: c, isIntersecting: true }]);
    expect(v.near).toEqual([false, false, true]);
    const before = v.near;
    // the same state again: the array is not replaced (no redraw is triggered)
    fake!.callback([{ target: c, isIntersecting: true }]);
    expect(v.near).toBe(before);
    fake!.callback([
      { target: a, isIntersecting: true },
      { target: c, isIntersecting: false },
    ]);
    expect(v.near).toEqual([true, false, false]);
    stopC();
    expect([...fake!.observed]).toEqual([a]);
    fake!.callback([{ target: c, isIntersecting: true }]);
    expect(v.near).toEqual([true, false, false]);
    v.disconnect();
    expect(fake!.observed.size).toBe(0);
  });
});
