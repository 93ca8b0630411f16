/**
 * `Reader`: the small checks the rules-file validator is made of. Each check takes a JSON path and
 * a raw value, records a specific Problem when the value is wrong and returns the clean value (or
 * undefined), so one pass collects every problem in the file. The limits are those of
 * docs/rules-file.md §"Validation limits"; the number kinds follow shared/domain.md ("all money is
 * yuan with two decimals") and src/policy/compiled.ts (rates in millionths, points in hundredths).
 */
import { Decimal } from 'decimal.js';
import { MAX_PROBLEMS, moreProblems, problem, type Problem } from '../i18n/problem';
import type { Params } from '../i18n/format';
import { childPath, indexPath } from './path';

/** Keys that could reach an object's prototype; refused anywhere in a rules file. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** A kind of decimal string: how many decimals it may have and its largest sensible value. */
export interface DecimalKind {
  decimals: number;
  decimalsKey: string;
  max: string;
  maxKey: string;
  /** Rates on sales: above `salesMax` (but ≤ max) is refused as probably a percentage. */
  salesMax?: string;
}

/** Money: yuan with at most 2 decimals, at most 1 000 000.00 a month. */
export const MONEY: DecimalKind = { decimals: 2, decimalsKey: 'policy.moneyDecimals', max: '1000000', maxKey: 'policy.moneyTooLarge' };
/** A bracket bound on monthly sales: yuan with at most 2 decimals, at most 1 000 000 000. */
export const BOUND: DecimalKind = { decimals: 2, decimalsKey: 'policy.moneyDecimals', max: '1000000000', maxKey: 'policy.boundTooLarge' };
/** A rate or share in [0, 1] with at most 6 decimals (ppm). */
export const RATE: DecimalKind = { decimals: 6, decimalsKey: 'policy.rateDecimals', max: '1', maxKey: 'policy.rateAboveOne' };
/** A rate applied to sales: a rate that is also at most 0.1 (10 % of sales). */
export const SALES_RATE: DecimalKind = { ...RATE, salesMax: '0.1' };
/** A score multiplier: at most 6 decimals, at most 2 (200 %). */
export const MULTIPLIER: DecimalKind = { decimals: 6, decimalsKey: 'policy.rateDecimals', max: '2', maxKey: 'policy.tooLarge' };
/** Score points: at most 2 decimals (hundredths), at most 1000. */
export const POINTS: DecimalKind = { decimals: 2, decimalsKey: 'policy.pointsDecimals', max: '1000', maxKey: 'policy.tooLarge' };

const DECIMAL = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;

/** How a field of an object is present: must be there, must be there but may be null, may be left out. */
export type Presence = 'required' | 'nullable' | 'optional';

