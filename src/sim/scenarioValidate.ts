/**
 * `validateScenario`: checks a raw value (parsed JSON, a UI draft) against the scenario format
 * (docs/scenario-file.md) and returns the problems of the scenario itself apart from those of each
 * variant's rules file, so a UI can skip one bad variant and still run the rest. Omitted fields of
 * `shop`, `shop.category` and `behaviour` take their defaults (src/behaviour/defaults.ts); the
 * returned scenario is complete, in canonical key order. Limits: 1–300 agents (docs/charts.md: shops of
 * 5–300), 1–120 months, 1–12 variants, exactly one baseline. Each rules file is checked by
 * validatePolicy (src/policy/validate.ts); its problems are reported under `$.variants[i].policy`.
 */
import { LEVELS, ROLES, type Role } from '../policy/types';
import { CITY_CHOICES, CUSTOM_CITY, sameCustomCity } from '../policy/cities';
import { readCustomCity } from '../policy/validateCity';
import { MONEY, Reader, show, type DecimalKind, type Presence } from '../policy/reader';
import { childPath, indexPath } from '../policy/path';
import { validatePolicy } from '../policy/validate';
import type { Problem } from '../i18n/problem';
import { MAX_AGENTS, MAX_MONTHS, type BehaviourParams, type CategoryParams, type SeatedAgent, type ShopProfile } from '../behaviour/params';
import { CATEGORIES, defaultBehaviour, defaultShop } from '../behaviour/defaults';
import { SCENARIO_FORMAT, VARIANT_COLOURS, type CalibrationNote, type CalibrationNoteEstimate, type Scenario, type SimSettings, type Variant } from './scenario';
import { readRoster } from './roster';

/** Limits of a scenario (docs/scenario-file.md §"Limits"). */
export const SCENARIO_LIMITS = {
  agents: MAX_AGENTS,
  months: MAX_MONTHS,
  variants: 12,
  replications: 100000,
  seed: 4294967295,
  nameLength: 200,
  descriptionLength: 20000,
  variantNameLength: 60,
  firstYear: 2000,
  lastYear: 2100,
} as const;

/** The result of checking a scenario. */
export interface ScenarioCheck {
  /** Problems of the scenario itself: format, shop, behaviour, settings, the list of variants and the baseline mark. */
  problems: Problem[];
  /** Problems of each variant (its rules file under `$.variants[i].policy`, its name), by index. */
  variantProblems: Problem[][];
  /**
   * The scenario with only the usable variants when `problems` is empty, else null. A variant with
   * problems is left out (its baseline mark too: then `baselineUsable` is false).
   */
  scenario: Scenario | null;
  /** Indexes (in the input) of the variants kept in `scenario`. */
  usable: number[];
  /** The variant marked baseline is usable. */
  baselineUsable: boolean;
}

export const SCENARIO_FIELDS: Readonly<Record<keyof Scenario, Presence>> = {
  format: 'required',
  name: 'required',
  description: 'optional',
  shop: 'required',
  behaviour: 'optional',
  variants: 'required',
  settings: 'required',
  budget: 'optional',
  roster: 'optional',
  calibration: 'optional',
};

/**
 * The budget: yuan with at most 2 decimals, at most 10^11 yuan (10^13 fen, inside 2^53; above what
 * 300 agents at the 1 000 000-yuan monthly cap of a money field cost in 120 months, 3.6 × 10^10).
 */
export const BUDGET: DecimalKind = { decimals: 2, decimalsKey: 'policy.moneyDecimals', max: '100000000000', maxKey: 'workspace.budgetTooLarge' };

export const SHOP_FIELDS: Readonly<Record<keyof ShopProfile, Presence>> = {
  name: 'optional',
  city: 'optional',
  customCity: 'optional',
  category: 'optional',
  agents: 'optional',
  teams: 'optional',
  roleMix: 'optional',
  levelMix: 'optional',
  nightShiftShare: 'optional',
  seasonality: 'optional',
  peak618: 'optional',
  peak1111: 'optional',
  buyersPerDay: 'optional',
  casesPerDay: 'optional',
  marketPay: 'optional',
  trainingCost: 'optional',
  recruitingCost: 'optional',
  promotionByTenure: 'optional',
  roster: 'optional',
};

