/**
 * `validatePolicy`: checks a raw value (parsed JSON, a decoded share link, a UI draft) against the
 * rules-file format and returns a clean `PolicyDoc` built field by field in the documented order, or
 * every problem found, each with its JSON path. Older formats are migrated first (migrate.ts).
 * The semantics validated are docs/rules-file.md 1–11 (seed 000 bases, commission
 * and fines; seed 001 guarantee, probation, score, pool and dismissal; seed 002 seniority); the
 * limits (probation ≤ 6 months per 劳动合同法 Art. 19, money ≤ 1 000 000.00 a month, …) are listed
 * in docs/rules-file.md §"Validation limits".
 */
import { Decimal } from 'decimal.js';
import { capProblems, type Problem } from '../i18n/problem';
import { CITY_CHOICES, CUSTOM_CITY } from './cities';
import { migratePolicy } from './migrate';
import { readCustomCity } from './validateCity';
import { conversionBrackets, readKpi } from './validateKpi';
import { childPath, indexPath } from './path';
import {
  BOUND,
  MONEY,
  MULTIPLIER,
  POINTS,
  RATE,
  Reader,
  SALES_RATE,
  show,
  type Presence,
} from './reader';
import {
  LEVELS,
  POLICY_FORMAT,
  type Bonuses,
  type Bracket,
  type ByLevel,
  type Commission,
  type Dismissal,
  type Fines,
  type FlatRate,
  type Guarantee,
  type Pool,
  type PolicyDoc,
  type Score,
  type ScoreStep,
  type TieredRate,
} from './types';

export type ValidationResult = { ok: true; policy: PolicyDoc } | { ok: false; problems: Problem[] };

/** The document's fields in the documented (and written) order; typed so it cannot drift from PolicyDoc. */
export const POLICY_FIELDS: Readonly<Record<keyof PolicyDoc, Presence>> = {
  format: 'required',
  name: 'required',
  description: 'optional',
  source: 'optional',
  city: 'required',
  customCity: 'optional',
  base: 'nullable',
  probation: 'nullable',
  guarantee: 'nullable',
  commission: 'required',
  pool: 'nullable',
  score: 'nullable',
  performancePay: 'nullable',
  dismissal: 'nullable',
  bonuses: 'required',
  fines: 'nullable',
  contributions: 'required',
  kpi: 'optional',
  examples: 'optional',
};

/** Limits that are not a number kind of reader.ts (docs/rules-file.md §"Validation limits"). */
export const LIMITS = {
  nameLength: 200,
  sourceLength: 2000,
  descriptionLength: 20000,
  probationMonths: 6,
  guaranteeYears: 50,
  brackets: 100,
  steps: 100,
  freeLates: 31,
  slowRepliesOver: 100000,
  seniorityFromYears: 50,
  consecutiveMonths: 12,
  warningsPerYear: 100,
  /** Worked examples carried by a file (each re-paid by `paylab validate`). */
  examples: 20,
} as const;

const BY_LEVEL_FIELDS: Record<keyof ByLevel, Presence> = { junior: 'required', intermediate: 'required', senior: 'required', manager: 'required' };

/** Builds a value whose fields may be missing after a problem; only used when there was none. */
const built = <T>(o: { [K in keyof T]: T[K] | undefined }): T => o as T;

export class PolicyReader extends Reader {
  /** Read field `k` of `o` with `read` if present (a missing field was already reported). */
  at<T>(o: Record<string, unknown>, path: string, k: string, read: (path: string, v: unknown) => T | undefined): T | undefined {
    return this.has(o, k) ? read(childPath(path, k), o[k]) : undefined;
  }

  money = (path: string, v: unknown) => this.decimal(path, v, MONEY);
  salesRate = (path: string, v: unknown) => this.decimal(path, v, SALES_RATE);
  points = (path: string, v: unknown) => this.decimal(path, v, POINTS);

  byLevel = (path: string, v: unknown): ByLevel | undefined => {
    const o = this.object(path, v, BY_LEVEL_FIELDS);
    if (!o) return undefined;
    return built<ByLevel>(Object.fromEntries(LEVELS.map((l) => [l, this.at(o, path, l, this.money)])) as Record<keyof ByLevel, string | undefined>);
  };

