/**
 * The fields of the scenario panel (issue 6 §2): shop profile, behaviour parameters, simulation
 * settings, each with its unit, sensible range and where its default comes from (shown on hover).
 * Pure data; the panel renders it. Ranges follow src/sim/scenarioValidate.ts (which has the last
 * word); sources follow src/behaviour/defaults.ts (domain.md §"Realistic behaviour", seeds 000–002,
 * or "assumption").
 *
 * `kind`: int / num (plain numbers), pct (a share stored 0–1, shown in %), money (a yuan decimal
 * string), bool, month ("YYYY-MM"), city, category (selects).
 */
import type { KeyPath } from './policyDraft';

export type FieldKind = 'int' | 'num' | 'pct' | 'money' | 'bool' | 'month' | 'city' | 'category' | 'text';

export interface FieldSpec {
  /** Key path inside the scenario ("shop", "agents"). */
  path: KeyPath;
  kind: FieldKind;
  /** Message key of the label. */
  label: string;
  /** Message key of the unit. */
  unit?: string;
  /** Range in display units (% for pct). */
  min?: number;
  max?: number;
  step?: number;
  /** Message key of where the default comes from. */
  source: string;
}

export interface FieldGroup {
  id: string;
  /** Message key of the heading. */
  title: string;
  fields: FieldSpec[];
}

const f = (path: KeyPath, kind: FieldKind, label: string, source: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  path,
  kind,
  label,
  source,
  ...extra,
});

const ROLE_KEYS = ['presales', 'aftersales', 'gold', 'supervisor'] as const;
const LEVEL_KEYS = ['junior', 'intermediate', 'senior', 'manager'] as const;
const perMonth = { unit: 'ui.unit.perMonth', min: 0, max: 100, step: 0.01 };

export const SHOP_GROUPS: FieldGroup[] = [
  {
    id: 'shop',
    title: 'ui.group.shop',
    fields: [
      f(['shop', 'name'], 'text', 'ui.f.shopName', 'ui.src.issue4'),
      f(['shop', 'city'], 'city', 'ui.f.city', 'ui.src.issue4'),
      f(['shop', 'agents'], 'int', 'ui.f.agents', 'ui.src.issue4', { unit: 'ui.unit.people', min: 1, max: 300, step: 1 }),
      f(['shop', 'teams'], 'int', 'ui.f.teams', 'ui.src.assumption', { unit: 'ui.unit.teams', min: 1, max: 300, step: 1 }),
      f(['shop', 'nightShiftShare'], 'pct', 'ui.f.nightShiftShare', 'ui.src.seed002Shift', { unit: 'ui.unit.pct', min: 0, max: 100, step: 1 }),
      f(['shop', 'promotionByTenure'], 'bool', 'ui.f.promotionByTenure', 'ui.src.seed001Promotion'),
      f(['shop', 'trainingCost'], 'money', 'ui.f.trainingCost', 'ui.src.assumption', { unit: 'ui.unit.yuan' }),
      f(['shop', 'recruitingCost'], 'money', 'cost.f.recruitingCost', 'ui.src.assumption', { unit: 'ui.unit.yuan' }),
    ],
  },
  {
    id: 'category',
    title: 'ui.group.category',
    fields: [
      f(['shop', 'category', 'id'], 'category', 'ui.f.category', 'ui.src.issue4'),
      f(['shop', 'category', 'meanOrderValue'], 'money', 'ui.f.meanOrderValue', 'ui.src.domainAov', { unit: 'ui.unit.yuan' }),
      f(['shop', 'category', 'orderValueSigma'], 'num', 'ui.f.orderValueSigma', 'ui.src.assumption', { min: 0, max: 3, step: 0.05 }),
      f(['shop', 'category', 'returnRate'], 'pct', 'ui.f.returnRate', 'ui.src.domainReturns', { unit: 'ui.unit.pct', min: 0, max: 100, step: 1 }),
      f(['shop', 'category', 'nonQualityReturnShare'], 'pct', 'ui.f.nonQualityReturnShare', 'ui.src.assumption', { unit: 'ui.unit.pct', min: 0, max: 100, step: 1 }),
      f(['shop', 'category', 'badReviewRate'], 'pct', 'ui.f.badReviewRate', 'ui.src.assumption', { unit: 'ui.unit.pct', min: 0, max: 100, step: 0.01 }),
      f(['shop', 'category', 'badReviewReversal'], 'pct', 'ui.f.badReviewReversal', 'ui.src.assumption', { unit: 'ui.unit.pct', min: 0, max: 100, step: 1 }),
      f(['shop', 'category', 'grossMargin'], 'pct', 'cost.f.grossMargin', 'cost.src.grossMargin', { unit: 'ui.unit.pct', min: 0, max: 100, step: 1 }),
    ],
  },
  {
    id: 'demand',
    title: 'ui.group.demand',
    fields: [
      f(['shop', 'buyersPerDay'], 'num', 'ui.f.buyersPerDay', 'ui.src.domainBuyers', { unit: 'ui.unit.buyersPerDay', min: 0, max: 2000, step: 1 }),
      f(['shop', 'casesPerDay'], 'num', 'ui.f.casesPerDay', 'ui.src.assumption', { unit: 'ui.unit.casesPerDay', min: 0, max: 2000, step: 1 }),
      f(['shop', 'peak618'], 'num', 'ui.f.peak618', 'ui.src.domainSeasonality', { unit: 'ui.unit.times', min: 0.1, max: 10, step: 0.05 }),
      f(['shop', 'peak1111'], 'num', 'ui.f.peak1111', 'ui.src.domainSeasonality', { unit: 'ui.unit.times', min: 0.1, max: 10, step: 0.05 }),
    ],
  },
  {
    id: 'mix',
    title: 'ui.group.mix',
    fields: [
      ...ROLE_KEYS.map((r) => f(['shop', 'roleMix', r], 'num', `ui.role.${r}`, 'ui.src.seed001Roles', { unit: 'ui.unit.weight', min: 0, max: 300, step: 1 })),
      ...LEVEL_KEYS.map((l) => f(['shop', 'levelMix', l], 'num', `ui.level.${l}`, 'ui.src.seed000Levels', { unit: 'ui.unit.weight', min: 0, max: 300, step: 1 })),
    ],
  },
  {
    id: 'market',
    title: 'ui.group.market',
    fields: ROLE_KEYS.map((r) => f(['shop', 'marketPay', r], 'money', `ui.role.${r}`, 'ui.src.domainMarketPay', { unit: 'ui.unit.yuanPerMonth' })),
  },
];