export const ROSTER_FIELDS: Readonly<Record<keyof SeatedAgent, Presence>> = {
  agentId: 'required',
  name: 'required',
  team: 'required',
  role: 'required',
  level: 'required',
  hireMonth: 'required',
  skill: 'required',
};

export const CALIBRATION_FIELDS: Readonly<Record<keyof CalibrationNote, Presence>> = { from: 'required', to: 'required', records: 'required', estimates: 'required' };
export const CALIBRATION_ESTIMATE_FIELDS: Readonly<Record<keyof CalibrationNoteEstimate, Presence>> = {
  id: 'required',
  value: 'required',
  low: 'required',
  high: 'required',
  support: 'required',
  method: 'required',
  used: 'required',
  usedValue: 'required',
};
/** Most estimates a calibration note may list (the estimate families give about 60). */
export const MAX_CALIBRATION_ESTIMATES = 200;

export const CATEGORY_FIELDS: Readonly<Record<keyof CategoryParams, Presence>> = {
  id: 'required',
  meanOrderValue: 'optional',
  orderValueSigma: 'optional',
  returnRate: 'optional',
  nonQualityReturnShare: 'optional',
  badReviewRate: 'optional',
  badReviewReversal: 'optional',
  grossMargin: 'optional',
};

export const SETTINGS_FIELDS: Readonly<Record<keyof SimSettings, Presence>> = {
  startMonth: 'required',
  months: 'required',
  replications: 'required',
  seed: 'required',
};

export const VARIANT_FIELDS: Readonly<Record<keyof Variant, Presence>> = { name: 'required', baseline: 'required', policy: 'required', colour: 'optional' };

/** How each behaviour parameter is checked: [min, max, integer]. A share or chance is in [0, 1]. */
export const BEHAVIOUR_RANGES: Readonly<Record<keyof BehaviourParams, readonly [number, number, boolean?]>> = {
  conversion: [0.001, 0.999],
  skillSpread: [0, 3],
  monthNoise: [0, 3],
  paymentRate: [0, 1],
  chaseRate: [0, 1],
  flagShare: [0, 1],
  diligenceSpread: [0, 3],
  dispersion: [0.01, 1000],
  leaveDays: [0, 31],
  absences: [0, 31],
  latesShort: [0, 100],
  latesLong: [0, 100],
  slowReplies: [0, 1000],
  unanswered30m: [0, 1000],
  unanswered2h: [0, 1000],
  idleHangs: [0, 100],
  violationsLight: [0, 100],
  violationsMedium: [0, 100],
  violationsSevere: [0, 100],
  commendations: [0, 100],
  warnings: [0, 100],
  quitEarly: [0, 1],
  quitSettled: [0, 1],
  vacancyMonths: [0, 24],
  dismissalDays: [1, 31, true],
  effortElasticity: [0, 10],
  fineElasticity: [0, 10],
  fineReference: [0, 0],
  quitPayElasticity: [0, 10],
  // each month's multiplier of the list (0, 1]; the list has 0–RAMP_MAX_MONTHS entries
  ramp: [0.01, 1],
  capacity: [1, 10],
};

/** Longest ramp list (tenure months) a scenario may give. */
export const RAMP_MAX_MONTHS = 24;

export const CATEGORY_RANGES: Readonly<Record<Exclude<keyof CategoryParams, 'id' | 'meanOrderValue'>, readonly [number, number]>> = {
  orderValueSigma: [0, 3],
  returnRate: [0, 1],
  nonQualityReturnShare: [0, 1],
  badReviewRate: [0, 1],
  badReviewReversal: [0, 1],
  grossMargin: [0, 1],
};

/** Gross margin of a category of the owner's own that does not give one (the apparel default; an assumption). */
export const DEFAULT_GROSS_MARGIN = 0.4;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

class ScenarioReader extends Reader {
  /** A finite number in [min, max] that may be negative (a skill on the logit scale, an interval bound). */
  signed(path: string, v: unknown, min: number, max: number): number | undefined {
    if (typeof v !== 'number' || !Number.isFinite(v)) return void this.add(path, 'scenario.expectedNumber', { actual: show(v) });
    if (v < min || v > max) return void this.add(path, 'scenario.numberRange', { value: v, min, max });
    return v;
  }

