/**
 * The 制度 document's KPI section (shared/domain.md 12; seed 004 basic standards, conversion and
 * after-sales incentives; seed 002 每月业绩奖; the composite template and the rank bonus): plain
 * sentences and lists built from the rules file, every bound and amount as written.
 */
import { Decimal } from 'decimal.js';
import type { Kpi, Metric } from '../policy/types';

type T = (key: string, params?: Record<string, string | number>) => string;
type Block = { type: 'p'; text: string } | { type: 'list'; items: string[] };

const FRACTION: ReadonlySet<Metric> = new Set(['conversion', 'replyRate', 'satisfactionRate', 'goodReviewRate', 'returnRate', 'attendance', 'attainment']);
const YUAN: ReadonlySet<Metric> = new Set(['netSales', 'aov']);

/** A metric's bound as the document writes it: "95%", "30", "100" (yuan), "12.50" (yuan with fen). */
export function docMetric(metric: Metric, v: string): string {
  const d = new Decimal(v);
  if (FRACTION.has(metric)) return `${d.times(100).toFixed()}%`;
  if (YUAN.has(metric)) return d.isInteger() ? d.toFixed(0) : d.toFixed(2);
  return d.toFixed();
}

const yuan = (v: string) => {
  const d = new Decimal(v);
  return d.isInteger() ? d.toFixed(0) : d.toFixed(2);
};
const pct = (v: string) => `${new Decimal(v).times(100).toFixed()}%`;
const pts = (v: string) => new Decimal(v).toFixed();

export function kpiBlocks(t: T, k: Kpi, levelName: (l: 'junior' | 'intermediate' | 'senior' | 'manager') => string): Block[] {
  const m = (metric: Metric) => t(`kpi.metric.${metric}`);
  const out: Block[] = [];
  if (k.gates.length > 0) {
    out.push({ type: 'p', text: t('doc.kpi.gates') });
    out.push({
      type: 'list',
      items: k.gates.map((g) =>
        t(g.direction === 'atLeast' ? 'doc.kpi.gateAtLeast' : 'doc.kpi.gateAtMost', {
          metric: m(g.metric),
          threshold: docMetric(g.metric, g.threshold),
          lines: g.lines.map((l) => t(`doc.kpi.line.${l}`)).join(t('doc.sep')),
          factor: pct(g.factor),
        }),
      ),
    });
  }
  if (k.afterSales) {
    const a = k.afterSales;
    const items: string[] = [];
    if (a.perReversed !== null) items.push(t('doc.kpi.perReversed', { amount: yuan(a.perReversed) }));
    for (const s of a.goodReview) items.push(t('doc.kpi.goodReview', { bound: docMetric('goodReviewRate', s.bound), amount: yuan(s.amount) }));
    for (const s of a.returnRate) items.push(t('doc.kpi.returnRate', { bound: docMetric('returnRate', s.bound), amount: yuan(s.amount) }));
    out.push({ type: 'p', text: t('doc.kpi.afterSales') }, { type: 'list', items });
  }
  if (k.composite) {
    out.push({ type: 'p', text: t('doc.kpi.composite') });
    out.push({
      type: 'list',
      items: k.composite.map((part) => {
        const how =
          part.scoring.type === 'linear'
            ? t('doc.kpi.linear', { worst: docMetric(part.metric, part.scoring.worst), best: docMetric(part.metric, part.scoring.best) })
            : part.scoring.steps
                .map((s) => t(part.scoring.type === 'steps' && part.scoring.better === 'lower' ? 'doc.kpi.stepLower' : 'doc.kpi.stepHigher', { bound: docMetric(part.metric, s.bound), points: pts(s.points) }))
                .join(t('doc.sep'));
        return t('doc.kpi.part', { metric: m(part.metric), weight: pts(part.weight), how });
      }),
    });
  }
  if (k.target) {
    const tg = k.target;
    out.push({ type: 'p', text: t('doc.kpi.target') });
    if (tg.byLevel) {
      const byLevel = tg.byLevel;
      out.push({ type: 'list', items: (['junior', 'intermediate', 'senior', 'manager'] as const).map((l) => t('doc.kpi.targetLevel', { level: levelName(l), amount: yuan(byLevel[l]) })) });
    }
    out.push({
      type: 'list',
      items: tg.payout.map((row) =>
        row.amount !== undefined
          ? t('doc.kpi.payoutAmount', { from: docMetric('attainment', row.from), amount: yuan(row.amount) })
          : t('doc.kpi.payoutRate', { from: docMetric('attainment', row.from), rate: pct(row.rate!) }),
      ),
    });
    if (tg.cap !== null) out.push({ type: 'p', text: t('doc.kpi.targetCap', { cap: yuan(tg.cap) }) });
  }
  if (k.rank) {
    const r = k.rank;
    out.push({ type: 'p', text: t(r.better === 'higher' ? 'doc.kpi.rankHigher' : 'doc.kpi.rankLower', { metric: m(r.metric) }) });
    out.push({ type: 'list', items: r.amounts.map((a, i) => t('doc.kpi.rankItem', { rank: i + 1, amount: yuan(a) })) });
  }
  out.push({ type: 'p', text: t('doc.kpi.notProrated') });
  return out;
}
