/**
 * `npm run bench` (not a test, it prints figures): the reference scenario (50 agents,
 * 12 months, 1000 replications, 4 variants = 2.4 M agent-month payslips) and a large one (300
 * agents), each with wall time, payslips per second, peak RSS, and — in the same process, on the same
 * workers — the throughput of the floor loop (src/sim/floorLoop.ts) and the ratio to it; then the
 * memory of 100 vs 10 000 replications. Each case runs in its own child process so its peak RSS
 * (main thread + workers) is its own. Targets on 2 cores: reference ≤ 1.2 s and ≥ 50 % of the floor;
 * large ≤ 6 s; peak RSS ≤ 300 MB and flat from 100 to 10 000 replications.
 *
 *   npm run bench                       every case
 *   npm run bench -- --case reference   one case (reference | large | flat100 | flat10000)
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
}
const CASES: Record<string, CaseSpec> = {
  reference: { agents: 50, replications: 1000 },
  large: { agents: 300, replications: 1000 },
  flat100: { agents: 50, replications: 100 },
  flat10000: { agents: 50, replications: 10000 },
};

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
}

async function runCase(name: string, spec: CaseSpec, workers: number): Promise<CaseResult> {
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
    };
  } finally {
    pool.terminate();
  }
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
  for (const name of only ? [only] : Object.keys(CASES)) {
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
    console.log(
      `${r.case.padEnd(10)} ${fmt(r.agents).padStart(3)} agents × 12 months × ${fmt(r.replications).padStart(6)} reps × 4 variants = ${fmt(r.payslips).padStart(10)} payslips` +
        ` · ${fmt(r.wallMs / 1000, 2)} s (CPU ${fmt(r.cpuMs / 1000, 2)} s) · ${fmt(r.perSecond / 1e6, 3)} M/s · floor ${fmt(r.floorPerSecond / 1e6, 2)} M/s (${fmt(r.floorMs / 1000, 2)} s, CPU ${fmt(r.floorCpuMs / 1000, 2)} s)` +
        ` · ratio ${fmt((100 * r.perSecond) / r.floorPerSecond, 1)} % · peak RSS ${fmt(r.peakRssMb)} MB · start+warm-up ${fmt(r.startMs)} ms` +
        (r.responsive ? ' · behaviour responds (generated per variant)' : '') +
        ` · workers from ${r.workerEntry}`,
    );
  }
  const by = new Map(results.map((r) => [r.case, r]));
  const ref = by.get('reference');
  const large = by.get('large');
  const f1 = by.get('flat100');
  const f2 = by.get('flat10000');
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\nLoad average during the run: ${loadavg().map((x) => fmt(x, 2)).join(' ')} (wall times assume the cores are free; CPU time ÷ ${workers} estimates an idle machine)`);
  console.log('\nTargets (2 cores, Node):');
  if (ref) {
    console.log(`  reference ≤ 1.2 s: ${fmt(ref.wallMs / 1000, 2)} s — ${verdict(ref.wallMs <= 1200)}`);
    const ratio = ref.perSecond / ref.floorPerSecond;
    console.log(`  reference ≥ 50 % of the floor: ${fmt(100 * ratio, 1)} % — ${verdict(ratio >= 0.5)}`);
  }
  if (large) console.log(`  large ≤ 6 s: ${fmt(large.wallMs / 1000, 2)} s — ${verdict(large.wallMs <= 6000)}`);
  const peak = Math.max(...results.map((r) => r.peakRssMb));
  console.log(`  peak RSS ≤ 300 MB: ${fmt(peak)} MB — ${verdict(peak <= 300)}`);
  if (f1 && f2) {
    const growth = f2.peakRssMb - f1.peakRssMb;
    console.log(
      `  flat memory 100 → 10 000 replications: ${fmt(f1.peakRssMb)} → ${fmt(f2.peakRssMb)} MB (${growth >= 0 ? '+' : ''}${fmt(growth)} MB) — ${verdict(growth <= 0.1 * f1.peakRssMb + 10)}`,
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
