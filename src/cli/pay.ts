/**
 * `paylab pay --policy <rules.json> --records <file> [--format table|json|csv] [--lang zh|en]
 * [--aov <yuan>]`: pay a records file under a rules file with the engine (src/engine/pay.ts) and
 * print the payslips. The shop's average order value (read by the after-sales role formulas, seed
 * 001) is --aov, or else the file's total credited sales ÷ its total paid orders.
 */
import { Decimal } from 'decimal.js';
import { MAX_AOV_FEN, aovProblem, recordsAovFen } from '../formats/realMonths';
import { payMonths } from '../engine/pay';
import type { AgentMonth } from '../engine/records';
import type { CompiledPolicy } from '../policy/compiled';
import { cityOf } from '../policy/cities';
import { compilePolicy } from '../policy/compile';
import { parsePolicy } from '../policy/parse';
import { readRecordsFile } from '../formats/records';
import { writePayslipsCsv } from '../formats/payslipCsv';
import { readDecimal } from '../formats/yuan';
import { InputError, problem } from '../i18n/problem';
import { bilingual, t, type Params } from '../i18n/format';
import { choiceFlag, parseArgs, requireFlag } from './args';
import { readInputFile, readUtf8File } from './files';
import { EXIT_OK, UsageError, reportError } from './report';
import { renderPayTable } from './payTable';
import { linesOfPolicy, missingByRecord, unreliableLines } from '../formats/unreliableLines';

const FLAGS = ['policy', 'records', 'format', 'lang', 'aov'] as const;

/** --aov text → fen: a positive amount in yuan with at most two decimals. */
export function parseAovFlag(text: string): number {
  const r = readDecimal(text);
  if (!r.ok || r.value.lte(0) || r.value.decimalPlaces() > 2 || r.value.times(100).gt(MAX_AOV_FEN)) {
    throw new UsageError(problem('', 'cli.badAov', { value: text }));
  }
  return r.value.times(100).toNumber();
}

/** Whether the policy reads the shop's average order value (the after-sales and gold role formulas). */
export function needsAov(p: CompiledPolicy): boolean {
  return p.commission.type === 'role';
}

/** Notes on stderr when the policy reads an input the records file does not carry (it counts as 0). */
export function absentInputWarnings(p: CompiledPolicy, fields: ReadonlySet<keyof AgentMonth>): { key: string; params: Params }[] {
  const none = (...fs: (keyof AgentMonth)[]) => fs.every((f) => !fields.has(f));
  const out: { key: string; params: Params }[] = [];
  if (p.score && none('scoreTeamTask', 'scoreHandover', 'scoreSatisfaction', 'scoreSkill')) out.push({ key: 'cli.warnNoScores', params: {} });
  if (p.bonuses.teamScorePpm !== null && none('teamScore')) out.push({ key: 'cli.warnNoTeamScore', params: {} });
  if (p.bonuses.fullAttendanceFen !== null && none('latesShort', 'latesLong', 'absences', 'leaveDays')) {
    out.push({ key: 'cli.warnNoAttendance', params: {} });
  }
  if (p.commission.type === 'role' && none('afterSalesCases')) out.push({ key: 'cli.warnNoCases', params: {} });
  return out;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, FLAGS);
  if (parsed.positionals.length > 0) throw new UsageError(problem('', 'cli.unexpectedArgument', { value: parsed.positionals[0]! }));
  const policyFile = requireFlag(parsed, 'policy');
  const recordsFile = requireFlag(parsed, 'records');
  const format = choiceFlag(parsed, 'format', ['table', 'json', 'csv'] as const, 'table');
  const lang = choiceFlag(parsed, 'lang', ['zh', 'en'] as const, 'zh');
  const aovFlag = parsed.flags.get('aov');
  const aovGiven = aovFlag === undefined ? null : parseAovFlag(aovFlag);

  let file = policyFile;
  try {
    const doc = parsePolicy(readUtf8File(policyFile));
    const policy = compilePolicy(doc);
    const city = cityOf(doc);
    if (!city) throw new InputError([problem('$.city', 'cli.unknownCity', { city: policy.city })]);

    file = recordsFile;
    const loaded = readRecordsFile(readInputFile(recordsFile), recordsFile);
    const records = loaded.records;
    let aovFen = aovGiven;
    let aovSource: 'flag' | 'records' | 'unused' = 'flag';
    if (aovFen === null) {
      aovFen = recordsAovFen(records);
      aovSource = 'records';
      if (aovFen === null) {
        if (needsAov(policy)) throw new InputError([problem('', 'cli.noAov')]);
        aovFen = 0;
        aovSource = 'unused';
      } else if (needsAov(policy)) {
        const tooLarge = aovProblem(aovFen, '');
        if (tooLarge) throw new InputError([tooLarge]);
      }
    }
    for (const w of absentInputWarnings(policy, loaded.fields)) process.stderr.write(`${recordsFile}: ${bilingual(w.key, w.params)}\n`);

    file = '';
    const payslips = payMonths(policy, records, { city, shopAovFen: aovFen, explain: format !== 'csv' });
    if (format === 'json') process.stdout.write(JSON.stringify(payslips, null, 2) + '\n');
    else if (format === 'csv') process.stdout.write(writePayslipsCsv(payslips, lang));
    else {
      const src = loaded.source;
      const imported = src
        ? {
            unreliable: (() => {
              const lines = linesOfPolicy(policy);
              const missing = missingByRecord(src);
              return payslips.map((p) => unreliableLines(lines, missing.get(`${p.agentId}\u0000${p.month}`) ?? []));
            })(),
            provenance: `${t(lang, `import.attribution.${src.attribution}`)} · ${src.months.map((m) => `${m.month} ${t(lang, `import.settlement.${m.settlement}`)}`).join(' · ')}`,
          }
        : undefined;
      process.stdout.write(
        renderPayTable(payslips, lang, { policyName: policy.name, city: city.name[lang], records: records.length, aovFen, aovSource, ...(imported ? { imported } : {}) }),
      );
    }
    return EXIT_OK;
  } catch (e) {
    return reportError(file, e);
  }
}
