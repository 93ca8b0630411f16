/**
 * The `examples` of an exported rules file, in the manner of OpenFisca's tests: each
 * example holds agent-month records (as in a `paylab.records/1` file, money in yuan) and the
 * payslips they must give (lines by component, totals and any legal flag, in yuan strings).
 * `withExamples` simulates them (src/sim/examples.ts) and writes them into the document;
 * `checkExamples` re-computes every example with the engine and reports each difference with its
 * JSON path (`$.examples[0].payslips[3].lines.commission`), as `paylab validate` prints it.
 * docs/rules-file.md §"Worked examples" describes the shape.
 */
import { Decimal } from 'decimal.js';
import { payMonths } from '../engine/pay';
import { COMPONENTS, type Component, type Payslip } from '../engine/payslip';
import type { AgentMonth } from '../engine/records';
import { MAX_PROBLEMS, capProblems, problem, InputError, type Problem } from '../i18n/problem';
import { cityOf } from '../policy/cities';
import { compilePolicy } from '../policy/compile';
import { validatePolicy } from '../policy/validate';
import type { PolicyDoc } from '../policy/types';
import { simulateExample } from '../sim/examples';
import { parseRecordsJson, writeRecordsJson } from './records';
import { readDecimal } from './yuan';
import { fenToYuan } from '../i18n/money';
import { isPlainObject } from './jsonPatch';
import { MAX_AOV_FEN } from './realMonths';

/** Totals written in an expected payslip, in this order, and the Totals field each stands for. */
export const EXAMPLE_TOTALS = {
  earned: 'earnedFen',
  guarantee: 'guaranteeFen',
  gross: 'grossFen',
  fines: 'finesFen',
  net: 'netFen',
  contributions: 'contributionsFen',
  employerCost: 'employerCostFen',
} as const;
type TotalName = keyof typeof EXAMPLE_TOTALS;

/** Legal flags written when set (money flags as yuan strings, the others as they are). */
const MONEY_FLAGS = { belowMinimum: 'belowMinimumFen', deductionsBelowMinimum: 'deductionsBelowMinimumFen', deductionsOverCap: 'deductionsOverCapFen' } as const;

export interface ExamplePayslip {
  month: string;
  agentId: string;
  name: string;
  /** Sum of the payslip's lines of each component present, yuan. */
  lines: Partial<Record<Component, string>>;
  totals: Record<TotalName, string>;
  /** Only the flags that are set. */
  flags?: { belowMinimum?: string; deductionsBelowMinimum?: string; deductionsOverCap?: string; probationTooLow?: true; dismissal?: 'low-score' | 'warnings' };
}

export interface PolicyExample {
  name: string;
  /** The shop's average order value (read by the after-sales role formulas, seed 001), yuan. */
  shopAov: string;
  records: Record<string, unknown>[];
  payslips: ExamplePayslip[];
}

/** A payslip in the example form. */
export function examplePayslip(p: Payslip): ExamplePayslip {
  const lines: Partial<Record<Component, string>> = {};
  for (const c of COMPONENTS) {
    let sum = 0;
    let present = false;
    for (const l of p.lines) {
      if (l.component === c) {
        sum += l.amountFen;
        present = true;
      }
    }
    if (present) lines[c] = fenToYuan(sum);
  }
  const totals = Object.fromEntries(Object.entries(EXAMPLE_TOTALS).map(([k, f]) => [k, fenToYuan(p.totals[f])])) as Record<TotalName, string>;
  const flags: NonNullable<ExamplePayslip['flags']> = {};
  for (const [k, f] of Object.entries(MONEY_FLAGS) as [keyof typeof MONEY_FLAGS, (typeof MONEY_FLAGS)[keyof typeof MONEY_FLAGS]][]) {
    if (p.flags[f] !== 0) flags[k] = fenToYuan(p.flags[f]);
  }
  if (p.flags.probationTooLow) flags.probationTooLow = true;
  if (p.flags.dismissal !== null) flags.dismissal = p.flags.dismissal;
  const out: ExamplePayslip = { month: p.month, agentId: p.agentId, name: p.name, lines, totals };
  if (Object.keys(flags).length > 0) out.flags = flags;
  return out;
}

