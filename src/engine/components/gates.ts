/**
 * Basic standards (docs/rules-file.md 12; seed 004 (004_81d4706ebc33c59f.txt) "在线时长、消息回复率、
 * 咨询响应速度是基本要求,由大家自行定一个标准"): each gate is a metric, a threshold and a direction; a
 * month that fails it multiplies the lines the gate lists (commission, performance pay, after-sales,
 * target and rank bonuses) by the gate's factor (0: withheld). A gate is a condition on variable
 * pay, not a fine: it never touches base or guarantee. Exactly at the threshold passes. When several
 * failed gates hold back the same line the smallest factor applies (docs/engine.md). A gate on a
 * metric the record does not hold is not applied, and the payslip says so.
 */
import type { CGate } from '../../policy/compiled';
import { RATE_SCALE } from '../../policy/compiled';
import { GATED_LINES, type GatedLine } from '../../policy/types';
import type { AgentMonth } from '../records';
import { compareBound, metricValue, type Frac } from './metrics';

export interface GateOutcome {
  gate: CGate;
  /** null when the metric is absent (the gate is not applied). */
  value: Frac | null;
  passed: boolean | null;
}

/** Index of each gated line in a row of gate factors (GATED_LINES order). */
export const GATE_COMMISSION = 0;
export const GATE_PERFORMANCE_PAY = 1;
export const GATE_AFTER_SALES = 2;
export const GATE_TARGET_BONUS = 3;
export const GATE_RANK_BONUS = 4;
export const GATE_INDEX: Readonly<Record<GatedLine, number>> = Object.fromEntries(GATED_LINES.map((l, i) => [l, i])) as Record<GatedLine, number>;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The smallest factor (ppm) holding back each gated line this month; −1: none. Scratch: the kernel is synchronous. */
const minPpm = new Float64Array(GATED_LINES.length);

/**
 * Check every gate of a record and write each gated line's factor as an exact ratio into
 * num[at + k] / den[at + k] (k: GATED_LINES index; 1/1 when no failed gate lists the line). When
 * `outcomes` is given, each gate's value and result is appended to it (the payslip's explanation).
 */
export function checkGates(
  gates: readonly CGate[],
  r: AgentMonth,
  netFen: number,
  targetFen: number | null,
  num: Float64Array,
  den: Float64Array,
  at: number,
  outcomes: GateOutcome[] | null,
): void {
  minPpm.fill(-1);
  for (const g of gates) {
    const v = metricValue(g.metric, r, netFen, targetFen);
    if (v === null) {
      outcomes?.push({ gate: g, value: null, passed: null });
      continue;
    }
    const c = compareBound(v, g.threshold);
    const passed = g.atLeast ? c >= 0 : c <= 0;
    outcomes?.push({ gate: g, value: v, passed });
    if (!passed) {
      for (const line of g.lines) {
        const k = GATE_INDEX[line];
        const m = minPpm[k]!;
        minPpm[k] = m < 0 ? Math.min(RATE_SCALE, g.factorPpm) : Math.min(m, g.factorPpm);
      }
    }
  }
  for (let k = 0; k < GATED_LINES.length; k++) {
    const ppm = minPpm[k]!;
    if (ppm < 0) {
      num[at + k] = 1;
      den[at + k] = 1;
    } else if (ppm === 0) {
      num[at + k] = 0;
      den[at + k] = 1;
    } else {
      const d = gcd(ppm, RATE_SCALE);
      num[at + k] = ppm / d;
      den[at + k] = RATE_SCALE / d;
    }
  }
}
