import { describe, expect, it } from 'vitest';
import { cityTable } from '../../src/policy/cities';
import {
  highestMinimumWage,
  legalFindings,
  minimumWageInForce,
  probationBelowEighty,
  probationEightyFen,
  probationReferenceFen,
  probationTooLow,
} from '../../src/policy/legal';

const hangzhou = cityTable('hangzhou')!;
const guangzhou = cityTable('guangzhou')!;

describe('minimum wage in force', () => {
  it('takes the newest entry on or before the month, the first before the table', () => {
    // src/data/cities.json: Hangzhou 2490 from 2024-01-01, 2660 from 2026-01-01
    expect(minimumWageInForce(hangzhou, '2025-12')?.fen).toBe(249_000);
    expect(minimumWageInForce(hangzhou, '2026-01')?.fen).toBe(266_000);
    expect(minimumWageInForce(hangzhou, '2020-01')?.fen).toBe(249_000);
  });
  it('finds the highest minimum in the simulated months and the month it starts', () => {
    // Guangzhou 2500 from 2025-03-01, 2680 from 2026-09-01
    expect(highestMinimumWage(guangzhou, '2026-01', 12)).toMatchObject({ fen: 268_000, fromMonth: '2026-09' });
    expect(highestMinimumWage(guangzhou, '2026-01', 8)).toMatchObject({ fen: 250_000, fromMonth: '2026-01' });
    expect(highestMinimumWage(guangzhou, '2026-02', 8)).toMatchObject({ fen: 268_000, fromMonth: '2026-09' });
    // across a year end: 2025-07 + 7 months reaches 2026-01 in Hangzhou
    expect(highestMinimumWage(hangzhou, '2025-07', 7)).toMatchObject({ fen: 266_000, fromMonth: '2026-01' });
    expect(highestMinimumWage(hangzhou, '2025-07', 6)).toMatchObject({ fen: 249_000, fromMonth: '2025-07' });
  });
});

describe('probation rule (劳动合同法 Art. 20)', () => {
  it('compares with the lowest base, else the lowest guarantee', () => {
    expect(probationReferenceFen([180_000, 150_000], [200_000])).toBe(150_000);
    expect(probationReferenceFen(null, [220_000, 200_000])).toBe(200_000);
    expect(probationReferenceFen(null, null)).toBe(0);
  });
  it('80 % of the reference: a value exactly at it passes', () => {
    // 0.8 × 1500.00 = 1200.00
    expect(probationEightyFen(150_000)).toBe(120_000);
    expect(probationBelowEighty(120_000, 150_000)).toBe(false);
    expect(probationBelowEighty(119_999, 150_000)).toBe(true);
    // 0.8 × 1500.01 = 1200.008 → the least passing amount is 1200.01
    expect(probationEightyFen(150_001)).toBe(120_001);
    expect(probationBelowEighty(120_001, 150_001)).toBe(false);
    expect(probationBelowEighty(120_000, 150_001)).toBe(true);
  });
  it('too low below 80 % or below the minimum', () => {
    expect(probationTooLow(160_000, 150_000, 249_000)).toBe(true); // 1600 < 2490
    expect(probationTooLow(249_000, 300_000, 249_000)).toBe(false); // 2490 ≥ 2400 and = minimum
    expect(probationTooLow(250_000, 320_000, 249_000)).toBe(true); // 2500 < 0.8 × 3200 = 2560
  });
});

describe('legal findings of a rules file', () => {
  it('finds bases, guarantees and probation pay short of the minimum, with their paths', () => {
    const draft = {
      base: { junior: '1500.00', intermediate: '1800', senior: '2660.00', manager: '2700.00' },
      probation: { months: 1, pay: '1600.00' },
      guarantee: { byTenureYear: ['2000.00', '2659.99', 'oops'], mode: 'annual-true-up' },
    };
    // minimum 2660: junior 1500 and intermediate 1800 short; senior exactly 2660 passes;
    // guarantee years 1 and 2 short, year 3 does not read; probation 1600 < 2660; 0.8 × 1500 = 1200 ≤ 1600
    expect(legalFindings(draft, 266_000)).toEqual([
      { rule: 'baseBelowMinimum', path: ['base', 'junior'], amountFen: 150_000, minimumFen: 266_000 },
      { rule: 'baseBelowMinimum', path: ['base', 'intermediate'], amountFen: 180_000, minimumFen: 266_000 },
      { rule: 'guaranteeBelowMinimum', path: ['guarantee', 'byTenureYear', 0], amountFen: 200_000, minimumFen: 266_000 },
      { rule: 'guaranteeBelowMinimum', path: ['guarantee', 'byTenureYear', 1], amountFen: 265_999, minimumFen: 266_000 },
      { rule: 'probationBelowMinimum', path: ['probation', 'pay'], amountFen: 160_000, minimumFen: 266_000 },
    ]);
  });
  it('checks probation at 80 % of the lowest guarantee when there is no base', () => {
    // no base: reference = lowest guarantee 3000; 0.8 × 3000 = 2400 > 2300
    const draft = { base: null, probation: { months: 1, pay: '2300' }, guarantee: { byTenureYear: ['3000.00', '3200.00'] } };
    expect(legalFindings(draft, 200_000)).toEqual([
      { rule: 'probationBelowEighty', path: ['probation', 'pay'], amountFen: 230_000, referenceFen: 300_000, eightyFen: 240_000 },
    ]);
  });
  it('says nothing about amounts that do not read, or about a rules file that is not an object', () => {
    expect(legalFindings({ base: { junior: 'abc', intermediate: '-5', senior: '1e3', manager: '' }, probation: { pay: 'x' } }, 266_000)).toEqual([]);
    expect(legalFindings(null, 266_000)).toEqual([]);
    expect(legalFindings([1, 2], 266_000)).toEqual([]);
  });
});
