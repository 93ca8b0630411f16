/**
 * `paylab simulate` (src/cli/simulate.ts): the comparison table, the summary JSON and CSV files, and
 * bad input refused with a message. Runs in-process with --workers 0 on a small scenario file.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, yuan0, yuan2 } from '../../src/cli/simulate';
import { UsageError } from '../../src/cli/report';
import { writeScenario } from '../../src/sim/scenarioParse';
import { smallScenario } from '../sim/helpers';
import { capture } from './capture';

const dir = mkdtempSync(join(tmpdir(), 'paylab-simulate-'));
const file = join(dir, 'scenario.json');

afterEach(() => vi.restoreAllMocks());

beforeAll(() => {
  writeFileSync(file, writeScenario(smallScenario({ agents: 8, months: 3, startMonth: '2026-01', replications: 50 })));
});

describe('yuan formatting', () => {
  it('rounds fen to whole yuan half away from zero, with separators and an optional sign', () => {
    expect(yuan0(123456789)).toBe('1,234,568'); // 1 234 567.89 → 1 234 568
    expect(yuan0(-50)).toBe('-1'); // −0.50 → −1
    expect(yuan0(49)).toBe('0');
    expect(yuan0(250000, true)).toBe('+2,500');
    expect(yuan0(null)).toBe('—');
    expect(yuan2(-5)).toBe('-0.05');
    expect(yuan2(123456)).toBe('1234.56');
  });
});

describe('paylab simulate', () => {
  it('prints the comparison table and writes the summary and its CSV tables', async () => {
    const io = capture();
    const out = join(dir, 'summary.json');
    const csv = join(dir, 'csv');
    const code = await run(['--scenario', file, '--replications', '4', '--seed', '7', '--workers', '0', '--out', out, '--csv', csv]);
    vi.restoreAllMocks();
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const text = io.out();
    expect(text).toContain('4 次重复 × 3 个月(自 2026-01)· 种子 7');
    for (const name of ['seed000', 'seed001', 'careful']) expect(text).toMatch(new RegExp(`^${name} `, 'm'));
    expect(text).toContain('(基准)');
    const summary = JSON.parse(readFileSync(out, 'utf8'));
    expect(summary.format).toBe('paylab.summary/1');
    expect(summary.replications).toBe(4);
    expect(summary.seed).toBe(7);
    expect(summary.variants.map((v: { name: string }) => v.name)).toEqual(['seed000', 'seed001', 'careful']);
    // the table's cost column is the summary's p5/p50/p95 in whole yuan
    const careful = summary.variants[2];
    expect(text).toContain(`${yuan0(careful.cost.p5Fen)} / ${yuan0(careful.cost.p50Fen)} / ${yuan0(careful.cost.p95Fen)}`);
    expect(readdirSync(csv).sort()).toEqual(['components.csv', 'deciles.csv', 'income.csv', 'months.csv', 'variants.csv']);
    const months = readFileSync(join(csv, 'months.csv'), 'utf8');
    expect(months.startsWith('\ufeffvariant,month,cost_mean')).toBe(true);
    expect(months.trim().split('\r\n')).toHaveLength(1 + 3 * 3); // header + 3 variants × 3 months
  }, 60_000);

  it('prints English labels with --lang en', async () => {
    const io = capture();
    const code = await run(['--scenario', file, '--replications', '2', '--workers', '0', '--lang', 'en']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(io.out()).toContain('Difference vs baseline [95% CI]');
    expect(io.out()).toContain('(baseline)');
  }, 60_000);

  it('refuses a bad number of replications as a usage error', async () => {
    const e = await run(['--scenario', file, '--replications', '0']).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).problem.key).toBe('sim.badInteger');
    expect((e as UsageError).problem.params).toMatchObject({ flag: '--replications', value: '0', min: 1 });
  });

  it('reports a missing file and a malformed scenario with their place, exit 1', async () => {
    let io = capture();
    expect(await run(['--scenario', join(dir, 'nope.json')])).toBe(1);
    vi.restoreAllMocks();
    expect(io.err()).toContain('nope.json: 文件不存在 / file not found');
    const bad = join(dir, 'bad.json');
    const s = JSON.parse(readFileSync(file, 'utf8'));
    s.settings.months = 0;
    writeFileSync(bad, JSON.stringify(s));
    io = capture();
    expect(await run(['--scenario', bad])).toBe(1);
    vi.restoreAllMocks();
    expect(io.err()).toMatch(/bad\.json: \$\.settings\.months: .+ \/ .+/);
  });
});
