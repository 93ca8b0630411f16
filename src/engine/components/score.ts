/**
 * Performance score and its multiplier (docs/rules-file.md; seed 001 绩效考核: team task 30,
 * handover 20, satisfaction 30, skill 20; commendation +5; violations light 2 / medium 10 /
 * severe 20; steps ≥90 → 100 %, ≥80 → 90 %, ≥70 → 80 %, below → 0, "当月绩效分在70分以上可拿到80%的绩效奖金").
 * Score points are integer hundredths; the multiplier is the exact ratio num/den.
 */
import type { CScore } from '../../policy/compiled';
import { RATE_SCALE, SCORE_SCALE } from '../../policy/compiled';
import type { AgentMonth } from '../records';

/** An exact multiplier num/den (den > 0). */
export interface Multiplier {
  num: number;
  den: number;
}

export const ONE: Multiplier = { num: 1, den: 1 };

const h = (points: number): number => Math.round(points * SCORE_SCALE);

/** The month's score in hundredths: parts (each at most its maximum) + commendations − violations, floored at 0, capped if the policy caps it. */
export function scoreOf(s: CScore, r: AgentMonth): number {
  const parts =
    Math.min(h(r.scoreTeamTask), s.partsMax.teamTask) +
    Math.min(h(r.scoreHandover), s.partsMax.handover) +
    Math.min(h(r.scoreSatisfaction), s.partsMax.satisfaction) +
    Math.min(h(r.scoreSkill), s.partsMax.skill);
  const raw =
    parts +
    s.commendation * r.commendations -
    (s.light * r.violationsLight + s.medium * r.violationsMedium + s.severe * r.violationsSevere);
  const floored = Math.max(0, raw);
  return s.cap === null ? floored : Math.min(floored, s.cap);
}

/** The multiplier of a score: score/100 as a factor, or the first step whose lower bound it reaches (0 below all). */
export function multiplierOf(s: CScore, scoreH: number): Multiplier {
  const m = { num: 0, den: 1 };
  multiplierInto(s, scoreH, m);
  return m;
}

/**
 * `multiplierOf` written into `out` (the kernel reuses one object), in lowest terms: the same
 * exact ratio, with smaller products in the lines it scales (90 % is 9/10, not 900000/1000000).
 */
export function multiplierInto(s: CScore, scoreH: number, out: Multiplier): void {
  let num = 0;
  let den = RATE_SCALE;
  if (s.steps === null) {
    num = scoreH;
    den = 100 * SCORE_SCALE;
  } else {
    for (const step of s.steps) {
      if (scoreH >= step.from) {
        num = step.multiplierPpm;
        break;
      }
    }
  }
  const g = gcd(num, den);
  out.num = num / g;
  out.den = den / g;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** The multiplier in ppm, rounded half up (for display and reports only; pay uses the exact ratio). */
export function multiplierPpm(m: Multiplier): number {
  return Math.round((m.num * RATE_SCALE) / m.den);
}
