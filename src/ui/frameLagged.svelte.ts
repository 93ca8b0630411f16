/**
 * A value that follows another one animation frame later, and only while `follow()` allows — so
 * that a part of the results below the headline figures (the verdicts on the cards, the compliance
 * table, the charts' places) is built in a frame of its own rather than in the task that shows the
 * first figures, and a part out of sight is not rebuilt on every refinement of a run
 * (docs/performance.md §"2026-12-06, night: the page's long tasks").
 */
import { untrack } from 'svelte';

/** What a FrameLagged does when its source or its permission changes (plain, so it can be tested without effects). */
export class FrameFollower<T> {
  private frame = 0;

  /** `frames`: how many animation frames later a value is taken (parts given 1, 2, 3 … are built in successive frames). */
  constructor(
    private readonly take: (value: T) => void,
    private readonly current: () => T,
    private readonly frames = 1,
  ) {}

  /** The source now says `next`; `follow` says whether it may be taken. A frame already asked for is dropped. */
  update(next: T, follow: boolean): void {
    this.cancel();
    if (!follow || Object.is(next, this.current())) return;
    let left = this.frames;
    const step = () => {
      if (--left > 0) {
        this.frame = requestAnimationFrame(step);
        return;
      }
      this.frame = 0;
      this.take(next);
    };
    this.frame = requestAnimationFrame(step);
  }

  cancel(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

/** Made during a component's initialisation (it owns an effect). */
export class FrameLagged<T> {
  /** The followed value as of the last frame it was taken in (`initial` until then). */
  value = $state.raw<T>() as T;

  constructor(get: () => T, follow: () => boolean, initial: T, frames = 1) {
    this.value = initial;
    const follower = new FrameFollower<T>(
      (v) => (this.value = v),
      () => this.value,
      frames,
    );
    $effect(() => {
      const next = get();
      const allowed = follow();
      untrack(() => follower.update(next, allowed));
      return () => follower.cancel();
    });
  }
}
