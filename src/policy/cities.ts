/**
 * City parameters as dated data (OpenFisca style): minimum wage and employer contribution bases and
 * rates, each entry with the date it takes effect and its source. The data itself lives in
 * src/data/cities.json; this module only types it, converts it to integers and looks values up.
 * Rule (docs/law.md): a value that changes mid-month applies from the first month that starts on
 * or after its date. A shop outside the built-in cities carries its own tables (city id `custom`,
 * docs/law.md §"Custom city"); `cityOf` is the one lookup for both.
 */
import { Decimal } from 'decimal.js';
import raw from '../data/cities.json';
import type { CustomCity } from './types';

/** Employer contribution lines (docs/rules-file.md). */
export const CONTRIBUTION_LINES = ['pension', 'medical', 'unemployment', 'injury', 'housingFund'] as const;
export type ContributionLine = (typeof CONTRIBUTION_LINES)[number];

export interface CityDataFile {
  [id: string]: {
    name: { zh: string; en: string };
    minimumWage: { from: string; amount: string; source: string }[];
    contributionBase: { from: string; floor: string; ceiling: string; source: string }[];
    contributionRates: ({ from: string; source: string } & Record<ContributionLine, string>)[];
  };
}

/** One city's tables in integer form, each list sorted by `fromMonth` ascending. */
export interface CityTable {
  id: string;
  name: { zh: string; en: string };
  minimumWage: { fromMonth: string; fen: number; source: string }[];
  contributionBase: { fromMonth: string; floorFen: number; ceilingFen: number; source: string }[];
  contributionRates: { fromMonth: string; ppm: Record<ContributionLine, number>; source: string }[];
}

const toFen = (s: string): number => new Decimal(s).times(100).toNumber();
const toPpm = (s: string): number => new Decimal(s).times(1_000_000).toNumber();

/** The first month that starts on or after a date "YYYY-MM-DD". */
export function firstMonthFrom(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (d === 1) return `${y}-${String(m).padStart(2, '0')}`;
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return `${ny}-${String(nm).padStart(2, '0')}`;
}

/**
 * The entry of a dated table (sorted by `fromMonth`) that applies in `month` ("YYYY-MM"): the newest
 * on or before it; before the table's first date, the first entry (docs/engine.md, "Minimum wage for
 * a month before the first table entry": a gap must not hide a flag). Undefined only for an empty table.
 */
export function inForce<T extends { fromMonth: string }>(entries: readonly T[], month: string): T | undefined {
  let found: T | undefined = entries[0];
  for (const e of entries) if (e.fromMonth <= month) found = e;
  return found;
}

export function compileCity(id: string, c: CityDataFile[string]): CityTable {
  const byMonth = <T extends { fromMonth: string }>(xs: T[]) => xs.sort((a, b) => (a.fromMonth < b.fromMonth ? -1 : 1));
  return {
    id,
    name: c.name,
    minimumWage: byMonth(c.minimumWage.map((e) => ({ fromMonth: firstMonthFrom(e.from), fen: toFen(e.amount), source: e.source }))),
    contributionBase: byMonth(
      c.contributionBase.map((e) => ({
        fromMonth: firstMonthFrom(e.from),
        floorFen: toFen(e.floor),
        ceilingFen: toFen(e.ceiling),
        source: e.source,
      })),
    ),
    contributionRates: byMonth(
      c.contributionRates.map((e) => ({
        fromMonth: firstMonthFrom(e.from),
        ppm: Object.fromEntries(CONTRIBUTION_LINES.map((k) => [k, toPpm(e[k])])) as Record<ContributionLine, number>,
        source: e.source,
      })),
    ),
  };
}

const CITY_DATA = raw as CityDataFile;

/** Ids of the cities in the built-in table. */
export const CITY_IDS: readonly string[] = Object.keys(CITY_DATA);

const cache = new Map<string, CityTable>();

/** The built-in table of a city, or undefined for an unknown id. */
export function cityTable(id: string): CityTable | undefined {
  if (!Object.prototype.hasOwnProperty.call(CITY_DATA, id)) return undefined;
  let t = cache.get(id);
  if (!t) {
    t = compileCity(id, CITY_DATA[id]!);
    cache.set(id, t);
  }
  return t;
}

/** The city id of a shop or rules file that carries its own tables (`customCity`). */
export const CUSTOM_CITY = 'custom';

/** Every city id a rules file or scenario may name: the built-in ones, then `custom`. */
export const CITY_CHOICES: readonly string[] = [...CITY_IDS, CUSTOM_CITY];

/**
 * A custom city's tables (already validated, src/policy/validateCity.ts) in integer form. Not cached:
 * the editor changes the tables in place, and compiling a few rows costs less than a stale table.
 */
export function compileCustomCity(c: CustomCity): CityTable {
  return compileCity(CUSTOM_CITY, {
    name: { zh: c.name, en: c.name },
    minimumWage: c.minimumWage.map((e) => ({ ...e })),
    contributionBase: c.contributionBase.map((e) => ({ ...e })),
    contributionRates: c.contributionRates.map((e) => ({ ...e })),
  });
}

/**
 * The tables of a rules file's or shop's city: the built-in table of its id, or its own tables when
 * the id is `custom`; undefined for an unknown id or `custom` without tables.
 */
export function cityOf(x: { city: string; customCity?: CustomCity | undefined }): CityTable | undefined {
  if (x.city === CUSTOM_CITY) return x.customCity ? compileCustomCity(x.customCity) : undefined;
  return cityTable(x.city);
}

/** Whether two custom tables (each validated, so in canonical key order) are the same, or both absent. */
export function sameCustomCity(a: CustomCity | undefined, b: CustomCity | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * A built-in city's tables as a custom table (a deep copy of its rows with their sources): where the
 * editor of 其他城市 starts, so the owner changes real figures rather than typing every row.
 */
export function cityAsCustom(id: string, name: string): CustomCity | undefined {
  if (!Object.prototype.hasOwnProperty.call(CITY_DATA, id)) return undefined;
  const c = CITY_DATA[id]!;
  return JSON.parse(JSON.stringify({ name, minimumWage: c.minimumWage, contributionBase: c.contributionBase, contributionRates: c.contributionRates })) as CustomCity;
}