/** The records of an example as file objects (money in yuan), as writeRecordsJson writes them. */
function recordObjects(records: readonly AgentMonth[]): Record<string, unknown>[] {
  return (JSON.parse(writeRecordsJson(records)) as { records: Record<string, unknown>[] }).records;
}

/** The worked examples of a valid rules file (simulated; the same policy always gets the same). */
export function examplesFor(doc: PolicyDoc): PolicyExample[] {
  const sim = simulateExample(doc);
  return [
    {
      name: '一个 4 人小组的 11 月和 12 月(由 Paylab 模拟生成)/ One team of 4 agents, November and December (simulated by Paylab)',
      shopAov: fenToYuan(sim.shopAovFen),
      records: recordObjects(sim.records),
      payslips: sim.payslips.map(examplePayslip),
    },
  ];
}

/** The document with freshly simulated examples (any it carried are replaced). */
export function withExamples(doc: PolicyDoc): PolicyDoc {
  const plain = { ...doc };
  delete plain.examples;
  return { ...plain, examples: examplesFor(plain) };
}

// ── checking ──

const keyOf = (month: string, agentId: string) => `${month}\u0000${agentId}`;

/** Compare a written amount with a computed one in fen; a problem when unreadable or different. */
function compareMoney(path: string, written: unknown, fen: number, who: { month: string; agentId: string }, out: Problem[]): void {
  const computed = fenToYuan(fen);
  const r = typeof written === 'string' ? readDecimal(written) : null;
  if (!r || !r.ok) {
    out.push(problem(path, 'share.exampleNotMoney', { value: JSON.stringify(written) ?? String(written) }));
    return;
  }
  if (!r.value.equals(new Decimal(fen).div(100))) {
    out.push(problem(path, 'share.exampleMismatch', { expected: String(written), computed, month: who.month, agent: who.agentId }));
  }
}

/** One expected payslip against the computed one. */
function comparePayslip(path: string, expected: Record<string, unknown>, p: Payslip, out: Problem[]): void {
  const who = { month: p.month, agentId: p.agentId };
  const computed = examplePayslip(p);
  const lines = expected.lines;
  if (!isPlainObject(lines)) out.push(problem(`${path}.lines`, 'share.exampleShape', { what: 'lines' }));
  else {
    for (const k of Object.keys(lines)) {
      if (!(COMPONENTS as readonly string[]).includes(k)) out.push(problem(`${path}.lines.${k}`, 'share.exampleUnknownComponent', { component: k, known: COMPONENTS.join(', ') }));
    }
    for (const c of COMPONENTS) {
      const has = Object.prototype.hasOwnProperty.call(lines, c);
      const fen = p.lines.filter((l) => l.component === c).reduce((s, l) => s + l.amountFen, 0);
      if (has) compareMoney(`${path}.lines.${c}`, lines[c], fen, who, out);
      else if (computed.lines[c] !== undefined) {
        out.push(problem(`${path}.lines`, 'share.exampleMissingLine', { component: c, computed: computed.lines[c]!, month: p.month, agent: p.agentId }));
      }
    }
  }
  const totals = expected.totals;
  if (!isPlainObject(totals)) out.push(problem(`${path}.totals`, 'share.exampleShape', { what: 'totals' }));
  else {
    for (const [k, f] of Object.entries(EXAMPLE_TOTALS)) {
      if (!Object.prototype.hasOwnProperty.call(totals, k)) out.push(problem(`${path}.totals`, 'share.exampleShape', { what: `totals.${k}` }));
      else compareMoney(`${path}.totals.${k}`, totals[k], p.totals[f], who, out);
    }
  }
  const flags = expected.flags === undefined ? {} : expected.flags;
  if (!isPlainObject(flags)) out.push(problem(`${path}.flags`, 'share.exampleShape', { what: 'flags' }));
  else {
    const want = JSON.stringify(Object.entries(flags).sort());
    const got = JSON.stringify(Object.entries(computed.flags ?? {}).sort());
    if (want !== got) {
      out.push(problem(`${path}.flags`, 'share.exampleFlags', { expected: JSON.stringify(flags), computed: JSON.stringify(computed.flags ?? {}), month: p.month, agent: p.agentId }));
    }
  }
}

