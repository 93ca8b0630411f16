/**
 * Validation of the KPI section and the conversion commission (domain.md 12): every problem named
 * with its JSON path, in Chinese and English.
 */
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../src/policy/validate';
import { describeBoth } from '../../src/i18n/problemText';
import { changed, problemsOf, raw } from './helpers';

const seed000 = raw('seed000');
const kpi = {
  gates: [{ metric: 'replyRate', direction: 'atLeast', threshold: '0.95', factor: '0', lines: ['commission'] }],
  afterSales: { perReversed: '5.00', goodReview: [{ bound: '0.98', amount: '200.00' }], returnRate: [{ bound: '0.05', amount: '150.00' }] },
  composite: [
    { metric: 'conversion', weight: '70', scoring: { type: 'linear', worst: '0.3', best: '0.6' } },
    { metric: 'avgResponseSec', weight: '30', scoring: { type: 'steps', better: 'lower', steps: [{ bound: '20', points: '100' }, { bound: '40', points: '50' }] } },
  ],
  target: { byLevel: null, payout: [{ from: '0.8', amount: '300.00' }, { from: '1', rate: '0.01' }], cap: '900.00' },
  rank: { metric: 'netSales', better: 'higher', amounts: ['850.00', '800.00', '750.00'] },
};
const score = raw('seed001-guarantee').score;
const withKpi = changed(changed(seed000, ['kpi'], kpi), ['score'], score);

describe('validatePolicy: KPI pay', () => {
  it('accepts a full KPI section and a conversion commission, keeping them as written', () => {
    const doc = changed(withKpi, ['commission'], { type: 'conversion', brackets: [{ from: '0', rate: '0.003' }, { from: '0.475', rate: '0.008' }], applyScore: false });
    const r = validatePolicy(doc);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.policy).toEqual(doc);
  });
  it('a file without kpi stays valid (the section is optional)', () => {
    expect(problemsOf(seed000)).toEqual([]);
  });
  it('names each problem where it is', () => {
    let doc = changed(withKpi, ['kpi', 'gates', 0, 'threshold'], '95');
    doc = changed(doc, ['kpi', 'gates', 0, 'lines'], []);
    doc = changed(doc, ['kpi', 'composite', 0, 'weight'], '60');
    doc = changed(doc, ['kpi', 'composite', 0, 'scoring', 'best'], '0.3');
    doc = changed(doc, ['kpi', 'target', 'payout', 1], { from: '0.7', amount: '1.00', rate: '0.01' });
    doc = changed(doc, ['kpi', 'rank', 'amounts'], []);
    doc = changed(doc, ['kpi', 'afterSales', 'goodReview', 0, 'bound'], '98');
    doc = changed(doc, ['commission'], { type: 'conversion', brackets: [{ from: '0.1', rate: '0.003' }], applyScore: false });
    expect(problemsOf(doc)).toEqual([
      ['$.commission.brackets[0].from', 'policy.bracketFirst'],
      ['$.kpi.gates[0].threshold', 'kpi.fractionAboveOne'],
      ['$.kpi.gates[0].lines', 'kpi.gateNoLines'],
      ['$.kpi.afterSales.goodReview[0].bound', 'kpi.fractionAboveOne'],
      ['$.kpi.composite[0].scoring.best', 'kpi.linearFlat'],
      ['$.kpi.composite', 'kpi.weightsSum'],
      ['$.kpi.target.payout[1].from', 'kpi.payoutOrder'],
      ['$.kpi.target.payout[1]', 'kpi.payoutOneOf'],
      ['$.kpi.rank.amounts', 'kpi.rankEmpty'],
    ]);
  });
  it('a composite needs the score section (its multiplier and pass mark)', () => {
    expect(problemsOf(changed(withKpi, ['score'], null))).toEqual([['$.kpi.composite', 'kpi.compositeNeedsScore']]);
  });
  it('messages in both languages say what to write', () => {
    const r = validatePolicy(changed(withKpi, ['kpi', 'gates', 0, 'threshold'], '95'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(describeBoth(r.problems[0]!)).toBe(
        '$.kpi.gates[0].threshold:95 大于 1;比率写成小数,如 95% 写 "0.95";若指 95%,请写 "0.95" / $.kpi.gates[0].threshold: 95 is above 1; rates are fractions, 95% is written "0.95"; if you mean 95%, write "0.95"',
      );
    }
  });
});
