/**
 * `npm run bench` (not a test, it prints figures): the reference scenario (50 agents,
 * 12 months, 1000 replications, 4 variants = 2.4 M agent-month payslips) and a large one (300
 * agents), each with wall time, payslips per second, peak RSS, and — in the same process, on the same
 * workers — the throughput of the floor loop (src/sim/floorLoop.ts) and the ratio to it; then the
 * memory of 100 vs 10 000 replications, and the sensitivity run on scenarios/default.json as the CLI
 * and the page run it (src/sim/sensitivity.ts: every assumption low and high, DEFAULT_SENSITIVITY_
 * REPLICATIONS each, on the same pool). Each case runs in its own child process so its peak RSS
 * (main thread + workers) is its own, and prints the load average at its start and end. Targets
 * on 2 cores (TARGETS below; docs/performance.md §"Targets"): reference ≤ 1.2 s and ≥ 50 % of the
 * floor; large ≤ 6 s; peak RSS ≤ 300 MB and flat (within 5 %) from 100 to 10 000 replications; the
 * sensitivity run ≤ 10 s. Each target is printed beside its figure, met or not and by how much.
 *
 *   npm run bench                       every case
 *   npm run bench -- --case reference   one case (reference | large | flat100 | flat10000 | sensitivity), its raw result
 *   npm run bench -- --cases reference,sensitivity   some cases, printed with their targets
 *   npm run bench -- --workers 2 --replications 200
 *   PAYLAB_WORKER=tsx npm run bench    workers from the TypeScript sources through tsx, not the bundle
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parsePolicy } from '../policy/parse';
import { defaultBehaviour, defaultShop } from '../behaviour/defaults';
import type { Scenario } from '../sim/scenario';
import { nodePool } from '../sim/nodeWorkers';
import { nodeWorkerEntry } from '../sim/nodeBundle';
import { parseScenario } from '../sim/scenarioParse';
import { DEFAULT_SENSITIVITY_REPLICATIONS, runSensitivity } from '../sim/sensitivity';
import { errorTextBoth } from './report';

// The main thread only merges partials: it does not import the simulator (src/sim/prepare.ts pulls in
// the generator and faker's locale data, ~40 MB), which runs in the workers — from an esbuild bundle
// of workers/sim.node.worker.ts (src/sim/nodeBundle.ts), or through tsx if bundling fails.
const WORKER = {
  source: new URL('../../workers/sim.node.worker.ts', import.meta.url),
  fallback: new URL('../../workers/sim.node.mjs', import.meta.url),
  cacheDir: new URL('../../node_modules/.cache/paylab/', import.meta.url),
};
const isResponsive = (s: Scenario) =>
  s.behaviour.effortElasticity !== 0 || s.behaviour.fineElasticity !== 0 || s.behaviour.quitPayElasticity !== 0;

const root = new URL('../../', import.meta.url);

interface CaseSpec {
  agents: number;
  replications: number;
  /** The sensitivity run on scenarios/default.json as it stands (agents and replications per run from it and DEFAULT_SENSITIVITY_REPLICATIONS). */
  sensitivity?: true;
}
const CASES: Record<string, CaseSpec> = {
  reference: { agents: 50, replications: 1000 },
  large: { agents: 300, replications: 1000 },
  flat100: { agents: 50, replications: 100 },
  flat10000: { agents: 50, replications: 10000 },
  sensitivity: { agents: 0, replications: DEFAULT_SENSITIVITY_REPLICATIONS, sensitivity: true },
};

/** The speed and memory goals on this machine's 2 cores (docs/performance.md §"Targets"). */
export const TARGETS = {
  referenceWallMs: 1200,
  /** Run throughput ÷ floor-loop throughput, measured in the same run. */
  referenceFloorRatio: 0.5,
  largeWallMs: 6000,
  peakRssMb: 300,
  /** flat10000's peak RSS at most this fraction above flat100's. */
  flatGrowth: 0.05,
  sensitivityWallMs: 10_000,
} as const;

/** The default scenario as the page and `paylab sensitivity` load it (the sensitivity case). */
function defaultScenarioFile(): Scenario {
  const def = new URL('scenarios/default.json', root);
  return existsSync(def) ? parseScenario(readFileSync(def, 'utf8')) : benchScenario(30, DEFAULT_SENSITIVITY_REPLICATIONS);
}

