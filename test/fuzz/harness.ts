/**
 * The fuzz harness: hostile and generated inputs for every reader of user input (rules files,
 * scenario files, share links, records files), each classified as refused (with problems whose
 * messages exist in both languages and have every placeholder filled), accepted (and, for
 * records and rules, paid with every total a safe integer and the identities of a payslip holding;
 * records' commission recomputed with decimal.js), a crash (any other exception, or a refusal
 * without a proper message), or a hang (slower than the per-input bound). Prototype pollution is
 * checked after every input. Used by fuzz.test.ts (a bounded budget in the unit tests) and by
 * run.ts (`npm run fuzz`, a longer run that prints the counts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { payMonths } from '../../src/engine/pay';
import type { AgentMonth } from '../../src/engine/records';
import { MAX_RECORDS, loadRecords, writeRecordsCsv } from '../../src/formats/records';
import { MAX_FILE_BYTES } from '../../src/formats/decode';
import { decodeShareLink, encodeShareLink } from '../../src/formats/shareLink';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { t } from '../../src/i18n/format';
import { InputError, type Problem } from '../../src/i18n/problem';
import { cityTable } from '../../src/policy/cities';
import { compilePolicy } from '../../src/policy/compile';
import { parsePolicy } from '../../src/policy/parse';
import type { CompiledPolicy } from '../../src/policy/compiled';
import { parseScenario } from '../../src/sim/scenarioParse';
import { validateScenario } from '../../src/sim/scenarioValidate';

export type Outcome = 'refused' | 'accepted' | 'crash' | 'hang';
export type Category = 'rules' | 'scenario' | 'link' | 'records';
export interface Counts {
  inputs: number;
  refused: number;
  accepted: number;
  crashes: number;
  hangs: number;
}
export interface Failure {
  category: Category;
  input: string;
  why: string;
}

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const SEED_POLICY_TEXT = read('scenarios/policies/seed000.json');
const SEED_POLICY = compilePolicy(parsePolicy(SEED_POLICY_TEXT));
const SCENARIO_TEXT = read('scenarios/default.json');
const SCENARIO = parseScenario(SCENARIO_TEXT);
const SMALL_CSV = read('test/fixtures/records/small.csv');

/** A refusal is proper when every problem's message exists in both languages with its placeholders filled. */
function improperProblem(problems: readonly Problem[]): string | null {
  if (problems.length === 0) return 'refused without any problem';
  for (const p of problems) {
    if (!(p.key in zh) || !(p.key in en)) return `message key missing: ${p.key}`;
    for (const table of [zh, en] as Readonly<Record<string, string>>[]) {
      // every placeholder of the template has a parameter (a value may itself contain braces)
      for (const m of table[p.key]!.matchAll(/\{(\w+)\}/g)) {
        if (!(m[1]! in p.params)) return `placeholder {${m[1]}} without a value in ${p.key}: ${t('en', p.key, p.params).slice(0, 120)}`;
      }
    }
  }
  return null;
}

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).join(',');
function polluted(): string | null {
  if (Object.getOwnPropertyNames(Object.prototype).join(',') !== PROTO_NAMES) return 'Object.prototype gained a property';
  if ((({}) as Record<string, unknown>).polluted !== undefined) return 'Object.prototype.polluted is set';
  return null;
}

