/**
 * What a records file made from platform exports says about its own figures (docs/real-data.md
 * §Provenance): the attribution rule the sales were credited under (下单判定 / 付款判定 / 下单优先判定,
 * real-exports §1.1), each month's settlement state (final payment figures settle about 8 days after
 * the day they describe, so a month is final from the 9th of the next month; a 延时统计 cell makes it
 * provisional), and for each agent-month the inputs nobody provided and the figures still pending.
 * A records file carries it as its optional top-level `source` (docs/records.md §JSON); payslips
 * name the lines these inputs feed (realMonths.ts).
 */
import type { AgentMonth } from '../engine/records';
import { problem, type Problem } from '../i18n/problem';
import { COLUMNS } from './columns';

export const ATTRIBUTIONS = ['order', 'payment', 'orderFirst', 'unstated'] as const;
/** 下单判定 / 付款判定 / 下单优先判定, or not stated by the owner. */
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const SETTLEMENTS = ['final', 'provisional', 'unknown'] as const;
export type Settlement = (typeof SETTLEMENTS)[number];

export interface MonthState {
  month: string;
  settlement: Settlement;
}

export interface NotProvided {
  month: string;
  agentId: string;
  /** JSON names (docs/records.md) of the inputs no file gave: their value in the record is the default. */
  fields: string[];
  /** JSON names of figures whose cells held 延时统计: not final, read as the default until they are. */
  pending: string[];
}

export interface ImportSource {
  attribution: Attribution;
  months: MonthState[];
  notProvided: NotProvided[];
}

/** Every JSON field name a `notProvided` list may hold: the record fields. */
const FIELD_NAMES = new Set(COLUMNS.map((c) => c.json));

const JSON_NAME = new Map(COLUMNS.map((c) => [c.field, c.json]));
const FIELD_OF = new Map(COLUMNS.map((c) => [c.json, c.field]));

/** Record field (AgentMonth key) → its JSON name. */
export function jsonName(field: keyof AgentMonth): string {
  return JSON_NAME.get(field)!;
}

/** JSON name → record field. */
export function fieldOfJsonName(name: string): keyof AgentMonth | undefined {
  return FIELD_OF.get(name);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Validate a `source` value read from JSON; problems name its path. */
export function readImportSource(v: unknown, path = '$.source'): { ok: true; source: ImportSource } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = (p: string) => problems.push(problem(p, 'import.badSource', { path: p }));
  if (!isObj(v)) return { ok: false, problems: [problem(path, 'import.badSource', { path })] };
  for (const k of Object.keys(v)) if (!['attribution', 'months', 'notProvided'].includes(k)) bad(`${path}.${k}`);
  const attribution = v.attribution;
  if (typeof attribution !== 'string' || !(ATTRIBUTIONS as readonly string[]).includes(attribution)) bad(`${path}.attribution`);
  const months: MonthState[] = [];
  if (!Array.isArray(v.months)) bad(`${path}.months`);
  else
    v.months.forEach((m, i) => {
      const p = `${path}.months[${i}]`;
      if (!isObj(m) || typeof m.month !== 'string' || !MONTH.test(m.month) || typeof m.settlement !== 'string' || !(SETTLEMENTS as readonly string[]).includes(m.settlement)) bad(p);
      else months.push({ month: m.month, settlement: m.settlement as Settlement });
    });
  const notProvided: NotProvided[] = [];
  if (!Array.isArray(v.notProvided)) bad(`${path}.notProvided`);
  else
    v.notProvided.forEach((n, i) => {
      const p = `${path}.notProvided[${i}]`;
      const names = (x: unknown) => Array.isArray(x) && x.every((f) => typeof f === 'string' && FIELD_NAMES.has(f));
      if (!isObj(n) || typeof n.month !== 'string' || !MONTH.test(n.month) || typeof n.agentId !== 'string' || !names(n.fields) || !names(n.pending)) bad(p);
      else notProvided.push({ month: n.month, agentId: n.agentId, fields: [...(n.fields as string[])], pending: [...(n.pending as string[])] });
    });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, source: { attribution: attribution as Attribution, months, notProvided } };
}