  /** A finite number in [min, max] (an integer when asked). Negative values get their own message. */
  num(path: string, v: unknown, min: number, max: number, integer = false, rangeKey = 'scenario.numberRange'): number | undefined {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.add(path, typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? 'scenario.numberQuoted' : 'scenario.expectedNumber', { actual: show(v) });
      return undefined;
    }
    if (v < 0 && min >= 0) {
      this.add(path, 'scenario.negative', { value: v });
      return undefined;
    }
    if (integer && !Number.isInteger(v)) {
      this.add(path, 'scenario.expectedInteger', { value: v });
      return undefined;
    }
    if (v < min || v > max) {
      this.add(path, rangeKey, { value: v, min, max });
      return undefined;
    }
    return v;
  }

  at<T>(o: Record<string, unknown>, path: string, k: string, read: (path: string, v: unknown) => T | undefined): T | undefined {
    return this.has(o, k) ? read(childPath(path, k), o[k]) : undefined;
  }

  /** Weights by key (all ≥ 0, at least one > 0). */
  weights<K extends string>(path: string, v: unknown, keys: readonly K[]): Record<K, number> | undefined {
    const o = this.object(path, v, Object.fromEntries(keys.map((k) => [k, 'required'])) as Record<string, Presence>);
    if (!o) return undefined;
    const out = {} as Record<K, number>;
    let ok = true;
    let sum = 0;
    for (const k of keys) {
      const x = this.at(o, path, k, (p, y) => this.num(p, y, 0, 1e6));
      if (x === undefined) ok = false;
      else {
        out[k] = x;
        sum += x;
      }
    }
    if (!ok) return undefined;
    if (sum <= 0) {
      this.add(path, 'scenario.mixEmpty');
      return undefined;
    }
    return out;
  }

  money = (path: string, v: unknown) => this.decimal(path, v, MONEY);
}

