/**
 * Geometry of the tornado chart of a sensitivity run (src/sim/sensitivity.ts): for one variant, one
 * row per behaviour assumption, a bar from the variant's difference from the baseline at the
 * assumption's low value to the one at its high value, split at the difference under the current
 * assumptions (a vertical line), the widest swing on top. The axis holds 0 (a dashed line), so a
 * difference that changes sign is seen crossing it, unless every difference is more than twice the
 * bars' whole range away from 0: then the axis spans the bars alone, or they would be slivers. Pure: no DOM; tested on computed positions.
 * Not from a seed: presentation.
 */
import { scaleLinear } from 'd3';
import { t, type Lang } from '../../i18n/format';
import type { Sensitivity, SensitivityMetric } from '../../sim/sensitivity';
import { paramText } from '../../formats/sensitivityVerdict';
import { inner, labelWidth, linearTicks, tickCount, type Margin, type Tick } from './axis';
import { yuanAxis } from './format';
import { OKABE_ITO, cssVar } from './palette';
import { moneyCell, textCell, type ChartTable } from './table';

/** One assumption's row for one variant: difference from the baseline at low / current / high, fen. */
export interface TornadoRow {
  id: string;
  label: string;
  /** Why the low and high values were chosen. */
  reason: string;
  lowValue: string;
  baseValue: string;
  highValue: string;
  lowFen: number;
  baseFen: number;
  highFen: number;
}

/** Colours of the two halves of a bar: the assumption's low value and its high value. */
export const TORNADO_COLOR = {
  low: cssVar('pl-tornado-low', OKABE_ITO.skyBlue),
  high: cssVar('pl-tornado-high', OKABE_ITO.orange),
} as const;

/** The rows of `variant` in `metric`, in the run's order (rows with a missing figure are left out). */
export function tornadoRows(s: Sensitivity, variant: string, metric: SensitivityMetric, lang: Lang): TornadoRow[] {
  return s.rows.flatMap((r) => {
    const v = r.variants.find((x) => x.variant === variant);
    const m = v?.byMetric[metric];
    if (!m || m.low === null || m.base === null || m.high === null) return [];
    return [
      {
        id: r.id,
        label: t(lang, r.labelKey),
        reason: t(lang, r.reasonKey),
        lowValue: paramText(r.low, lang),
        baseValue: paramText(r.base, lang),
        highValue: paramText(r.high, lang),
        lowFen: m.low,
        baseFen: m.base,
        highFen: m.high,
      },
    ];
  });
}

const swing = (r: TornadoRow) => Math.abs(r.highFen - r.lowFen);

/** Rows widest swing first; equal swings keep their order. */
export function tornadoOrder(rows: readonly TornadoRow[]): TornadoRow[] {
  return rows.map((r, i) => ({ r, i })).sort((a, b) => swing(b.r) - swing(a.r) || a.i - b.i).map((x) => x.r);
}

/** One half of a bar: from the current difference to the one at the low or the high value, px. */
export interface TornadoHalf {
  setting: 'low' | 'high';
  x0: number;
  x1: number;
}

/** The value at one end of a bar: outside the bar, or inside it when the other half reaches further on the same side. */
export interface TornadoEndLabel {
  setting: 'low' | 'high';
  text: string;
  x: number;
  anchor: 'start' | 'end';
  inside: boolean;
}

export interface TornadoBar {
  id: string;
  label: string;
  reason: string;
  y: number;
  h: number;
  /** Ends of the bar's low half (from the current difference to the one at the low value) and high half, px. */
  lowX: number;
  highX: number;
  baseX: number;
  lowFen: number;
  highFen: number;
  swingFen: number;
  lowValue: string;
  highValue: string;
  /** The halves in drawing order: the one reaching further from the current difference first, so both show when they lie on the same side. */
  halves: TornadoHalf[];
  labels: TornadoEndLabel[];
}

