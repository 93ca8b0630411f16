/**
 * Each variant keeps its colour (docs/scenario-file.md, `variants[].colour`): copying, moving or
 * removing another variant never recolours it. A colour is a palette index 0–7. In a scenario file a
 * variant without `colour` takes the first colour not taken by the variants before it, and a
 * variant's colour is written only where it differs from that, so the default scenario — and its
 * share link — carries none, and reading back what was written gives the same colours.
 */
import { VARIANT_COLOURS } from '../sim/scenario';

/** The first palette index not in `taken` (cycling by count when all are taken). */
export function freeColour(taken: readonly number[]): number {
  for (let c = 0; c < VARIANT_COLOURS; c++) if (!taken.includes(c)) return c;
  return taken.length % VARIANT_COLOURS;
}

/** The colours of a list as read from a file: a written colour is kept, a missing one is the first free before it. */
export function resolveColours(written: readonly (number | undefined)[]): number[] {
  const out: number[] = [];
  for (const c of written) out.push(c ?? freeColour(out));
  return out;
}

/** What to write for each colour of a list: undefined where reading would give that colour anyway. */
export function writtenColours(colours: readonly number[]): (number | undefined)[] {
  return colours.map((c, i) => (c === freeColour(colours.slice(0, i)) ? undefined : c));
}

/**
 * CSS that gives the i-th variant of a run (the charts' and payslips' `--pl-series-i`) the colour
 * of that variant: `colours[i]` is its palette index. Series past the palette's size cycle as drawn.
 */
export function seriesStyle(colours: readonly number[]): string {
  return colours
    .slice(0, VARIANT_COLOURS)
    .map((c, i) => `--pl-series-${i}: var(--pl-palette-${c})`)
    .join('; ');
}