/** A short rendering of a raw value for messages. */
export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Reader {
  readonly problems: Problem[] = [];

  /** Problems past MAX_PROBLEMS are only counted, in one closing problem kept last. */
  private omitted = 0;

  add(path: string, key: string, params: Params = {}): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem(path, key, params));
    else {
      this.omitted++;
      this.problems[MAX_PROBLEMS] = moreProblems(this.omitted);
    }
  }

  /** Report every forbidden key anywhere inside `v` (used for parts kept verbatim or refused whole). */
  scanForbidden(path: string, v: unknown): void {
    if (Array.isArray(v)) v.forEach((x, i) => this.scanForbidden(indexPath(path, i), x));
    else if (isRecord(v)) {
      for (const k of Object.keys(v)) {
        const p = childPath(path, k);
        if (FORBIDDEN_KEYS.includes(k)) this.add(p, 'policy.forbiddenKey', { key: k });
        else this.scanForbidden(p, v[k]);
      }
    }
  }

  /**
   * An object with the fields of `spec` and no others. Reports forbidden, unknown and missing
   * fields; returns the object (even with field problems) or undefined when it is not an object.
   */
  object(path: string, v: unknown, spec: Record<string, Presence>): Record<string, unknown> | undefined {
    if (!isRecord(v)) {
      this.add(path, 'policy.expectedObject', { actual: show(v) });
      return undefined;
    }
    const allowed = Object.keys(spec);
    const allowedList = allowed.join(', ');
    for (const k of Object.keys(v)) {
      const p = childPath(path, k);
      if (FORBIDDEN_KEYS.includes(k)) this.add(p, 'policy.forbiddenKey', { key: k });
      else if (!Object.prototype.hasOwnProperty.call(spec, k)) {
        this.add(p, 'policy.unknownField', { field: k, allowed: allowedList });
        this.scanForbidden(p, v[k]);
      }
    }
    for (const k of allowed) {
      if (spec[k] === 'optional' || this.has(v, k)) continue;
      this.add(childPath(path, k), spec[k] === 'nullable' ? 'policy.missingNullable' : 'policy.missingField', { field: k });
    }
    return v;
  }

  /** Whether `o` has its own field `k`; a field set to undefined (never in JSON, possible in a draft) counts as absent. */
  has(o: Record<string, unknown>, k: string): boolean {
    return Object.prototype.hasOwnProperty.call(o, k) && o[k] !== undefined;
  }

  array(path: string, v: unknown): unknown[] | undefined {
    if (Array.isArray(v)) return v;
    this.add(path, 'policy.expectedArray', { actual: show(v) });
    return undefined;
  }

  boolean(path: string, v: unknown): boolean | undefined {
    if (typeof v === 'boolean') return v;
    this.add(path, 'policy.expectedBoolean', { actual: show(v) });
    return undefined;
  }

  text(path: string, v: unknown, maxLength: number, nonEmpty = false): string | undefined {
    if (typeof v !== 'string') {
      this.add(path, 'policy.expectedText', { actual: show(v) });
      return undefined;
    }
    if (nonEmpty && v.trim() === '') {
      this.add(path, 'policy.textEmpty');
      return undefined;
    }
    if (v.length > maxLength) {
      this.add(path, 'policy.textTooLong', { max: maxLength, length: v.length });
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(path: string, v: unknown, allowed: readonly T[]): T | undefined {
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.add(path, 'policy.notOneOf', { value: show(v), allowed: allowed.join(', ') });
    return undefined;
  }

  /** A count: an integer in [min, max]; `rangeKey` names the message for a value out of range. */
  count(path: string, v: unknown, min: number, max: number, rangeKey = 'policy.countRange'): number | undefined {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      this.add(path, 'policy.notCount', { actual: show(v) });
      return undefined;
    }
    if (v < min || v > max) {
      this.add(path, rangeKey, { value: v, min, max });
      return undefined;
    }
    return v;
  }

  /** A decimal string of the given kind, kept exactly as written. */
  decimal(path: string, v: unknown, kind: DecimalKind): string | undefined {
    if (typeof v === 'number') {
      this.add(path, 'policy.numberNotDecimal', { value: show(v) });
      return undefined;
    }
    if (typeof v !== 'string') {
      this.add(path, 'policy.expectedDecimal', { actual: show(v) });
      return undefined;
    }
    if (v.startsWith('-') && DECIMAL.test(v.slice(1))) {
      this.add(path, 'policy.negative', { value: v });
      return undefined;
    }
    const m = DECIMAL.exec(v);
    if (!m) {
      this.add(path, 'policy.notDecimal', { value: show(v) });
      return undefined;
    }
    if ((m[2]?.length ?? 0) > kind.decimals) {
      this.add(path, kind.decimalsKey, { value: v, decimals: kind.decimals });
      return undefined;
    }
    const d = new Decimal(v);
    if (d.gt(kind.max)) {
      const asRate = d.div(100).toFixed();
      this.add(path, kind.maxKey, { value: v, max: kind.max, asRate });
      return undefined;
    }
    if (kind.salesMax !== undefined && d.gt(kind.salesMax)) {
      this.add(path, 'policy.salesRateHigh', { value: v, percent: d.times(100).toFixed(), max: kind.salesMax, asRate: d.div(100).toFixed() });
      return undefined;
    }
    return v;
  }

  /** `read(path, v)` unless v is null. */
  nullable<T>(path: string, v: unknown, read: (path: string, v: unknown) => T | undefined): T | null | undefined {
    return v === null ? null : read(path, v);
  }
}
