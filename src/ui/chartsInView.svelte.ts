/**
 * Which of the results' chart slots are on screen or about to be (within MARGIN of the viewport),
 * so that a refining run redraws only those (src/ui/ChartsArea.svelte): the rest are drawn when
 * scrolled to and once the run is settled. `watch(k)` is the attachment that reports slot k; where
 * there is no IntersectionObserver every slot counts as seen.
 */

/** How far beyond the viewport a slot counts as about to be seen (a chart is drawn before it is reached). */
export const MARGIN = '400px 0px';

export class ChartsInView {
  /** near[k]: slot k is on screen or within MARGIN of it (replaced as a whole when one changes). */
  near = $state.raw<boolean[]>([]);
  private readonly observer: IntersectionObserver | null;
  private readonly index = new Map<Element, number>();

  constructor(readonly slots: number) {
    const io = typeof IntersectionObserver === 'function';
    this.near = Array.from({ length: slots }, () => !io);
    this.observer = io
      ? new IntersectionObserver(
          (entries) => {
            const next = [...this.near];
            for (const e of entries) {
              const k = this.index.get(e.target);
              if (k !== undefined) next[k] = e.isIntersecting;
            }
            if (next.some((x, k) => x !== this.near[k])) this.near = next;
          },
          { rootMargin: MARGIN },
        )
      : null;
  }

  /** Attachment for slot k's element: observed while it is in the page. */
  watch(k: number): (el: Element) => () => void {
    return (el) => {
      this.index.set(el, k);
      this.observer?.observe(el);
      return () => {
        this.observer?.unobserve(el);
        this.index.delete(el);
      };
    };
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.index.clear();
  }
}