/** The benchmark scenario: scenarios/default.json's variants and behaviour when present, else the four presets. */
export function benchScenario(agents: number, replications: number): Scenario {
  const def = new URL('scenarios/default.json', root);
  let s: Scenario;
  if (existsSync(def)) {
    s = parseScenario(readFileSync(def, 'utf8'));
  } else {
    const preset = (n: string) => parsePolicy(readFileSync(new URL(`scenarios/policies/${n}.json`, root), 'utf8'));
    s = {
      format: 'paylab.scenario/1',
      name: 'bench',
      shop: defaultShop(),
      behaviour: defaultBehaviour(),
      variants: [
        { name: 'seed000', baseline: true, policy: preset('seed000') },
        { name: 'seed001', baseline: false, policy: preset('seed001-guarantee') },
        { name: 'roles', baseline: false, policy: preset('seed001-roles') },
        { name: 'careful', baseline: false, policy: preset('careful-owner') },
      ],
      settings: { startMonth: '2026-01', months: 12, replications, seed: 1 },
    };
  }
  s.variants = s.variants.slice(0, 4);
  s.shop = { ...s.shop, agents, teams: Math.max(1, Math.round(agents / 10)) };
  s.settings = { ...s.settings, months: 12, replications, seed: 20261123 };
  return s;
}

interface CaseResult {
  case: string;
  agents: number;
  replications: number;
  workers: number;
  responsive: boolean;
  startMs: number;
  wallMs: number;
  /** CPU time of every thread of the process during the timed run (less sensitive to other load than wall time). */
  cpuMs: number;
  floorCpuMs: number;
  payslips: number;
  perSecond: number;
  floorMs: number;
  floorPerSecond: number;
  peakRssMb: number;
  /** The workers ran the esbuild bundle or the TypeScript sources through tsx (with the reason). */
  workerEntry: string;
  /** One-minute load average when the case started and when it ended. */
  loadStart: number;
  loadEnd: number;
  /** Sensitivity case: runs of the comparison it made (base + each assumption low and high). */
  runs?: number;
}

async function runCase(name: string, spec: CaseSpec, workers: number): Promise<CaseResult> {
  if (spec.sensitivity) return runSensitivityCase(name, spec, workers);
  const loadStart = loadavg()[0]!;
  const scenario = benchScenario(spec.agents, spec.replications);
  const V = scenario.variants.length;
  const responsive = isResponsive(scenario);
  const entry = await nodeWorkerEntry(WORKER);
  const pool = nodePool(entry.url, workers);
  try {
    // start the workers and warm the JIT on a few replications (not timed)
    const t0 = performance.now();
    await pool.run(scenario, { replications: 2 * workers });
    const startMs = performance.now() - t0;
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const res = await pool.run(scenario);
    const wallMs = performance.now() - t1;
    const cpu = process.cpuUsage(c1);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const payslips = res.summary.variants.reduce((a, v) => a + v.compliance.agentMonths, 0);
    // the floor on the same workers: the same replications split evenly, in chunks of ~100 ms
    const M = scenario.settings.months;
    const gens = responsive ? V : 1;
    const seed = scenario.settings.seed;
    const f0 = performance.now();
    const c2 = process.cpuUsage();
    let floorSlips = 0;
    let next = 0;
    const chunk = Math.max(1, Math.ceil(spec.replications / (workers * 20)));
    const ws = Array.from({ length: workers }, (_, i) => i);
    // a worker's api is reached through the pool's internals only for runs; use drill-down free worker calls
    const apis = (pool as unknown as { workers: { api: { floor: (...a: number[]) => Promise<{ payslips: number }> } }[] }).workers;
    await Promise.all(
      ws.map(async (i) => {
        while (next < spec.replications) {
          const from = next;
          next = Math.min(spec.replications, next + chunk);
          const r = await apis[i]!.api.floor(seed, spec.agents, M, V, from, next, gens);
          floorSlips += r.payslips;
        }
      }),
    );
    const floorMs = performance.now() - f0;
    const fc = process.cpuUsage(c2);
    return {
      cpuMs,
      floorCpuMs: (fc.user + fc.system) / 1000,
      case: name,
      agents: spec.agents,
      replications: spec.replications,
      workers,
      responsive,
      startMs,
      wallMs,
      payslips,
      perSecond: payslips / (wallMs / 1000),
      floorMs,
      floorPerSecond: floorSlips / (floorMs / 1000),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      workerEntry: entry.kind === 'bundle' ? 'bundle' : `tsx (${entry.reason ?? ''})`,
      loadStart,
      loadEnd: loadavg()[0]!,
    };
  } finally {
    pool.terminate();
  }
}