/** Check a raw value as a scenario (see ScenarioCheck). */
export function validateScenario(value: unknown): ScenarioCheck {
  const r = new ScenarioReader();
  const none: ScenarioCheck = { problems: r.problems, variantProblems: [], scenario: null, usable: [], baselineUsable: false };
  const o = r.object('$', value, SCENARIO_FIELDS);
  if (!o) return none;
  if (r.has(o, 'format') && o.format !== SCENARIO_FORMAT) {
    const f = o.format;
    const newer = typeof f === 'string' && /^paylab\.scenario\/(\d+)$/.test(f) && Number(f.split('/')[1]) > 1;
    r.add('$.format', newer ? 'scenario.formatNewer' : 'scenario.format', { actual: show(f), expected: SCENARIO_FORMAT });
  }
  const name = r.at(o, '$', 'name', (p, x) => r.text(p, x, SCENARIO_LIMITS.nameLength, true));
  const description = r.at(o, '$', 'description', (p, x) => r.text(p, x, SCENARIO_LIMITS.descriptionLength));
  const shop = r.at(o, '$', 'shop', (p, x) => readShop(r, p, x));
  const behaviour = r.has(o, 'behaviour') ? r.at(o, '$', 'behaviour', (p, x) => readBehaviour(r, p, x)) : defaultBehaviour();
  const settings = r.at(o, '$', 'settings', (p, x) => readSettings(r, p, x));
  const budget = r.at(o, '$', 'budget', (p, x) => r.decimal(p, x, BUDGET));
  const roster = r.at(o, '$', 'roster', (p, x) => readRoster(r, p, x));
  const calibration = r.at(o, '$', 'calibration', (p, x) => readCalibration(r, p, x));
  // A real agent on the roster was hired before the simulation starts.
  shop?.roster?.forEach((a, i) => {
    if (settings && a.hireMonth >= settings.startMonth) {
      r.add(`$.shop.roster[${i}].hireMonth`, 'calibrate.roster.hireAfterStart', { value: a.hireMonth, start: settings.startMonth });
    }
  });

  // Variants: the list and the baseline mark are the scenario's; each rules file is the variant's.
  const variantProblems: Problem[][] = [];
  const variants: (Variant | undefined)[] = [];
  const list = r.at(o, '$', 'variants', (p, x) => r.array(p, x));
  if (list) {
    if (list.length === 0) r.add('$.variants', 'scenario.noVariants');
    if (list.length > SCENARIO_LIMITS.variants) r.add('$.variants', 'scenario.tooManyVariants', { count: list.length, max: SCENARIO_LIMITS.variants });
    const baselines: number[] = [];
    const seen = new Map<string, number>();
    // Too many variants: refused as a list, before any variant is checked (a link can name a million).
    (list.length > SCENARIO_LIMITS.variants ? [] : list).forEach((raw, i) => {
      const path = indexPath('$.variants', i);
      const own = new ScenarioReader();
      const v = own.object(path, raw, VARIANT_FIELDS);
      let variant: Variant | undefined;
      if (v) {
        const vname = own.at(v, path, 'name', (p, x) => own.text(p, x, SCENARIO_LIMITS.variantNameLength, true));
        const baseline = r.at(v, path, 'baseline', (p, x) => r.boolean(p, x));
        const colour = own.at(v, path, 'colour', (p, x) => own.num(p, x, 0, VARIANT_COLOURS - 1, true));
        if (baseline) baselines.push(i);
        if (vname !== undefined) {
          const first = seen.get(vname);
          if (first !== undefined) own.add(childPath(path, 'name'), 'scenario.variantNameDuplicate', { name: vname, first: first + 1 });
          else seen.set(vname, i);
        }
        let policy: Variant['policy'] | undefined;
        if (own.has(v, 'policy')) {
          const checked = validatePolicy(v.policy);
          if (checked.ok) {
            policy = checked.policy;
            if (shop && policy.city !== shop.city) {
              own.add(childPath(path, 'policy') + '.city', 'scenario.cityMismatch', { policyCity: policy.city, shopCity: shop.city });
            } else if (shop && !sameCustomCity(policy.customCity, shop.customCity)) {
              own.add(childPath(path, 'policy') + '.customCity', 'city.customMismatch');
            }
          } else own.problems.push(...checked.problems.map((p) => prefixed(p, childPath(path, 'policy'))));
        }
        if (vname !== undefined && baseline !== undefined && policy !== undefined && own.problems.length === 0) {
          variant = { name: vname, baseline, policy, ...(colour !== undefined ? { colour } : {}) };
        }
      }
      variantProblems.push(own.problems);
      variants.push(variant);
    });
    if (list.length > 0 && list.length <= SCENARIO_LIMITS.variants && baselines.length === 0) r.add('$.variants', 'scenario.noBaseline');
    if (baselines.length > 1) {
      r.add('$.variants', 'scenario.twoBaselines', { count: baselines.length, which: baselines.map((i) => `[${i}]`).join(', ') });
    }
  }
  const problems = r.problems;
  const usable = variants.flatMap((v, i) => (v && variantProblems[i]!.length === 0 ? [i] : []));
  if (problems.length > 0 || !shop || !behaviour || !settings || name === undefined) {
    return { problems, variantProblems, scenario: null, usable, baselineUsable: false };
  }
  const kept = usable.map((i) => variants[i]!);
  const scenario: Scenario = { format: SCENARIO_FORMAT, name } as Scenario;
  if (description !== undefined) scenario.description = description;
  Object.assign(scenario, { shop, behaviour, variants: kept, settings });
  if (budget !== undefined) scenario.budget = budget;
  if (roster !== undefined && roster.agents.length > 0) scenario.roster = roster;
  if (calibration !== undefined) scenario.calibration = calibration;
  return { problems, variantProblems, scenario, usable, baselineUsable: kept.some((v) => v.baseline) };
}

/** A rules-file problem moved under a variant's path. */
function prefixed(p: Problem, prefix: string): Problem {
  const path = p.path === '$' ? prefix : p.path.startsWith('$') ? prefix + p.path.slice(1) : `${prefix}: ${p.path}`;
  return { path, key: p.key, params: { ...p.params, path } };
}

