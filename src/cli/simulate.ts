/**
 * `paylab simulate --scenario <file> [--replications N] [--seed S] [--workers K] [--out summary.json]
 * [--csv <dir>] [--format table|json] [--lang zh|en]`: runs the scenario's variants over
 * N replications on a pool of Node worker_threads, prints a comparison table per variant (employer
 * cost p5/p50/p95, difference against the baseline with its 95 % CI, monthly income p10/p50/p90,
 * months below the minimum wage) and a second table of what each policy really costs (people cost
 * with turnover, contribution, lost service, lawful or not; docs/rules-file.md §"What a policy really
 * costs"), and writes the full summary (JSON) and its tables (CSV). `--format json` prints the summary
 * JSON on stdout instead of the tables. Ctrl-C cancels and prints what was aggregated so far.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { t, type Lang } from '../i18n/format';
import { problem } from '../i18n/problem';
import { addMonths } from '../engine/months';
import { fenToYuan, fenToWholeYuan, groupDigits } from '../i18n/money';
import { COMPONENTS } from '../engine/payslip';
import { LEVELS, ROLES } from '../policy/types';
import type { Scenario } from '../sim/scenario';
import { parseScenario } from '../sim/scenarioParse';
import { defaultNodeWorkers, nodePool } from '../sim/nodeWorkers';
import { nodeWorkerEntry } from '../sim/nodeBundle';
import { prepare } from '../sim/prepare';
import { ChunkRunner } from '../sim/runChunk';
import { runInProcess } from '../sim/runInProcess';
import type { SimSetup } from '../sim/replication';
import { SCENARIO_LIMITS } from '../sim/scenarioValidate';
import type { IncomeStats, PairedDifference, Spread, Summary } from '../sim/summary';
import type { Progress } from '../sim/pool';
import { choiceFlag, intFlag, parseArgs, requireFlag } from './args';
import { readUtf8File } from './files';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, UsageError, errorTextBoth, printProblems, reportError } from './report';

/** The real worker's entry (workers/sim.node.mjs registers tsx, then loads sim.node.worker.ts). */
export const NODE_WORKER_ENTRY = new URL('../../workers/sim.node.mjs', import.meta.url);
/** The worker bundled with esbuild (src/sim/nodeBundle.ts), NODE_WORKER_ENTRY if that fails. */
export const WORKER = {
  source: new URL('../../workers/sim.node.worker.ts', import.meta.url),
  fallback: NODE_WORKER_ENTRY,
  cacheDir: new URL('../../node_modules/.cache/paylab/', import.meta.url),
};

const FLAGS = ['scenario', 'replications', 'seed', 'workers', 'out', 'csv', 'format', 'lang'] as const;

/** A scenario file's content, validated by src/sim/scenarioParse.ts (every problem at its JSON path). */
export function readScenario(text: string): Scenario {
  return parseScenario(text);
}

// ── formatting (people's units: yuan with thousands separators) ──

/** Whole yuan from fen, rounded half away from zero, with separators; "—" for null. */
export function yuan0(fen: number | null, signed = false): string {
  if (fen === null) return '—';
  const y = fenToWholeYuan(fen);
  const s = groupDigits(String(Math.abs(y)));
  return (y < 0 ? '-' : signed && y > 0 ? '+' : '') + s;
}
/** Yuan with two decimals from fen (a CSV cell; empty for null). */
export function yuan2(fen: number | null): string {
  return fen === null ? '' : fenToYuan(fen);
}

