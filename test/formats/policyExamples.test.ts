/**
 * Worked examples of a rules file (issue 7 §3): a hand-computed example passes the re-check, and
 * every kind of difference is reported with its JSON path.
 */
import { describe, expect, it } from 'vitest';
import { checkExamples, examplesFor, withExamples } from '../../src/formats/policyExamples';
import { parsePolicy } from '../../src/policy/parse';
import type { PolicyDoc } from '../../src/policy/types';
import { PRESETS, presetText } from '../policy/helpers';

const seed000 = () => parsePolicy(presetText('seed000'));

/**
 * Seed 000 (Hangzhou), one junior 售前 agent in June 2025, whole month, 3 short lates, sales 10 000:
 *   base 1500.00; commission 0.005 × 10 000.00 = 50.00; team-score bonus 0.10 × 1500 × 80/100 = 120.00;
 *   no full-attendance bonus (lates); living subsidy 200.00; lates: (3 − 2 free) × 20 = −20.00.
 *   earned = 1500 + 50 + 120 + 200 = 1870.00 = gross; fines 20.00; net 1850.00.
 *   Contributions on the Hangzhou floor 4986.00 (gross is below it): pension 0.16 → 797.76, medical
 *   0.099 → 493.614 → 493.61, unemployment 0.005 → 24.93, injury 0.002 → 9.972 → 9.97, housing fund
 *   0.12 → 598.32; sum 1924.59; employer cost 1870.00 + 1924.59 = 3794.59.
 *   Minimum wage 2490.00 (2024-01-01): below by 2490 − 1870 = 620.00; after fines 2490 − 1850 = 640.00.
 */
function handExample(): Record<string, unknown> {
  return {
    name: 'hand-computed',
    shopAov: '150.00',
    records: [
      {
        month: '2025-06',
        agentId: 'X1',
        name: '<img src=x onerror=alert(1)>',
        role: 'presales',
        level: 'junior',
        tenureMonth: 13,
        creditedSales: '10000.00',
        latesShort: 3,
        teamScore: 80,
      },
    ],
    payslips: [
      {
        month: '2025-06',
        agentId: 'X1',
        name: '<img src=x onerror=alert(1)>',
        lines: { base: '1500.00', commission: '50.00', teamScoreBonus: '120.00', livingSubsidy: '200.00', fineLateShort: '-20.00' },
        totals: { earned: '1870.00', guarantee: '0.00', gross: '1870.00', fines: '20.00', net: '1850.00', contributions: '1924.59', employerCost: '3794.59' },
        flags: { belowMinimum: '620.00', deductionsBelowMinimum: '640.00' },
      },
    ],
  };
}

const withExample = (example: unknown): PolicyDoc => ({ ...seed000(), examples: [example] });

describe('checkExamples', () => {
  it('a hand-computed example passes', () => {
    expect(checkExamples(withExample(handExample()))).toEqual([]);
  });

  it('a file without examples has nothing to check', () => {
    expect(checkExamples(seed000())).toEqual([]);
  });

  it('amounts compare as numbers: "50" equals "50.00"', () => {
    const e = handExample() as { payslips: { lines: Record<string, string> }[] };
    e.payslips[0]!.lines.commission = '50';
    expect(checkExamples(withExample(e))).toEqual([]);
  });

  it('reports each difference with its JSON path and both amounts', () => {
    const e = handExample() as { payslips: { lines: Record<string, string>; totals: Record<string, string>; flags?: object }[] };
    const p = e.payslips[0]!;
    p.lines.commission = '50.01';
    delete p.lines.livingSubsidy;
    p.lines.bonus = '1.00';
    p.totals.net = 'about 1850';
    p.flags = { belowMinimum: '620.00' };
    const problems = checkExamples(withExample(e));
    expect(problems.map((x) => [x.path, x.key])).toEqual([
      ['$.examples[0].payslips[0].lines.bonus', 'share.exampleUnknownComponent'],
      ['$.examples[0].payslips[0].lines.commission', 'share.exampleMismatch'],
      ['$.examples[0].payslips[0].lines', 'share.exampleMissingLine'],
      ['$.examples[0].payslips[0].totals.net', 'share.exampleNotMoney'],
      ['$.examples[0].payslips[0].flags', 'share.exampleFlags'],
    ]);
    expect(problems[1]!.params).toMatchObject({ expected: '50.01', computed: '50.00', month: '2025-06', agent: 'X1' });
    expect(problems[2]!.params).toMatchObject({ component: 'livingSubsidy', computed: '200.00' });
  });

  it('a payslip the records do not produce, one listed twice, and one not listed', () => {
    const e = handExample() as { records: Record<string, unknown>[]; payslips: Record<string, unknown>[] };
    e.records.push({ ...e.records[0], agentId: 'X2' });
    e.payslips.push({ ...e.payslips[0], agentId: 'X9' }, { ...e.payslips[0] });
    expect(checkExamples(withExample(e)).map((x) => [x.path, x.key])).toEqual([
      ['$.examples[0].payslips[1]', 'share.exampleNoPayslip'],
      ['$.examples[0].payslips[2]', 'share.exampleDuplicate'],
      ['$.examples[0].payslips', 'share.exampleUnlisted'],
    ]);
  });

  it('a bad record is reported under the example with the record reader’s own message', () => {
    const e = handExample() as { records: Record<string, unknown>[] };
    e.records[0]!.creditedSales = 'lots';
    const problems = checkExamples(withExample(e));
    expect(problems.map((x) => x.path)).toEqual(['$.examples[0].records[0].creditedSales']);
  });

  it('refuses an example of the wrong shape', () => {
    expect(checkExamples(withExample(42)).map((x) => [x.path, x.key])).toEqual([['$.examples[0]', 'share.exampleShape']]);
    const e = handExample();
    e.shopAov = -1;
    delete e.payslips;
    expect(checkExamples(withExample(e)).map((x) => [x.path, x.key])).toEqual([
      ['$.examples[0].payslips', 'share.exampleShape'],
      ['$.examples[0].shopAov', 'share.exampleNotMoney'],
    ]);
  });
});

describe('examplesFor', () => {
  it.each(PRESETS)('%s: the simulated examples pass their own re-check and are the same every time', (name) => {
    const doc = parsePolicy(presetText(name));
    const a = withExamples(doc);
    expect(checkExamples(a)).toEqual([]);
    expect(examplesFor(doc)).toEqual(a.examples);
    const ex = a.examples![0] as { records: unknown[]; payslips: { month: string }[] };
    expect(ex.records).toHaveLength(8);
    expect(ex.payslips.map((p) => p.month)).toEqual(['2025-11', '2025-11', '2025-11', '2025-11', '2025-12', '2025-12', '2025-12', '2025-12']);
  });

  it('replaces examples a document already carries', () => {
    const doc = withExample(handExample());
    const fresh = withExamples(doc);
    expect(fresh.examples).toHaveLength(1);
    expect((fresh.examples![0] as { name: string }).name).not.toBe('hand-computed');
  });
});