function readShop(r: ScenarioReader, path: string, v: unknown): ShopProfile | undefined {
  const o = r.object(path, v, SHOP_FIELDS);
  if (!o) return undefined;
  const d = defaultShop();
  const before = r.problems.length;
  const get = <T>(k: keyof ShopProfile, read: (p: string, x: unknown) => T | undefined, fallback: T): T | undefined =>
    r.has(o, k) ? r.at(o, path, k, read) : fallback;
  const agents = get('agents', (p, x) => r.num(p, x, 1, MAX_AGENTS, true, 'scenario.agentsRange'), d.agents);
  const shop: ShopProfile = {
    name: get('name', (p, x) => r.text(p, x, SCENARIO_LIMITS.nameLength, true), d.name)!,
    city: get(
      'city',
      (p, x) => {
        const id = r.text(p, x, 100, true);
        if (id !== undefined && !CITY_CHOICES.includes(id)) return void r.add(p, 'scenario.unknownCity', { value: id, known: CITY_CHOICES.join(', ') });
        return id;
      },
      d.city,
    )!,
    category: get('category', (p, x) => readCategory(r, p, x), d.category)!,
    agents: agents!,
    teams: get('teams', (p, x) => r.num(p, x, 1, agents ?? MAX_AGENTS, true, 'scenario.teamsRange'), Math.min(d.teams, agents ?? d.teams))!,
    roleMix: get('roleMix', (p, x) => r.weights(p, x, ROLES), d.roleMix)!,
    levelMix: get('levelMix', (p, x) => r.weights(p, x, LEVELS), d.levelMix)!,
    nightShiftShare: get('nightShiftShare', (p, x) => r.num(p, x, 0, 1), d.nightShiftShare)!,
    seasonality: get(
      'seasonality',
      (p, x) => {
        const list = r.array(p, x);
        if (!list) return undefined;
        if (list.length !== 12) return void r.add(p, 'scenario.seasonalityLength', { count: list.length });
        const out = list.map((y, i) => r.num(indexPath(p, i), y, 0, 100));
        return out.every((y) => y !== undefined) ? (out as number[]) : undefined;
      },
      d.seasonality,
    )!,
    peak618: get('peak618', (p, x) => r.num(p, x, 0, 100), d.peak618)!,
    peak1111: get('peak1111', (p, x) => r.num(p, x, 0, 100), d.peak1111)!,
    buyersPerDay: get('buyersPerDay', (p, x) => r.num(p, x, 0, 10000), d.buyersPerDay)!,
    casesPerDay: get('casesPerDay', (p, x) => r.num(p, x, 0, 10000), d.casesPerDay)!,
    marketPay: get(
      'marketPay',
      (p, x) => {
        const m = r.object(p, x, Object.fromEntries(ROLES.map((k) => [k, 'required'])) as Record<Role, Presence>);
        if (!m) return undefined;
        const out = Object.fromEntries(ROLES.map((k) => [k, r.at(m, p, k, positiveMoney(r))])) as Record<Role, string | undefined>;
        return ROLES.every((k) => out[k] !== undefined) ? (out as Record<Role, string>) : undefined;
      },
      d.marketPay,
    )!,
    trainingCost: get('trainingCost', (p, x) => r.money(p, x), d.trainingCost)!,
    recruitingCost: get('recruitingCost', (p, x) => r.money(p, x), d.recruitingCost)!,
    promotionByTenure: get('promotionByTenure', (p, x) => r.boolean(p, x), d.promotionByTenure)!,
  };
  if (r.has(o, 'roster')) {
    const roster = r.at(o, path, 'roster', (p, x) => readShopRoster(r, p, x, agents ?? MAX_AGENTS));
    if (roster) shop.roster = roster;
  }
  // docs/law.md §"Custom city": the tables come with the id `custom` and only with it
  if (r.has(o, 'customCity')) {
    const p = childPath(path, 'customCity');
    if (shop.city !== CUSTOM_CITY) r.add(p, 'city.customUnused', { city: shop.city });
    else {
      const custom = readCustomCity(r, p, o.customCity);
      // in the documented order, right after the city
      if (custom) return r.problems.length === before ? (({ name, city, ...rest }) => ({ name, city, customCity: custom, ...rest }))(shop) : undefined;
    }
  } else if (shop.city === CUSTOM_CITY) r.add(childPath(path, 'customCity'), 'city.customMissing');
  return r.problems.length === before ? shop : undefined;
}

