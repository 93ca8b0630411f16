/**
 * Paying imported records: each payslip names the lines that read an input no file provided
 * (src/formats/unreliableLines.ts), only for rules the policy has; the monthly sheet takes lines off
 * the list. Expected lists written by hand from seed000's rules (commission on net sales less
 * bad-review sales, the team-score bonus, the full-attendance bonus on lates/absences/leave, seven
 * kinds of fine).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/importFiles';
import type { SheetReader } from '../../src/import/workbook';
import { readRosterGrid } from '../../src/import/rosterCsv';
import { csvGrid } from '../../src/import/workbook';
import { payRealMonths } from '../../src/formats/realMonths';
import { defaultScenario } from '../../src/formats/workspace';
import { parsePolicy } from '../../src/policy/parse';
import { ROSTER_ROWS, SHEET_ROWS, SUMMARY_NAME, SUMMARY_ROWS, csvText, sheetjs, workbook } from './fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const roster = (() => {
  const r = readRosterGrid(csvGrid(utf8(csvText(ROSTER_ROWS)), 'roster.csv'));
  if (!r.ok) throw new Error('roster');
  return r.roster;
})();
const seed000 = parsePolicy(readFileSync('scenarios/policies/seed000.json', 'utf8'));
const scenario = { ...defaultScenario(), variants: [{ name: 'seed000', baseline: true, policy: seed000 }] };
const summary = { name: `${SUMMARY_NAME}.xlsx`, bytes: workbook([{ name: '汇总分析', rows: SUMMARY_ROWS }], 'xlsx') };

function lines(files: { name: string; bytes: Uint8Array }[]) {
  const r = importFiles(files, { roster, attribution: 'payment', xlsx: sheetjs as unknown as SheetReader });
  expect(r.problems).toEqual([]);
  const paid = payRealMonths(r.records, scenario, { source: r.source });
  const v = paid.variants[0]!;
  return new Map(v.payslips.map((p, i) => [p.agentId, v.unreliable[i]!]));
}

describe('payslips name the lines an input not provided feeds', () => {
  it('exports alone: every rule reading attendance, scores, reviews is named, with its missing inputs', () => {
    const a001 = lines([summary]).get('A001')!;
    expect(a001.map((u) => u.component)).toEqual([
      'commission', 'teamScoreBonus', 'fullAttendance', 'fineLateShort', 'fineLateLong', 'fineAbsence', 'fineSlowReplies', 'fineUnanswered', 'fineIdleHang', 'fineBadReview',
    ]);
    expect(a001.find((u) => u.component === 'commission')!.missing).toEqual(['badReviewSales']);
    expect(a001.find((u) => u.component === 'fullAttendance')!.missing).toEqual(['leaveDays', 'absences', 'latesShort', 'latesLong']);
    expect(a001.find((u) => u.component === 'fineUnanswered')!.missing).toEqual(['unanswered30m', 'unanswered2h']);
  });
  it('with the monthly sheet, the lines it feeds are no longer named', () => {
    const sheet = { name: '补充表.csv', bytes: utf8('\uFEFF' + csvText(SHEET_ROWS)) };
    const a001 = lines([summary, sheet]).get('A001')!;
    expect(a001.map((u) => u.component)).toEqual(['commission', 'teamScoreBonus', 'fineSlowReplies', 'fineIdleHang', 'fineBadReview']);
  });
  it('records without a source name nothing', () => {
    const r = importFiles([summary], { roster, attribution: 'payment', xlsx: sheetjs as unknown as SheetReader });
    const paid = payRealMonths(r.records, scenario);
    expect(paid.variants[0]!.unreliable.every((u) => u.length === 0)).toBe(true);
  });
});
