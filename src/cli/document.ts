/**
 * `paylab document --policy <rules.json> [--lang zh|en] [--format md|html] [--month YYYY-MM]
 * [--out <file>]` (issue 7 §4): write the 制度 document of a rules file — every clause in words,
 * a worked month, the legal notes checked against the minimum wage in force in --month (default:
 * the current month) — as Markdown or a print-ready HTML page, to stdout or --out.
 */
import { problem } from '../i18n/problem';
import { parsePolicy } from '../policy/parse';
import { documentHtml, documentMarkdown, policyDocument, workedMonthFor } from '../formats/policyDocument';
import { choiceFlag, parseArgs, requireFlag } from './args';
import { readUtf8File, writeOutputFile } from './files';
import { EXIT_OK, UsageError, reportError } from './report';

const FLAGS = ['policy', 'lang', 'format', 'month', 'out'] as const;

/** "YYYY-MM" of a date (UTC), the default month of the legal comparison. */
export function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, FLAGS);
  if (parsed.positionals.length > 0) throw new UsageError(problem('', 'cli.unexpectedArgument', { value: parsed.positionals[0]! }));
  const policyFile = requireFlag(parsed, 'policy');
  const lang = choiceFlag(parsed, 'lang', ['zh', 'en'] as const, 'zh');
  const format = choiceFlag(parsed, 'format', ['md', 'html'] as const, 'md');
  const month = parsed.flags.get('month') ?? monthOf(new Date());
  if (!/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(problem('', 'doc.badMonth', { value: month }));
  const out = parsed.flags.get('out');
  try {
    const doc = parsePolicy(readUtf8File(policyFile));
    const model = policyDocument(doc, { lang, asOfMonth: month, worked: workedMonthFor(doc) });
    const text = format === 'html' ? documentHtml(model) : documentMarkdown(model);
    if (out === undefined) process.stdout.write(text);
    else {
      try {
        writeOutputFile(out, text);
      } catch (e) {
        return reportError(out, e);
      }
    }
    return EXIT_OK;
  } catch (e) {
    return reportError(policyFile, e);
  }
}
