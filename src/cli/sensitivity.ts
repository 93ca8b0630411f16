/**
 * `paylab sensitivity --scenario <file> [--replications N] [--workers K] [--format table|json]
 * [--lang zh|en] [--metric contribution|peopleCost|cost] [--out result.json]`: reruns the comparison with each behaviour assumption at its low
 * and its high value (src/sim/sensitivityAssumptions.ts), every run on the scenario's seed, on a pool
 * of Node worker_threads (or in process with --workers 0), and prints the tornado table — per variant,
 * one row per assumption, widest swing first — the ranking of the lawful variants by the metric
 * (contribution by default) and the verdict.
 * Ctrl-C cancels and prints what was finished.
 */
import { writeFileSync } from 'node:fs';
import { t, type Lang } from '../i18n/format';
import { problem } from '../i18n/problem';
import type { Scenario } from '../sim/scenario';
import { defaultNodeWorkers, nodePool } from '../sim/nodeWorkers';
import { nodeWorkerEntry } from '../sim/nodeBundle';
import { prepare } from '../sim/prepare';
import { runInProcess } from '../sim/runInProcess';
import {
  DEFAULT_SENSITIVITY_REPLICATIONS,
  runSensitivity,
  SENSITIVITY_METRICS,
  type Sensitivity,
  type SensitivityMetric,
  type SensitivityRunner,
} from '../sim/sensitivity';
import { SENSITIVITY_ASSUMPTIONS } from '../sim/sensitivityAssumptions';
import { metricName, paramText, rankingText, sensitivityVerdict } from '../formats/sensitivityVerdict';
import { choiceFlag, intFlag, parseArgs, requireFlag } from './args';
import { readUtf8File } from './files';
import { EXIT_INPUT, EXIT_OK, UsageError, errorTextBoth, printProblems, reportError } from './report';
import { WORKER, pad, readScenario, width, yuan0 } from './simulate';

const FLAGS = ['scenario', 'replications', 'workers', 'format', 'lang', 'out', 'metric'] as const;

function table(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => width(r[i]!))));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i]!, i > 0)).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * The tornado table: for each variant other than the baseline, one row per assumption (widest swing
 * first) with its low and high value and the variant's difference from the baseline at low / current
 * / high, whole yuan over the simulated months.
 */
