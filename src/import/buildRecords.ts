/**
 * Figures from every file → Paylab agent-month records with their provenance (docs/real-data.md
 * §Records). Each nickname is bound to a roster agent (bind.ts); a nickname not in the roster
 * becomes an agent of its own whose roster facts are assumed and listed as not provided. Figures of
 * one agent and month from several files are merged (the same figure twice must agree, else the
 * first file's is kept and the clash is reported). Every input no file gave is listed as *not
 * provided* for that agent-month (its value is the records default, 0), every figure that was
 * still 延时统计 as *pending*; the month's settlement state and the attribution rule go with them.
 * The records are then read back through the records reader, so they obey every rule of
 * docs/records.md.
 */
import type { AgentMonth } from '../engine/records';
import type { Role } from '../policy/types';
import { problem, type Problem } from '../i18n/problem';
import { daysInMonth } from '../engine/months';
import { COLUMNS } from '../formats/columns';
import { recordJson, recordsFromJsonList } from '../formats/records';
import { jsonName, type Attribution, type ImportSource, type MonthState, type NotProvided, type Settlement } from '../formats/importSource';
import type { RosterAgent } from '../sim/roster';
import type { MonthFigures } from './aggregate';
import { binder } from './bind';
import { METRIC_FIELD, type Metric } from './metrics';
import type { SheetRow } from './monthlySheet';
import { daysFrom, lastDay } from './period';
import type { Nick } from './readExport';

/** One file's contribution: figures from an export, or rows of the monthly sheet. */
export interface FileFigures {
  file: string;
  /** The day the file was saved (its download day), when known: decides whether a month has settled. */
  savedOn?: string;
  figures: MonthFigures[];
  sheetRows: SheetRow[];
}

/** Fields a record always has from the roster or the calendar, never "not provided" by a file. */
const ROSTER_FIELDS = new Set<keyof AgentMonth>(['month', 'agentId', 'name', 'team', 'role', 'level', 'hireMonth', 'tenureMonth', 'daysEmployed', 'left']);

/**
 * The month's employment facts: from the monthly sheet (在职天数, 离职) when it gives them, else the
 * whole month and not leaving — an assumption, so listed as not provided (turnover is then not
 * estimated from these months, docs/real-data.md §"What is estimated and how").
 */
const EMPLOYMENT_FIELDS: readonly (keyof AgentMonth)[] = ['daysEmployed', 'left'];

/** The inputs an import tracks: every field with a value default (0) plus credited sales, and the employment facts; absent metrics are absent already. */
export const TRACKED_FIELDS: readonly (keyof AgentMonth)[] = [
  ...EMPLOYMENT_FIELDS,
  ...COLUMNS.filter((c) => !ROSTER_FIELDS.has(c.field) && (c.fallback === 'required' || typeof c.fallback === 'object')).map((c) => c.field),
];

/** Days after a month's last day until its final payment figures are in (the 7-day payment window + 1 day, real-exports §1.2). */
export const SETTLE_DAYS = 8;

/** A month is final when a file describing it was saved on or after the 9th of the next month. */
export function settlementOf(month: string, savedOn: readonly (string | undefined)[], pending: boolean): Settlement {
  if (pending) return 'provisional';
  const dated = savedOn.filter((d): d is string => d !== undefined);
  if (dated.length === 0 || dated.length < savedOn.length) return dated.some((d) => daysFrom(lastDay(month), d) <= SETTLE_DAYS) ? 'provisional' : 'unknown';
  return dated.every((d) => daysFrom(lastDay(month), d) > SETTLE_DAYS) ? 'final' : 'provisional';
}

interface Acc {
  agent: RosterAgent;
  month: string;
  values: Partial<AgentMonth>;
  from: Map<keyof AgentMonth, string>;
  pending: Set<keyof AgentMonth>;
  assumed: (keyof AgentMonth)[];
}

export interface BuildOptions {
  roster: readonly RosterAgent[];
  attribution: Attribution;
}

export interface BuildResult {
  records: AgentMonth[];
  source: ImportSource;
  /** Nicknames no roster agent lists (each becomes an agent of its own). */
  unbound: { nickname: string; agentName?: string; months: string[] }[];
  warnings: Problem[];
  problems: Problem[];
}