/** Pay accepted records and check what can be checked independently of the engine. */
function checkPaid(policy: CompiledPolicy, records: readonly AgentMonth[], flatRatePpm: number | null): string | null {
  const city = cityTable(policy.city)!;
  const slips = payMonths(policy, records, { city, shopAovFen: 20000, explain: false });
  if (slips.length !== records.length) return `paid ${slips.length} payslips for ${records.length} records`;
  const byKey = new Map(records.map((r) => [`${r.month}\u0000${r.agentId}`, r]));
  for (const s of slips) {
    const tot = s.totals;
    for (const [k, v] of Object.entries(tot)) if (!Number.isSafeInteger(v)) return `total ${k} not a safe integer: ${v}`;
    const sum = s.lines.reduce((a, l) => a + l.amountFen, 0);
    if (sum !== tot.netFen) return `lines sum to ${sum}, net is ${tot.netFen}`;
    if (tot.netFen !== tot.grossFen - tot.finesFen) return 'net ≠ gross − fines';
    if (flatRatePpm !== null && !s.probation) {
      const r = byKey.get(`${s.month}\u0000${s.agentId}`)!;
      const net = Decimal.max(0, new Decimal(r.creditedSalesFen).minus(r.returnsFen).minus(r.badReviewSalesFen));
      const want = net.times(flatRatePpm).div(1_000_000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
      const got = s.lines.filter((l) => l.component === 'commission').reduce((a, l) => a + l.amountFen, 0);
      if (want !== got) return `commission ${got} fen, decimal.js says ${want}`;
    }
  }
  return null;
}

/** Seed 000's flat commission rate (0.005), in ppm, for the independent check. */
const SEED_RATE_PPM = SEED_POLICY.commission.type === 'rate' && SEED_POLICY.commission.rate.method === 'flat' ? SEED_POLICY.commission.rate.brackets[0]!.ratePpm : null;

/** Run one input of a category; returns its outcome and, for a crash, why. */
export async function runOne(category: Category, input: string | Uint8Array, limitMs: number): Promise<{ outcome: Outcome; why?: string }> {
  const started = performance.now();
  let outcome: Outcome;
  let why: string | undefined;
  try {
    let problems: Problem[] | null = null;
    if (category === 'rules') {
      try {
        const doc = parsePolicy(input as string);
        const p = compilePolicy(doc);
        why = checkPaid(p, loadRecords(new TextEncoder().encode(SMALL_CSV), 'small.csv'), null) ?? undefined;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problems = e.problems;
      }
    } else if (category === 'scenario') {
      try {
        parseScenario(input as string);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problems = e.problems;
      }
    } else if (category === 'link') {
      const d = await decodeShareLink(input as string);
      if (!d.ok) problems = d.problems;
      else {
        const c = validateScenario(d.raw);
        const all = [...c.problems, ...c.variantProblems.flat()];
        if (all.length > 0) problems = all;
      }
    } else {
      try {
        const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
        const records = loadRecords(bytes, /^\s*[[{]/.test(new TextDecoder().decode(bytes.subarray(0, 16))) ? 'r.json' : 'r.csv');
        why = checkPaid(SEED_POLICY, records, SEED_RATE_PPM) ?? undefined;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problems = e.problems;
      }
    }
    if (why !== undefined) outcome = 'crash';
    else if (problems) {
      const bad = improperProblem(problems);
      outcome = bad ? 'crash' : 'refused';
      why = bad ?? undefined;
    } else outcome = 'accepted';
  } catch (e) {
    outcome = 'crash';
    why = e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : String(e);
  }
  const pollution = polluted();
  if (pollution) return { outcome: 'crash', why: pollution };
  if (outcome !== 'crash' && performance.now() - started > limitMs) return { outcome: 'hang', why: `${Math.round(performance.now() - started)} ms` };
  return why === undefined ? { outcome } : { outcome, why };
}

// ── inputs ──

/** Splice a string: delete `del` characters at `at` (modulo the length) and insert `ins`. */
const splice = (text: string) =>
  fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', '\n', '"__proto__"', '1e309', '-', '\u0000', '\ufeff')))
    .map(([at, del, ins]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, i) + ins + text.slice(i + del);
    });

/** A JSON value likely to upset a reader: extremes, wrong types, forbidden keys. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, '', '0', '-1', '0.001', '1e3', '1000000.01', '1000000', '0.1', '999999999999999999999', 'NaN', '__proto__', [], {}),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 30 }),
  fc.json().map((j) => JSON.parse(j) as unknown),
  fc.constant({ __proto__: { polluted: true } }),
);

/** Replace the value at a random path of an object tree (chosen by the numbers in `picks`). */
function replaceAt(root: unknown, picks: number[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as unknown;
  let node = copy as Record<string, unknown> | unknown[];
  for (let d = 0; d < picks.length; d++) {
    const keys = Array.isArray(node) ? node.map((_, i) => String(i)) : Object.keys(node);
    if (keys.length === 0) break;
    const k = keys[picks[d]! % keys.length]!;
    const child = (node as Record<string, unknown>)[k];
    if (d === picks.length - 1 || typeof child !== 'object' || child === null) {
      (node as Record<string, unknown>)[k] = value;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return copy;
}

/** The text of `root` with one value replaced (written so a "__proto__" key survives as a key). */
const structural = (root: unknown) =>
  fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), hostileValue).map(([picks, v]) =>
    JSON.stringify(replaceAt(root, picks, v === null ? null : v)).replace('"polluted":true', '"polluted":true,"__proto__":{"polluted":true}'),
  );

const SEED_POLICY_JSON = JSON.parse(SEED_POLICY_TEXT) as unknown;
const SCENARIO_JSON = JSON.parse(SCENARIO_TEXT) as unknown;

export function rulesInputs(): fc.Arbitrary<string> {
  return fc.oneof(splice(SEED_POLICY_TEXT), structural(SEED_POLICY_JSON), fc.json(), fc.string({ maxLength: 200 }));
}

export function scenarioInputs(): fc.Arbitrary<string> {
  return fc.oneof(splice(SCENARIO_TEXT), structural(SCENARIO_JSON), fc.json());
}

/** A valid link of the default scenario, to mutate. */
export async function validLink(): Promise<string> {
  return encodeShareLink(SCENARIO);
}

export function linkInputs(valid: string): fc.Arbitrary<string> {
  const payload = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('')), maxLength: 400 });
  return fc.oneof(
    splice(valid),
    payload.map((p) => `s1.${p}`),
    payload.map((p) => `#s0.${p}`),
    fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
    fc.string({ maxLength: 100 }),
  );
}

