/**
 * Basic standards (shared/domain.md 12; seed 004 (004_81d4706ebc33c59f.txt) "在线时长、消息回复率、
 * 咨询响应速度是基本要求,由大家自行定一个标准"): each gate is a metric, a threshold and a direction; a
 * month that fails it multiplies the lines the gate lists (commission, performance pay, after-sales,
 * target and rank bonuses) by the gate's factor (0: withheld). A gate is a condition on variable
 * pay, not a fine: it never touches base or guarantee. Exactly at the threshold passes. When several
 * failed gates hold back the same line the smallest factor applies (docs/engine.md). A gate on a
 * metric the record does not hold is not applied, and the payslip says so.
 */
import type { CGate } from '../../policy/compiled';
import { RATE_SCALE } from '../../policy/compiled';
import type { GatedLine } from '../../policy/types';
import { ONE, type Multiplier } from './score';
import { compareBound, type Frac } from './metrics';

export interface GateOutcome {
  gate: CGate;
  /** null when the metric is absent (the gate is not applied). */
  value: Frac | null;
  passed: boolean | null;
}

export type GateFactors = Record<GatedLine, Multiplier>;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function reduced(ppm: number): Multiplier {
  if (ppm === 0) return { num: 0, den: 1 };
  const g = gcd(ppm, RATE_SCALE);
  return { num: ppm / g, den: RATE_SCALE / g };
}

/** Check every gate; `value(metric)` gives the record's metric (null when absent). */
export function checkGates(gates: readonly CGate[], value: (g: CGate) => Frac | null): { factors: GateFactors; outcomes: GateOutcome[] } {
  const minPpm: Partial<Record<GatedLine, number>> = {};
  const outcomes: GateOutcome[] = [];
  for (const g of gates) {
    const v = value(g);
    if (v === null) {
      outcomes.push({ gate: g, value: null, passed: null });
      continue;
    }
    const c = compareBound(v, g.threshold);
    const passed = g.atLeast ? c >= 0 : c <= 0;
    outcomes.push({ gate: g, value: v, passed });
    if (!passed) for (const line of g.lines) minPpm[line] = Math.min(minPpm[line] ?? RATE_SCALE, g.factorPpm);
  }
  const f = (line: GatedLine) => (minPpm[line] === undefined ? ONE : reduced(minPpm[line]));
  return {
    factors: { commission: f('commission'), performancePay: f('performancePay'), afterSales: f('afterSales'), targetBonus: f('targetBonus'), rankBonus: f('rankBonus') },
    outcomes,
  };
}

/** Every line at factor 1 (no gates, or all passed). */
export const NO_GATE: GateFactors = Object.freeze({ commission: ONE, performancePay: ONE, afterSales: ONE, targetBonus: ONE, rankBonus: ONE });
