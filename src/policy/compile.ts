/**
 * `compilePolicy`: a rules file → the integer form the engine computes with (compiled.ts), exactly,
 * with decimal.js: yuan → integer fen, rates and multipliers → integer ppm (RATE_SCALE), score points
 * → integer hundredths (SCORE_SCALE). A flat rate becomes one bracket from 0 with method 'flat';
 * tiered brackets are sorted ascending, score steps descending. The document is validated first, so
 * a hand-built draft with a fractional fen or an unknown field is refused (InputError), never
 * rounded. Semantics: shared/domain.md §"Pay components" 1–11.
 */
import { Decimal } from 'decimal.js';
import { InputError } from '../i18n/problem';
import { METRIC_SCALE, RATE_SCALE, SCORE_SCALE, type CKpi, type CCommission, type CRate, type CompiledPolicy, type CScore, type FenByLevel } from './compiled';
import { LEVELS, type ByLevel, type Commission, type FlatRate, type Kpi, type PolicyDoc, type Score, type TieredRate } from './types';
import { validatePolicy } from './validate';

/** `value × scale` as a safe integer; the validator's decimal limits guarantee it is one. */
function scaled(value: string, scale: number): number {
  const d = new Decimal(value).times(scale);
  if (!d.isInteger() || d.abs().gt(Number.MAX_SAFE_INTEGER)) throw new Error(`compilePolicy: ${value} × ${scale} is not a safe integer`);
  return d.toNumber();
}

export const toFen = (yuan: string): number => scaled(yuan, 100);
export const toPpm = (rate: string): number => scaled(rate, RATE_SCALE);
export const toHundredths = (points: string): number => scaled(points, SCORE_SCALE);

export const toMetric = (value: string): number => scaled(value, METRIC_SCALE);

const fenByLevel = (b: ByLevel): FenByLevel => Object.fromEntries(LEVELS.map((l) => [l, toFen(b[l])])) as FenByLevel;

function compileRate(r: FlatRate | TieredRate): CRate {
  if (r.type === 'flat') return { method: 'flat', brackets: [{ fromFen: 0, ratePpm: toPpm(r.rate) }] };
  const brackets = r.brackets.map((b) => ({ fromFen: toFen(b.from), ratePpm: toPpm(b.rate) }));
  brackets.sort((a, b) => a.fromFen - b.fromFen);
  return { method: r.method, brackets };
}

function compileCommission(c: Commission): CCommission {
  switch (c.type) {
    case 'none':
      return { type: 'none' };
    case 'flat':
      return { type: 'rate', rate: compileRate(c), basis: 'personal', applyScore: c.applyScore };
    case 'tiered':
      return { type: 'rate', rate: compileRate(c), basis: c.basis, applyScore: c.applyScore };
    case 'conversion':
      return {
        type: 'conversion',
        brackets: c.brackets.map((b) => ({ from: toMetric(b.from), ratePpm: toPpm(b.rate) })).sort((a, b) => a.from - b.from),
        applyScore: c.applyScore,
      };
    case 'role':
      return {
        type: 'role',
        presalesPpm: toPpm(c.presales),
        aftersalesPpm: toPpm(c.aftersales),
        goldSalesPpm: toPpm(c.gold.sales),
        goldCasesPpm: toPpm(c.gold.cases),
        supervisorPpm: toPpm(c.supervisor),
      };
  }
}

function compileScore(s: Score): CScore {
  const steps =
    s.multiplier.type === 'factor'
      ? null
      : s.multiplier.steps.map((st) => ({ from: toHundredths(st.from), multiplierPpm: toPpm(st.multiplier) })).sort((a, b) => b.from - a.from);
  return {
    partsMax: {
      teamTask: toHundredths(s.parts.teamTask),
      handover: toHundredths(s.parts.handover),
      satisfaction: toHundredths(s.parts.satisfaction),
      skill: toHundredths(s.parts.skill),
    },
    commendation: toHundredths(s.commendation),
    light: toHundredths(s.violations.light),
    medium: toHundredths(s.violations.medium),
    severe: toHundredths(s.violations.severe),
    cap: s.cap === null ? null : toHundredths(s.cap),
    steps,
  };
}

