/**
 * Colours of the charts: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), safe
 * for the common colour-vision deficiencies, exposed as CSS custom properties so the theme
 * (src/ui/theme.css) can restyle them; each use carries the palette value as the fallback. Use them
 * in `style="fill: …"` (a var() is not valid in an SVG presentation attribute). Not from a seed.
 */

/** Okabe–Ito colours by name. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Series (one per variant), in order: blue, orange, green, vermillion, purple, sky blue, black, yellow (light, last). */
export const SERIES = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
] as const;

/** `var(--name, fallback)`. */
export const cssVar = (name: string, fallback: string): string => `var(--${name}, ${fallback})`;

/** The colour of variant `i` (cycles after eight): `var(--pl-series-i, …)`. */
export function seriesColor(i: number): string {
  const k = ((i % SERIES.length) + SERIES.length) % SERIES.length;
  return cssVar(`pl-series-${k}`, SERIES[k]!);
}

/** Neutral inks of the charts. */
export const INK = {
  text: cssVar('pl-text', '#1f2328'),
  muted: cssVar('pl-muted', '#59636e'),
  axis: cssVar('pl-axis', '#59636e'),
  grid: cssVar('pl-grid', '#d8dee4'),
  /** The minimum-wage rule and other legal lines. */
  legal: cssVar('pl-legal', OKABE_ITO.vermillion),
  /** Shading of 双11 (November) months. */
  highlight: cssVar('pl-highlight', '#fff3c4'),
  surface: cssVar('pl-surface', '#ffffff'),
} as const;
