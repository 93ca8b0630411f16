import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../src/policy/validate';
import { describeBoth } from '../../src/i18n/problemText';
import { DELETE, changed, problemsOf, raw } from './helpers';

const seed000 = raw('seed000');
const guarantee = raw('seed001-guarantee');
const careful = raw('careful-owner');

describe('validatePolicy accepts', () => {
  it('every preset, returning a document equal to the input data', () => {
    for (const doc of [seed000, guarantee, raw('seed001-roles'), careful]) {
      const r = validatePolicy(doc);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.policy).toEqual(doc);
    }
  });

  it('money without decimals, with one decimal, and zero; a rate of exactly 1 where 1 is allowed', () => {
    const doc = changed(changed(changed(seed000, ['base', 'junior'], '1500'), ['base', 'senior'], '2200.5'), ['bonuses', 'teamScore', 'rate'], '1');
    expect(problemsOf(changed(doc, ['bonuses', 'livingSubsidy'], '0'))).toEqual([]);
  });

  it('limits exactly at the bound: money 1000000.00, probation 6 months, 31 free lates, rate 0.1 on sales', () => {
    let doc = changed(seed000, ['base', 'manager'], '1000000.00');
    doc = changed(doc, ['probation'], { months: 6, pay: '2000.00' });
    doc = changed(doc, ['fines', 'lateShort', 'free'], 31);
    doc = changed(doc, ['commission', 'rate'], '0.1');
    expect(problemsOf(doc)).toEqual([]);
  });

  it('keeps examples verbatim as plain data', () => {
    const examples = [{ agent: 'A01', month: '2025-03', expect: { gross: '2758.78' } }, 'note', 3, null];
    const r = validatePolicy(changed(seed000, ['examples'], examples));
    expect(r.ok && r.policy.examples).toEqual(examples);
    expect(r.ok && Object.getPrototypeOf(r.policy.examples![0])).toBe(Object.prototype);
  });

  it('accepts a blended pool, a tiered whole commission chosen by team sales, and factor scores', () => {
    const doc = changed(careful, ['commission'], {
      type: 'tiered',
      method: 'whole',
      brackets: [
        { from: '0', rate: '0.003' },
        { from: '100000.00', rate: '0.005' },
      ],
      basis: 'team',
      applyScore: true,
    });
    expect(problemsOf(changed(doc, ['score', 'multiplier'], { type: 'factor' }))).toEqual([]);
  });
});