  probation = (path: string, v: unknown): PolicyDoc['probation'] | undefined => {
    const o = this.object(path, v, { months: 'required', pay: 'required' });
    if (!o) return undefined;
    return built<NonNullable<PolicyDoc['probation']>>({
      months: this.at(o, path, 'months', (p, x) => this.count(p, x, 1, LIMITS.probationMonths, 'policy.probationMonths')),
      pay: this.at(o, path, 'pay', this.money),
    });
  };

  guarantee = (path: string, v: unknown): Guarantee | undefined => {
    const o = this.object(path, v, { byTenureYear: 'required', mode: 'required' } satisfies Record<keyof Guarantee, Presence>);
    if (!o) return undefined;
    const byTenureYear = this.at(o, path, 'byTenureYear', (p, x) => {
      const list = this.array(p, x);
      if (!list) return undefined;
      if (list.length === 0) return void this.add(p, 'policy.guaranteeEmpty');
      if (list.length > LIMITS.guaranteeYears) return void this.add(p, 'policy.listTooLong', { max: LIMITS.guaranteeYears });
      return list.map((y, i) => this.money(indexPath(p, i), y)) as string[];
    });
    return built<Guarantee>({ byTenureYear, mode: this.at(o, path, 'mode', (p, x) => this.oneOf(p, x, ['monthly-floor', 'annual-true-up', 'recoverable-advance'] as const)) });
  };

  brackets = (path: string, v: unknown): Bracket[] | undefined => {
    const list = this.array(path, v);
    if (!list) return undefined;
    if (list.length === 0) return void this.add(path, 'policy.bracketsEmpty');
    if (list.length > LIMITS.brackets) return void this.add(path, 'policy.listTooLong', { max: LIMITS.brackets });
    let previous: string | undefined;
    return list.map((b, i) => {
      const p = indexPath(path, i);
      const o = this.object(p, b, { from: 'required', rate: 'required' } satisfies Record<keyof Bracket, Presence>);
      if (!o) return built<Bracket>({ from: undefined, rate: undefined });
      const from = this.at(o, p, 'from', (q, x) => this.decimal(q, x, BOUND));
      if (from !== undefined) {
        if (i === 0 && !new Decimal(from).isZero()) this.add(childPath(p, 'from'), 'policy.bracketFirst', { value: from });
        if (i > 0 && previous !== undefined && !new Decimal(from).gt(previous)) {
          this.add(childPath(p, 'from'), 'policy.bracketOrder', { value: from, previous });
        }
      }
      previous = from;
      return built<Bracket>({ from, rate: this.at(o, p, 'rate', this.salesRate) });
    });
  };

