/**
 * Conversion-stepped commission (shared/domain.md 12; seed 004 (004_81d4706ebc33c59f.txt)
 * "咨询转化率越高,客服将有对应的提成奖励"): the month's inquiry-to-payment conversion picks a bracket
 * (lower bound inclusive, compared exactly: 47.5 % is 475/1000); the bracket's rate applies to all
 * net sales; × the blend share α, the score multiplier when the policy says so, and a failed gate's
 * factor; rounded once, half up. No inquiries: no conversion, the first bracket (from 0) applies.
 */
import type { CCommission } from '../../policy/compiled';
import { RATE_SCALE } from '../../policy/compiled';
import type { AgentMonth } from '../records';
import { ratio } from '../money';
import { compareBound, metricValue, type Frac } from './metrics';

type Conversion = Extract<CCommission, { type: 'conversion' }>;

/** Index of the bracket the conversion reaches (0 when there is none). */
export function conversionBracket(c: Conversion, conv: Frac | null): number {
  let k = 0;
  if (conv === null) return 0;
  for (let i = 1; i < c.brackets.length; i++) if (compareBound(conv, c.brackets[i]!.from) >= 0) k = i;
  return k;
}

/** round(net × rate × f1/d1 × f2/d2 × f3/d3). */
export function conversionCommission(
  c: Conversion,
  r: AgentMonth,
  netFen: number,
  f: readonly [number, number, number],
  d: readonly [number, number, number],
): { amountFen: number; bracket: number; conv: Frac | null } {
  const conv = metricValue('conversion', r, netFen, null);
  const bracket = conversionBracket(c, conv);
  const ppm = c.brackets[bracket]!.ratePpm;
  const amountFen = netFen <= 0 ? 0 : ratio([netFen, ppm, f[0], f[1], f[2]], [RATE_SCALE, d[0], d[1], d[2]]);
  return { amountFen, bracket, conv };
}
