/**
 * Geometry of "the 保底 ledger" (docs/rules-file.md 3): for a guarantee variant,
 * month by month the earned pay against the guarantee, the guarantee line paid (monthly top-up,
 * annual true-up, recoverable advance or its recovery, which is negative) and the settlement month
 * (December or leaving) with what it settled and wrote off. For one agent of replication 0, or summed
 * over all its agents. Input: Payslip.guarantee and totals via agentData.ts. Pure: no DOM.
 */
import { scaleBand, scaleLinear } from 'd3';
import { t, type Lang } from '../../i18n/format';
import type { AgentData } from './agentData';
import { inner, linearTicks, thinIndexes, tickCount, type Margin, type PlotFrame, type Tick } from './axis';
import { yuanAxis, yuanWhole } from './format';
import { monthTick } from './monthlyCost';
import { OKABE_ITO, cssVar } from './palette';
import { countCell, moneyCell, textCell, type ChartTable } from './table';

export interface LedgerMonth {
  month: string;
  /** Agents summed (1 for a single agent). */
  agents: number;
  guaranteeFen: number;
  earnedFen: number;
  /** Guarantee lines paid this month (negative for a recovery). */
  adjustmentFen: number;
  /** Earned + adjustment (gross before fines). */
  paidFen: number;
  balanceFen: number;
  /** Agents whose year settled this month. */
  settlements: number;
  writeOffFen: number;
}

