/**
 * The work of the "真实数据 / Real months" panel, run in a Web Worker
 * (realMonths.worker.ts) so a large upload never freezes the page: read the records file (with a
 * column mapping), pay it under every variant, and hand back what the panel shows — totals, the
 * cost breakdown, the compliance list, a first page of payslips — and on request a variant's
 * payslip CSV. The records and payslips stay here between calls. Plain data crosses (money in fen).
 */
import type { Payslip } from '../../engine/payslip';
import type { AgentMonth } from '../../engine/records';
import type { Lang } from '../../i18n/format';
import type { Problem } from '../../i18n/problem';
import { asProblems, problem } from '../../i18n/problem';
import type { Scenario } from '../../sim/scenario';
import type { ColumnMapping, ColumnScan } from '../../formats/columnMapping';
import { absentInputs, loadRealRecords, payRealMonths, type AovSource, type ComplianceItem, type RealTotals } from '../../formats/realMonths';
import { calibrateShop, type Calibration } from '../../calibrate/calibrateShop';
import { fieldsPresent } from '../../formats/fieldsPresent';
import { realDecision, type RealDecision } from './realDecision';
import type { Attribution, ImportSource, MonthState } from '../../formats/importSource';
import type { Unreliable } from '../../formats/unreliableLines';
import type { FileReport, ImportFile } from '../../import/importFiles';
import type { SheetReader } from '../../import/workbook';
import type { RosterAgent } from '../../sim/roster';

/** Items of the compliance list and payslip rows sent to the page at once (the CSV has them all). */
export const LIST_LIMIT = 500;
export const PREVIEW_LIMIT = 200;

export type LoadReply =
  | { ok: true; records: number; agents: number; months: string[]; kind: 'json' | 'csv'; encoding: string; fields: string[] }
  | { ok: false; problems: Problem[]; scan?: ColumnScan };

export interface PayslipRow {
  month: string;
  agentId: string;
  name: string;
  grossFen: number;
  finesFen: number;
  netFen: number;
  employerCostFen: number;
  flagged: boolean;
  /** Lines an input not provided feeds (imported records only). */
  unreliable: Unreliable[];
}

export interface VariantReply {
  name: string;
  baseline: boolean;
  totals: RealTotals;
  compliance: ComplianceItem[];
  complianceCount: number;
  preview: PayslipRow[];
  /** Message keys of inputs the policy reads that the file lacks. */
  absent: string[];
  /** Payslips with at least one line an input not provided feeds. */
  unreliableCount: number;
}

export type PayReply = { ok: true; aovFen: number; aovSource: AovSource; variants: VariantReply[]; decision: RealDecision } | { ok: false; problems: Problem[] };

export type CalibrateReply = { ok: true; calibration: Calibration } | { ok: false; problems: Problem[] };

/** What an import of platform exports recognised, and the provenance of the records it made. */
export type ImportReply =
  | {
      ok: true;
      files: FileReport[];
      unbound: { nickname: string; agentName?: string; months: string[] }[];
      warnings: Problem[];
      attribution: Attribution;
      monthStates: MonthState[];
      records: number;
      agents: number;
      months: string[];
      /** Agent-months with an input not provided or pending. */
      incomplete: number;
    }
  | { ok: false; files: FileReport[]; problems: Problem[] };

let records: AgentMonth[] | null = null;
let source: ImportSource | undefined;

/** SheetJS, loaded on first use inside this worker only (never in the page's bundle). */
let sheetReader: Promise<SheetReader> | null = null;
/** Its code pages (GBK for older .xls text), loaded only when an .xls arrives. */
let codePages: Promise<void> | null = null;
async function loadSheetReader(withCodePages: boolean): Promise<SheetReader> {
  sheetReader ??= import('@e965/xlsx').then((x) => x as unknown as SheetReader);
  const xlsx = await sheetReader;
  if (withCodePages) {
    codePages ??= Promise.all([import('@e965/xlsx'), import('@e965/xlsx/dist/cpexcel.full.mjs')]).then(([x, cp]) => x.set_cptable(cp));
    await codePages;
  }
  return xlsx;
}

const isWorkbook = (b: Uint8Array) => (b[0] === 0x50 && b[1] === 0x4b) || (b[0] === 0xd0 && b[1] === 0xcf);
let fields: ReadonlySet<keyof AgentMonth> = new Set();
let paid: Payslip[][] = [];

