/**
 * "Winners and losers vs baseline" (docs/charts.md: who gains and
 * who loses against the current policy): agent-years in five groups — gain > 5 %, gain ≤ 5 %, no
 * change, lose ≤ 5 %, lose > 5 % — overall and by level, as 100 % bars (losers left, winners right),
 * titled by a generated sentence. The comparison is the runner's (src/sim/collector.ts): per agent and
 * calendar year, net pay over the months paid under both policies, baseline pay > 0; "> 5 %" is
 * 100·pay > 105·base in integers. Pure: counting, the sentence and the geometry, no DOM.
 */
import { scaleBand, scaleLinear } from 'd3';
import { t, type Lang } from '../../i18n/format';
import { LEVELS, type Level } from '../../policy/types';
import { wlGroup } from '../../sim/collector';
import { inner, type Margin } from './axis';
import { OKABE_ITO, cssVar } from './palette';
import { countCell, shareCell, textCell, type ChartTable } from './table';

export const WL_GROUPS = ['loseMore', 'loseLess', 'same', 'gainLess', 'gainMore'] as const;
export type WLGroup = (typeof WL_GROUPS)[number];
export type WLCounts = Record<WLGroup, number>;

export interface WLData {
  all: WLCounts;
  byLevel: Record<Level, WLCounts>;
}

const WL_COLOR: Readonly<Record<WLGroup, string>> = {
  loseMore: cssVar('pl-lose-more', OKABE_ITO.vermillion),
  loseLess: cssVar('pl-lose-less', OKABE_ITO.orange),
  same: cssVar('pl-same', '#bbbbbb'),
  gainLess: cssVar('pl-gain-less', OKABE_ITO.skyBlue),
  gainMore: cssVar('pl-gain-more', OKABE_ITO.blue),
};
export const wlColor = (g: WLGroup): string => WL_COLOR[g];

export const zeroCounts = (): WLCounts => ({ loseMore: 0, loseLess: 0, same: 0, gainLess: 0, gainMore: 0 });

/** The groups in the order of the summary's counts (src/sim/collector.ts, `wlGroup`). */
const WL_ORDER: readonly WLGroup[] = ['loseMore', 'loseLess', 'same', 'gainLess', 'gainMore'];

/**
 * The group of a change from `baseFen` to `payFen` by the summary's 5 % rule (`wlGroup`, the one
 * home of it); null when baseline pay is not positive (not compared).
 */
export function classify(baseFen: number, payFen: number): WLGroup | null {
  return baseFen <= 0 ? null : WL_ORDER[wlGroup(baseFen, payFen)]!;
}

/** Counts of compared agent-years, overall and by level. */
export function countGroups(pairs: readonly { level: Level; baseFen: number; payFen: number }[]): WLData {
  const data: WLData = {
    all: zeroCounts(),
    byLevel: Object.fromEntries(LEVELS.map((l) => [l, zeroCounts()])) as Record<Level, WLCounts>,
  };
  for (const p of pairs) {
    const g = classify(p.baseFen, p.payFen);
    if (g === null) continue;
    data.all[g]++;
    data.byLevel[p.level][g]++;
  }
  return data;
}

export const totalOf = (c: WLCounts): number => WL_GROUPS.reduce((s, g) => s + c[g], 0);

/**
 * Whole percentages of the five groups that add up to exactly 100 (largest remainders; ties go to
 * the earlier group in WL_GROUPS order). All 0 when there is nothing to compare.
 */
export function wholePercents(c: WLCounts): WLCounts {
  const n = totalOf(c);
  const out = zeroCounts();
  if (n === 0) return out;
  const rems = WL_GROUPS.map((g, i) => {
    out[g] = Math.floor((100 * c[g]) / n);
    return { g, r: (100 * c[g]) % n, i };
  });
  let left = 100 - WL_GROUPS.reduce((s, g) => s + out[g], 0);
  rems.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { g } of rems) {
    if (left === 0) break;
    out[g]++;
    left--;
  }
  return out;
}

/**
 * The chart's title: "与“A”相比,“B”使 62% 的客服收入增加(其中 40% 增幅超过 5%),21% 的客服收入减少(其中 8%
 * 降幅超过 5%),17% 不变。" / "Compared with “A”, “B” raises the pay of 62% of agents (40% by more
 * than 5%), lowers the pay of 21% of agents (8% by more than 5%) and leaves 17% unchanged." Parts
 * with 0 % are left out; percentages are whole and add up to 100.
 */
