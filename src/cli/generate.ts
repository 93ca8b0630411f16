/**
 * `paylab generate --scenario <file> [--months N] [--seed S] [--variant NAME] [--replication R]
 * --out records.json|.csv [--lang zh|en]`: writes one replication of the scenario's
 * synthetic months as a records file that `paylab pay` reads (docs/records.md). The agents respond to
 * the named variant's policy (default: the baseline); with every elasticity at 0 the records are the
 * same for every variant. `--lang` picks the CSV header language (default zh).
 */
import { writeFileSync } from 'node:fs';
import { problem } from '../i18n/problem';
import { InputError } from '../i18n/problem';
import { t } from '../i18n/format';
import { writeRecordsCsv, writeRecordsJson } from '../formats/records';
import { MAX_MONTHS } from '../behaviour/params';
import { allProblems, checkScenarioText } from '../sim/scenarioParse';
import { scenarioRecords } from '../sim/scenarioRecords';
import { SCENARIO_LIMITS } from '../sim/scenarioValidate';
import { choiceFlag, intFlag, parseArgs, requireFlag } from './args';
import { readUtf8File } from './files';
import { EXIT_OK, UsageError, reportError } from './report';

const FLAGS = ['scenario', 'months', 'seed', 'variant', 'replication', 'out', 'lang'] as const;

export async function run(args: string[]): Promise<number> {
  let file = '';
  try {
    const parsed = parseArgs(args, FLAGS);
    file = requireFlag(parsed, 'scenario');
    const out = requireFlag(parsed, 'out');
    const lang = choiceFlag(parsed, 'lang', ['zh', 'en'] as const, 'zh');
    const kind = /\.json$/i.test(out) ? 'json' : /\.csv$/i.test(out) ? 'csv' : null;
    if (!kind) throw new UsageError(problem('', 'scenario.generate.outExtension', { file: out }));
    const months = intFlag(parsed, 'months', 1, MAX_MONTHS);
    const seed = intFlag(parsed, 'seed', 0, SCENARIO_LIMITS.seed);
    const replication = intFlag(parsed, 'replication', 0, SCENARIO_LIMITS.replications - 1) ?? 0;

    const check = checkScenarioText(readUtf8File(file));
    const problems = allProblems(check);
    if (problems.length > 0 || !check.scenario) throw new InputError(problems);
    const scenario = check.scenario;
    if (months !== undefined) scenario.settings.months = months;
    if (seed !== undefined) scenario.settings.seed = seed;
    const name = parsed.flags.get('variant');
    const variant = name === undefined ? scenario.variants.findIndex((v) => v.baseline) : scenario.variants.findIndex((v) => v.name === name);
    if (variant < 0) {
      throw new InputError([
        name === undefined
          ? problem('', 'scenario.generate.noUsableVariant')
          : problem('', 'scenario.generate.unknownVariant', { name, known: scenario.variants.map((v) => v.name).join(', ') }),
      ]);
    }
    const records = scenarioRecords(scenario, { variant, replication });
    const text = kind === 'json' ? writeRecordsJson(records) : writeRecordsCsv(records, lang);
    try {
      writeFileSync(out, text);
    } catch (e) {
      file = '';
      throw new InputError([problem('', 'scenario.generate.writeFailed', { file: out, reason: String((e as NodeJS.ErrnoException).code ?? e) })]);
    }
    const done = { count: records.length, months: scenario.settings.months, variant: scenario.variants[variant]!.name, seed: scenario.settings.seed, file: out };
    process.stdout.write(`${t('zh', 'scenario.generate.done', done)}\n${t('en', 'scenario.generate.done', done)}\n`);
    return EXIT_OK;
  } catch (e) {
    return reportError(file, e);
  }
}
