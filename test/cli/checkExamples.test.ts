/** The `examples` hook of `paylab validate` (src/cli/checkExamples.ts): checked, with paths. */
import { describe, expect, it } from 'vitest';
import { checkExamples } from '../../src/cli/checkExamples';
import { withExamples } from '../../src/formats/policyExamples';
import { parsePolicy } from '../../src/policy/parse';
import { presetText } from '../policy/helpers';

describe('checkExamples (validate hook)', () => {
  it('checks the examples an export carries', () => {
    const doc = withExamples(parsePolicy(presetText('seed001-guarantee')));
    expect(checkExamples(doc)).toEqual({ problems: [] });
  });
  it('reports a changed value with its path', () => {
    const doc = withExamples(parsePolicy(presetText('seed001-guarantee')));
    const ex = doc.examples![0] as { payslips: { totals: Record<string, string> }[] };
    ex.payslips[4]!.totals.gross = '0.01';
    const r = checkExamples(doc);
    expect(r.problems.map((p) => [p.path, p.key])).toEqual([['$.examples[0].payslips[4].totals.gross', 'share.exampleMismatch']]);
  });
});