/** The months of agent `agent` (or every agent, summed) under variant `v` that are inside the guarantee. */
export function ledgerMonths(agents: readonly AgentData[], v: number): LedgerMonth[] {
  const by = new Map<string, LedgerMonth>();
  for (const a of agents) {
    for (const m of a.variants[v]?.months ?? []) {
      const g = m.guarantee;
      if (!g || g.guaranteeFen === 0) continue; // probation months are outside the guarantee
      let e = by.get(m.month);
      if (!e) {
        e = { month: m.month, agents: 0, guaranteeFen: 0, earnedFen: 0, adjustmentFen: 0, paidFen: 0, balanceFen: 0, settlements: 0, writeOffFen: 0 };
        by.set(m.month, e);
      }
      e.agents++;
      e.guaranteeFen += g.guaranteeFen;
      e.earnedFen += g.earnedFen;
      e.adjustmentFen += m.guaranteeLinesFen;
      e.paidFen += g.earnedFen + m.guaranteeLinesFen;
      e.balanceFen += g.balanceFen;
      if (g.settlement) e.settlements++;
      e.writeOffFen += g.writeOffFen;
    }
  }
  return [...by.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** Whether any agent is under a guarantee in variant v (a guarantee variant). */
export const hasGuarantee = (agents: readonly AgentData[], v: number): boolean =>
  agents.some((a) => (a.variants[v]?.months ?? []).some((m) => m.guarantee !== null));

export const LEDGER_COLORS = {
  earned: cssVar('pl-ledger-earned', OKABE_ITO.blue),
  topUp: cssVar('pl-ledger-topup', OKABE_ITO.skyBlue),
  recovery: cssVar('pl-ledger-recovery', OKABE_ITO.vermillion),
  guarantee: cssVar('pl-ledger-guarantee', OKABE_ITO.black),
} as const;

export interface LedgerBar {
  month: string;
  x: number;
  w: number;
  /** Earned bar: from the baseline (y0) up to earned (y1). */
  earnedY0: number;
  earnedY1: number;
  /** The guarantee line paid, stacked on earned: top-up up, recovery down from earned; null when 0. */
  adjustment: null | { y0: number; y1: number; positive: boolean };
  guaranteeY: number;
  /** Label of a settlement month, with its anchor (end near the right edge); only where it fits. */
  settlement: null | { label: string; x: number; anchor: 'middle' | 'end' };
  entry: LedgerMonth;
}

export interface LedgerGeometry extends PlotFrame {
  bars: LedgerBar[];
}

export const LEDGER_MARGIN: Margin = { top: 22, right: 12, bottom: 28, left: 64 };

/**
 * `settles`: whether settlement months are marked (annual true-up and recoverable advance; a monthly
 * floor settles nothing).
 */
export function ledgerGeometry(months: readonly LedgerMonth[], width: number, lang: Lang, settles = true, height = 260): LedgerGeometry {
  const margin = LEDGER_MARGIN;
  const { w, h } = inner(width, height, margin);
  let top = 0;
  for (const m of months) top = Math.max(top, m.guaranteeFen, m.earnedFen, m.paidFen);
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice(tickCount(h, 40))
    .range([margin.top + h, margin.top]);
  const x = scaleBand<number>()
    .domain(months.map((_, i) => i))
    .range([margin.left, margin.left + w])
    .padding(0.2);
  // a settlement is labelled for one agent, or in December for all (leavers settle in other months:
  // their amounts are in the tooltip and the table); the label needs a bar ≥ 36 px wide
  const right = margin.left + w;
  const settlementLabel = (m: LedgerMonth, x0: number, bw: number): LedgerBar['settlement'] => {
    if (!settles || m.settlements === 0 || bw < 36 || (m.agents > 1 && !m.month.endsWith('-12'))) return null;
    const label = t(lang, m.writeOffFen > 0 ? 'chart.ledger.settledWriteOff' : 'chart.ledger.settled', {
      amount: yuanWhole(m.writeOffFen > 0 ? m.writeOffFen : m.adjustmentFen),
    });
    const cx = x0 + bw / 2;
    return cx + 50 > right ? { label, x: x0 + bw, anchor: 'end' } : { label, x: cx, anchor: 'middle' };
  };
  const bars = months.map((m, i) => {
    const x0 = x(i)!;
    const adj = m.adjustmentFen;
    return {
      month: m.month,
      x: x0,
      w: x.bandwidth(),
      earnedY0: y(0),
      earnedY1: y(Math.max(0, m.earnedFen)),
      adjustment: adj === 0 ? null : { y0: y(Math.max(m.earnedFen, m.paidFen)), y1: y(Math.min(m.earnedFen, m.paidFen)), positive: adj > 0 },
      guaranteeY: y(m.guaranteeFen),
      settlement: settlementLabel(m, x0, x.bandwidth()),
      entry: m,
    };
  });
  const step = x.step();
  return {
    width,
    height,
    margin,
    yDomain: y.domain() as [number, number],
    yTicks: linearTicks(y, tickCount(h, 40), (v) => yuanAxis(Math.round(v), lang)),
    xTicks: thinIndexes(months.length, w, 46).map((i) => ({
      value: i,
      pos: x(i)! + x.bandwidth() / 2,
      label: monthTick(
        months.map((m) => m.month),
        i,
        lang,
      ),
    })),
    bars: step > 0 ? bars : [],
  };
}

/** Table: one row per month. */
export function ledgerTable(months: readonly LedgerMonth[], lang: Lang): ChartTable {
  return {
    head: [
      t(lang, 'chart.col.month'),
      t(lang, 'chart.ledger.agents'),
      t(lang, 'chart.ledger.guarantee'),
      t(lang, 'chart.ledger.earned'),
      t(lang, 'chart.ledger.adjustment'),
      t(lang, 'chart.ledger.paid'),
      t(lang, 'chart.ledger.balance'),
      t(lang, 'chart.ledger.settlements'),
      t(lang, 'chart.ledger.writeOff'),
    ],
    rows: months.map((m) => [
      textCell(m.month),
      countCell(m.agents),
      moneyCell(m.guaranteeFen, false),
      moneyCell(m.earnedFen, false),
      moneyCell(m.adjustmentFen, false),
      moneyCell(m.paidFen, false),
      moneyCell(m.balanceFen, false),
      countCell(m.settlements),
      moneyCell(m.writeOffFen, false),
    ]),
  };
}