describe('validatePolicy refuses, naming the path', () => {
  const cases: [string, Record<string, unknown>, [string, string][]][] = [
    ['an unknown field', changed(seed000, ['bonuses', 'holidayBonus'], '100.00'), [['$.bonuses.holidayBonus', 'policy.unknownField']]],
    ['an unknown top-level field with an odd name', changed(seed000, ['my field'], 1), [['$["my field"]', 'policy.unknownField']]],
    ['a missing required part', changed(seed000, ['commission'], DELETE), [['$.commission', 'policy.missingField']]],
    ['a missing nullable part', changed(seed000, ['pool'], DELETE), [['$.pool', 'policy.missingNullable']]],
    ['a missing nested field', changed(seed000, ['fines', 'lateShort', 'free'], DELETE), [['$.fines.lateShort.free', 'policy.missingField']]],
    ['a wrong type (string for an object)', changed(seed000, ['base'], '1500'), [['$.base', 'policy.expectedObject']]],
    ['a wrong type (string for a boolean)', changed(seed000, ['fines', 'legalCap'], 'false'), [['$.fines.legalCap', 'policy.expectedBoolean']]],
    ['a wrong type (number for the name)', changed(seed000, ['name'], 7), [['$.name', 'policy.expectedText']]],
    ['an empty name', changed(seed000, ['name'], '  '), [['$.name', 'policy.textEmpty']]],
    ['a JSON number where a decimal string is expected', changed(seed000, ['fines', 'lateShort', 'each'], 20), [['$.fines.lateShort.each', 'policy.numberNotDecimal']]],
    ['a boolean where a decimal string is expected', changed(seed000, ['base', 'junior'], true), [['$.base.junior', 'policy.expectedDecimal']]],
    ['a negative amount', changed(seed000, ['fines', 'absence', 'each'], '-200.00'), [['$.fines.absence.each', 'policy.negative']]],
    ['money with more than 2 decimals', changed(seed000, ['base', 'junior'], '1500.005'), [['$.base.junior', 'policy.moneyDecimals']]],
    ['an exponent', changed(seed000, ['base', 'junior'], '1.5e3'), [['$.base.junior', 'policy.notDecimal']]],
    ['a thousands separator', changed(seed000, ['base', 'junior'], '1,500.00'), [['$.base.junior', 'policy.notDecimal']]],
    ['a leading zero', changed(seed000, ['base', 'junior'], '01500'), [['$.base.junior', 'policy.notDecimal']]],
    ['a rate with more than 6 decimals', changed(seed000, ['commission', 'rate'], '0.0000005'), [['$.commission.rate', 'policy.rateDecimals']]],
    ['a rate written as a percentage (50)', changed(seed000, ['commission', 'rate'], '50'), [['$.commission.rate', 'policy.rateAboveOne']]],
    ['a rate written as a percentage (0.5 meaning 0.5 %)', changed(seed000, ['commission', 'rate'], '0.5'), [['$.commission.rate', 'policy.salesRateHigh']]],
    ['a team-score rate above 1', changed(seed000, ['bonuses', 'teamScore', 'rate'], '10'), [['$.bonuses.teamScore.rate', 'policy.rateAboveOne']]],
    ['an absurd base (10^12)', changed(seed000, ['base', 'manager'], '1000000000000'), [['$.base.manager', 'policy.moneyTooLarge']]],
    ['money one fen over the limit', changed(seed000, ['bonuses', 'livingSubsidy'], '1000000.01'), [['$.bonuses.livingSubsidy', 'policy.moneyTooLarge']]],
    ['a fractional count', changed(seed000, ['fines', 'lateShort', 'free'], 2.5), [['$.fines.lateShort.free', 'policy.notCount']]],
    ['a negative count', changed(seed000, ['fines', 'slowReplies', 'over'], -1), [['$.fines.slowReplies.over', 'policy.notCount']]],
    ['a count written as a string', changed(seed000, ['fines', 'slowReplies', 'over'], '3'), [['$.fines.slowReplies.over', 'policy.notCount']]],
    ['more than 31 free lates', changed(seed000, ['fines', 'lateShort', 'free'], 32), [['$.fines.lateShort.free', 'policy.countRange']]],
    ['a probation over 6 months (劳动合同法 Art. 19)', changed(guarantee, ['probation', 'months'], 7), [['$.probation.months', 'policy.probationMonths']]],
    ['a probation of 0 months', changed(guarantee, ['probation', 'months'], 0), [['$.probation.months', 'policy.probationMonths']]],
    ['an empty guarantee list', changed(guarantee, ['guarantee', 'byTenureYear'], []), [['$.guarantee.byTenureYear', 'policy.guaranteeEmpty']]],
    ['a bad guarantee amount', changed(guarantee, ['guarantee', 'byTenureYear', 1], '2200.001'), [['$.guarantee.byTenureYear[1]', 'policy.moneyDecimals']]],
    ['an unknown guarantee mode', changed(guarantee, ['guarantee', 'mode'], 'yearly'), [['$.guarantee.mode', 'policy.notOneOf']]],
    ['an unknown city', changed(seed000, ['city'], 'atlantis'), [['$.city', 'policy.unknownCity']]],
    ['an unknown commission type', changed(seed000, ['commission', 'type'], 'bonus'), [['$.commission.type', 'policy.notOneOf']]],
    ['a commission without type', changed(seed000, ['commission', 'type'], DELETE), [['$.commission.type', 'policy.missingField']]],
    ['a field of another commission type', changed(seed000, ['commission', 'basis'], 'personal'), [['$.commission.basis', 'policy.unknownField']]],
    ['a score split of the pool without a score', changed(guarantee, ['score'], null), [['$.pool.split', 'policy.splitNeedsScore'], ['$.dismissal', 'policy.dismissalNeedsScore']]],
    ['a blend without individual commission', changed(careful, ['commission'], { type: 'none' }), [['$.pool.individualShare', 'policy.blendNeedsCommission']]],
    ['an individual share above 1', changed(careful, ['pool', 'individualShare'], '60'), [['$.pool.individualShare', 'policy.rateAboveOne']]],
    ['an unknown contributions value', changed(seed000, ['contributions'], 'some'), [['$.contributions', 'policy.notOneOf']]],
    ['examples that are not an array', changed(seed000, ['examples'], {}), [['$.examples', 'policy.expectedArray']]],
  ];
  for (const [what, doc, expected] of cases) {
    it(what, () => expect(problemsOf(doc)).toEqual(expected));
  }

  const tiered = (brackets: unknown, extra: Record<string, unknown> = {}) =>
    changed(seed000, ['commission'], { type: 'tiered', method: 'marginal', brackets, basis: 'personal', applyScore: false, ...extra });

  it('brackets not starting at "0"', () => {
    expect(problemsOf(tiered([{ from: '100.00', rate: '0.005' }]))).toEqual([['$.commission.brackets[0].from', 'policy.bracketFirst']]);
  });
  it('brackets not strictly ascending (equal and descending bounds)', () => {
    const b = [
      { from: '0', rate: '0.003' },
      { from: '50000', rate: '0.004' },
      { from: '50000.00', rate: '0.005' },
      { from: '40000', rate: '0.006' },
    ];
    expect(problemsOf(tiered(b))).toEqual([
      ['$.commission.brackets[2].from', 'policy.bracketOrder'],
      ['$.commission.brackets[3].from', 'policy.bracketOrder'],
    ]);
  });
  it('an empty bracket list', () => {
    expect(problemsOf(tiered([]))).toEqual([['$.commission.brackets', 'policy.bracketsEmpty']]);
  });
  it('a bracket bound above 1e9 yuan, while 1e9 itself is allowed', () => {
    expect(problemsOf(tiered([{ from: '0', rate: '0.003' }, { from: '1000000000.00', rate: '0.004' }]))).toEqual([]);
    expect(problemsOf(tiered([{ from: '0', rate: '0.003' }, { from: '1000000000.01', rate: '0.004' }]))).toEqual([
      ['$.commission.brackets[1].from', 'policy.boundTooLarge'],
    ]);
  });
  it('a team basis with the marginal method', () => {
    expect(problemsOf(tiered([{ from: '0', rate: '0.003' }], { basis: 'team' }))).toEqual([['$.commission.basis', 'policy.teamBasisMarginal']]);
  });
  it('a tiered pool rate is checked the same way', () => {
    const doc = changed(guarantee, ['pool', 'rate'], { type: 'tiered', method: 'marginal', brackets: [{ from: '1', rate: '0.01' }] });
    expect(problemsOf(doc)).toEqual([['$.pool.rate.brackets[0].from', 'policy.bracketFirst']]);
  });
  it('score steps not strictly descending', () => {
    const doc = changed(guarantee, ['score', 'multiplier', 'steps'], [
      { from: '70', multiplier: '0.8' },
      { from: '80', multiplier: '0.9' },
      { from: '80', multiplier: '1' },
    ]);
    expect(problemsOf(doc)).toEqual([
      ['$.score.multiplier.steps[1].from', 'policy.stepOrder'],
      ['$.score.multiplier.steps[2].from', 'policy.stepOrder'],
    ]);
  });
  it('an empty step list, and a multiplier above 2', () => {
    expect(problemsOf(changed(guarantee, ['score', 'multiplier', 'steps'], []))).toEqual([['$.score.multiplier.steps', 'policy.stepsEmpty']]);
    expect(problemsOf(changed(guarantee, ['score', 'multiplier', 'steps', 0, 'multiplier'], '100'))).toEqual([
      ['$.score.multiplier.steps[0].multiplier', 'policy.tooLarge'],
    ]);
  });
  it('score points with more than 2 decimals', () => {
    expect(problemsOf(changed(guarantee, ['score', 'parts', 'skill'], '20.125'))).toEqual([['$.score.parts.skill', 'policy.pointsDecimals']]);
  });

  it('reports every problem of a file at once, in document order', () => {
    let doc = changed(seed000, ['base', 'junior'], 1500);
    doc = changed(doc, ['commission', 'rate'], '5');
    doc = changed(doc, ['fines', 'badReview', 'each'], '-100');
    doc = changed(doc, ['city'], 'zhongshan');
    expect(problemsOf(doc)).toEqual([
      ['$.city', 'policy.unknownCity'],
      ['$.base.junior', 'policy.numberNotDecimal'],
      ['$.commission.rate', 'policy.rateAboveOne'],
      ['$.fines.badReview.each', 'policy.negative'],
    ]);
  });

  it('a value that is not an object at all', () => {
    expect(problemsOf([1, 2])).toEqual([['$', 'policy.expectedObject']]);
    expect(problemsOf(null)).toEqual([['$', 'policy.expectedObject']]);
  });
});

