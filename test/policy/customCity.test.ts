/**
 * A rules file that carries its own city tables (city "custom", docs/law.md §"Custom city"): it
 * validates, pays with that city's minimum wage and contribution table (golden payslips computed by
 * hand below), writes back unchanged, and every malformed table is refused with a message naming
 * the field.
 */
import { describe, expect, it } from 'vitest';
import { payMonths } from '../../src/engine/pay';
import { t } from '../../src/i18n/format';
import { cityOf, cityTable } from '../../src/policy/cities';
import { compilePolicy } from '../../src/policy/compile';
import { parsePolicy } from '../../src/policy/parse';
import { validatePolicy } from '../../src/policy/validate';
import { writePolicy } from '../../src/policy/write';
import { rec } from '../engine/fixtures';
import { DELETE, changed, problemsOf, raw } from './helpers';
import { TEST_CUSTOM_CITY } from './customCityFixture';


/** Seed 000 with base 2400 for every level, 0.5 % commission, no bonuses or fines, in the custom city. */
function customDoc(): Record<string, unknown> {
  let d = raw('seed000');
  d = changed(d, ['city'], 'custom');
  d = changed(d, ['customCity'], TEST_CUSTOM_CITY);
  for (const l of ['junior', 'intermediate', 'senior', 'manager']) d = changed(d, ['base', l], '2400.00');
  d = changed(d, ['bonuses'], { teamScore: null, fullAttendance: null, livingSubsidy: null, seniority: null, topPerformer: null });
  return changed(d, ['fines'], null);
}

describe('a rules file with a custom city', () => {
  it('validates and writes back in canonical order, customCity right after city', () => {
    const r = validatePolicy(customDoc());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.policy).slice(4, 7)).toEqual(['city', 'customCity', 'base']);
    const text = writePolicy(r.policy);
    expect(parsePolicy(text)).toEqual(r.policy);
    expect(writePolicy(parsePolicy(text))).toBe(text);
  });

  it('pays with the custom tables (golden payslips)', () => {
    const doc = parsePolicy(JSON.stringify(customDoc()));
    const city = cityOf(doc)!;
    expect(city.name.zh).toBe('测试县');
    const slips = payMonths(
      compilePolicy(doc),
      [
        rec({ month: '2025-07', agentId: 'a1', daysEmployed: 31 }),
        rec({ month: '2025-08', agentId: 'a1', daysEmployed: 31 }),
        rec({ month: '2025-08', agentId: 'a2', daysEmployed: 31, creditedSalesFen: 54_469_000 }),
      ],
      { city, shopAovFen: 20000, explain: true },
    );
    const slip = (month: string, agentId: string) => slips.find((s) => s.month === month && s.agentId === agentId)!;
    const [jul, aug1, aug2] = [slip('2025-07', 'a1'), slip('2025-08', 'a1'), slip('2025-08', 'a2')];
    // July: minimum 2280.00 (table B dated 2025-07-15 applies from August); gross 2400.00 ≥ 2280.00.
    expect(jul.minimumWageFen).toBe(228000);
    expect(jul.totals.grossFen).toBe(240000);
    expect(jul.flags.belowMinimumFen).toBe(0);
    // Contributions on the floor: base max(2400.00, 4000.00) = 4000.00;
    // 0.16 × 4000 = 640.00, 0.085 × 4000 = 340.00, 0.005 × 4000 = 20.00, 0.0033 × 4000 = 13.20,
    // 0.05 × 4000 = 200.00; total 1213.20.
    expect(jul.contributions.map((c) => c.amountFen)).toEqual([64000, 34000, 2000, 1320, 20000]);
    expect(jul.totals.contributionsFen).toBe(121320);
    expect(jul.totals.employerCostFen).toBe(361320); // 2400.00 + 1213.20
    // August: minimum 2490.00; gross 2400.00 is 90.00 short.
    expect(aug1.minimumWageFen).toBe(249000);
    expect(aug1.flags.belowMinimumFen).toBe(9000);
    // a2: commission 0.5 % × 544,690.00 = 2723.45; gross 2400.00 + 2723.45 = 5123.45, inside
    // [4000, 20000] so the base is 5123.45: 0.16 × = 819.752 → 819.75; 0.085 × = 435.49325 → 435.49;
    // 0.005 × = 25.61725 → 25.62; 0.0033 × = 16.907385 → 16.91; 0.05 × = 256.1725 → 256.17;
    // total 819.75 + 435.49 + 25.62 + 16.91 + 256.17 = 1553.94.
    expect(aug2.totals.grossFen).toBe(512345);
    expect(aug2.flags.belowMinimumFen).toBe(0);
    expect(aug2.contributions.map((c) => c.amountFen)).toEqual([81975, 43549, 2562, 1691, 25617]);
    expect(aug2.totals.contributionsFen).toBe(155394);
  });

  it('a built-in city keeps its built-in table', () => {
    expect(cityOf({ city: 'hangzhou' })).toBe(cityTable('hangzhou'));
    expect(cityOf({ city: 'custom' })).toBeUndefined();
    expect(cityOf({ city: 'atlantis' })).toBeUndefined();
  });
});

