/**
 * Worked examples of a rules file (issue 7 §3): a hand-computed example passes the re-check, and
 * every kind of difference is reported with its JSON path.
 */
import { describe, expect, it } from 'vitest';
import { checkExamples, examplesFor, withExamples } from '../../src/formats/policyExamples';
import { parsePolicy } from '../../src/policy/parse';
import type { PolicyDoc } from '../../src/policy/types';
import { PRESETS, presetText } from '../policy/helpers';
import { handExample } from './handExample';

const seed000 = () => parsePolicy(presetText('seed000'));

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
