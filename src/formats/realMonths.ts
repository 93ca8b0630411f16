/**
 * Paying real months: a shop's own agent-month records paid under every variant of the
 * workspace with the engine (payMonths, src/engine/pay.ts), exactly as `paylab pay` pays them —
 * the same average order value (--aov, else the records' credited sales ÷ paid orders, else the
 * shop's category mean) and each policy's city — then summed per variant: totals, the cost
 * breakdown by pay line, and the compliance list (docs/law.md).
 */
import { Decimal } from 'decimal.js';
import { payMonths } from '../engine/pay';
import { COMPONENTS, type Component, type Payslip, type Totals } from '../engine/payslip';
import type { AgentMonth } from '../engine/records';
import { problem, InputError, type Problem } from '../i18n/problem';
import { cityOf } from '../policy/cities';
import { compilePolicy } from '../policy/compile';
import type { Scenario } from '../sim/scenario';
import type { PolicyDoc } from '../policy/types';
import { mappingProblems, remapCsv, scanCsvColumns, type ColumnMapping, type ColumnScan } from './columnMapping';
import { decodeText } from './decode';
import { readRecordsFile, type RecordsFile } from './records';
import { fenToYuan } from '../i18n/money';
import type { ImportSource } from './importSource';
import { linesOfPolicy, missingByRecord, unreliableLines, type Unreliable } from './unreliableLines';

export type AovSource = 'records' | 'shop';

/** Sums of payslip totals over a variant's payslips, with counts of flags. */
export interface RealTotals extends Totals {
  payslips: number;
  /** Sum of each pay-line component over every payslip. */
  byComponentFen: Partial<Record<Component, number>>;
  belowMinimum: number;
  belowMinimumFen: number;
  deductionsBelowMinimum: number;
  deductionsOverCap: number;
  probationTooLow: number;
  dismissals: number;
}

export type ComplianceKind = 'belowMinimum' | 'deductionsBelowMinimum' | 'deductionsOverCap' | 'probationTooLow' | 'dismissal';

export interface ComplianceItem {
  kind: ComplianceKind;
  month: string;
  agentId: string;
  name: string;
  /** Shortfall or excess in fen (0 for probation and dismissal flags). */
  amountFen: number;
  /** For dismissal: its reason. */
  reason?: 'low-score' | 'warnings';
}

export interface RealVariantResult {
  name: string;
  baseline: boolean;
  totals: RealTotals;
  compliance: ComplianceItem[];
  payslips: Payslip[];
  /** For imported records: per payslip (same order), the lines an input not provided feeds (unreliableLines.ts). */
  unreliable: Unreliable[][];
}

export interface RealPayResult {
  records: number;
  agents: number;
  months: string[];
  aovFen: number;
  aovSource: AovSource;
  variants: RealVariantResult[];
}

/**
 * The largest shop average order value paid with (100 000.00 yuan). The after-sales and gold role
 * formulas (seed 001) pay cases × AOV × rate × score factor; with at most 1 000 000 cases and an
 * uncapped factor of at most 1040 this bound keeps the line below 2^53 fen (docs/records.md §Limits).
 */
export const MAX_AOV_FEN = 10_000_000;

/** A problem when an AOV the pay would use is above MAX_AOV_FEN (`where` names its source). */
export function aovProblem(aovFen: number, where: string): Problem | null {
  return aovFen > MAX_AOV_FEN ? problem(where, 'limits.aovTooLarge', { aov: fenToYuan(aovFen), max: fenToYuan(MAX_AOV_FEN) }) : null;
}

/** The records' total credited sales ÷ total paid orders, half up to the fen (as `paylab pay`), or null without paid orders. */
export function recordsAovFen(records: readonly AgentMonth[]): number | null {
  let sales = new Decimal(0);
  let paid = 0;
  for (const r of records) {
    sales = sales.plus(r.creditedSalesFen);
    paid += r.paidOrders;
  }
  return paid > 0 ? sales.div(paid).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() : null;
}

function emptyTotals(): RealTotals {
  return {
    payslips: 0,
    earnedFen: 0,
    guaranteeFen: 0,
    grossFen: 0,
    finesFen: 0,
    netFen: 0,
    contributionsFen: 0,
    employerCostFen: 0,
    byComponentFen: {},
    belowMinimum: 0,
    belowMinimumFen: 0,
    deductionsBelowMinimum: 0,
    deductionsOverCap: 0,
    probationTooLow: 0,
    dismissals: 0,
  };
}

/** Totals and compliance items of a variant's payslips. */
export function summarizePayslips(payslips: readonly Payslip[]): { totals: RealTotals; compliance: ComplianceItem[] } {
  const t = emptyTotals();
  const compliance: ComplianceItem[] = [];
  for (const p of payslips) {
    t.payslips++;
    t.earnedFen += p.totals.earnedFen;
    t.guaranteeFen += p.totals.guaranteeFen;
    t.grossFen += p.totals.grossFen;
    t.finesFen += p.totals.finesFen;
    t.netFen += p.totals.netFen;
    t.contributionsFen += p.totals.contributionsFen;
    t.employerCostFen += p.totals.employerCostFen;
    for (const l of p.lines) t.byComponentFen[l.component] = (t.byComponentFen[l.component] ?? 0) + l.amountFen;
    const who = { month: p.month, agentId: p.agentId, name: p.name };
    const f = p.flags;
    if (f.belowMinimumFen > 0) {
      t.belowMinimum++;
      t.belowMinimumFen += f.belowMinimumFen;
      compliance.push({ kind: 'belowMinimum', ...who, amountFen: f.belowMinimumFen });
    }
    if (f.deductionsBelowMinimumFen > 0) {
      t.deductionsBelowMinimum++;
      compliance.push({ kind: 'deductionsBelowMinimum', ...who, amountFen: f.deductionsBelowMinimumFen });
    }
    if (f.deductionsOverCapFen > 0) {
      t.deductionsOverCap++;
      compliance.push({ kind: 'deductionsOverCap', ...who, amountFen: f.deductionsOverCapFen });
    }
    if (f.probationTooLow) {
      t.probationTooLow++;
      compliance.push({ kind: 'probationTooLow', ...who, amountFen: 0 });
    }
    if (f.dismissal !== null) {
      t.dismissals++;
      compliance.push({ kind: 'dismissal', ...who, amountFen: 0, reason: f.dismissal });
    }
  }
  // keep component sums in payslip order
  const ordered: Partial<Record<Component, number>> = {};
  for (const c of COMPONENTS) if (t.byComponentFen[c] !== undefined) ordered[c] = t.byComponentFen[c];
  t.byComponentFen = ordered;
  return { totals: t, compliance };
}