/** Display width: CJK and full-width characters take two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
export const pad = (s: string, w: number, right = false) => (right ? ' '.repeat(Math.max(0, w - width(s))) + s : s + ' '.repeat(Math.max(0, w - width(s))));

/** The comparison table, one row per variant. */
export function comparisonTable(s: Summary, lang: Lang): string {
  const tri = (a: number | null, b: number | null, c: number | null) => `${yuan0(a)} / ${yuan0(b)} / ${yuan0(c)}`;
  const rows = s.variants.map((v) => {
    const d = v.vsBaseline?.costDifference;
    const diff = d
      ? `${yuan0(d.meanFen, true)} [${yuan0(d.ciLowFen, true)}, ${yuan0(d.ciHighFen, true)}]`
      : `(${t(lang, 'sim.baseline')})`;
    const inc = v.income.agentMonth.all;
    const perRun = v.replications ? v.compliance.belowMinimum.count / v.replications : null;
    const share = v.compliance.belowMinimum.share;
    const below = perRun === null ? '—' : `${perRun.toFixed(1)} (${((share ?? 0) * 100).toFixed(1)}%)`;
    return [v.name, tri(v.cost.p5Fen, v.cost.p50Fen, v.cost.p95Fen), diff, tri(inc.p10Fen, inc.p50Fen, inc.p90Fen), below];
  });
  const head = ['sim.col.variant', 'sim.col.cost', 'sim.col.diff', 'sim.col.income', 'sim.col.belowMin'].map((k) => t(lang, k));
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => width(r[i]!))));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i]!, i > 0)).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/**
 * What each policy really costs, one row per variant: people cost (mean) and its paired difference
 * with the baseline, of which turnover, net sales, contribution and its paired difference, inquiries
 * nobody answered and the sales lost with them, and whether the variant is lawful (with the counts
 * of agent-months flagged per run when it is not).
 */
export function peopleCostTable(s: Summary, lang: Lang): string {
  const paired = (d: PairedDifference | undefined) =>
    d ? `${yuan0(d.meanFen, true)} [${yuan0(d.ciLowFen, true)}, ${yuan0(d.ciHighFen, true)}]` : `(${t(lang, 'sim.baseline')})`;
  const perRun = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  const rows = s.variants.map((v) => {
    const l = v.lawful;
    const lawful = l.lawful
      ? t(lang, 'cost.lawfulYes')
      : t(lang, 'cost.lawfulNo', {
          below: perRun(l.belowMinimum),
          overCap: perRun(l.deductionsOverCap + l.deductionsBelowMinimum),
          probation: perRun(l.probationTooLow),
        });
    return [
      v.name,
      yuan0(v.peopleCost.meanFen),
      paired(v.vsBaseline?.peopleCostDifference),
      yuan0(v.turnoverCost.meanFen),
      yuan0(v.sales.meanFen),
      yuan0(v.contribution.meanFen, true),
      paired(v.vsBaseline?.contributionDifference),
      v.unansweredInquiries.meanFen === null ? '—' : String(v.unansweredInquiries.meanFen),
      yuan0(v.lostSales.meanFen),
      lawful,
    ];
  });
  const head = ['sim.col.variant', 'cost.col.people', 'cost.col.peopleDiff', 'cost.col.turnover', 'cost.col.sales', 'cost.col.contribution',
    'cost.col.contributionDiff', 'cost.col.unanswered', 'cost.col.lostSales', 'cost.col.lawful'].map((k) => t(lang, k));
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => width(r[i]!))));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i]!, i > 0 && i < r.length - 1)).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(head), rule, ...rows.map(line)].join('\n');
}

// ── CSV tables of the summary ──