  /** Reads `type` first to know which fields the rest of the object may have. */
  typed<T extends string>(path: string, v: unknown, types: readonly T[]): { type: T; o: Record<string, unknown> } | undefined {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.add(path, 'policy.expectedObject', { actual: show(v) });
      return undefined;
    }
    const raw = v as Record<string, unknown>;
    if (!this.has(raw, 'type')) {
      this.add(childPath(path, 'type'), 'policy.missingField', { field: 'type' });
      this.scanForbidden(path, raw);
      return undefined;
    }
    const type = this.oneOf(childPath(path, 'type'), raw.type, types);
    if (type === undefined) {
      this.scanForbidden(path, raw);
      return undefined;
    }
    return { type, o: raw };
  }

  schedule = (path: string, v: unknown): FlatRate | TieredRate | undefined => {
    const t = this.typed(path, v, ['flat', 'tiered'] as const);
    if (!t) return undefined;
    if (t.type === 'flat') {
      const o = this.object(path, t.o, { type: 'required', rate: 'required' } satisfies Record<keyof FlatRate, Presence>)!;
      return built<FlatRate>({ type: 'flat', rate: this.at(o, path, 'rate', this.salesRate) });
    }
    const o = this.object(path, t.o, { type: 'required', method: 'required', brackets: 'required' } satisfies Record<keyof TieredRate, Presence>)!;
    return built<TieredRate>({
      type: 'tiered',
      method: this.at(o, path, 'method', (p, x) => this.oneOf(p, x, ['marginal', 'whole'] as const)),
      brackets: this.at(o, path, 'brackets', this.brackets),
    });
  };

  commission = (path: string, v: unknown): Commission | undefined => {
    const t = this.typed(path, v, ['none', 'flat', 'tiered', 'role', 'conversion'] as const);
    if (!t) return undefined;
    const bool = (p: string, x: unknown) => this.boolean(p, x);
    switch (t.type) {
      case 'none':
        this.object(path, t.o, { type: 'required' });
        return { type: 'none' };
      case 'flat': {
        const o = this.object(path, t.o, { type: 'required', rate: 'required', applyScore: 'required' })!;
        return built<Commission & { type: 'flat' }>({ type: 'flat', rate: this.at(o, path, 'rate', this.salesRate), applyScore: this.at(o, path, 'applyScore', bool) });
      }
      case 'tiered': {
        const o = this.object(path, t.o, { type: 'required', method: 'required', brackets: 'required', basis: 'required', applyScore: 'required' })!;
        const method = this.at(o, path, 'method', (p, x) => this.oneOf(p, x, ['marginal', 'whole'] as const));
        const brackets = this.at(o, path, 'brackets', this.brackets);
        const basis = this.at(o, path, 'basis', (p, x) => this.oneOf(p, x, ['personal', 'team'] as const));
        if (basis === 'team' && method === 'marginal') this.add(childPath(path, 'basis'), 'policy.teamBasisMarginal');
        return built<Commission & { type: 'tiered' }>({ type: 'tiered', method, brackets, basis, applyScore: this.at(o, path, 'applyScore', bool) });
      }
      case 'conversion': {
        const o = this.object(path, t.o, { type: 'required', brackets: 'required', applyScore: 'required' })!;
        return built<Commission & { type: 'conversion' }>({
          type: 'conversion',
          brackets: this.at(o, path, 'brackets', (p, x) => conversionBrackets(this, p, x)),
          applyScore: this.at(o, path, 'applyScore', bool),
        });
      }
      case 'role': {
        const o = this.object(path, t.o, { type: 'required', presales: 'required', aftersales: 'required', gold: 'required', supervisor: 'required' })!;
        const gold = this.at(o, path, 'gold', (p, x) => {
          const g = this.object(p, x, { sales: 'required', cases: 'required' });
          return g && built<{ sales: string; cases: string }>({ sales: this.at(g, p, 'sales', this.salesRate), cases: this.at(g, p, 'cases', this.salesRate) });
        });
        return built<Commission & { type: 'role' }>({
          type: 'role',
          presales: this.at(o, path, 'presales', this.salesRate),
          aftersales: this.at(o, path, 'aftersales', this.salesRate),
          gold,
          supervisor: this.at(o, path, 'supervisor', this.salesRate),
        });
      }
    }
  };

  pool = (path: string, v: unknown): Pool | undefined => {
    const o = this.object(path, v, { rate: 'required', split: 'required', applyScore: 'required', individualShare: 'optional' } satisfies Record<keyof Pool, Presence>);
    if (!o) return undefined;
    const pool = built<Pool>({
      rate: this.at(o, path, 'rate', this.schedule),
      split: this.at(o, path, 'split', (p, x) => this.oneOf(p, x, ['score', 'equal', 'sales'] as const)),
      applyScore: this.at(o, path, 'applyScore', (p, x) => this.boolean(p, x)),
    });
    if (this.has(o, 'individualShare')) pool.individualShare = this.at(o, path, 'individualShare', (p, x) => this.decimal(p, x, RATE));
    return pool;
  };

  steps = (path: string, v: unknown): ScoreStep[] | undefined => {
    const list = this.array(path, v);
    if (!list) return undefined;
    if (list.length === 0) return void this.add(path, 'policy.stepsEmpty');
    if (list.length > LIMITS.steps) return void this.add(path, 'policy.listTooLong', { max: LIMITS.steps });
    let previous: string | undefined;
    return list.map((s, i) => {
      const p = indexPath(path, i);
      const o = this.object(p, s, { from: 'required', multiplier: 'required' } satisfies Record<keyof ScoreStep, Presence>);
      if (!o) return built<ScoreStep>({ from: undefined, multiplier: undefined });
      const from = this.at(o, p, 'from', this.points);
      if (from !== undefined && previous !== undefined && !new Decimal(from).lt(previous)) {
        this.add(childPath(p, 'from'), 'policy.stepOrder', { value: from, previous });
      }
      previous = from;
      return built<ScoreStep>({ from, multiplier: this.at(o, p, 'multiplier', (q, x) => this.decimal(q, x, MULTIPLIER)) });
    });
  };

  score = (path: string, v: unknown): Score | undefined => {
    const o = this.object(path, v, {
      parts: 'required',
      commendation: 'required',
      violations: 'required',
      cap: 'nullable',
      multiplier: 'required',
    } satisfies Record<keyof Score, Presence>);
    if (!o) return undefined;
    const parts = this.at(o, path, 'parts', (p, x) => {
      const q = this.object(p, x, { teamTask: 'required', handover: 'required', satisfaction: 'required', skill: 'required' } satisfies Record<keyof Score['parts'], Presence>);
      return q && built<Score['parts']>({
        teamTask: this.at(q, p, 'teamTask', this.points),
        handover: this.at(q, p, 'handover', this.points),
        satisfaction: this.at(q, p, 'satisfaction', this.points),
        skill: this.at(q, p, 'skill', this.points),
      });
    });
    const violations = this.at(o, path, 'violations', (p, x) => {
      const q = this.object(p, x, { light: 'required', medium: 'required', severe: 'required' } satisfies Record<keyof Score['violations'], Presence>);
      return q && built<Score['violations']>({
        light: this.at(q, p, 'light', this.points),
        medium: this.at(q, p, 'medium', this.points),
        severe: this.at(q, p, 'severe', this.points),
      });
    });
    const multiplier = this.at(o, path, 'multiplier', (p, x): Score['multiplier'] | undefined => {
      const t = this.typed(p, x, ['factor', 'steps'] as const);
      if (!t) return undefined;
      if (t.type === 'factor') {
        this.object(p, t.o, { type: 'required' });
        return { type: 'factor' };
      }
      const q = this.object(p, t.o, { type: 'required', steps: 'required' })!;
      return built<Score['multiplier'] & { type: 'steps' }>({ type: 'steps', steps: this.at(q, p, 'steps', this.steps) });
    });
    return built<Score>({
      parts,
      commendation: this.at(o, path, 'commendation', this.points),
      violations,
      cap: this.at(o, path, 'cap', (p, x) => this.nullable(p, x, this.points)),
      multiplier,
    });
  };

  dismissal = (path: string, v: unknown): Dismissal | undefined => {
    const o = this.object(path, v, { passMark: 'required', consecutiveMonths: 'required', warningsPerYear: 'required' } satisfies Record<keyof Dismissal, Presence>);
    if (!o) return undefined;
    return built<Dismissal>({
      passMark: this.at(o, path, 'passMark', this.points),
      consecutiveMonths: this.at(o, path, 'consecutiveMonths', (p, x) => this.count(p, x, 1, LIMITS.consecutiveMonths)),
      warningsPerYear: this.at(o, path, 'warningsPerYear', (p, x) => this.count(p, x, 1, LIMITS.warningsPerYear)),
    });
  };

  bonuses = (path: string, v: unknown): Bonuses | undefined => {
    const o = this.object(path, v, {
      teamScore: 'nullable',
      fullAttendance: 'nullable',
      livingSubsidy: 'nullable',
      seniority: 'nullable',
      topPerformer: 'nullable',
    } satisfies Record<keyof Bonuses, Presence>);
    if (!o) return undefined;
    const nullableMoney = (p: string, x: unknown) => this.nullable(p, x, this.money);
    return built<Bonuses>({
      teamScore: this.at(o, path, 'teamScore', (p, x) =>
        this.nullable(p, x, (q, y) => {
          const t = this.object(q, y, { rate: 'required' });
          return t && built<{ rate: string }>({ rate: this.at(t, q, 'rate', (r, z) => this.decimal(r, z, RATE)) });
        }),
      ),
      fullAttendance: this.at(o, path, 'fullAttendance', nullableMoney),
      livingSubsidy: this.at(o, path, 'livingSubsidy', nullableMoney),
      seniority: this.at(o, path, 'seniority', (p, x) =>
        this.nullable(p, x, (q, y) => {
          const s = this.object(q, y, { perYear: 'required', fromYears: 'required' });
          return (
            s &&
            built<{ perYear: string; fromYears: number }>({
              perYear: this.at(s, q, 'perYear', this.money),
              fromYears: this.at(s, q, 'fromYears', (r, z) => this.count(r, z, 0, LIMITS.seniorityFromYears)),
            })
          );
        }),
      ),
      topPerformer: this.at(o, path, 'topPerformer', nullableMoney),
    });
  };

  fines = (path: string, v: unknown): Fines | undefined => {
    const o = this.object(path, v, {
      lateShort: 'required',
      lateLong: 'required',
      absence: 'required',
      slowReplies: 'required',
      unanswered: 'required',
      idleHang: 'required',
      badReview: 'required',
      cap: 'nullable',
      legalCap: 'required',
    } satisfies Record<keyof Fines, Presence>);
    if (!o) return undefined;
    const each = (p: string, x: unknown) => {
      const q = this.object(p, x, { each: 'required' });
      return q && built<{ each: string }>({ each: this.at(q, p, 'each', this.money) });
    };
    return built<Fines>({
      lateShort: this.at(o, path, 'lateShort', (p, x) => {
        const q = this.object(p, x, { free: 'required', each: 'required' } satisfies Record<keyof Fines['lateShort'], Presence>);
        return q && built<Fines['lateShort']>({ free: this.at(q, p, 'free', (r, z) => this.count(r, z, 0, LIMITS.freeLates)), each: this.at(q, p, 'each', this.money) });
      }),
      lateLong: this.at(o, path, 'lateLong', each),
      absence: this.at(o, path, 'absence', each),
      slowReplies: this.at(o, path, 'slowReplies', (p, x) => {
        const q = this.object(p, x, { over: 'required', amount: 'required' } satisfies Record<keyof Fines['slowReplies'], Presence>);
        return q && built<Fines['slowReplies']>({ over: this.at(q, p, 'over', (r, z) => this.count(r, z, 0, LIMITS.slowRepliesOver)), amount: this.at(q, p, 'amount', this.money) });
      }),
      unanswered: this.at(o, path, 'unanswered', (p, x) => {
        const q = this.object(p, x, { over30m: 'required', over2h: 'required', stack: 'required' } satisfies Record<keyof Fines['unanswered'], Presence>);
        return (
          q &&
          built<Fines['unanswered']>({
            over30m: this.at(q, p, 'over30m', this.money),
            over2h: this.at(q, p, 'over2h', this.money),
            stack: this.at(q, p, 'stack', (r, z) => this.boolean(r, z)),
          })
        );
      }),
      idleHang: this.at(o, path, 'idleHang', each),
      badReview: this.at(o, path, 'badReview', each),
      cap: this.at(o, path, 'cap', (p, x) => this.nullable(p, x, this.money)),
      legalCap: this.at(o, path, 'legalCap', (p, x) => this.boolean(p, x)),
    });
  };

  /** A deep copy of plain JSON data with ordinary prototypes (forbidden keys already refused). */
  plain(v: unknown): unknown {
    if (Array.isArray(v)) return v.map((x) => this.plain(x));
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.keys(v).map((k) => [k, this.plain((v as Record<string, unknown>)[k])]));
    return v;
  }
}