export function buildRecords(files: readonly FileFigures[], opts: BuildOptions): BuildResult {
  const bind = binder(opts.roster);
  const byId = new Map(opts.roster.map((a) => [a.id, a]));
  const warnings: Problem[] = [];
  const problems: Problem[] = [];
  for (const c of bind.clashes) problems.push(problem('', 'import.nicknameClash', { nickname: c }));

  // Nicknames without an agent: one stand-in agent each, its roster facts assumed.
  const firstMonth = new Map<string, string>();
  const seenNick = (n: Nick, month: string) => {
    const prev = firstMonth.get(n.full);
    if (prev === undefined || month < prev) firstMonth.set(n.full, month);
  };
  for (const f of files) {
    for (const x of f.figures) if (!bind.agentOf(x.nick)) seenNick(x.nick, x.month);
    for (const r of f.sheetRows) if (r.nick && !(r.agentId && byId.has(r.agentId)) && !bind.agentOf(r.nick)) seenNick(r.nick, r.month);
  }
  const standIns = new Map<string, { agent: RosterAgent; assumed: (keyof AgentMonth)[] }>();
  const unbound: BuildResult['unbound'] = [];
  const standIn = (n: Nick, name: string | undefined, hint: Role | undefined) => {
    let s = standIns.get(n.full);
    if (!s) {
      const assumed: (keyof AgentMonth)[] = ['level', 'hireMonth'];
      if (!hint) assumed.unshift('role');
      s = { agent: { id: n.full, name: name ?? n.account, nicknames: [n.full], team: n.shop, role: hint ?? 'presales', level: 'junior', hireMonth: firstMonth.get(n.full)! }, assumed };
      standIns.set(n.full, s);
    }
    return s;
  };

  const accs = new Map<string, Acc>();
  const accOf = (agent: RosterAgent, month: string, assumed: (keyof AgentMonth)[]): Acc => {
    const k = `${agent.id}\u0000${month}`;
    let a = accs.get(k);
    if (!a) {
      a = { agent, month, values: {}, from: new Map(), pending: new Set(), assumed };
      accs.set(k, a);
    }
    return a;
  };
  const put = (a: Acc, field: keyof AgentMonth, value: number | boolean, file: string) => {
    const had = a.from.get(field);
    if (had !== undefined) {
      const prev = a.values[field];
      if (prev !== value) warnings.push(problem(file, 'import.conflict', { field: jsonName(field), agent: a.agent.name, month: a.month, first: had, firstValue: String(prev), file, value: String(value) }));
      return;
    }
    (a.values as Record<string, unknown>)[field] = value;
    a.from.set(field, file);
    a.pending.delete(field);
  };

  const monthFiles = new Map<string, (string | undefined)[]>();
  const pendingMonths = new Set<string>();
  for (const f of files) {
    const months = new Set([...f.figures.map((x) => x.month), ...f.sheetRows.map((r) => r.month)]);
    for (const m of months) {
      if (f.figures.length > 0) (monthFiles.get(m) ?? monthFiles.set(m, []).get(m)!).push(f.savedOn);
      else if (!monthFiles.has(m)) monthFiles.set(m, []);
    }
    for (const x of f.figures) {
      const bound = bind.agentOf(x.nick);
      const s = bound ? null : standIn(x.nick, x.agentName, x.roleHint);
      const a = accOf(bound ?? s!.agent, x.month, s?.assumed ?? []);
      for (const [m, v] of Object.entries(x.values) as [Metric, number][]) {
        const field = METRIC_FIELD[m];
        if (field) put(a, field, v, f.file);
      }
      if (x.values.onlineSeconds !== undefined) put(a, 'onlineHours', Math.round(x.values.onlineSeconds / 36) / 100, f.file);
      for (const m of Object.keys(x.pending) as Metric[]) {
        const field = METRIC_FIELD[m];
        pendingMonths.add(x.month);
        if (field && !a.from.has(field)) a.pending.add(field);
      }
    }
    for (const r of f.sheetRows) {
      const byIdAgent = r.agentId !== undefined ? byId.get(r.agentId) : undefined;
      const bound = byIdAgent ?? (r.nick ? bind.agentOf(r.nick) : null);
      let agent: RosterAgent;
      let assumed: (keyof AgentMonth)[] = [];
      if (bound) agent = bound;
      else if (r.nick) ({ agent, assumed } = standIn(r.nick, r.name, undefined));
      else {
        problems.push(problem(`${f.file} ${r.row + 1}:${r.row + 1}`, 'import.sheetUnknownAgent', { agentId: r.agentId!, row: r.row + 1 }));
        continue;
      }
      const a = accOf(agent, r.month, assumed);
      for (const [field, v] of Object.entries(r.fields) as [keyof AgentMonth, number | boolean][]) put(a, field, v, f.file);
    }
  }
  for (const [full, s] of standIns) {
    const months = [...new Set([...accs.values()].filter((a) => a.agent === s.agent).map((a) => a.month))].sort();
    unbound.push({ nickname: full, ...(s.agent.name !== s.agent.nicknames[0]?.split(':').pop() ? { agentName: s.agent.name } : {}), months });
  }
  if (unbound.length > 0) warnings.push(problem('', 'import.unbound', { count: unbound.length, nicknames: unbound.slice(0, 10).map((u) => u.nickname).join('、') + (unbound.length > 10 ? '…' : '') }));
  if (problems.length > 0) return { records: [], source: { attribution: opts.attribution, months: [], notProvided: [] }, unbound, warnings, problems };

  // Records in month, then roster order; written and read back through the records reader.
  const ordered = [...accs.values()].sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : 0));
  const drafts: AgentMonth[] = [];
  const notProvided: NotProvided[] = [];
  for (const a of ordered) {
    const base: AgentMonth = {
      month: a.month,
      agentId: a.agent.id,
      name: a.agent.name,
      team: a.agent.team,
      role: a.agent.role,
      level: a.agent.level,
      hireMonth: a.agent.hireMonth,
      tenureMonth: 0,
      daysEmployed: a.values.daysEmployed ?? daysInMonth(a.month),
      left: a.values.left ?? false,
    } as AgentMonth;
    for (const c of COLUMNS) {
      if (ROSTER_FIELDS.has(c.field)) continue;
      const v = a.values[c.field];
      if (v !== undefined) (base as unknown as Record<string, unknown>)[c.field] = v;
      else if (typeof c.fallback === 'object') (base as unknown as Record<string, unknown>)[c.field] = c.fallback.value;
      else if (c.fallback === 'required') (base as unknown as Record<string, unknown>)[c.field] = 0;
    }
    drafts.push(base);
    const missing = TRACKED_FIELDS.filter((f) => !a.from.has(f) && !a.pending.has(f));
    notProvided.push({ month: a.month, agentId: a.agent.id, fields: [...a.assumed, ...missing].map(jsonName), pending: [...a.pending].map(jsonName) });
  }
  // Each draft as a records file holds it (tenureMonth is derived from hireMonth by the reader:
  // left out), then read under every rule of the records reader.
  let records: AgentMonth[] = [];
  try {
    records = recordsFromJsonList(drafts.map((d) => recordJson({ ...d, tenureMonth: undefined as unknown as number })));
  } catch (e) {
    const ps = (e as { problems?: Problem[] }).problems ?? [];
    for (const p of ps) {
      const i = /^\$\.records\[(\d+)\]/.exec(p.path)?.[1];
      const d = i === undefined ? undefined : drafts[Number(i)];
      const { path: _old, ...params } = p.params;
      void _old;
      problems.push(d ? problem(`${d.name} (${d.agentId}) ${d.month}${p.path.replace(/^\$\.records\[\d+\]/, '')}`, p.key, params) : p);
    }
  }
  const months: MonthState[] = [...monthFiles.keys()].sort().map((m) => ({ month: m, settlement: settlementOf(m, monthFiles.get(m)!, pendingMonths.has(m)) }));
  return { records, source: { attribution: opts.attribution, months, notProvided }, unbound, warnings, problems };
}