/** The real agents of a calibrated scenario (docs/scenario-file.md §`shop.roster`): at most `agents`, ids unique. */
function readShopRoster(r: ScenarioReader, path: string, v: unknown, agents: number): SeatedAgent[] | undefined {
  const list = r.array(path, v);
  if (!list) return undefined;
  if (list.length > agents) return void r.add(path, 'calibrate.roster.tooLong', { count: list.length, agents });
  const before = r.problems.length;
  const seen = new Map<string, number>();
  const out = list.map((x, i) => {
    const p = indexPath(path, i);
    const o = r.object(p, x, ROSTER_FIELDS);
    if (!o) return undefined;
    const agentId = r.at(o, p, 'agentId', (q, y) => r.text(q, y, 60, true));
    if (agentId !== undefined) {
      const first = seen.get(agentId);
      if (first !== undefined) r.add(childPath(p, 'agentId'), 'calibrate.roster.duplicate', { id: agentId, first: first + 1 });
      else seen.set(agentId, i);
    }
    const oneOf = <T extends string>(k: string, allowed: readonly T[]) =>
      r.at(o, p, k, (q, y) => {
        if (typeof y === 'string' && (allowed as readonly string[]).includes(y)) return y as T;
        return void r.add(q, 'calibrate.roster.oneOf', { actual: show(y), allowed: allowed.join(', ') });
      });
    const agent = {
      agentId,
      name: r.at(o, p, 'name', (q, y) => r.text(q, y, 60, true)),
      team: r.at(o, p, 'team', (q, y) => r.text(q, y, 60)),
      role: oneOf('role', ROLES),
      level: oneOf('level', LEVELS),
      hireMonth: r.at(o, p, 'hireMonth', (q, y) => {
        if (typeof y === 'string' && MONTH.test(y)) return y;
        return void r.add(q, 'scenario.monthFormat', { actual: show(y), first: SCENARIO_LIMITS.firstYear, last: SCENARIO_LIMITS.lastYear });
      }),
      skill: r.at(o, p, 'skill', (q, y) => r.signed(q, y, -5, 5)),
    };
    return Object.values(agent).every((y) => y !== undefined) ? (agent as SeatedAgent) : undefined;
  });
  return r.problems.length === before ? (out as SeatedAgent[]) : undefined;
}

/** The calibration note (docs/scenario-file.md §`calibration`): kept as written, checked for shape. */
function readCalibration(r: ScenarioReader, path: string, v: unknown): CalibrationNote | undefined {
  const o = r.object(path, v, CALIBRATION_FIELDS);
  if (!o) return undefined;
  const before = r.problems.length;
  const month = (q: string, y: unknown) => {
    if (typeof y === 'string' && MONTH.test(y)) return y;
    return void r.add(q, 'scenario.monthFormat', { actual: show(y), first: SCENARIO_LIMITS.firstYear, last: SCENARIO_LIMITS.lastYear });
  };
  const from = r.at(o, path, 'from', month);
  const to = r.at(o, path, 'to', month);
  const records = r.at(o, path, 'records', (q, y) => r.num(q, y, 0, 1e9, true));
  const estimates = r.at(o, path, 'estimates', (q, y) => {
    const list = r.array(q, y);
    if (!list) return undefined;
    if (list.length > MAX_CALIBRATION_ESTIMATES) return void r.add(q, 'calibrate.note.tooMany', { count: list.length, max: MAX_CALIBRATION_ESTIMATES });
    return list.map((x, i) => {
      const p = indexPath(q, i);
      const e = r.object(p, x, CALIBRATION_ESTIMATE_FIELDS);
      if (!e) return undefined;
      const num = (k: string) => r.at(e, p, k, (z, w) => r.signed(z, w, -1e12, 1e12));
      return {
        id: r.at(e, p, 'id', (z, w) => r.text(z, w, 60, true)),
        value: num('value'),
        low: num('low'),
        high: num('high'),
        support: r.at(e, p, 'support', (z, w) => r.num(z, w, 0, 1e9, true)),
        method: r.at(e, p, 'method', (z, w) => r.text(z, w, 40, true)),
        used: r.at(e, p, 'used', (z, w) =>
          w === 'estimate' || w === 'kept' || w === 'override' ? w : void r.add(z, 'calibrate.roster.oneOf', { actual: show(w), allowed: 'estimate, kept, override' }),
        ),
        usedValue: num('usedValue'),
      };
    });
  });
  if (r.problems.length !== before || from === undefined || to === undefined || records === undefined || !estimates) return undefined;
  return { from, to, records, estimates: estimates as CalibrationNoteEstimate[] };
}

/** Money that must be above 0 (a market pay, an order value). */
function positiveMoney(r: ScenarioReader) {
  return (p: string, x: unknown): string | undefined => {
    const m = r.money(p, x);
    if (m !== undefined && Number(m) <= 0) return void r.add(p, 'scenario.notPositive', { value: m });
    return m;
  };
}

