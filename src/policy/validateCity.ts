/**
 * Validation of a custom city's tables (`customCity`, docs/law.md §"Custom city", docs/rules-file.md
 * §"Custom city"), shared by the rules-file and scenario validators so both collect every problem in
 * one pass, each with its JSON path:
 * - `name`: the city's name, 1–100 characters;
 * - `minimumWage` (最低工资规定 Art. 12), `contributionBase` (社保缴费基数 floor and ceiling) and
 *   `contributionRates` (the employer's five lines): 1–50 entries each, dates "YYYY-MM-DD" strictly
 *   ascending and taking effect in different months (a date in the middle of a month applies from
 *   the next month, src/policy/cities.ts `firstMonthFrom`), each entry with its source;
 * - amounts are money (at most 1 000 000.00 yuan, 2 decimals), rates fractions 0–1 with at most 6
 *   decimals, floor ≤ ceiling. A contribution is at most ceiling × rate = 10^8 fen × 10^6 ppm =
 *   10^14 < 2^53, so the engine's integer arithmetic stays exact.
 */
import { Decimal } from 'decimal.js';
import { CONTRIBUTION_LINES, firstMonthFrom } from './cities';
import { childPath, indexPath } from './path';
import { MONEY, RATE, type Presence, type Reader } from './reader';
import type { CustomCity } from './types';

export const CITY_LIMITS = { nameLength: 100, sourceLength: 2000, entries: 50 } as const;

/** The fields of `customCity` in the documented (and written) order. */
export const CUSTOM_CITY_FIELDS: Readonly<Record<keyof CustomCity, Presence>> = {
  name: 'required',
  minimumWage: 'required',
  contributionBase: 'required',
  contributionRates: 'required',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date "YYYY-MM-DD" between 1990 and 2100. */
function date(r: Reader, path: string, v: unknown): string | undefined {
  const m = typeof v === 'string' ? DATE.exec(v) : null;
  if (!m) return void r.add(path, 'city.dateInvalid', { value: typeof v === 'string' ? v : JSON.stringify(v) ?? String(v) });
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > days) return void r.add(path, 'city.dateInvalid', { value: v as string });
  return v as string;
}

type Entry = Record<string, unknown>;

/**
 * A dated list: 1–`CITY_LIMITS.entries` objects with `from` ascending (each taking effect in a later
 * month than the one before) and a source; `read` reads the entry's other fields in order.
 */
function datedList<T extends { from: string; source: string }>(
  r: Reader,
  path: string,
  v: unknown,
  fields: Record<string, Presence>,
  read: (o: Entry, p: string) => Omit<T, 'from' | 'source'> | undefined,
): T[] | undefined {
  const list = r.array(path, v);
  if (!list) return undefined;
  if (list.length === 0) return void r.add(path, 'city.tableEmpty');
  if (list.length > CITY_LIMITS.entries) return void r.add(path, 'policy.listTooLong', { max: CITY_LIMITS.entries });
  const before = r.problems.length;
  let previous: { from: string; month: string } | undefined;
  const out: T[] = [];
  list.forEach((x, i) => {
    const p = indexPath(path, i);
    const o = r.object(p, x, { from: 'required', ...fields, source: 'required' });
    if (!o) return;
    const from = has(r, o, 'from') ? date(r, childPath(p, 'from'), o.from) : undefined;
    if (from !== undefined) {
      const month = firstMonthFrom(from);
      if (previous && from <= previous.from) r.add(childPath(p, 'from'), 'city.dateOrder', { value: from, previous: previous.from });
      else if (previous && month <= previous.month) r.add(childPath(p, 'from'), 'city.sameMonth', { value: from, previous: previous.from, month });
      previous = { from, month };
    }
    const rest = read(o, p);
    const source = has(r, o, 'source') ? r.text(childPath(p, 'source'), o.source, CITY_LIMITS.sourceLength, true) : undefined;
    if (from !== undefined && rest !== undefined && source !== undefined) out.push({ from, ...rest, source } as T);
  });
  return r.problems.length === before ? out : undefined;
}

const has = (r: Reader, o: Entry, k: string) => r.has(o, k);

function dec(r: Reader, o: Entry, p: string, k: string, kind: typeof MONEY): string | undefined {
  return r.has(o, k) ? r.decimal(childPath(p, k), o[k], kind) : undefined;
}

/** A raw `customCity` value → the clean tables in canonical key order, or undefined after reporting every problem. */
export function readCustomCity(r: Reader, path: string, v: unknown): CustomCity | undefined {
  const o = r.object(path, v, CUSTOM_CITY_FIELDS);
  if (!o) return undefined;
  const before = r.problems.length;
  const name = r.has(o, 'name') ? r.text(childPath(path, 'name'), o.name, CITY_LIMITS.nameLength, true) : undefined;
  const minimumWage = r.has(o, 'minimumWage')
    ? datedList<CustomCity['minimumWage'][number]>(r, childPath(path, 'minimumWage'), o.minimumWage, { amount: 'required' }, (e, p) => {
        const amount = dec(r, e, p, 'amount', MONEY);
        return amount === undefined ? undefined : { amount };
      })
    : undefined;
  const contributionBase = r.has(o, 'contributionBase')
    ? datedList<CustomCity['contributionBase'][number]>(r, childPath(path, 'contributionBase'), o.contributionBase, { floor: 'required', ceiling: 'required' }, (e, p) => {
        const floor = dec(r, e, p, 'floor', MONEY);
        const ceiling = dec(r, e, p, 'ceiling', MONEY);
        if (floor === undefined || ceiling === undefined) return undefined;
        if (new Decimal(floor).gt(ceiling)) return void r.add(childPath(p, 'floor'), 'city.floorAboveCeiling', { floor, ceiling });
        return { floor, ceiling };
      })
    : undefined;
  const lineFields = Object.fromEntries(CONTRIBUTION_LINES.map((k) => [k, 'required'])) as Record<string, Presence>;
  const contributionRates = r.has(o, 'contributionRates')
    ? datedList<CustomCity['contributionRates'][number]>(r, childPath(path, 'contributionRates'), o.contributionRates, lineFields, (e, p) => {
        const rates = CONTRIBUTION_LINES.map((k) => [k, dec(r, e, p, k, RATE)] as const);
        return rates.every(([, x]) => x !== undefined) ? (Object.fromEntries(rates) as Record<(typeof CONTRIBUTION_LINES)[number], string>) : undefined;
      })
    : undefined;
  if (r.problems.length > before || name === undefined || !minimumWage || !contributionBase || !contributionRates) return undefined;
  return { name, minimumWage, contributionBase, contributionRates };
}