/**
 * Pay the records under every variant of the workspace. `explain` adds the note of every line
 * (for showing a payslip); the totals do not depend on it. Throws InputError for a variant that
 * cannot be compiled or a city without tables (the workspace is validated, so neither happens).
 */
export function payRealMonths(records: readonly AgentMonth[], scenario: Scenario, opts: { explain?: boolean; source?: ImportSource } = {}): RealPayResult {
  const fromRecords = recordsAovFen(records);
  const aovFen = fromRecords ?? new Decimal(scenario.shop.category.meanOrderValue).times(100).toDecimalPlaces(0).toNumber();
  const usesAov = scenario.variants.some((v) => v.policy.commission.type === 'role');
  const tooLarge = usesAov ? aovProblem(aovFen, '') : null;
  if (tooLarge) throw new InputError([tooLarge]);
  const missing = opts.source ? missingByRecord(opts.source) : null;
  const variants = scenario.variants.map((v, i) => {
    const city = cityOf(v.policy);
    if (!city) throw new InputError([problem(`$.variants[${i}].policy.city`, 'sim.unknownCity', { city: v.policy.city })]);
    const compiled = compilePolicy(v.policy);
    const payslips = payMonths(compiled, records, { city, shopAovFen: aovFen, explain: opts.explain ?? false });
    const lines = linesOfPolicy(compiled);
    const unreliable = payslips.map((p) => (missing ? unreliableLines(lines, missing.get(`${p.agentId}\u0000${p.month}`) ?? []) : []));
    return { name: v.name, baseline: v.baseline, payslips, unreliable, ...summarizePayslips(payslips) };
  });
  return {
    records: records.length,
    agents: new Set(records.map((r) => r.agentId)).size,
    months: [...new Set(records.map((r) => r.month))].sort(),
    aovFen,
    aovSource: fromRecords === null ? 'shop' : 'records',
    variants,
  };
}

export type LoadedRecords =
  | { ok: true; file: RecordsFile }
  | { ok: false; problems: Problem[]; /** For a CSV whose header has unknown or missing columns: what to map. */ scan?: ColumnScan };

/**
 * An uploaded records file → records, through the records reader (records.ts: size, binary and
 * encoding checks, then every cell), after an optional column mapping (CSV only). When a CSV's
 * header has unknown columns or lacks required ones, the scan comes back with the problems so the
 * user can map columns. Never throws.
 */
export function loadRealRecords(bytes: Uint8Array, fileName: string, mapping?: ColumnMapping): LoadedRecords {
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (e) {
    if (e instanceof InputError) return { ok: false, problems: e.problems };
    return { ok: false, problems: [problem('', 'share.realUnreadable')] };
  }
  // the reader's own choice of kind (records.ts readRecordsFile): by extension, else by content
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const isCsv = !(ext === 'json' || (ext !== 'csv' && ext !== 'tsv' && ext !== 'txt' && /^\s*[[{]/.test(text)));
  let input = bytes;
  let scan: ColumnScan | undefined;
  if (isCsv) {
    const scanned = scanCsvColumns(bytes);
    if (scanned.ok) {
      scan = scanned.scan;
      if (mapping && Object.keys(mapping).length > 0) {
        const bad = mappingProblems(scan, mapping);
        if (bad.length > 0) return { ok: false, problems: bad, scan };
        input = remapCsv(bytes, mapping);
      }
    }
  }
  try {
    return { ok: true, file: readRecordsFile(input, input === bytes ? fileName : 'records.csv') };
  } catch (e) {
    const problems = e instanceof InputError ? e.problems : [problem('', 'share.realUnreadable')];
    const needsMapping = scan !== undefined && (scan.unknown.length > 0 || scan.missing.length > 0);
    return needsMapping ? { ok: false, problems, scan } : { ok: false, problems };
  }
}

/**
 * Inputs a policy reads that the records file does not carry (they count as 0), as message keys —
 * the same notes `paylab pay` prints (src/cli/pay.ts absentInputWarnings), for the workbench.
 */
export function absentInputs(policy: PolicyDoc, fields: ReadonlySet<keyof AgentMonth>): string[] {
  const none = (...fs: (keyof AgentMonth)[]) => fs.every((f) => !fields.has(f));
  const out: string[] = [];
  if (policy.score && none('scoreTeamTask', 'scoreHandover', 'scoreSatisfaction', 'scoreSkill')) out.push('cli.warnNoScores');
  if (policy.bonuses.teamScore && none('teamScore')) out.push('cli.warnNoTeamScore');
  if (policy.bonuses.fullAttendance !== null && none('latesShort', 'latesLong', 'absences', 'leaveDays')) out.push('cli.warnNoAttendance');
  if (policy.commission.type === 'role' && none('afterSalesCases')) out.push('cli.warnNoCases');
  return out;
}