const row = (p: Payslip): Omit<PayslipRow, 'unreliable'> => ({
  month: p.month,
  agentId: p.agentId,
  name: p.name,
  grossFen: p.totals.grossFen,
  finesFen: p.totals.finesFen,
  netFen: p.totals.netFen,
  employerCostFen: p.totals.employerCostFen,
  flagged: p.flags.belowMinimumFen > 0 || p.flags.deductionsBelowMinimumFen > 0 || p.flags.deductionsOverCapFen > 0 || p.flags.probationTooLow,
});

export const realMonthsApi = {
  load(bytes: Uint8Array, fileName: string, mapping?: ColumnMapping): LoadReply {
    records = null;
    source = undefined;
    paid = [];
    const r = loadRealRecords(bytes, fileName, mapping);
    if (!r.ok) return { ok: false, problems: r.problems, ...(r.scan ? { scan: r.scan } : {}) };
    records = r.file.records;
    fields = r.file.fields;
    return {
      ok: true,
      records: records.length,
      agents: new Set(records.map((x) => x.agentId)).size,
      months: [...new Set(records.map((x) => x.month))].sort(),
      kind: r.file.kind,
      encoding: r.file.encoding,
      fields: [...fields],
    };
  },

  /** Platform exports and the monthly sheet → records (src/import), kept here for pay(). */
  async importFiles(files: ImportFile[], opts: { roster: RosterAgent[]; attribution: Attribution; month?: string }): Promise<ImportReply> {
    records = null;
    source = undefined;
    paid = [];
    const xlsx = files.some((f) => isWorkbook(f.bytes)) ? await loadSheetReader(files.some((f) => f.bytes[0] === 0xd0 && f.bytes[1] === 0xcf)) : null;
    const { importFiles } = await import('../../import/importFiles');
    const r = importFiles(files, { ...opts, xlsx });
    if (r.problems.length > 0) return { ok: false, files: r.files, problems: r.problems };
    records = r.records;
    source = r.source;
    fields = new Set();
    return {
      ok: true,
      files: r.files,
      unbound: r.unbound,
      warnings: r.warnings,
      attribution: r.source.attribution,
      monthStates: r.source.months,
      records: records.length,
      agents: new Set(records.map((x) => x.agentId)).size,
      months: [...new Set(records.map((x) => x.month))].sort(),
      incomplete: r.source.notProvided.filter((n) => n.fields.length > 0 || n.pending.length > 0).length,
    };
  },

  pay(scenario: Scenario): PayReply {
    if (!records) return { ok: false, problems: [problem('', 'share.realNoRecords')] };
    try {
      const result = payRealMonths(records, scenario, source ? { source } : {});
      paid = result.variants.map((v) => v.payslips);
      return {
        ok: true,
        decision: realDecision(records, result.variants, scenario),
        aovFen: result.aovFen,
        aovSource: result.aovSource,
        variants: result.variants.map((v, i) => ({
          name: v.name,
          baseline: v.baseline,
          totals: v.totals,
          compliance: v.compliance.slice(0, LIST_LIMIT),
          complianceCount: v.compliance.length,
          preview: v.payslips.slice(0, PREVIEW_LIMIT).map((p, k) => ({ ...row(p), unreliable: v.unreliable[k] ?? [] })),
          // imported records say per agent-month what was not provided; a records file says it per column
          absent: source ? [] : absentInputs(scenario.variants[i]!.policy, fields),
          unreliableCount: v.unreliable.filter((u) => u.length > 0).length,
        })),
      };
    } catch (e) {
      return { ok: false, problems: asProblems(e, 'share.importFailed') };
    }
  },

  /** The shop's behaviour estimated from the loaded months (docs/real-data.md), against the scenario's values. */
  calibrate(scenario: Scenario): CalibrateReply {
    if (!records) return { ok: false, problems: [problem('', 'share.realNoRecords')] };
    try {
      return { ok: true, calibration: calibrateShop(records, scenario, fieldsPresent(fields, source)) };
    } catch (e) {
      return { ok: false, problems: asProblems(e, 'share.importFailed') };
    }
  },

  // the exports below load their code (and the message tables their headers come from) on first use:
  // the worker's script carries only what loading, paying and calibrating run

  /** A variant's payslips as an Excel workbook (.xlsx bytes). */
  async xlsx(variant: number, lang: Lang, sheetName: string): Promise<Uint8Array> {
    const { payslipsXlsx } = await import('./payslipXlsx');
    return payslipsXlsx(paid[variant] ?? [], lang, sheetName);
  },

  /** A variant's payslips as CSV for Excel (UTF-8 with BOM, headers in `lang`). */
  async csv(variant: number, lang: Lang): Promise<string> {
    const { writePayslipsCsv } = await import('../../formats/payslipCsv');
    return writePayslipsCsv(paid[variant] ?? [], lang);
  },
};

export type RealMonthsApi = typeof realMonthsApi;