/** The halves and end labels of a bar whose ends are at lowX and highX and whose current difference is at baseX. */
export function barParts(lowX: number, baseX: number, highX: number, lowValue: string, highValue: string): { halves: TornadoHalf[]; labels: TornadoEndLabel[] } {
  const ends = [
    { setting: 'low' as const, x: lowX, text: lowValue },
    { setting: 'high' as const, x: highX, text: highValue },
  ];
  const reach = (x: number) => Math.abs(x - baseX);
  const halves = [...ends]
    .sort((a, b) => reach(b.x) - reach(a.x))
    .map((e) => ({ setting: e.setting, x0: Math.min(baseX, e.x), x1: Math.max(baseX, e.x) }));
  const labels = ends.map((e, i): TornadoEndLabel => {
    const o = ends[1 - i]!;
    const right = e.x > baseX || (e.x === baseX && o.x < baseX);
    const sameSide = right ? o.x > baseX : o.x < baseX;
    const inside = sameSide && reach(o.x) > reach(e.x);
    // outside: beyond the end, away from the bar; inside: just within the nearer half's end
    if (inside) return { setting: e.setting, text: e.text, x: right ? e.x - 3 : e.x + 3, anchor: right ? 'end' : 'start', inside };
    return { setting: e.setting, text: e.text, x: right ? e.x + 4 : e.x - 4, anchor: right ? 'start' : 'end', inside };
  });
  return { halves, labels };
}

export interface TornadoGeometry {
  width: number;
  height: number;
  margin: Margin;
  xDomain: [number, number];
  xTicks: Tick[];
  /** The difference under the current assumptions (the same in every row), px. */
  baseX: number;
  /** x of a zero difference, or null when 0 is outside the axis. */
  zeroX: number | null;
  bars: TornadoBar[];
}

const ROW = 34;
const BAR = 18;

/** The chart at `width` px. */
export function tornadoGeometry(rows: readonly TornadoRow[], width: number, lang: Lang): TornadoGeometry {
  const ordered = tornadoOrder(rows);
  const left = Math.min(Math.max(90, ...ordered.map((r) => labelWidth(r.label) + 16)), Math.max(90, width * 0.4));
  const margin: Margin = { top: 18, right: 24, bottom: 44, left };
  const height = margin.top + margin.bottom + Math.max(1, ordered.length) * ROW;
  const { w } = inner(width, height, margin);
  const values = ordered.flatMap((r) => [r.lowFen, r.baseFen, r.highFen]);
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 0;
  // 0 is on the axis unless every difference is further from it than the bars are long (then the
  // axis would be mostly empty; every bar is on one side of 0 and the sign is in the tick labels)
  const span = hi - lo;
  if (!(lo > 0 && lo > 2 * span) && !(hi < 0 && -hi > 2 * span)) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  } else {
    lo -= span * 0.1;
    hi += span * 0.1;
  }
  if (lo === hi) hi = lo + 100; // nothing moves: a one-yuan axis
  const x = scaleLinear().domain([lo, hi]).range([margin.left, margin.left + w]).nice(tickCount(w, 90));
  [lo, hi] = x.domain() as [number, number];
  const base = ordered[0]?.baseFen ?? 0;
  const bars = ordered.map((r, i): TornadoBar => ({
    id: r.id,
    label: r.label,
    reason: r.reason,
    y: margin.top + i * ROW + (ROW - BAR) / 2,
    h: BAR,
    lowX: x(r.lowFen),
    highX: x(r.highFen),
    baseX: x(r.baseFen),
    lowFen: r.lowFen,
    highFen: r.highFen,
    swingFen: swing(r),
    lowValue: r.lowValue,
    highValue: r.highValue,
    ...barParts(x(r.lowFen), x(r.baseFen), x(r.highFen), r.lowValue, r.highValue),
  }));
  return {
    width,
    height,
    margin,
    xDomain: [lo, hi],
    xTicks: linearTicks(x, tickCount(w, 90), (v) => yuanAxis(v, lang)),
    baseX: x(base),
    zeroX: lo <= 0 && hi >= 0 ? x(0) : null,
    bars,
  };
}

/** The "show as table" / CSV form: one row per assumption, widest swing first. */
export function tornadoTable(rows: readonly TornadoRow[], lang: Lang): ChartTable {
  return {
    head: ['sens.col.assumption', 'sens.col.low', 'sens.col.high', 'sens.col.atLow', 'sens.col.atBase', 'sens.col.atHigh', 'sens.col.swing', 'sens.col.reason'].map((k) => t(lang, k)),
    rows: tornadoOrder(rows).map((r) => [
      textCell(r.label),
      textCell(r.lowValue),
      textCell(r.highValue),
      moneyCell(r.lowFen),
      moneyCell(r.baseFen),
      moneyCell(r.highFen),
      moneyCell(swing(r)),
      textCell(r.reason),
    ]),
  };
}