function readCategory(r: ScenarioReader, path: string, v: unknown): CategoryParams | undefined {
  const o = r.object(path, v, CATEGORY_FIELDS);
  if (!o) return undefined;
  const before = r.problems.length;
  const id = r.at(o, path, 'id', (p, x) => r.text(p, x, 60, true));
  if (id === undefined) return undefined;
  const known = Object.prototype.hasOwnProperty.call(CATEGORIES, id) ? CATEGORIES[id] : undefined;
  const field = <T>(k: keyof CategoryParams, read: (p: string, x: unknown) => T | undefined, fallback: T | undefined): T | undefined => {
    if (r.has(o, k)) return r.at(o, path, k, read);
    if (fallback === undefined) r.add(childPath(path, k), 'scenario.categoryFieldNeeded', { field: k, id, known: Object.keys(CATEGORIES).join(', ') });
    return fallback;
  };
  const cat = { id } as CategoryParams;
  cat.meanOrderValue = field('meanOrderValue', positiveMoney(r), known?.meanOrderValue)!;
  for (const k of Object.keys(CATEGORY_RANGES) as (keyof typeof CATEGORY_RANGES)[]) {
    const [min, max] = CATEGORY_RANGES[k];
    // a file written before grossMargin existed keeps working: the margin is an assumption anyway
    const fallback = k === 'grossMargin' ? (known?.grossMargin ?? DEFAULT_GROSS_MARGIN) : known?.[k];
    cat[k] = field(k, (p, x) => r.num(p, x, min, max), fallback)!;
  }
  return r.problems.length === before ? cat : undefined;
}

function readBehaviour(r: ScenarioReader, path: string, v: unknown): BehaviourParams | undefined {
  const o = r.object(path, v, Object.fromEntries(Object.keys(BEHAVIOUR_RANGES).map((k) => [k, 'optional'])) as Record<string, Presence>);
  if (!o) return undefined;
  const before = r.problems.length;
  const out = defaultBehaviour() as unknown as Record<string, number | string | number[]>;
  for (const k of Object.keys(BEHAVIOUR_RANGES) as (keyof BehaviourParams)[]) {
    if (!r.has(o, k)) continue;
    if (k === 'ramp') {
      const list = r.at(o, path, k, (p, x) => r.array(p, x));
      if (!list) continue;
      if (list.length > RAMP_MAX_MONTHS) {
        r.add(childPath(path, k), 'scenario.rampLength', { count: list.length, max: RAMP_MAX_MONTHS });
        continue;
      }
      const [min, max] = BEHAVIOUR_RANGES.ramp;
      const xs = list.map((y, i) => r.num(indexPath(childPath(path, k), i), y, min, max));
      if (xs.every((y) => y !== undefined)) out[k] = xs as number[];
      continue;
    }
    if (k === 'fineReference') {
      const m = r.at(o, path, k, positiveMoney(r));
      if (m !== undefined) out[k] = m;
      continue;
    }
    const [min, max, integer] = BEHAVIOUR_RANGES[k];
    const x = r.at(o, path, k, (p, y) => r.num(p, y, min, max, integer ?? false));
    if (x !== undefined) out[k] = x;
  }
  return r.problems.length === before ? (out as unknown as BehaviourParams) : undefined;
}

function readSettings(r: ScenarioReader, path: string, v: unknown): SimSettings | undefined {
  const o = r.object(path, v, SETTINGS_FIELDS);
  if (!o) return undefined;
  const startMonth = r.at(o, path, 'startMonth', (p, x) => {
    const m = typeof x === 'string' ? MONTH.exec(x) : null;
    const y = m ? Number(m[1]) : NaN;
    if (!m || y < SCENARIO_LIMITS.firstYear || y > SCENARIO_LIMITS.lastYear) {
      return void r.add(p, 'scenario.monthFormat', { actual: show(x), first: SCENARIO_LIMITS.firstYear, last: SCENARIO_LIMITS.lastYear });
    }
    return x as string;
  });
  const months = r.at(o, path, 'months', (p, x) => r.num(p, x, 1, MAX_MONTHS, true, 'scenario.monthsRange'));
  const replications = r.at(o, path, 'replications', (p, x) => r.num(p, x, 1, SCENARIO_LIMITS.replications, true));
  const seed = r.at(o, path, 'seed', (p, x) => r.num(p, x, 0, SCENARIO_LIMITS.seed, true, 'scenario.seedRange'));
  if (startMonth === undefined || months === undefined || replications === undefined || seed === undefined) return undefined;
  return { startMonth, months, replications, seed };
}