/** Records problems come with paths into a bare array (`$[3].name`); move them under the example. */
function underExample(p: Problem, prefix: string): Problem {
  const path = p.path.startsWith('$') ? prefix + p.path.slice(1) : p.path === '' ? prefix : `${prefix}: ${p.path}`;
  return { path, key: p.key, params: { ...p.params, path } };
}

/** Re-check one example; problems with their paths (empty when it passes). */
function checkOne(doc: PolicyDoc, example: unknown, i: number): Problem[] {
  const path = `$.examples[${i}]`;
  const out: Problem[] = [];
  if (!isPlainObject(example)) return [problem(path, 'share.exampleShape', { what: `examples[${i}]` })];
  for (const k of ['records', 'payslips'] as const) {
    if (!Array.isArray(example[k])) out.push(problem(`${path}.${k}`, 'share.exampleShape', { what: k }));
  }
  let aovFen = 0;
  const aov = typeof example.shopAov === 'string' ? readDecimal(example.shopAov) : null;
  if (!aov || !aov.ok || aov.value.isNegative() || aov.value.decimalPlaces() > 2 || aov.value.times(100).gt(MAX_AOV_FEN)) {
    out.push(problem(`${path}.shopAov`, 'share.exampleNotMoney', { value: JSON.stringify(example.shopAov) ?? 'undefined' }));
  } else aovFen = aov.value.times(100).toNumber();
  if (out.length > 0) return out;

  let records: AgentMonth[];
  try {
    records = parseRecordsJson(JSON.stringify(example.records));
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => underExample(p, `${path}.records`));
    throw e;
  }
  const city = cityOf(doc)!;
  const plain = { ...doc };
  delete plain.examples;
  const payslips = payMonths(compilePolicy(plain), records, { city, shopAovFen: aovFen });
  const byKey = new Map(payslips.map((p) => [keyOf(p.month, p.agentId), p]));
  const seen = new Set<string>();
  (example.payslips as unknown[]).forEach((e, j) => {
    const at = `${path}.payslips[${j}]`;
    if (!isPlainObject(e) || typeof e.month !== 'string' || typeof e.agentId !== 'string') {
      out.push(problem(at, 'share.exampleShape', { what: `payslips[${j}]` }));
      return;
    }
    const key = keyOf(e.month, e.agentId);
    const p = byKey.get(key);
    if (!p) {
      out.push(problem(at, 'share.exampleNoPayslip', { month: e.month, agent: e.agentId }));
      return;
    }
    if (seen.has(key)) {
      out.push(problem(at, 'share.exampleDuplicate', { month: e.month, agent: e.agentId }));
      return;
    }
    seen.add(key);
    comparePayslip(at, e, p, out);
  });
  for (const p of payslips) {
    if (!seen.has(keyOf(p.month, p.agentId))) out.push(problem(`${path}.payslips`, 'share.exampleUnlisted', { month: p.month, agent: p.agentId }));
  }
  return out;
}

/**
 * Re-compute every example of a rules file with the engine and compare. Problems carry JSON paths;
 * an empty list means every example passes (or there are none).
 */
export function checkExamples(doc: PolicyDoc): Problem[] {
  const examples = doc.examples ?? [];
  if (examples.length === 0) return [];
  const valid = validatePolicy(doc);
  if (!valid.ok) return valid.problems;
  if (!cityOf(doc)) return [problem('$.city', 'share.exampleCity', { city: doc.city })];
  const out: Problem[] = [];
  for (let i = 0; i < examples.length && out.length <= MAX_PROBLEMS; i++) {
    for (const p of checkOne(valid.policy, examples[i], i)) out.push(p);
  }
  return capProblems(out);
}
