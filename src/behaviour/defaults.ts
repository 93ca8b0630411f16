/**
 * Calibration defaults of the shop profile and behaviour parameters, each with its source or the
 * label "assumption" (the same table is in docs/behaviour.md). Sources: shared/domain.md §"Realistic
 * behaviour" (conversion, buyers per day, AOV, returns, seasonality, turnover, market pay), seed 002
 * (shifts: 白班/晚班, six days on, one off), seed 001 (roles; levels and promotion by tenure; 扣分标准),
 * seed 000 (fines, the behaviours they target).
 */
import type { Level, Role } from '../policy/types';
import type { BehaviourParams, CategoryParams, ShopProfile } from './params';

/** National online-retail seasonality 2024, ratio to an average month, January first (domain.md). */
export const NATIONAL_SEASONALITY: readonly number[] = [0.83, 0.83, 0.88, 0.88, 1.02, 1.02, 0.96, 1.02, 1.02, 1.02, 1.35, 1.17];

/** Built-in product categories (domain.md: AOV 80–300 yuan; apparel returns 30–60 %, others far lower). */
export const CATEGORIES: Readonly<Record<string, CategoryParams>> = {
  // returnRate 0.40 (domain.md 30–60 %); σ, non-quality share, bad reviews and reversal: assumptions
  apparel: {
    id: 'apparel',
    meanOrderValue: '150.00',
    orderValueSigma: 0.6,
    returnRate: 0.4,
    nonQualityReturnShare: 0.85,
    badReviewRate: 0.002,
    badReviewReversal: 0.5,
    // domain.md §"What a policy really costs": 30–50 % for apparel (assumption)
    grossMargin: 0.4,
  },
  // assumptions: lower return rates than apparel (domain.md "other categories far lower")
  cosmetics: {
    id: 'cosmetics',
    meanOrderValue: '120.00',
    orderValueSigma: 0.5,
    returnRate: 0.08,
    nonQualityReturnShare: 0.7,
    badReviewRate: 0.0015,
    badReviewReversal: 0.5,
    grossMargin: 0.6,
  },
  electronics: {
    id: 'electronics',
    meanOrderValue: '300.00',
    orderValueSigma: 0.8,
    returnRate: 0.06,
    nonQualityReturnShare: 0.5,
    badReviewRate: 0.002,
    badReviewReversal: 0.4,
    grossMargin: 0.2,
  },
  food: {
    id: 'food',
    meanOrderValue: '80.00',
    orderValueSigma: 0.5,
    returnRate: 0.03,
    nonQualityReturnShare: 0.5,
    badReviewRate: 0.0015,
    badReviewReversal: 0.5,
    grossMargin: 0.3,
  },
};

const ROLE_MIX: Record<Role, number> = { presales: 17, aftersales: 8, gold: 2, supervisor: 3 };
const LEVEL_MIX: Record<Level, number> = { junior: 4, intermediate: 3, senior: 2, manager: 1 };

/** The default shop: a 30-agent apparel shop in Hangzhou (issue 4). */
export function defaultShop(): ShopProfile {
  return {
    name: '杭州女装店 (Hangzhou apparel shop)',
    city: 'hangzhou',
    category: { ...CATEGORIES.apparel! },
    agents: 30,
    teams: 3,
    roleMix: { ...ROLE_MIX },
    levelMix: { ...LEVEL_MIX },
    nightShiftShare: 0.3,
    seasonality: [...NATIONAL_SEASONALITY],
    peak618: 1,
    peak1111: 1,
    buyersPerDay: 120,
    casesPerDay: 35,
    marketPay: { presales: '4000.00', aftersales: '3800.00', gold: '5000.00', supervisor: '5500.00' },
    trainingCost: '1500.00',
    recruitingCost: '800.00',
    promotionByTenure: true,
  };
}

/** Default behaviour parameters (sources in docs/behaviour.md). */
export function defaultBehaviour(): BehaviourParams {
  return {
    conversion: 0.47,
    skillSpread: 0.35,
    monthNoise: 0.12,
    paymentRate: 0.9,
    chaseRate: 0.25,
    flagShare: 0.08,

    diligenceSpread: 0.5,
    dispersion: 0.8,
    leaveDays: 0.8,
    absences: 0.08,
    latesShort: 1.2,
    latesLong: 0.4,
    slowReplies: 3,
    unanswered30m: 0.25,
    unanswered2h: 0.05,
    idleHangs: 0.08,
    violationsLight: 1,
    violationsMedium: 0.08,
    violationsSevere: 0.01,
    commendations: 0.15,
    warnings: 0.02,

    quitEarly: 0.18,
    quitSettled: 0.0173,
    vacancyMonths: 0.5,
    dismissalDays: 3,

    effortElasticity: 0.3,
    fineElasticity: 0.5,
    fineReference: '50.00',
    quitPayElasticity: 1,

    ramp: [0.7, 0.85],
    capacity: 1.25,
  };
}

/**
 * Share of a full 售前 inquiry load and a full 售后 case load each role carries (assumption: 金牌
 * handles both, 主管 serves some buyers besides managing; seed 001 role list, seed 003 duties).
 */
export const ROLE_WORKLOAD: Readonly<Record<Role, { inquiries: number; cases: number }>> = {
  presales: { inquiries: 1, cases: 0 },
  aftersales: { inquiries: 0, cases: 1 },
  gold: { inquiries: 0.6, cases: 0.4 },
  supervisor: { inquiries: 0.3, cases: 0.2 },
};

/** Tenure (completed months) at which seed 001 allows promotion: 中级 3, 高级 12, 资深 24. */
export const PROMOTION_MONTHS: Readonly<Record<Level, number>> = { junior: 0, intermediate: 3, senior: 12, manager: 24 };

/** Typical points of the four assessed parts (seed 001: team task 30, handover 20, satisfaction 30, skill 20); assumption. */
export const SCORE_TYPICAL = { teamTask: 26, handover: 17, satisfaction: 27, skill: 17 } as const;
/** Typical team score of a month, 0–100, and its spread between months (assumption). */
export const TEAM_SCORE_TYPICAL = 82;
export const TEAM_SCORE_SPREAD = 6;

/**
 * The night shift relative to the day shift (assumption): 17:30–22:30 (seed 002) is shorter than
 * 9:00–17:30 but holds the evening peak, so 0.8 of the buyers; starting at 17:30, fewer lates.
 */
export const NIGHT_SHIFT = { buyers: 0.8, cases: 0.8, lates: 0.7 } as const;
