/**
 * Shared geometry of the charts: margins, tick lists computed from d3 scales (so the Svelte
 * components draw axes as plain markup and the ticks are tested without a DOM), and how many ticks
 * fit a width. Not from a seed: presentation.
 */
import type { ScaleLinear } from 'd3';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One tick of an axis: the value, its position in pixels and its label. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

/** A chart with a money y axis and labelled x ticks: its size, margins, y domain (fen) and ticks. */
export interface PlotFrame {
  width: number;
  height: number;
  margin: Margin;
  yDomain: [number, number];
  yTicks: Tick[];
  xTicks: Tick[];
}

/** How many ticks fit `px` pixels at one per `spacing` pixels (at least 2). */
export function tickCount(px: number, spacing: number): number {
  return Math.max(2, Math.floor(px / spacing));
}

/** The nice ticks of a linear scale, positioned and labelled. */
export function linearTicks(scale: ScaleLinear<number, number>, count: number, label: (v: number) => string): Tick[] {
  return scale.ticks(count).map((value) => ({ value, pos: scale(value), label: label(value) }));
}

/** Every k-th of n category positions so that labels about `labelPx` wide do not overlap in `px`. */
export function thinIndexes(n: number, px: number, labelPx: number): number[] {
  if (n <= 0) return [];
  const fit = Math.max(1, Math.floor(px / labelPx));
  const k = Math.max(1, Math.ceil(n / fit));
  const out: number[] = [];
  for (let i = 0; i < n; i += k) out.push(i);
  return out;
}

/** A chart's inner size, never below 1 pixel (a zero-width container while the page lays out). */
export function inner(width: number, height: number, m: Margin): { w: number; h: number } {
  return { w: Math.max(1, width - m.left - m.right), h: Math.max(1, height - m.top - m.bottom) };
}

/** Rough width of a label in px at 12 px: CJK and full-width characters 12, others 6.8. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 12 : 6.8;
  return w;
}

/** The label, cut with "…" so that it fits `px` pixels (rough widths, labelWidth). */
export function fitLabel(text: string, px: number): string {
  if (labelWidth(text) <= px) return text;
  let out = '';
  for (const ch of text) {
    if (labelWidth(out + ch + '…') > px) break;
    out += ch;
  }
  return out + '…';
}