function csv(rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
const spreadCells = (x: Spread) => [yuan2(x.meanFen), yuan2(x.p5Fen), yuan2(x.p50Fen), yuan2(x.p95Fen)];
const diffCells = (d: PairedDifference | undefined) => [yuan2(d?.meanFen ?? null), yuan2(d?.ciLowFen ?? null), yuan2(d?.ciHighFen ?? null)];
const incomeCells = (x: IncomeStats) => [x.n, yuan2(x.meanFen), yuan2(x.p10Fen), yuan2(x.p25Fen), yuan2(x.p50Fen), yuan2(x.p75Fen), yuan2(x.p90Fen)];

/** The summary as CSV files (money in yuan with 2 decimals; UTF-8 with BOM for Excel): file name → text. */
export function summaryCsv(s: Summary): Record<string, string> {
  const variants = csv([
    ['variant', 'baseline', 'replications', 'cost_mean', 'cost_p5', 'cost_p50', 'cost_p95', 'gross_mean', 'gross_p5', 'gross_p50', 'gross_p95',
      'diff_mean', 'diff_ci_low', 'diff_ci_high', 'cost_share_of_sales', 'cost_per_paid_order', 'gini_agent_year', 'winners_share', 'losers_share',
      'below_min_months', 'below_min_share', 'below_min_shortfall', 'deductions_over_cap', 'deductions_below_min', 'probation_too_low',
      'dismissals_low_score', 'dismissals_warnings', 'pay_slope', 'pay_correlation', 'quits_mean', 'hires_mean', 'training_cost_mean',
      'people_cost_mean', 'people_cost_p5', 'people_cost_p50', 'people_cost_p95', 'people_cost_diff_mean', 'people_cost_diff_ci_low',
      'people_cost_diff_ci_high', 'turnover_cost_mean', 'net_sales_mean', 'net_sales_diff_mean', 'contribution_mean', 'contribution_p5',
      'contribution_p50', 'contribution_p95', 'contribution_diff_mean', 'contribution_diff_ci_low', 'contribution_diff_ci_high',
      'unanswered_inquiries_mean', 'lost_sales_mean', 'lawful'],
    ...s.variants.map((v) => {
      const d = v.vsBaseline?.costDifference;
      const c = v.compliance;
      return [v.name, v.baseline ? 1 : 0, v.replications, ...spreadCells(v.cost), ...spreadCells(v.gross),
        yuan2(d?.meanFen ?? null), yuan2(d?.ciLowFen ?? null), yuan2(d?.ciHighFen ?? null), v.costShareOfSales, yuan2(v.costPerPaidOrderFen),
        v.income.giniAgentYear, v.vsBaseline?.winnersShare ?? null, v.vsBaseline?.losersShare ?? null,
        c.belowMinimum.count, c.belowMinimum.share, yuan2(c.belowMinimum.shortfallFen), c.deductionsOverCap.count, c.deductionsBelowMinimum.count,
        c.probationTooLow, c.dismissalsFlagged.lowScore, c.dismissalsFlagged.warnings, v.payForPerformance.slope, v.payForPerformance.correlation,
        v.turnover.quitsMean, v.turnover.hiresMean, yuan2(v.turnover.trainingCostMeanFen),
        ...spreadCells(v.peopleCost), ...diffCells(v.vsBaseline?.peopleCostDifference), yuan2(v.turnoverCost.meanFen), yuan2(v.sales.meanFen),
        yuan2(v.vsBaseline?.salesDifference.meanFen ?? null), ...spreadCells(v.contribution), ...diffCells(v.vsBaseline?.contributionDifference),
        v.unansweredInquiries.meanFen, yuan2(v.lostSales.meanFen), v.lawful.lawful ? 1 : 0];
    }),
  ]);
  const months = csv([
    ['variant', 'month', 'cost_mean', 'cost_p5', 'cost_p50', 'cost_p95', 'gross_mean', 'gross_p5', 'gross_p50', 'gross_p95',
      'people_cost_mean', 'people_cost_p5', 'people_cost_p50', 'people_cost_p95', 'contribution_mean', 'contribution_p5', 'contribution_p50',
      'contribution_p95'],
    ...s.variants.flatMap((v) =>
      v.costByMonth.map((c, m) => [v.name, addMonths(s.startMonth, m), ...spreadCells(c), ...spreadCells(v.grossByMonth[m]!),
        ...spreadCells(v.peopleCostByMonth[m]!), ...spreadCells(v.contributionByMonth[m]!)]),
    ),
  ]);
  const components = csv([
    ['variant', ...COMPONENTS, 'employerContributions', 'finesTaken', 'net'],
    ...s.variants.map((v) => [v.name, ...COMPONENTS.map((k) => yuan2(v.breakdownFen[k])), yuan2(v.breakdownFen.employerContributions),
      yuan2(v.breakdownFen.finesTaken), yuan2(v.breakdownFen.net)]),
  ]);
  const income = csv([
    ['variant', 'period', 'group', 'n', 'mean', 'p10', 'p25', 'p50', 'p75', 'p90'],
    ...s.variants.flatMap((v) =>
      (['agentMonth', 'agentYear'] as const).flatMap((k) => {
        const d = v.income[k];
        return [
          [v.name, k, 'all', ...incomeCells(d.all)],
          ...LEVELS.map((l) => [v.name, k, `level.${l}`, ...incomeCells(d.byLevel[l])]),
          ...ROLES.map((r) => [v.name, k, `role.${r}`, ...incomeCells(d.byRole[r])]),
        ];
      }),
    ),
  ]);
  const deciles = csv([
    ['variant', 'decile', 'n', 'mean_change', 'mean_change_share'],
    ...s.variants.flatMap((v) => (v.vsBaseline?.byDecile ?? []).map((d, i) => [v.name, i + 1, d.n, yuan2(d.meanChangeFen), d.meanChangeShare])),
  ]);
  return { 'variants.csv': variants, 'months.csv': months, 'components.csv': components, 'income.csv': income, 'deciles.csv': deciles };
}

// ── the size of a run ──

/** A run estimated above this prints its estimate first. */
export const ESTIMATE_NOTE_SECONDS = 60;
/** A run estimated above this starts only with --yes. */
export const CONFIRM_SECONDS = 3600;

/**
 * How long a run will take: payslips (variants × agents × months × replications) × the time per
 * payslip measured on this machine by running the first replication on the main thread, shared
 * among the workers.
 */
export function estimateRun(setup: SimSetup, agents: number, replications: number, workers: number): { payslips: number; seconds: number } {
  const perReplication = setup.variants.length * agents * setup.months;
  const t0 = performance.now();
  new ChunkRunner(setup).run(0, 1);
  const msPerReplication = performance.now() - t0;
  return { payslips: perReplication * replications, seconds: (msPerReplication * replications) / Math.max(1, workers) / 1000 };
}

// ── the command ──

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, FLAGS, ['yes']);
  if (parsed.positionals.length) throw new UsageError(problem('', 'cli.unexpectedArgument', { value: parsed.positionals[0]! }));
  const file = requireFlag(parsed, 'scenario');
  const lang = choiceFlag(parsed, 'lang', ['zh', 'en'] as const, 'zh');
  // the scenario file's own limit (docs/scenario-file.md §Limits)
  const replications = intFlag(parsed, 'replications', 1, SCENARIO_LIMITS.replications);
  const seed = intFlag(parsed, 'seed', 0, 4294967295);
  const workers = intFlag(parsed, 'workers', 0, 64) ?? defaultNodeWorkers();
  const out = parsed.flags.get('out');
  const csvDir = parsed.flags.get('csv');
  const format = choiceFlag(parsed, 'format', ['table', 'json'] as const, 'table');

  let scenario: Scenario;
  try {
    scenario = readScenario(readUtf8File(file));
    if (replications !== undefined) scenario.settings.replications = replications;
    if (seed !== undefined) scenario.settings.seed = seed;
    const setup = prepare(scenario); // report a scenario the engine cannot take here, at its path, before any worker starts
    const estimate = estimateRun(setup, scenario.shop.agents, scenario.settings.replications, workers);
    if (estimate.seconds > ESTIMATE_NOTE_SECONDS) {
      const params = { payslips: estimate.payslips.toLocaleString('en-US'), minutes: Math.ceil(estimate.seconds / 60), replications: scenario.settings.replications };
      process.stderr.write(t(lang, 'limits.runEstimate', params) + '\n');
      if (estimate.seconds > CONFIRM_SECONDS && !parsed.flags.has('yes')) {
        printProblems(file, [problem('', 'limits.runNeedsYes', { ...params, hours: (CONFIRM_SECONDS / 3600).toFixed(0) })]);
        return EXIT_USAGE;
      }
    }
  } catch (e) {
    return reportError(file, e);
  }

  const total = scenario.settings.replications;
  const ctl = new AbortController();
  const onSigint = () => ctl.abort();
  process.once('SIGINT', onSigint);
  const tty = process.stderr.isTTY === true;
  let lastShown = 0;
  const onProgress = (p: Progress) => {
    if (!tty || p.elapsedMs - lastShown < 500) return;
    lastShown = p.elapsedMs;
    const eta = p.etaMs === null ? '?' : (p.etaMs / 1000).toFixed(1);
    process.stderr.write(`\r${t(lang, 'sim.progress', { done: p.done, total: p.total, eta })}   `);
  };

  let summary: Summary;
  let cancelled = false;
  let elapsedMs: number;
  try {
    if (workers === 0) {
      const t0 = performance.now();
      summary = runInProcess(scenario, total);
      elapsedMs = performance.now() - t0;
    } else {
      const pool = nodePool((await nodeWorkerEntry(WORKER)).url, workers);
      try {
        const res = await pool.run(scenario, { signal: ctl.signal, onProgress });
        summary = res.summary;
        cancelled = res.cancelled;
        elapsedMs = res.elapsedMs;
      } finally {
        pool.terminate();
      }
    }
  } catch (e) {
    const msg = errorTextBoth(e);
    process.stderr.write(`${file}: ${msg}\n`);
    return EXIT_INPUT;
  } finally {
    process.off('SIGINT', onSigint);
    if (tty) process.stderr.write('\r\x1b[K');
  }

  const heading = t(lang, 'sim.heading', {
    scenario: scenario.name,
    variants: summary.variants.length,
    replications: summary.replications,
    months: summary.months,
    start: summary.startMonth,
    seed: summary.seed,
    workers: workers === 0 ? 1 : workers,
    seconds: (elapsedMs / 1000).toFixed(1),
  });
  if (format === 'json') {
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    if (cancelled) process.stderr.write(t(lang, 'sim.cancelled', { done: summary.replications, total }) + '\n');
  } else {
    process.stdout.write(`${heading}\n\n${comparisonTable(summary, lang)}\n\n`);
    process.stdout.write(t(lang, 'sim.footnote', { months: summary.months, error: `${(summary.quantileRelError * 100).toFixed(2)}%` }) + '\n\n');
    process.stdout.write(`${peopleCostTable(summary, lang)}\n\n`);
    process.stdout.write(t(lang, 'cost.footnote', { months: summary.months, margin: `${Math.round(scenario.shop.category.grossMargin * 1000) / 10}%` }) + '\n');
    if (cancelled) process.stdout.write(t(lang, 'sim.cancelled', { done: summary.replications, total }) + '\n');
  }

  const write = (path: string, text: string): boolean => {
    try {
      writeFileSync(path, text);
      // with --format json, stdout holds only the JSON
      (format === 'json' ? process.stderr : process.stdout).write(t(lang, 'sim.wrote', { file: path }) + '\n');
      return true;
    } catch (e) {
      printProblems(path, [problem('', 'sim.writeFailed', { file: path, detail: (e as NodeJS.ErrnoException).code ?? String(e) })]);
      return false;
    }
  };
  let ok = true;
  if (out) ok = write(out, JSON.stringify(summary, null, 2) + '\n') && ok;
  if (csvDir) {
    try {
      mkdirSync(csvDir, { recursive: true });
    } catch {
      /* reported by the writes below */
    }
    for (const [name, text] of Object.entries(summaryCsv(summary))) ok = write(join(csvDir, name), text) && ok;
  }
  return ok ? (cancelled ? 130 : EXIT_OK) : EXIT_INPUT;
}