/** Check a raw value as a rules file; on success the policy is a fresh object in canonical key order. */
export function validatePolicy(value: unknown): ValidationResult {
  const r = new PolicyReader();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    r.add('$', 'policy.expectedObject', { actual: show(value) });
    return { ok: false, problems: capProblems(r.problems) };
  }
  let raw = value as Record<string, unknown>;
  const migrated = migratePolicy(raw);
  if (migrated.ok) raw = migrated.doc;
  else if (migrated.problems.some((p) => p.key !== 'policy.formatMissing')) return { ok: false, problems: migrated.problems };
  else {
    // No format: report it and check the rest as the current format.
    r.problems.push(...migrated.problems);
    raw = { ...raw, format: POLICY_FORMAT };
  }

  const $ = '$';
  const o = r.object($, raw, POLICY_FIELDS)!;
  const get = <T>(k: keyof PolicyDoc, read: (path: string, v: unknown) => T | undefined) => r.at(o, $, k, read);
  const nullable = <T>(k: keyof PolicyDoc, read: (path: string, v: unknown) => T | undefined) => get(k, (p, x) => r.nullable(p, x, read));

  const name = get('name', (p, x) => r.text(p, x, LIMITS.nameLength, true));
  const description = get('description', (p, x) => r.text(p, x, LIMITS.descriptionLength));
  const source = get('source', (p, x) => r.text(p, x, LIMITS.sourceLength));
  const city = get('city', (p, x) => {
    const id = r.text(p, x, 100);
    if (id === undefined) return undefined;
    if (!CITY_CHOICES.includes(id)) return void r.add(p, 'policy.unknownCity', { value: id, known: CITY_CHOICES.join(', ') });
    return id;
  });
  // docs/law.md §"Custom city": the tables come with the id `custom` and only with it
  const customCity = get('customCity', (p, x) => (city === undefined || city === CUSTOM_CITY ? readCustomCity(r, p, x) : void r.add(p, 'city.customUnused', { city })));
  if (city === CUSTOM_CITY && !r.has(o, 'customCity')) r.add('$.customCity', 'city.customMissing');
  const base = nullable('base', r.byLevel);
  const probation = nullable('probation', r.probation);
  const guarantee = nullable('guarantee', r.guarantee);
  const commission = get('commission', r.commission);
  const pool = nullable('pool', r.pool);
  const score = nullable('score', r.score);
  const performancePay = nullable('performancePay', (p, x) => {
    const q = r.object(p, x, { byLevel: 'required' });
    return q && built<{ byLevel: ByLevel }>({ byLevel: r.at(q, p, 'byLevel', r.byLevel) });
  });
  const dismissal = nullable('dismissal', r.dismissal);
  const bonuses = get('bonuses', r.bonuses);
  const fines = nullable('fines', r.fines);
  const contributions = get('contributions', (p, x) => r.oneOf(p, x, ['city', 'none'] as const));
  const kpi = get('kpi', (p, x) => readKpi(r, p, x));
  const examples = get('examples', (p, x) => {
    const list = r.array(p, x);
    if (list && list.length > LIMITS.examples) return void r.add(p, 'policy.listTooLong', { max: LIMITS.examples });
    if (list) r.scanForbidden(p, list);
    return list;
  });

  // Parts that only make sense together.
  if (pool && pool.split === 'score' && score === null) r.add('$.pool.split', 'policy.splitNeedsScore');
  if (pool && pool.individualShare !== undefined && commission?.type === 'none') r.add('$.pool.individualShare', 'policy.blendNeedsCommission');
  if (dismissal && score === null) r.add('$.dismissal', 'policy.dismissalNeedsScore');
  if (kpi?.composite && score === null) r.add('$.kpi.composite', 'kpi.compositeNeedsScore');

  if (r.problems.length > 0) return { ok: false, problems: capProblems(r.problems) };

  const policy = { format: POLICY_FORMAT, name } as PolicyDoc;
  if (description !== undefined) policy.description = description;
  if (source !== undefined) policy.source = source;
  policy.city = city!;
  if (customCity !== undefined) policy.customCity = customCity;
  Object.assign(policy, { base, probation, guarantee, commission, pool, score, performancePay, dismissal, bonuses, fines, contributions });
  if (kpi !== undefined) policy.kpi = kpi;
  if (examples !== undefined) policy.examples = r.plain(examples) as unknown[];
  return { ok: true, policy };
}