describe('refusals, each naming the field', () => {
  const d = customDoc();
  const cases: [string, Record<string, unknown>, [string, string][]][] = [
    ['custom without tables', changed(d, ['customCity'], DELETE), [['$.customCity', 'city.customMissing']]],
    ['tables with a built-in city', changed(d, ['city'], 'hangzhou'), [['$.customCity', 'city.customUnused']]],
    ['dates not ascending', changed(d, ['customCity', 'minimumWage', 1, 'from'], '2023-12-31'), [['$.customCity.minimumWage[1].from', 'city.dateOrder']]],
    ['equal dates', changed(d, ['customCity', 'minimumWage', 1, 'from'], '2024-01-01'), [['$.customCity.minimumWage[1].from', 'city.dateOrder']]],
    ['two dates applying from the same month', changed(d, ['customCity', 'minimumWage', 0, 'from'], '2025-07-02'), [['$.customCity.minimumWage[1].from', 'city.sameMonth']]],
    ['not a date', changed(d, ['customCity', 'minimumWage', 0, 'from'], '2024-02-30'), [['$.customCity.minimumWage[0].from', 'city.dateInvalid']]],
    ['a date as a number', changed(d, ['customCity', 'contributionBase', 0, 'from'], 20250101), [['$.customCity.contributionBase[0].from', 'city.dateInvalid']]],
    ['rate above 1', changed(d, ['customCity', 'contributionRates', 0, 'pension'], '16'), [['$.customCity.contributionRates[0].pension', 'policy.rateAboveOne']]],
    ['rate with 7 decimals', changed(d, ['customCity', 'contributionRates', 0, 'injury'], '0.0033001'), [['$.customCity.contributionRates[0].injury', 'policy.rateDecimals']]],
    ['negative rate', changed(d, ['customCity', 'contributionRates', 0, 'medical'], '-0.1'), [['$.customCity.contributionRates[0].medical', 'policy.negative']]],
    ['floor above ceiling', changed(d, ['customCity', 'contributionBase', 0, 'floor'], '20000.01'), [['$.customCity.contributionBase[0].floor', 'city.floorAboveCeiling']]],
    ['amount too large (money stays far below 2^53 fen)', changed(d, ['customCity', 'contributionBase', 0, 'ceiling'], '1000000.01'), [['$.customCity.contributionBase[0].ceiling', 'policy.moneyTooLarge']]],
    ['amount with 3 decimals', changed(d, ['customCity', 'minimumWage', 0, 'amount'], '2280.001'), [['$.customCity.minimumWage[0].amount', 'policy.moneyDecimals']]],
    ['empty table', changed(d, ['customCity', 'contributionRates'], []), [['$.customCity.contributionRates', 'city.tableEmpty']]],
    ['missing source', changed(d, ['customCity', 'minimumWage', 0, 'source'], DELETE), [['$.customCity.minimumWage[0].source', 'policy.missingField']]],
    ['blank source', changed(d, ['customCity', 'minimumWage', 0, 'source'], ' '), [['$.customCity.minimumWage[0].source', 'policy.textEmpty']]],
    ['missing line', changed(d, ['customCity', 'contributionRates', 0, 'housingFund'], DELETE), [['$.customCity.contributionRates[0].housingFund', 'policy.missingField']]],
    ['unknown line', changed(d, ['customCity', 'contributionRates', 0, 'maternity'], '0.01'), [['$.customCity.contributionRates[0].maternity', 'policy.unknownField']]],
    ['blank name', changed(d, ['customCity', 'name'], ''), [['$.customCity.name', 'policy.textEmpty']]],
    ['too many rows', changed(d, ['customCity', 'minimumWage'], Array.from({ length: 51 }, (_, i) => ({ from: `${1990 + i}-01-01`, amount: '1.00', source: 's' }))), [['$.customCity.minimumWage', 'policy.listTooLong']]],
  ];
  for (const [what, doc, expected] of cases) {
    it(what, () => expect(problemsOf(doc)).toEqual(expected));
  }

  it('the message names the field and the dates, in Chinese and English', () => {
    const r = validatePolicy(changed(d, ['customCity', 'minimumWage', 1, 'from'], '2023-12-31'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems[0]!;
    expect(t('zh', p.key, p.params)).toBe('$.customCity.minimumWage[1].from:日期 2023-12-31 须晚于上一行的 2024-01-01(按生效日期从早到晚排列)');
    expect(t('en', p.key, p.params)).toBe('$.customCity.minimumWage[1].from: the date 2023-12-31 must come after the row before it, 2024-01-01 (rows in order of the date they take effect)');
  });
});
