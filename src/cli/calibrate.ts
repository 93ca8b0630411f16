/**
 * `paylab calibrate --records <records.json|.csv> [--scenario <base.json>] [--no-roster] --out
 * <scenario.json>`: estimates the shop and its behaviour from real months (docs/real-data.md
 * §"What is estimated and how") and writes a scenario whose shop, behaviour and starting roster come
 * from the data, each estimate with its interval and support in the scenario's `calibration` note
 * (docs/scenario-file.md). The base scenario (default: scenarios/default.json) gives the variants,
 * the settings and every parameter the data cannot tell; the simulation starts the month after the
 * data. Prints each estimate beside the value it replaces.
 */
import { readFileSync } from 'node:fs';
import { problem, InputError } from '../i18n/problem';
import { t, type Lang } from '../i18n/format';
import { readRecordsFile } from '../formats/records';
import { parseScenario, writeScenario } from '../sim/scenarioParse';
import { calibrateShop } from '../calibrate/calibrateShop';
import { applyCalibration } from '../calibrate/applyCalibration';
import { fieldsPresent } from '../formats/fieldsPresent';
import { MIN_TYPICAL_AGENTS } from '../behaviour/params';
import type { Estimate } from '../calibrate/estimate';
import { parseArgs, requireFlag } from './args';
import { readInputFile, readUtf8File, writeOutputFile } from './files';
import { EXIT_OK, UsageError, reportError } from './report';

const FLAGS = ['records', 'scenario', 'out'] as const;

export async function run(args: string[]): Promise<number> {
  let file = '';
  try {
    const parsed = parseArgs(args, FLAGS, ['no-roster']);
    const recordsFile = requireFlag(parsed, 'records');
    const out = requireFlag(parsed, 'out');
    if (!/\.json$/i.test(out)) throw new UsageError(problem('', 'calibrate.cli.outExtension', { file: out }));
    const baseFile = parsed.flags.get('scenario');
    file = baseFile ?? '';
    const base = parseScenario(baseFile ? readUtf8File(baseFile) : readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'));
    file = recordsFile;
    const read = readRecordsFile(readInputFile(recordsFile), recordsFile);
    if (read.records.length === 0) throw new InputError([problem('', 'calibrate.cli.noRecords')]);
    const cal = calibrateShop(read.records, base, fieldsPresent(read.fields, read.source));
    const scenario = applyCalibration(base, cal, {}, !parsed.flags.has('no-roster'));
    file = '';
    writeOutputFile(out, writeScenario(scenario));
    const shown = cal.estimates;
    for (const lang of ['zh', 'en'] as Lang[]) {
      for (const e of shown) process.stdout.write(`${line(lang, e)}\n`);
      const done = { count: shown.length, records: cal.records, from: cal.from, to: cal.to, roster: scenario.shop.roster?.length ?? 0, file: out };
      process.stdout.write(`${t(lang, 'calibrate.cli.done', done)}\n`);
      if (scenario.shop.agents < MIN_TYPICAL_AGENTS) process.stdout.write(`${t(lang, 'recover.smallShop', { agents: scenario.shop.agents })}\n`);
    }
    return EXIT_OK;
  } catch (e) {
    return reportError(file, e);
  }
}

function line(lang: Lang, e: Estimate): string {
  const f = (x: number) => (Number.isInteger(x) ? String(x) : Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3));
  return t(lang, 'calibrate.cli.line', { label: t(lang, `calibrate.param.${e.id}`), value: f(e.value), low: f(e.low), high: f(e.high), support: e.support, fallback: f(e.fallback) });
}