/** A records value near or past a bound, or of the wrong kind. */
const cell = fc.oneof(
  fc.constantFrom('', '0', '1', '1000000', '1000001', '10000000', '10000000.01', '9999999.99', '0.001', '-1', '1e3', 'abc', '=1+1', '2025-07', '2025-13', '100', '1000', '1000.01', '是', '否'),
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
  fc.string({ maxLength: 12 }),
);

/** A base record in file form (JSON names, money in yuan) that reads cleanly. */
const BASE_RECORD: Record<string, string> = {
  month: '2025-07', agentId: 'A1', name: '张三', team: '一组', role: 'presales', level: 'junior', tenureMonth: '14',
  creditedSales: '123456.78', returns: '100.00', badReviewSales: '0', latesShort: '3', commendations: '2', scoreSatisfaction: '27',
};
const FIELDS = ['month', 'agentId', 'name', 'team', 'role', 'level', 'tenureMonth', 'daysEmployed', 'creditedSales', 'chasedSales', 'returns', 'badReviewSales', 'latesShort', 'latesLong', 'absences', 'unanswered2h', 'commendations', 'violationsLight', 'scoreSkill', 'teamScore', 'paidOrders', 'afterSalesCases', 'extra', '__proto__'];

/** Values inside the bounds, up to them: such records must be accepted and paid exactly. */
const yuanText = (maxFen: number) => fc.integer({ min: 0, max: maxFen }).map((f) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`);
const validOverrides = fc.record(
  {
    creditedSales: yuanText(1_000_000_000),
    returns: yuanText(100_000),
    badReviewSales: yuanText(100_000),
    latesShort: fc.integer({ min: 0, max: 1_000_000 }).map(String),
    absences: fc.integer({ min: 0, max: 1_000_000 }).map(String),
    commendations: fc.integer({ min: 0, max: 100 }).map(String),
    scoreSkill: fc.integer({ min: 0, max: 100_000 }).map((h) => (h / 100).toFixed(2)),
    tenureMonth: fc.integer({ min: 1, max: 1_000_000 }).map(String),
  },
  { requiredKeys: [] },
);

export function recordsInputs(): fc.Arbitrary<string> {
  const overrides = fc.oneof(validOverrides as fc.Arbitrary<Record<string, string>>, fc.dictionary(fc.constantFrom(...FIELDS), cell, { maxKeys: 3 }));
  const record = fc.tuple(overrides, fc.nat({ max: 99 })).map(([over, id]) => ({ ...BASE_RECORD, agentId: `A${id}`, ...over }));
  const list = fc.array(record, { minLength: 0, maxLength: 12 });
  const asJson = list.map((rs) => JSON.stringify({ format: 'paylab.records/1', records: rs }));
  const asCsv = list.map((rs) => {
    const cols = [...new Set(rs.flatMap((r) => Object.keys(r)))];
    const esc = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    return [cols.join(','), ...rs.map((r) => cols.map((c) => esc((r as Record<string, string>)[c] ?? '')).join(','))].join('\n');
  });
  return fc.oneof(asJson, asCsv, splice(SMALL_CSV));
}

// ── the corpus: small files in corpus/, big ones made here ──

export function corpus(): { category: Category; name: string; input: string | Uint8Array }[] {
  const dir = new URL('./corpus/', import.meta.url);
  const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }));
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  const out: { category: Category; name: string; input: string | Uint8Array }[] = [];
  for (const f of files) {
    if (f.name.startsWith('link-')) out.push({ category: 'link', name: f.name, input: text(f.bytes) });
    else if (f.name.endsWith('.csv') || f.name.startsWith('records-')) out.push({ category: 'records', name: f.name, input: f.bytes });
    else {
      out.push({ category: 'rules', name: f.name, input: text(f.bytes) });
      out.push({ category: 'scenario', name: f.name, input: text(f.bytes) });
      out.push({ category: 'records', name: f.name, input: f.bytes });
    }
  }
  const seed = JSON.parse(SEED_POLICY_TEXT) as Record<string, unknown>;
  const dupExamples = '[' + Array.from({ length: 20_000 }, () => '{"a":1,\n"a":2}').join(',\n') + ']';
  out.push({ category: 'rules', name: '20 000 duplicate keys', input: JSON.stringify(seed).replace(/^\{/, `{"examples":${dupExamples},`) });
  out.push({ category: 'rules', name: '1 000 000 unknown fields', input: JSON.stringify(seed).replace(/^\{/, `{${Array.from({ length: 1_000_000 }, (_, i) => `"u${i}":1`).join(',')},`) });
  out.push({ category: 'rules', name: 'money at 1e15 yuan', input: SEED_POLICY_TEXT.replace(/"\d+\.\d\d"/g, '"999999999999999.99"') });
  out.push({ category: 'scenario', name: '1 000 000 variants', input: JSON.stringify({ ...(SCENARIO_JSON as object), variants: new Array(1_000_000).fill(0) }) });
  const row = (i: number) => `2025-07,A${i},张三,售前,初级,14,1000`;
  const head = '月份,客服ID,姓名,岗位,级别,司龄月,业绩';
  out.push({ category: 'records', name: '200 000 agent-months in one month', input: [head, ...Array.from({ length: 200_000 }, (_, i) => row(i))].join('\n') });
  out.push({ category: 'records', name: 'blank lines to the size limit', input: head + '\n' + '\n'.repeat(MAX_FILE_BYTES - 100) });
  out.push({ category: 'records', name: 'one cell of 50 MB', input: `${head}\n2025-07,A1,${'x'.repeat(MAX_FILE_BYTES - 200)},售前,初级,14,1\n` });
  out.push({ category: 'records', name: `${MAX_RECORDS} agent-months`, input: writeRecordsCsv(loadRecords(new TextEncoder().encode([head, ...Array.from({ length: MAX_RECORDS }, (_, i) => row(i))].join('\n')), 'r.csv')) });
  out.push({ category: 'link', name: '900 000 variant references', input: '' }); // filled by the caller (needs deflate)
  return out;
}

/** Run the corpus and `perCategory` generated inputs of each category (seeded); counts by category. */
export async function fuzz(opts: { perCategory: number; seed: number; limitMs: number; bigLimitMs: number; bigCorpus: boolean; log?: (s: string) => void }): Promise<{ counts: Record<Category, Counts>; failures: Failure[] }> {
  const counts = Object.fromEntries((['rules', 'scenario', 'link', 'records'] as const).map((c) => [c, { inputs: 0, refused: 0, accepted: 0, crashes: 0, hangs: 0 }])) as Record<Category, Counts>;
  const failures: Failure[] = [];
  const tally = async (category: Category, name: string, input: string | Uint8Array) => {
    const big = (typeof input === 'string' ? input.length : input.length) > 100_000;
    const r = await runOne(category, input, big ? opts.bigLimitMs : opts.limitMs);
    const c = counts[category];
    c.inputs++;
    if (r.outcome === 'refused') c.refused++;
    else if (r.outcome === 'accepted') c.accepted++;
    else {
      if (r.outcome === 'crash') c.crashes++;
      else c.hangs++;
      failures.push({ category, input: name, why: `${r.outcome}: ${r.why ?? ''}` });
    }
  };
  const valid = await validLink();
  for (const item of corpus()) {
    const big = typeof item.input !== 'string' ? item.input.length > 100_000 : item.input.length > 100_000;
    if (big && !opts.bigCorpus) continue;
    if (item.name === '900 000 variant references') {
      const { deflateRaw } = await import('../../src/formats/deflate');
      const { toBase64Url } = await import('../../src/formats/base64url');
      const payload = `{"v":[${new Array(900_000).fill(0).join(',')}]}`;
      await tally('link', item.name, `s1.${toBase64Url(await deflateRaw(new TextEncoder().encode(payload)))}`);
      continue;
    }
    await tally(item.category, item.name, item.input);
  }
  opts.log?.('corpus done');
  const gens: [Category, fc.Arbitrary<string>][] = [
    ['rules', rulesInputs()],
    ['scenario', scenarioInputs()],
    ['link', linkInputs(valid)],
    ['records', recordsInputs()],
  ];
  for (const [category, arb] of gens) {
    const inputs = fc.sample(arb, { numRuns: opts.perCategory, seed: opts.seed });
    for (const input of inputs) await tally(category, input.length > 200 ? `${input.slice(0, 200)}…` : input, input);
    opts.log?.(`${category} done`);
  }
  return { counts, failures };
}