function compileKpi(k: Kpi): CKpi {
  return {
    gates: k.gates.map((g) => ({ metric: g.metric, atLeast: g.direction === 'atLeast', threshold: toMetric(g.threshold), factorPpm: toPpm(g.factor), lines: [...g.lines] })),
    afterSales: k.afterSales && {
      perReversedFen: k.afterSales.perReversed === null ? null : toFen(k.afterSales.perReversed),
      goodReview: k.afterSales.goodReview.map((s) => ({ bound: toMetric(s.bound), amountFen: toFen(s.amount) })).sort((a, b) => b.bound - a.bound),
      returnRate: k.afterSales.returnRate.map((s) => ({ bound: toMetric(s.bound), amountFen: toFen(s.amount) })).sort((a, b) => a.bound - b.bound),
    },
    composite: k.composite && k.composite.map((part) => ({
      metric: part.metric,
      weightH: toHundredths(part.weight),
      scoring:
        part.scoring.type === 'linear'
          ? { type: 'linear', worst: toMetric(part.scoring.worst), best: toMetric(part.scoring.best) }
          : {
              type: 'steps',
              higher: part.scoring.better === 'higher',
              steps: part.scoring.steps
                .map((s) => ({ bound: toMetric(s.bound), pointsH: toHundredths(s.points) }))
                .sort((a, b) => (part.scoring.type === 'steps' && part.scoring.better === 'higher' ? b.bound - a.bound : a.bound - b.bound)),
            },
    })),
    target: k.target && {
      byLevelFen: k.target.byLevel && fenByLevel(k.target.byLevel),
      payout: k.target.payout
        .map((row) => ({ from: toMetric(row.from), amountFen: row.amount === undefined ? null : toFen(row.amount), ratePpm: row.rate === undefined ? null : toPpm(row.rate) }))
        .sort((a, b) => b.from - a.from),
      capFen: k.target.cap === null ? null : toFen(k.target.cap),
    },
    rank: k.rank && { metric: k.rank.metric, higher: k.rank.better === 'higher', amountsFen: k.rank.amounts.map(toFen) },
  };
}

export function compilePolicy(doc: PolicyDoc): CompiledPolicy {
  const checked = validatePolicy(doc);
  if (!checked.ok) throw new InputError(checked.problems);
  const p = checked.policy;
  const b = p.bonuses;
  const f = p.fines;
  return {
    name: p.name,
    city: p.city,
    baseFen: p.base && fenByLevel(p.base),
    probation: p.probation && { months: p.probation.months, payFen: toFen(p.probation.pay) },
    guarantee: p.guarantee && { byTenureYearFen: p.guarantee.byTenureYear.map(toFen), mode: p.guarantee.mode },
    commission: compileCommission(p.commission),
    pool: p.pool && {
      rate: compileRate(p.pool.rate),
      split: p.pool.split,
      applyScore: p.pool.applyScore,
      individualSharePpm: p.pool.individualShare === undefined ? null : toPpm(p.pool.individualShare),
    },
    score: p.score && compileScore(p.score),
    performancePayFen: p.performancePay && fenByLevel(p.performancePay.byLevel),
    dismissal: p.dismissal && {
      passMark: toHundredths(p.dismissal.passMark),
      consecutiveMonths: p.dismissal.consecutiveMonths,
      warningsPerYear: p.dismissal.warningsPerYear,
    },
    bonuses: {
      teamScorePpm: b.teamScore && toPpm(b.teamScore.rate),
      fullAttendanceFen: b.fullAttendance === null ? null : toFen(b.fullAttendance),
      livingSubsidyFen: b.livingSubsidy === null ? null : toFen(b.livingSubsidy),
      seniority: b.seniority && { perYearFen: toFen(b.seniority.perYear), fromYears: b.seniority.fromYears },
      topPerformerFen: b.topPerformer === null ? null : toFen(b.topPerformer),
    },
    fines: f && {
      lateShortFree: f.lateShort.free,
      lateShortFen: toFen(f.lateShort.each),
      lateLongFen: toFen(f.lateLong.each),
      absenceFen: toFen(f.absence.each),
      slowOver: f.slowReplies.over,
      slowFen: toFen(f.slowReplies.amount),
      unanswered30Fen: toFen(f.unanswered.over30m),
      unanswered2hFen: toFen(f.unanswered.over2h),
      unansweredStack: f.unanswered.stack,
      idleHangFen: toFen(f.idleHang.each),
      badReviewFen: toFen(f.badReview.each),
      capFen: f.cap === null ? null : toFen(f.cap),
      legalCap: f.legalCap,
    },
    contributions: p.contributions,
    kpi: p.kpi ? compileKpi(p.kpi) : null,
  };
}