export const BEHAVIOUR_GROUPS: FieldGroup[] = [
  {
    id: 'response',
    title: 'ui.group.response',
    fields: [
      f(['behaviour', 'effortElasticity'], 'num', 'ui.f.effortElasticity', 'ui.src.behaviourModel', { min: 0, max: 10, step: 0.05 }),
      f(['behaviour', 'fineElasticity'], 'num', 'ui.f.fineElasticity', 'ui.src.behaviourModel', { min: 0, max: 10, step: 0.05 }),
      f(['behaviour', 'fineReference'], 'money', 'ui.f.fineReference', 'ui.src.behaviourModel', { unit: 'ui.unit.yuan' }),
      f(['behaviour', 'quitPayElasticity'], 'num', 'ui.f.quitPayElasticity', 'ui.src.behaviourModel', { min: 0, max: 10, step: 0.05 }),
    ],
  },
  {
    id: 'sales',
    title: 'ui.group.sales',
    fields: [
      f(['behaviour', 'conversion'], 'pct', 'ui.f.conversion', 'ui.src.domainConversion', { unit: 'ui.unit.pct', min: 0.1, max: 99.9, step: 1 }),
      f(['behaviour', 'skillSpread'], 'num', 'ui.f.skillSpread', 'ui.src.assumption', { min: 0, max: 3, step: 0.05 }),
      f(['behaviour', 'monthNoise'], 'num', 'ui.f.monthNoise', 'ui.src.assumption', { min: 0, max: 3, step: 0.01 }),
      f(['behaviour', 'paymentRate'], 'pct', 'ui.f.paymentRate', 'ui.src.assumption', { unit: 'ui.unit.pct', min: 0, max: 100, step: 1 }),
      f(['behaviour', 'chaseRate'], 'pct', 'ui.f.chaseRate', 'ui.src.seed000Chase', { unit: 'ui.unit.pct', min: 0, max: 100, step: 1 }),
      f(['behaviour', 'flagShare'], 'pct', 'ui.f.flagShare', 'ui.src.seed000Flag', { unit: 'ui.unit.pct', min: 0, max: 100, step: 1 }),
    ],
  },
  {
    id: 'conduct',
    title: 'ui.group.conduct',
    fields: [
      f(['behaviour', 'diligenceSpread'], 'num', 'ui.f.diligenceSpread', 'ui.src.assumption', { min: 0, max: 3, step: 0.05 }),
      f(['behaviour', 'dispersion'], 'num', 'ui.f.dispersion', 'ui.src.assumption', { min: 0.01, max: 1000, step: 0.05 }),
      f(['behaviour', 'leaveDays'], 'num', 'ui.f.leaveDays', 'ui.src.assumption', { unit: 'ui.unit.daysPerMonth', min: 0, max: 31, step: 0.1 }),
      f(['behaviour', 'absences'], 'num', 'ui.f.absences', 'ui.src.seed000Fines', perMonth),
      f(['behaviour', 'latesShort'], 'num', 'ui.f.latesShort', 'ui.src.seed000Fines', perMonth),
      f(['behaviour', 'latesLong'], 'num', 'ui.f.latesLong', 'ui.src.seed000Fines', perMonth),
      f(['behaviour', 'slowReplies'], 'num', 'ui.f.slowReplies', 'ui.src.seed000Fines', { ...perMonth, max: 1000 }),
      f(['behaviour', 'unanswered30m'], 'num', 'ui.f.unanswered30m', 'ui.src.seed000Fines', { ...perMonth, max: 1000 }),
      f(['behaviour', 'unanswered2h'], 'num', 'ui.f.unanswered2h', 'ui.src.seed000Fines', { ...perMonth, max: 1000 }),
      f(['behaviour', 'idleHangs'], 'num', 'ui.f.idleHangs', 'ui.src.seed000Fines', perMonth),
      f(['behaviour', 'violationsLight'], 'num', 'ui.f.violationsLight', 'ui.src.seed001Score', perMonth),
      f(['behaviour', 'violationsMedium'], 'num', 'ui.f.violationsMedium', 'ui.src.seed001Score', perMonth),
      f(['behaviour', 'violationsSevere'], 'num', 'ui.f.violationsSevere', 'ui.src.seed001Score', perMonth),
      f(['behaviour', 'commendations'], 'num', 'ui.f.commendations', 'ui.src.seed001Score', perMonth),
      f(['behaviour', 'warnings'], 'num', 'ui.f.warnings', 'ui.src.seed001Score', perMonth),
    ],
  },
  {
    id: 'turnover',
    title: 'ui.group.turnover',
    fields: [
      f(['behaviour', 'quitEarly'], 'pct', 'ui.f.quitEarly', 'ui.src.domainTurnover', { unit: 'ui.unit.pctPerMonth', min: 0, max: 100, step: 0.1 }),
      f(['behaviour', 'quitSettled'], 'pct', 'ui.f.quitSettled', 'ui.src.domainTurnover', { unit: 'ui.unit.pctPerMonth', min: 0, max: 100, step: 0.01 }),
      f(['behaviour', 'vacancyMonths'], 'num', 'ui.f.vacancyMonths', 'ui.src.assumption', { unit: 'ui.unit.months', min: 0, max: 24, step: 0.1 }),
      f(['behaviour', 'dismissalDays'], 'int', 'ui.f.dismissalDays', 'ui.src.assumption', { unit: 'ui.unit.days', min: 1, max: 31, step: 1 }),
    ],
  },
  {
    // domain.md §"What a policy really costs": a new hire's ramp, colleagues' capacity for empty posts
    id: 'people',
    title: 'cost.group.people',
    fields: [
      f(['behaviour', 'ramp', 0], 'pct', 'cost.f.ramp1', 'cost.src.ramp', { unit: 'ui.unit.pct', min: 1, max: 100, step: 1 }),
      f(['behaviour', 'ramp', 1], 'pct', 'cost.f.ramp2', 'cost.src.ramp', { unit: 'ui.unit.pct', min: 1, max: 100, step: 1 }),
      f(['behaviour', 'capacity'], 'num', 'cost.f.capacity', 'cost.src.capacity', { unit: 'ui.unit.times', min: 1, max: 10, step: 0.05 }),
    ],
  },
];

export const SETTINGS_FIELDS: FieldSpec[] = [
  f(['settings', 'startMonth'], 'month', 'ui.f.startMonth', 'ui.src.settings'),
  f(['settings', 'months'], 'int', 'ui.f.months', 'ui.src.settings', { unit: 'ui.unit.months', min: 1, max: 120, step: 1 }),
  f(['settings', 'replications'], 'int', 'ui.f.replications', 'ui.src.settings', { unit: 'ui.unit.reps', min: 1, max: 100000, step: 1 }),
  f(['settings', 'seed'], 'int', 'ui.f.seed', 'ui.src.settings', { min: 0, max: 4294967295, step: 1 }),
];

/** The elasticities the switch 行为随薪酬变化 turns off (all 0) and back on. */
export const ELASTICITIES = ['effortElasticity', 'fineElasticity', 'quitPayElasticity'] as const;

/** A number shown in % from a stored share, without binary noise (0.47 → 47, 0.0173 → 1.73). */
export function toPercent(share: number): number {
  return Number((share * 100).toPrecision(12));
}

/** A typed % back to a share (47 → 0.47). */
export function fromPercent(pct: number): number {
  return Number((pct / 100).toPrecision(12));
}
