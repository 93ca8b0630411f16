/**
 * The service metrics of an agent-month as exact fractions (docs/rules-file.md 12; seed 004 在线时长、
 * 消息回复率、咨询响应速度、咨询转化率、好评率、退货率、改评数): conversion = paid orders ÷ inquiries
 * (询单最终付款人数 ÷ 询单人数), rates from the record's ten-thousandths, measures from their
 * hundredths, attainment = net sales ÷ target. A metric the record does not hold is null (absent),
 * never 0. Comparisons with a policy's bound (millionths, METRIC_SCALE) are exact, in BigInt when
 * a cross product leaves the safe-integer range.
 */
import { METRIC_SCALE, type CompiledPolicy } from '../../policy/compiled';
import { SERVICE_METRICS, type Metric } from '../../policy/types';
import type { AgentMonth } from '../records';
import { BP_SCALE } from '../records';

/** An exact non-negative fraction num/den, den > 0. */
export interface Frac {
  num: number;
  den: number;
}

const hundredths = (x: number | undefined): Frac | null => (x === undefined ? null : { num: Math.round(x * 100), den: 100 });
const bp = (x: number | undefined): Frac | null => (x === undefined ? null : { num: x, den: BP_SCALE });

/** The value of `metric` for a record with net sales `netFen` and monthly target `targetFen` (null: none). */
export function metricValue(metric: Metric, r: AgentMonth, netFen: number, targetFen: number | null): Frac | null {
  switch (metric) {
    case 'conversion':
      return r.inquiries > 0 ? { num: r.paidOrders, den: r.inquiries } : null;
    case 'replyRate':
      return bp(r.replyRateBp);
    case 'satisfactionRate':
      return bp(r.satisfactionRateBp);
    case 'goodReviewRate':
      return bp(r.goodReviewRateBp);
    case 'returnRate':
      return bp(r.returnRateBp);
    case 'avgResponseSec':
      return hundredths(r.avgResponseSec);
    case 'firstResponseSec':
      return hundredths(r.firstResponseSec);
    case 'onlineHours':
      return hundredths(r.onlineHours);
    case 'attendance':
      return r.scheduledDays > 0 ? { num: r.daysWorked, den: r.scheduledDays } : null;
    case 'netSales':
      return { num: netFen, den: 100 };
    case 'aov':
      return r.paidOrders > 0 ? { num: netFen, den: 100 * r.paidOrders } : null;
    case 'attainment':
      return targetFen !== null && targetFen > 0 ? { num: netFen, den: targetFen } : null;
    case 'reviewsReversed':
      return { num: r.badReviewsReversed, den: 1 };
  }
}

/** The metrics `metricValue` reads from the record's generated service fields (the rest come from counts and sales). */
export const SERVICE_FIELD_METRICS: ReadonlySet<Metric> = new Set(SERVICE_METRICS);

/**
 * Whether paying under `policy` reads any of the record's service fields (the readers of
 * `metricValue` on them: gates, the after-sales incentive, the composite score's parts, the rank
 * bonus; docs/rules-file.md 12). A policy that does not pays the same whatever the fields hold, so
 * the simulator may generate its records without them (docs/performance.md).
 */
export function readsServiceFields(policy: CompiledPolicy): boolean {
  const k = policy.kpi;
  if (!k) return false;
  if (k.afterSales) return true;
  if (k.gates.some((g) => SERVICE_FIELD_METRICS.has(g.metric))) return true;
  if (k.composite?.some((p) => SERVICE_FIELD_METRICS.has(p.metric))) return true;
  return k.rank !== null && SERVICE_FIELD_METRICS.has(k.rank.metric);
}

/** Sign of a·d − c·b, exactly. */
function crossSign(a: number, b: number, c: number, d: number): number {
  const l = a * d;
  const rr = c * b;
  if (Number.isSafeInteger(l) && Number.isSafeInteger(rr)) return l === rr ? 0 : l > rr ? 1 : -1;
  const bl = BigInt(a) * BigInt(d);
  const br = BigInt(c) * BigInt(b);
  return bl === br ? 0 : bl > br ? 1 : -1;
}

/** Sign of v − bound, with the bound in millionths of the metric's unit. */
export function compareBound(v: Frac, bound: number): number {
  return crossSign(v.num, v.den, bound, METRIC_SCALE);
}

/** Sign of a − b. */
export function compareFrac(a: Frac, b: Frac): number {
  return crossSign(a.num, a.den, b.num, b.den);
}

/** The value as a short decimal for payslip notes (6 significant decimals at most; display only). */
export function fracText(v: Frac, percent: boolean): string {
  const x = (v.num / v.den) * (percent ? 100 : 1);
  const s = x.toFixed(percent ? 2 : 2).replace(/\.?0+$/, '');
  return percent ? `${s}%` : s;
}

/** A bound (millionths) as a decimal string for notes: 475000 → "0.475", or "47.5%" as a percentage. */
export function boundText(bound: number, percent: boolean): string {
  const digits = percent ? 4 : 6;
  const s = String(bound).padStart(digits + 1, '0');
  const int = s.slice(0, s.length - digits);
  const frac = s.slice(s.length - digits).replace(/0+$/, '');
  return `${int}${frac ? '.' + frac : ''}${percent ? '%' : ''}`;
}

/** Metrics shown as percentages in notes. */
export const PERCENT_METRICS: ReadonlySet<Metric> = new Set(['conversion', 'replyRate', 'satisfactionRate', 'goodReviewRate', 'returnRate', 'attendance', 'attainment']);
