/**
 * The legal thresholds a pay policy is measured against (domain.md §"The law that a policy must
 * respect"), in one place for the engine's per-payslip flags and the editor's checks as the owner
 * types:
 * - the monthly minimum wage in force in a month (最低工资规定 Art. 12): the newest entry of the
 *   city's dated table on or before the month (a value dated mid-month applies from the next month,
 *   src/policy/cities.ts); before the first entry, the first entry;
 * - probation pay (劳动合同法 Art. 20): at least 80 % of the policy's lowest base (or, with no base,
 *   its lowest guarantee) and at least the minimum wage, compared as full-month amounts.
 * All amounts are integer fen; a value exactly at a limit is lawful.
 */
import { inForce, type CityTable } from './cities';
import { LEVELS } from './types';

/** A dated minimum-wage entry of a city table. */
export type MinimumWageEntry = CityTable['minimumWage'][number];

/** The city's monthly minimum wage in force in `month` ("YYYY-MM"); the first entry before the table starts. */
export function minimumWageInForce(city: Pick<CityTable, 'minimumWage'>, month: string): MinimumWageEntry | undefined {
  return inForce(city.minimumWage, month) ?? city.minimumWage[0];
}

/**
 * What probation pay is compared with at 80 %: the lowest base by level, or with no base the lowest
 * guarantee by tenure year, or 0 when the policy has neither.
 */
export function probationReferenceFen(baseFen: readonly number[] | null, guaranteeFen: readonly number[] | null): number {
  if (baseFen && baseFen.length > 0) return Math.min(...baseFen);
  if (guaranteeFen && guaranteeFen.length > 0) return Math.min(...guaranteeFen);
  return 0;
}

/** The least full-month probation pay that reaches 80 % of `referenceFen`: ⌈0.8 × reference⌉ fen. */
export function probationEightyFen(referenceFen: number): number {
  return Math.ceil((referenceFen * 4) / 5);
}

/** Probation pay below 80 % of the reference (pay × 5 < reference × 4, exact in integers). */
export function probationBelowEighty(payFullFen: number, referenceFen: number): boolean {
  return payFullFen * 5 < referenceFen * 4;
}

/** Probation pay too low: below 80 % of the reference or below the full-month minimum wage. */
export function probationTooLow(payFullFen: number, referenceFen: number, minimumFullFen: number): boolean {
  return probationBelowEighty(payFullFen, referenceFen) || payFullFen < minimumFullFen;
}

/** "YYYY-MM" plus n months. */
function monthPlus(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/**
 * The highest monthly minimum wage in force in any of `months` months from `startMonth`: what a fixed
 * amount must reach to be lawful in every simulated month. `fromMonth` is the first of those months
 * it applies to (the start month when it is already in force then).
 */
export function highestMinimumWage(city: Pick<CityTable, 'minimumWage'>, startMonth: string, months: number): MinimumWageEntry | undefined {
  const first = minimumWageInForce(city, startMonth);
  if (!first) return undefined;
  const end = monthPlus(startMonth, Math.max(1, months) - 1);
  let best: MinimumWageEntry = { ...first, fromMonth: startMonth };
  for (const e of city.minimumWage) if (e.fromMonth > startMonth && e.fromMonth <= end && e.fen > best.fen) best = e;
  return best;
}

/** One fixed amount of a rules file that falls short of a legal threshold, at its place in the file. */
export type LegalFinding =
  | { rule: 'baseBelowMinimum'; path: (string | number)[]; amountFen: number; minimumFen: number }
  | { rule: 'guaranteeBelowMinimum'; path: (string | number)[]; amountFen: number; minimumFen: number }
  | { rule: 'probationBelowMinimum'; path: (string | number)[]; amountFen: number; minimumFen: number }
  | { rule: 'probationBelowEighty'; path: (string | number)[]; amountFen: number; referenceFen: number; eightyFen: number };

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** A rules-file amount ("1500" / "1500.50") → fen, or null when it is not a plain amount (the validator reports those). */
function amountFen(x: unknown): number | null {
  if (typeof x !== 'string' || !AMOUNT.test(x)) return null;
  const [whole, frac = ''] = x.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

const record = (x: unknown): Record<string, unknown> | null => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : null);

/**
 * The fixed amounts of a rules file (`paylab.policy/1`, possibly still being edited: amounts that do
 * not parse are skipped) checked against a monthly minimum wage: each base by level and each
 * guarantee by tenure year below it (a base or guarantee below the minimum makes every month that
 * earns no more unlawful, domain.md §law), probation pay below it or below 80 % of the lowest base
 * (or guarantee). Full-month amounts; a value exactly at the limit passes.
 */
export function legalFindings(policy: unknown, minimumFen: number): LegalFinding[] {
  const doc = record(policy);
  if (!doc) return [];
  const out: LegalFinding[] = [];
  const base = record(doc.base);
  const baseFen: number[] = [];
  if (base) {
    for (const l of LEVELS) {
      const a = amountFen(base[l]);
      if (a === null) continue;
      baseFen.push(a);
      if (a < minimumFen) out.push({ rule: 'baseBelowMinimum', path: ['base', l], amountFen: a, minimumFen });
    }
  }
  const g = record(doc.guarantee);
  const guaranteeFen: number[] = [];
  if (g && Array.isArray(g.byTenureYear)) {
    g.byTenureYear.forEach((x, i) => {
      const a = amountFen(x);
      if (a === null) return;
      guaranteeFen.push(a);
      if (a < minimumFen) out.push({ rule: 'guaranteeBelowMinimum', path: ['guarantee', 'byTenureYear', i], amountFen: a, minimumFen });
    });
  }
  const pr = record(doc.probation);
  const pay = pr ? amountFen(pr.pay) : null;
  if (pay !== null) {
    const path = ['probation', 'pay'];
    if (pay < minimumFen) out.push({ rule: 'probationBelowMinimum', path, amountFen: pay, minimumFen });
    const referenceFen = probationReferenceFen(base ? baseFen : null, g ? guaranteeFen : null);
    // a base table whose amounts do not parse yet is no reference (the validator names them)
    if ((!base || baseFen.length > 0) && probationBelowEighty(pay, referenceFen)) out.push({ rule: 'probationBelowEighty', path, amountFen: pay, referenceFen, eightyFen: probationEightyFen(referenceFen) });
  }
  return out;
}