/**
 * The sensitivity run as `paylab sensitivity --scenario scenarios/default.json` makes it: runSensitivity
 * over the pool (one comparison per setting, DEFAULT_SENSITIVITY_REPLICATIONS or --replications
 * each), after the same warm-up as the other cases. No floor: it is timed against its own target.
 */
async function runSensitivityCase(name: string, spec: CaseSpec, workers: number): Promise<CaseResult> {
  const loadStart = loadavg()[0]!;
  const scenario = defaultScenarioFile();
  const entry = await nodeWorkerEntry(WORKER);
  const pool = nodePool(entry.url, workers);
  try {
    const t0 = performance.now();
    await pool.run(scenario, { replications: 2 * workers });
    const startMs = performance.now() - t0;
    let payslips = 0;
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const result = await runSensitivity(
      scenario,
      (s, signal) =>
        pool.run(s, { signal }).then((r) => {
          payslips += r.summary.variants.reduce((a, v) => a + v.compliance.agentMonths, 0);
          return r.summary;
        }),
      { replications: spec.replications },
    );
    const wallMs = performance.now() - t1;
    const cpu = process.cpuUsage(c1);
    if (!result.complete) throw new Error('the sensitivity run did not complete');
    return {
      case: name,
      agents: scenario.shop.agents,
      replications: spec.replications,
      workers,
      responsive: isResponsive(scenario),
      startMs,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      floorCpuMs: 0,
      payslips,
      perSecond: payslips / (wallMs / 1000),
      floorMs: 0,
      floorPerSecond: 0,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      workerEntry: entry.kind === 'bundle' ? 'bundle' : `tsx (${entry.reason ?? ''})`,
      loadStart,
      loadEnd: loadavg()[0]!,
      runs: result.runs,
    };
  } finally {
    pool.terminate();
  }
}

