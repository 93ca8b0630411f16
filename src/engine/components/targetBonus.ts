/**
 * Target attainment bonus (shared/domain.md 12; seed 002 (002_fc8d89eb9e52b9d0.txt) "每月业绩奖根据
 * 业务指标确定标准"): attainment = net sales ÷ the month's target (the record's own target, else the
 * policy's target by level), exact; the payout row whose lower bound it reaches (inclusive) pays an
 * amount or a rate on net sales; an optional cap limits the line; × a failed gate's factor; rounded
 * once. A target of 0 or none: no line. Result-based pay: not pro-rated.
 */
import type { CTarget } from '../../policy/compiled';
import { RATE_SCALE } from '../../policy/compiled';
import type { Level } from '../../policy/types';
import type { AgentMonth } from '../records';
import { ratio } from '../money';
import { compareBound, type Frac } from './metrics';
import type { Multiplier } from './score';

/** The month's target in fen, or null for none (0 counts as none). */
export function targetOf(t: CTarget | null, r: AgentMonth, level: Level): number | null {
  const own = r.salesTargetFen;
  if (own !== undefined) return own > 0 ? own : null;
  const byLevel = t?.byLevelFen?.[level];
  return byLevel !== undefined && byLevel > 0 ? byLevel : null;
}

export interface TargetResult {
  attainment: Frac;
  /** Index into the payout rows (sorted by `from` descending), or -1 below every row. */
  row: number;
  /** Before the cap and gate, exact only when an amount; for a rate the capped comparison is exact. */
  capped: boolean;
  amountFen: number;
}

export function targetBonus(t: CTarget, netFen: number, targetFen: number, gate: Multiplier): TargetResult {
  const attainment: Frac = { num: netFen, den: targetFen };
  let row = -1;
  for (let i = 0; i < t.payout.length; i++) {
    if (compareBound(attainment, t.payout[i]!.from) >= 0) {
      row = i;
      break;
    }
  }
  if (row < 0) return { attainment, row, capped: false, amountFen: 0 };
  const p = t.payout[row]!;
  const cap = t.capFen;
  if (p.amountFen !== null) {
    const capped = cap !== null && p.amountFen > cap;
    const base = capped ? cap! : p.amountFen;
    return { attainment, row, capped, amountFen: ratio([base, gate.num], [gate.den]) };
  }
  // rate × net sales, compared with the cap exactly (net × ppm vs cap × 1e6) before the one rounding
  const ppm = p.ratePpm!;
  const capped = cap !== null && BigInt(netFen) * BigInt(ppm) > BigInt(cap) * BigInt(RATE_SCALE);
  const amountFen = capped ? ratio([cap!, gate.num], [gate.den]) : ratio([netFen, ppm, gate.num], [RATE_SCALE, gate.den]);
  return { attainment, row, capped, amountFen };
}
