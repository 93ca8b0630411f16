/**
 * Font strikes laid out once before the run, so that the first results do not wait for them.
 *
 * On Linux, Chromium's renderer asks the browser process (a synchronous IPC into fontconfig) for the
 * render style of every font strike — family, size and weight — the first time text uses it, and
 * for a fallback font for every character its font lacks (✓ ✕ ★ ▲ on the cards). A Chromium trace of
 * the default run (docs/performance.md §"2026-12-06, night: the page's long tasks") found 9 such
 * strikes and 3 fallbacks (100–250 ms of the frame's layout on a loaded machine) in the task that
 * shows the first headline, and 15 more in the app's first mount: the results use sizes and weights
 * the empty shell does not. Laying out one line of each strike in a hidden box while the page's
 * modules and the workers' scripts are still loading moves those lookups to a moment when the
 * page's thread is otherwise idle; the renderer keeps the fonts for the page's life.
 *
 * STRIKES lists the text styles of the finished default page at 1 280 × 800 (every text node's
 * computed font-size and font-weight, the body's family stack; charts' SVG text included);
 * test/e2e/speed.e2e.ts checks that the page uses no strike and no sign beyond Latin and Chinese
 * missing here.
 */

/** [font-size in px, font-weight] of the workbench's text in the body's font stack (theme.css --pl-font). */
export const STRIKES: readonly (readonly [number, number])[] = [
  [10.5, 400],
  [11, 400],
  [12, 400],
  [12.5, 400],
  [12.5, 600],
  [13, 400],
  [13, 500],
  [13, 600],
  [13.5, 400],
  [14, 400],
  [14, 500],
  [14, 600],
  [14, 700],
  [15, 400],
  [15, 500],
  [15, 600],
  [15, 650],
  [15, 700],
  [16, 400],
  [16, 600],
  [17, 600],
  [21, 600],
  [22, 400],
  [24, 650],
];
/** The monospace strikes (theme.css --pl-mono). */
export const MONO_STRIKES: readonly (readonly [number, number])[] = [[13, 400]];

/** Characters of every script the page shows: Chinese, digits and money, Latin, and the marks that need a fallback font. */
export const SAMPLE = '客服薪酬沙盘 0123456789 ¥,.%−–—…·×σ“”→←↓✓✕★▲ Paylab';

/**
 * Add the hidden box of sample lines to `doc.body` and lay it out at once (reading its height), so
 * the strikes are fetched in this task. The box stays in the page (kept fonts stay cached), out of
 * sight, out of the accessibility tree and contained, so later layouts of the page skip it.
 */
export function warmFonts(doc: Document): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.dataset.testid = 'font-warmup';
  box.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;overflow:hidden;visibility:hidden;pointer-events:none;contain:strict;';
  const line = (family: string, [size, weight]: readonly [number, number], numeric: string) => {
    const span = doc.createElement('span');
    span.style.cssText = `display:block;white-space:nowrap;font-family:${family};font-size:${size}px;font-weight:${weight};font-variant-numeric:${numeric}`;
    span.textContent = SAMPLE;
    box.append(span);
  };
  for (const s of STRIKES) {
    line('var(--pl-font)', s, 'normal');
    line('var(--pl-font)', s, 'tabular-nums');
  }
  for (const s of MONO_STRIKES) line('var(--pl-mono)', s, 'normal');
  doc.body.append(box);
  void box.offsetHeight;
  return box;
}
