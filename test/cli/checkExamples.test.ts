/**
 * The `examples` check of `paylab validate` (src/cli/validate.ts → src/formats/policyExamples.ts) on a
 * worked example written by hand (test/formats/handExample.ts), not computed by the engine it checks.
 */
import { describe, expect, it } from 'vitest';
import { checkExamples } from '../../src/formats/policyExamples';
import { parsePolicy } from '../../src/policy/parse';
import { presetText } from '../policy/helpers';
import { handExample } from '../formats/handExample';

const seed000WithHandExample = () => ({ ...parsePolicy(presetText('seed000')), examples: [handExample()] });

describe('checkExamples (validate hook)', () => {
  it('a hand-computed example of seed 000 passes', () => {
    expect(checkExamples(seed000WithHandExample())).toEqual([]);
  });
  it('a wrong hand value is reported with its path', () => {
    const doc = seed000WithHandExample();
    const ex = doc.examples[0] as { payslips: { totals: Record<string, string> }[] };
    ex.payslips[0]!.totals.gross = '1870.01'; // 1500 + 50 + 120 + 200 = 1870.00
    expect(checkExamples(doc).map((p) => [p.path, p.key])).toEqual([['$.examples[0].payslips[0].totals.gross', 'share.exampleMismatch']]);
  });
});
