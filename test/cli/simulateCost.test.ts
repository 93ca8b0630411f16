/**
 * `paylab simulate --format json` and the people-cost table (src/cli/simulate.ts): the summary JSON on
 * stdout carries people cost, turnover cost, contribution, lost sales and the lawful block per variant,
 * and the table prints them. In-process (--workers 0) on a small scenario file.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, yuan0 } from '../../src/cli/simulate';
import { writeScenario } from '../../src/sim/scenarioParse';
import { smallScenario } from '../sim/helpers';
import { capture } from './capture';

const dir = mkdtempSync(join(tmpdir(), 'paylab-simulate-cost-'));
const file = join(dir, 'scenario.json');

afterEach(() => vi.restoreAllMocks());

beforeAll(() => {
  writeFileSync(file, writeScenario(smallScenario({ agents: 8, months: 3, startMonth: '2026-01', replications: 50 })));
});

describe('paylab simulate: what each policy really costs', () => {
  it('--format json prints only the summary, with the new figures per variant', async () => {
    const io = capture();
    const code = await run(['--scenario', file, '--replications', '3', '--seed', '7', '--workers', '0', '--format', 'json']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const s = JSON.parse(io.out());
    expect(s.format).toBe('paylab.summary/1');
    for (const v of s.variants) {
      for (const k of ['peopleCost', 'turnoverCost', 'sales', 'contribution', 'lostSales', 'unansweredInquiries']) {
        expect(Object.keys(v[k]).sort(), k).toEqual(['meanFen', 'p50Fen', 'p5Fen', 'p95Fen']);
      }
      expect(v.peopleCostByMonth).toHaveLength(3);
      expect(v.contributionByMonth).toHaveLength(3);
      expect(typeof v.lawful.lawful).toBe('boolean');
      // people cost is employer cost plus turnover cost (means rounded once each: within 1 fen)
      expect(Math.abs(v.peopleCost.meanFen - v.cost.meanFen - v.turnoverCost.meanFen)).toBeLessThanOrEqual(1);
    }
    // seed 001's 2011 guarantee is below Hangzhou's minimum wage today; the careful owner's rules are lawful
    expect(s.variants[1].lawful.lawful).toBe(false);
    expect(s.variants[1].lawful.belowMinimum).toBeGreaterThan(0);
    expect(s.variants[2].lawful).toEqual({ lawful: true, belowMinimum: 0, deductionsOverCap: 0, deductionsBelowMinimum: 0, probationTooLow: 0 });
    expect(s.variants[0].vsBaseline).toBeNull();
    for (const k of ['peopleCostDifference', 'contributionDifference', 'salesDifference']) {
      expect(s.variants[2].vsBaseline[k].n, k).toBe(3);
    }
  }, 60_000);

  it('the table prints people cost, contribution, lost sales and the lawful verdict', async () => {
    let io = capture();
    await run(['--scenario', file, '--replications', '3', '--seed', '7', '--workers', '0', '--format', 'json']);
    vi.restoreAllMocks();
    const s = JSON.parse(io.out());
    io = capture();
    const code = await run(['--scenario', file, '--replications', '3', '--seed', '7', '--workers', '0']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const text = io.out();
    expect(text).toContain('人力成本(含流失)');
    expect(text).toContain('贡献与基准之差 [95% 置信区间]');
    const careful = text.split('\n').filter((l) => l.startsWith('careful '))[1]!; // the second table's row
    expect(careful).toContain(yuan0(s.variants[2].peopleCost.meanFen));
    expect(careful).toContain(yuan0(s.variants[2].contribution.meanFen, true));
    expect(careful).toMatch(/合法\s*$/);
    const seed001 = text.split('\n').filter((l) => l.startsWith('seed001 '))[1]!;
    expect(seed001).toContain('违法');
    expect(text).toContain('毛利率 40%');
  }, 60_000);
});
