/**
 * The editor's legal checks, shown where an amount is typed (docs/law.md): each base by level, each guarantee by tenure year and the probation pay against the
 * city's monthly minimum wage, and probation pay against 80 % of the lowest base (劳动合同法 Art. 20),
 * with the numbers ("1500 < 杭州 2660"). The rules themselves live in src/policy/legal.ts (the
 * engine's flags use the same functions); this module only picks the minimum to compare with and
 * words the findings.
 *
 * Which minimum: the highest in force in any simulated month (the scenario's start month and the
 * months after it), so an amount that passes is lawful in every month simulated; the message says
 * from which month it applies.
 */
import { t, type Lang } from '../i18n/format';
import { cityOf, cityTable } from '../policy/cities';
import type { CustomCity } from '../policy/types';
import { highestMinimumWage, legalFindings, probationEightyFen, probationReferenceFen } from '../policy/legal';
import { jsonPath } from './policyDraft';
import { parseYuanToFen, yuan, yuanWhole } from './money';

/** Whole yuan when the amount has no fen, else exact: a check never rounds an amount onto its limit. */
const money = (fen: number): string => (fen % 100 === 0 ? yuanWhole(fen) : yuan(fen));

export interface LegalChecks {
  /** Warnings by the JSON path of the field they belong to ("$.base.junior"). */
  byPath: Map<string, string[]>;
  /** Which minimum wage the checks use and from when ("…:杭州 ¥2,660(2026-01 起施行)"); null for an unknown city. */
  minimumLine: string | null;
  /** The probation rule with this rules file's numbers, shown beside the probation pay; null without probation. */
  probationRule: string | null;
}

const lt = (lang: Lang, key: string, params: Record<string, string | number> = {}) => t(lang, `verdict.legal.${key}`, params);

/** The checks of one rules-file draft for a shop in a city (an id, or the shop with its own tables), simulated `months` months from `startMonth`. */
export function legalChecks(draft: Record<string, unknown>, where: string | { city: string; customCity?: CustomCity | undefined }, startMonth: string, months: number, lang: Lang): LegalChecks {
  const byPath = new Map<string, string[]>();
  const city = typeof where === 'string' ? cityTable(where) : cityOf(where);
  const mw = city && /^\d{4}-(0[1-9]|1[0-2])$/.test(startMonth) ? highestMinimumWage(city, startMonth, months) : undefined;
  if (!city || !mw) return { byPath, minimumLine: null, probationRule: null };
  const cityName = city.name[lang];
  const minimum = money(mw.fen);
  const add = (path: (string | number)[], text: string) => {
    const k = jsonPath(path);
    byPath.set(k, [...(byPath.get(k) ?? []), text]);
  };
  const hasBase = typeof draft.base === 'object' && draft.base !== null;
  const reference = lt(lang, hasBase ? 'reference.base' : 'reference.guarantee');
  for (const f of legalFindings(draft, mw.fen)) {
    const amount = money(f.amountFen);
    switch (f.rule) {
      case 'baseBelowMinimum':
        add(f.path, lt(lang, 'baseBelow', { city: cityName, amount, minimum }));
        break;
      case 'guaranteeBelowMinimum':
        add(f.path, lt(lang, 'guaranteeBelow', { city: cityName, amount, minimum }));
        break;
      case 'probationBelowMinimum':
        add(f.path, lt(lang, 'probationBelowMinimum', { city: cityName, amount, minimum }));
        break;
      case 'probationBelowEighty':
        add(f.path, lt(lang, 'probationBelowEighty', { reference, amount, eighty: money(f.eightyFen) }));
        break;
    }
  }
  const minimumLine = lt(lang, 'minimumFrom', { start: startMonth, months, city: cityName, minimum, from: mw.fromMonth });
  let probationRule: string | null = null;
  const pr = draft.probation;
  if (typeof pr === 'object' && pr !== null) {
    const fenOf = (x: unknown) => (typeof x === 'string' ? parseYuanToFen(x) : null);
    const amounts = (x: unknown) => (Array.isArray(x) ? x : typeof x === 'object' && x !== null ? Object.values(x) : []).map(fenOf).filter((v): v is number => v !== null);
    const g = draft.guarantee as { byTenureYear?: unknown } | null | undefined;
    const ref = probationReferenceFen(hasBase ? amounts(draft.base) : null, g ? amounts(g.byTenureYear) : null);
    probationRule = lt(lang, 'probationRule', { reference, eighty: money(probationEightyFen(ref)), city: cityName, minimum });
  }
  return { byPath, minimumLine, probationRule };
}