/** "met" or "NOT met" with how far from the target: over a ceiling (× and by how much) or short of a floor. */
export function verdict(value: number, target: number, kind: 'atMost' | 'atLeast', unit: (x: number) => string): string {
  if (kind === 'atMost') {
    return value <= target
      ? `met (${unit(target - value)} to spare)`
      : `NOT met: ${unit(value - target)} over, ${fmt(value / target, 1)}× the target`;
  }
  return value >= target ? `met (${unit(value - target)} above)` : `NOT met: ${unit(target - value)} short, ${fmt(value / target, 2)}× the target`;
}
const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const workers = Number(arg('workers') ?? 2);
  const only = arg('case');
  const reps = arg('replications');
  if (only) {
    const spec = CASES[only];
    if (!spec) throw new Error(`unknown case ${only}; use ${Object.keys(CASES).join(' | ')}`);
    const r = await runCase(only, reps ? { ...spec, replications: Number(reps) } : spec, workers);
    process.stdout.write(`BENCH ${JSON.stringify(r)}\n`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  console.log(`Paylab benchmark · ${new Date().toISOString()} · ${cpus()[0]?.model ?? '?'} × ${cpus().length} · ${fmt(totalmem() / 2 ** 30, 1)} GiB · Node ${process.version} · ${workers} workers`);
  const results: CaseResult[] = [];
  const subset = arg('cases')?.split(',');
  for (const n of subset ?? []) if (!CASES[n]) throw new Error(`unknown case ${n}; use ${Object.keys(CASES).join(' | ')}`);
  for (const name of subset ?? Object.keys(CASES)) {
    const extra = reps ? ['--replications', reps] : [];
    // the main thread only merges partials: a small young generation keeps its RSS down (as in the workers)
    const out = execFileSync(process.execPath, ['--max-semi-space-size=2', '--import', 'tsx', self, '--case', name, '--workers', String(workers), ...extra], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const line = out.split('\n').find((l) => l.startsWith('BENCH '));
    if (!line) throw new Error(`case ${name} printed no result:\n${out}`);
    const r = JSON.parse(line.slice(6)) as CaseResult;
    results.push(r);
    const load = ` · load ${fmt(r.loadStart, 2)} → ${fmt(r.loadEnd, 2)}`;
    if (r.runs !== undefined) {
      console.log(
        `${r.case.padEnd(10)} scenarios/default.json (${r.agents} agents): ${r.runs} runs × ${fmt(r.replications)} reps = ${fmt(r.payslips)} payslips` +
          ` · ${fmt(r.wallMs / 1000, 2)} s (CPU ${fmt(r.cpuMs / 1000, 2)} s) · peak RSS ${fmt(r.peakRssMb)} MB · start+warm-up ${fmt(r.startMs)} ms${load} · workers from ${r.workerEntry}`,
      );
      continue;
    }
    console.log(
      `${r.case.padEnd(10)} ${fmt(r.agents).padStart(3)} agents × 12 months × ${fmt(r.replications).padStart(6)} reps × 4 variants = ${fmt(r.payslips).padStart(10)} payslips` +
        ` · ${fmt(r.wallMs / 1000, 2)} s (CPU ${fmt(r.cpuMs / 1000, 2)} s) · ${fmt(r.perSecond / 1e6, 3)} M/s · floor ${fmt(r.floorPerSecond / 1e6, 2)} M/s (${fmt(r.floorMs / 1000, 2)} s, CPU ${fmt(r.floorCpuMs / 1000, 2)} s)` +
        ` · ratio ${fmt((100 * r.perSecond) / r.floorPerSecond, 1)} % · peak RSS ${fmt(r.peakRssMb)} MB · start+warm-up ${fmt(r.startMs)} ms` +
        (r.responsive ? ' · behaviour responds' : '') +
        `${load} · workers from ${r.workerEntry}`,
    );
  }
  const by = new Map(results.map((r) => [r.case, r]));
  const ref = by.get('reference');
  const large = by.get('large');
  const f1 = by.get('flat100');
  const f2 = by.get('flat10000');
  const sens = by.get('sensitivity');
  const s = (ms: number) => `${fmt(ms / 1000, 2)} s`;
  const mb = (x: number) => `${fmt(x)} MB`;
  const pc = (x: number) => `${fmt(100 * x, 1)} %`;
  console.log(`\nLoad average now: ${loadavg().map((x) => fmt(x, 2)).join(' ')} (wall times assume the cores are free; CPU time ÷ ${workers} estimates an idle machine)`);
  console.log('\nTargets (2 cores, Node, quiet machine):');
  if (ref) {
    console.log(`  reference ≤ ${s(TARGETS.referenceWallMs)}: ${s(ref.wallMs)} (CPU ${s(ref.cpuMs)}, ÷ ${workers} = ${s(ref.cpuMs / workers)}) — ${verdict(ref.wallMs, TARGETS.referenceWallMs, 'atMost', s)}`);
    const ratio = ref.perSecond / ref.floorPerSecond;
    console.log(`  reference ≥ ${pc(TARGETS.referenceFloorRatio)} of the floor loop: ${pc(ratio)} — ${verdict(ratio, TARGETS.referenceFloorRatio, 'atLeast', pc)}`);
  }
  if (large) console.log(`  large ≤ ${s(TARGETS.largeWallMs)}: ${s(large.wallMs)} (CPU ${s(large.cpuMs)}) — ${verdict(large.wallMs, TARGETS.largeWallMs, 'atMost', s)}`);
  if (ref && large) {
    const per = (r: CaseResult) => (r.cpuMs * 1000) / r.payslips;
    console.log(`  per-payslip CPU flat from 50 to 300 agents: ${fmt(per(ref), 2)} → ${fmt(per(large), 2)} µs (${fmt(per(large) / per(ref), 2)}×)`);
  }
  const peak = Math.max(...results.map((r) => r.peakRssMb));
  console.log(`  peak RSS ≤ ${mb(TARGETS.peakRssMb)}: ${mb(peak)} (largest of the cases run) — ${verdict(peak, TARGETS.peakRssMb, 'atMost', mb)}`);
  if (f1 && f2) {
    const growth = f2.peakRssMb / f1.peakRssMb - 1;
    console.log(
      `  memory flat from 100 to 10 000 replications (≤ +${pc(TARGETS.flatGrowth)}): ${mb(f1.peakRssMb)} → ${mb(f2.peakRssMb)} (${growth >= 0 ? '+' : ''}${pc(growth)}) — ${verdict(growth, TARGETS.flatGrowth, 'atMost', pc)}`,
    );
  }
  if (sens) console.log(`  sensitivity run on the default scenario ≤ ${s(TARGETS.sensitivityWallMs)}: ${s(sens.wallMs)} (CPU ${s(sens.cpuMs)}) — ${verdict(sens.wallMs, TARGETS.sensitivityWallMs, 'atMost', s)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(errorTextBoth(e));
    process.exitCode = 1;
  });
}