export function wlSentence(lang: Lang, name: string, baseline: string, c: WLCounts): string {
  if (totalOf(c) === 0) return t(lang, 'chart.wl.none', { name, baseline });
  const p = wholePercents(c);
  const up = p.gainMore + p.gainLess;
  const down = p.loseMore + p.loseLess;
  if (c.same === totalOf(c)) return t(lang, 'chart.wl.allSame', { name, baseline });
  const detail = (more: number, all: number, kind: 'up' | 'down') =>
    more === 0 ? '' : more === all ? t(lang, `chart.wl.${kind}All`) : t(lang, `chart.wl.${kind}More`, { pct: more });
  const parts: string[] = [];
  if (up > 0) parts.push(t(lang, 'chart.wl.up', { pct: up, detail: detail(p.gainMore, up, 'up') }));
  if (down > 0) parts.push(t(lang, 'chart.wl.down', { pct: down, detail: detail(p.loseMore, down, 'down') }));
  if (p.same > 0) parts.push(t(lang, 'chart.wl.same', { pct: p.same }));
  const sep = t(lang, 'chart.wl.sep');
  const last = t(lang, 'chart.wl.sepLast');
  const body = parts.length === 1 ? parts[0]! : parts.slice(0, -1).join(sep) + last + parts[parts.length - 1]!;
  return t(lang, 'chart.wl.sentence', { name, baseline, body });
}

export interface WLRow {
  label: string;
  n: number;
  y: number;
  h: number;
  segments: { group: WLGroup; count: number; share: number; x0: number; x1: number; color: string; label: string | null }[];
}

export interface WLGeometry {
  width: number;
  height: number;
  margin: Margin;
  rows: WLRow[];
  legend: { group: WLGroup; label: string; color: string }[];
}

export const WL_MARGIN: Margin = { top: 8, right: 12, bottom: 8, left: 110 };
const ROW = 30;

/** 100 % bars: the first row is "all agents", then one per level with agent-years compared. */
export function wlGeometry(data: WLData, width: number, lang: Lang): WLGeometry {
  const rowsIn: { label: string; c: WLCounts }[] = [
    { label: t(lang, 'chart.wl.all'), c: data.all },
    ...LEVELS.filter((l) => totalOf(data.byLevel[l]) > 0).map((l) => ({ label: t(lang, `chart.level.${l}`), c: data.byLevel[l] })),
  ];
  const margin = { ...WL_MARGIN, left: width < 480 ? 84 : WL_MARGIN.left };
  const height = margin.top + margin.bottom + rowsIn.length * ROW;
  const { w, h } = inner(width, height, margin);
  const x = scaleLinear().domain([0, 1]).range([margin.left, margin.left + w]);
  const yb = scaleBand<number>()
    .domain(rowsIn.map((_, i) => i))
    .range([margin.top, margin.top + h])
    .padding(0.25);
  const rows = rowsIn.map((r, i) => {
    const n = totalOf(r.c);
    const pct = wholePercents(r.c);
    let acc = 0;
    const segments = WL_GROUPS.flatMap((g) => {
      if (r.c[g] === 0) return [];
      const share = r.c[g] / n;
      const x0 = x(acc);
      acc += share;
      const x1 = x(acc);
      return [{ group: g, count: r.c[g], share, x0, x1, color: WL_COLOR[g], label: x1 - x0 >= 30 ? `${pct[g]}%` : null }];
    });
    return { label: r.label, n, y: yb(i)!, h: yb.bandwidth(), segments };
  });
  return {
    width,
    height,
    margin,
    rows,
    legend: [...WL_GROUPS].reverse().map((g) => ({ group: g, label: t(lang, `chart.wl.group.${g}`), color: WL_COLOR[g] })),
  };
}

/** Table: one row per level (and all), counts and shares of each group. */
export function wlTable(data: WLData, lang: Lang): ChartTable {
  const groups = [...WL_GROUPS].reverse();
  const rows: { label: string; c: WLCounts }[] = [
    { label: t(lang, 'chart.wl.all'), c: data.all },
    ...LEVELS.map((l) => ({ label: t(lang, `chart.level.${l}`), c: data.byLevel[l] })),
  ];
  return {
    head: [t(lang, 'chart.col.group'), t(lang, 'chart.col.n'), ...groups.map((g) => t(lang, `chart.wl.group.${g}`))],
    rows: rows.map((r) => {
      const n = totalOf(r.c);
      return [textCell(r.label), countCell(n), ...groups.map((g) => (n === 0 ? shareCell(null) : { ...shareCell(r.c[g] / n), text: `${r.c[g]} (${Math.round((100 * r.c[g]) / n)}%)` }))];
    }),
  };
}
