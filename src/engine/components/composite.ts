/**
 * Composite KPI score (docs/rules-file.md 12, the template shops use today: sales vs target 30,
 * conversion 20, average order value 20, reply rate 20, response time 5, attendance 5): each
 * metric scores 0–100 points, linearly between a worst and a best value (clamped; "best" may be
 * below "worst", as for response time) or by steps; composite = Σ weight × part ÷ 100 computed
 * exactly (BigInt fractions), then rounded half up once to the hundredth of a point, the unit of
 * every score (docs/rules-file.md 6), and used as the month's score. An absent metric scores 0 points.
 */
import type { CCompositePart } from '../../policy/compiled';
import { METRIC_SCALE } from '../../policy/compiled';
import type { Frac } from './metrics';
import { compareBound, metricValue } from './metrics';
import type { AgentMonth } from '../records';

export interface CompositeResult {
  /** The composite in hundredths of a point, rounded half up. */
  scoreH: number;
  /** Each part's points in hundredths, rounded half up (for the payslip's explanation only). */
  partsH: (number | null)[];
}

/** A part's score as a fraction of 1 (linear) in BigInt: [num, den]. */
function linearFraction(v: Frac, worst: number, best: number): [bigint, bigint] {
  // f = (v − worst) / (best − worst), v = n/d, bounds in millionths.
  let num = BigInt(v.num) * BigInt(METRIC_SCALE) - BigInt(worst) * BigInt(v.den);
  let den = BigInt(v.den) * BigInt(best - worst);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (num <= 0n) return [0n, 1n];
  if (num >= den) return [1n, 1n];
  return [num, den];
}

const roundHalfUp = (num: bigint, den: bigint): number => Number((2n * num + den) / (2n * den));

/** The composite of a record with net sales `netFen` and monthly target `targetFen` (metrics.ts `metricValue`). */
export function compositeScore(parts: readonly CCompositePart[], r: AgentMonth, netFen: number, targetFen: number | null): CompositeResult {
  // Σ weightH × f (linear) or weightH × pointsH / 10000 (steps), as one exact fraction N/D.
  let N = 0n;
  let D = 1n;
  const partsH: (number | null)[] = [];
  for (const part of parts) {
    const v = metricValue(part.metric, r, netFen, targetFen);
    if (v === null) {
      partsH.push(null);
      continue;
    }
    let n: bigint;
    let d: bigint;
    if (part.scoring.type === 'linear') {
      const [fn, fd] = linearFraction(v, part.scoring.worst, part.scoring.best);
      n = BigInt(part.weightH) * fn;
      d = fd;
      partsH.push(roundHalfUp(10000n * fn, fd));
    } else {
      let pointsH = 0;
      for (const s of part.scoring.steps) {
        const c = compareBound(v, s.bound);
        if (part.scoring.higher ? c >= 0 : c <= 0) {
          pointsH = s.pointsH;
          break;
        }
      }
      n = BigInt(part.weightH) * BigInt(pointsH);
      d = 10000n;
      partsH.push(pointsH);
    }
    N = N * d + n * D;
    D = D * d;
  }
  return { scoreH: roundHalfUp(N, D), partsH };
}