describe('validatePolicy messages', () => {
  const first = (doc: unknown) => {
    const r = validatePolicy(doc);
    if (r.ok) throw new Error('expected a problem');
    return describeBoth(r.problems[0]!);
  };
  it('say in Chinese and English that 0.5 % is written 0.005 and 50 looks like a percentage', () => {
    expect(first(changed(seed000, ['commission', 'rate'], '50'))).toBe(
      '$.commission.rate:比率 50 大于 1。比率写成小数:0.5% 写作 0.005;50 像是百分数,若指 50%,请写 "0.5" / ' +
        '$.commission.rate: the rate 50 is above 1. Rates are fractions: 0.5% is written 0.005; 50 looks like a percentage: if you mean 50%, write "0.5"',
    );
    expect(first(changed(seed000, ['commission', 'rate'], '0.5'))).toContain('if you mean 0.5%, write "0.005"');
  });
  it('hint to quote a number', () => {
    expect(first(changed(seed000, ['fines', 'lateShort', 'each'], 20))).toBe(
      '$.fines.lateShort.each:20 没有加引号。金额和比率须写成字符串 "20"(JSON 数字会丢失精度) / ' +
        '$.fines.lateShort.each: 20 is not quoted. Write money and rates as strings, "20" (JSON numbers lose precision)',
    );
  });
  it('name the unknown field and the fields allowed', () => {
    expect(first(changed(seed000, ['fines', 'lateShort', 'fee'], '1'))).toContain('unknown field "fee"; the fields allowed here are: free, each');
  });
});