export function tornadoTable(s: Sensitivity, lang: Lang, by: SensitivityMetric = s.rankBy): string {
  const metric = metricName(by, lang);
  const names = s.rows[0]?.variants.filter((v) => !v.baseline).map((v) => v.variant) ?? [];
  const head = ['sens.col.assumption', 'sens.col.low', 'sens.col.high', 'sens.col.atLow', 'sens.col.atBase', 'sens.col.atHigh', 'sens.col.swing'].map((k) => t(lang, k));
  const blocks = names.map((name) => {
    const rows = s.rows
      .map((r) => ({ r, m: r.variants.find((x) => x.variant === name)!.byMetric[by] }))
      .map(({ r, m }) => ({ r, v: { lowDifferenceFen: m.low, baseDifferenceFen: m.base, highDifferenceFen: m.high } }))
      .map(({ r, v }) => ({
        swing: v.lowDifferenceFen !== null && v.highDifferenceFen !== null ? Math.abs(v.highDifferenceFen - v.lowDifferenceFen) : -1,
        cells: [
          t(lang, r.labelKey),
          paramText(r.low, lang),
          paramText(r.high, lang),
          yuan0(v.lowDifferenceFen, true),
          yuan0(v.baseDifferenceFen, true),
          yuan0(v.highDifferenceFen, true),
          yuan0(v.lowDifferenceFen !== null && v.highDifferenceFen !== null ? Math.abs(v.highDifferenceFen - v.lowDifferenceFen) : null),
        ],
      }))
      .sort((a, b) => b.swing - a.swing)
      .map((x) => x.cells);
    const lawful = s.rows[0]!.variants.find((x) => x.variant === name)!.lawful.base;
    const title = t(lang, 'sens.variantHeading', {
      variant: name,
      baseline: s.baselineName,
      metric,
      months: s.months,
      lawful: t(lang, lawful ? 'sens.lawful' : 'sens.unlawful'),
    });
    return `${title}\n${table(head, rows)}`;
  });
  const ranking = t(lang, 'sens.ranking', {
    metric: metricName(s.rankBy, lang),
    better: t(lang, s.rankHigherIsBetter ? 'sens.better.higher' : 'sens.better.lower'),
    ranking: rankingText(s.baseRanking, s.rankHigherIsBetter, lang),
  });
  return [...blocks, ranking].join('\n\n');
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, FLAGS);
  if (parsed.positionals.length) throw new UsageError(problem('', 'cli.unexpectedArgument', { value: parsed.positionals[0]! }));
  const file = requireFlag(parsed, 'scenario');
  const lang = choiceFlag(parsed, 'lang', ['zh', 'en'] as const, 'zh');
  const format = choiceFlag(parsed, 'format', ['table', 'json'] as const, 'table');
  const replications = intFlag(parsed, 'replications', 1, 100_000) ?? DEFAULT_SENSITIVITY_REPLICATIONS;
  const workers = intFlag(parsed, 'workers', 0, 64) ?? defaultNodeWorkers();
  const out = parsed.flags.get('out');
  const metric = choiceFlag(parsed, 'metric', SENSITIVITY_METRICS, SENSITIVITY_METRICS[0]!);

  let scenario: Scenario;
  try {
    scenario = readScenario(readUtf8File(file));
    prepare(scenario); // a scenario the engine cannot take is reported here, at its path, before any run
  } catch (e) {
    return reportError(file, e);
  }

  const ctl = new AbortController();
  const onSigint = () => ctl.abort();
  process.once('SIGINT', onSigint);
  const tty = process.stderr.isTTY === true;
  const t0 = performance.now();
  let lastShown = 0;
  const onProgress = (done: number, total: number) => {
    const elapsed = performance.now() - t0;
    if (!tty || elapsed - lastShown < 500) return;
    lastShown = elapsed;
    const eta = done > 0 ? ((elapsed * (total - done)) / done / 1000).toFixed(1) : '?';
    process.stderr.write(`\r${t(lang, 'sens.progress', { done, total, eta })}   `);
  };

  let result: Sensitivity;
  const pool = workers === 0 ? null : nodePool((await nodeWorkerEntry(WORKER)).url, workers);
  try {
    const runner: SensitivityRunner = pool
      ? (s, signal, progress) => pool.run(s, { signal, onProgress: (p) => progress?.(p.done, p.total) }).then((r) => r.summary)
      : async (s) => runInProcess(s);
    result = await runSensitivity(scenario, runner, { replications, rankBy: metric, signal: ctl.signal, onProgress });
  } catch (e) {
    const msg = errorTextBoth(e);
    process.stderr.write(`${file}: ${msg}\n`);
    return EXIT_INPUT;
  } finally {
    pool?.terminate();
    process.off('SIGINT', onSigint);
    if (tty) process.stderr.write('\r\x1b[K');
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const verdict = sensitivityVerdict(result, lang);

  if (format === 'json') {
    process.stdout.write(JSON.stringify({ format: 'paylab.sensitivity/1', ...result, verdict }, null, 2) + '\n');
  } else {
    const heading = t(lang, 'sens.heading', {
      scenario: result.scenario,
      replications: result.replications,
      months: result.months,
      seed: result.seed,
      runs: result.runs,
      workers: workers === 0 ? 1 : workers,
      seconds,
    });
    process.stdout.write(`${heading}\n\n${tornadoTable(result, lang, metric)}\n\n${verdict}\n\n${t(lang, 'sens.footnote')}\n`);
    if (!result.complete) {
      process.stdout.write(t(lang, 'sens.cancelled', { done: result.rows.length, total: SENSITIVITY_ASSUMPTIONS.length }) + '\n');
    }
  }
  if (out) {
    try {
      writeFileSync(out, JSON.stringify({ format: 'paylab.sensitivity/1', ...result, verdict }, null, 2) + '\n');
      if (format === 'table') process.stdout.write(t(lang, 'sim.wrote', { file: out }) + '\n');
    } catch (e) {
      printProblems(out, [problem('', 'sim.writeFailed', { file: out, detail: (e as NodeJS.ErrnoException).code ?? String(e) })]);
      return EXIT_INPUT;
    }
  }
  return result.complete ? EXIT_OK : 130;
}
