/**
 * `paylab sensitivity` (src/cli/sensitivity.ts): the tornado table in Chinese and English, the JSON
 * result, and bad input refused. In process (--workers 0) on a small scenario file; one run on a pool
 * of Node worker_threads gives the same figures as in process.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/sensitivity';
import { usageText } from '../../src/cli/report';
import { UsageError } from '../../src/cli/report';
import { DEFAULT_SENSITIVITY_REPLICATIONS, type Sensitivity } from '../../src/sim/sensitivity';
import { writeScenario } from '../../src/sim/scenarioParse';
import { preset, smallScenario } from '../sim/helpers';
import { capture } from './capture';

const dir = mkdtempSync(join(tmpdir(), 'paylab-sensitivity-'));
const file = join(dir, 'scenario.json');

afterEach(() => vi.restoreAllMocks());

beforeAll(() => {
  writeFileSync(
    file,
    writeScenario(
      smallScenario({
        agents: 6,
        months: 3,
        startMonth: '2026-01',
        replications: 50,
        variants: [
          { name: 'seed000', policy: preset('seed000') },
          { name: 'careful', policy: preset('careful-owner') },
        ],
      }),
    ),
  );
});

const yuan = (fen: number) => (fen > 0 ? '+' : fen < 0 ? '-' : '') + Math.round(Math.abs(fen) / 100).toLocaleString('en-US');

describe('paylab sensitivity', () => {
  it('prints the tornado table, the ranking and the verdict (zh), matching the JSON', async () => {
    let io = capture();
    const out = join(dir, 'result.json');
    let code = await run(['--scenario', file, '--replications', '3', '--workers', '0', '--out', out]);
    vi.restoreAllMocks();
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const text = io.out();
    expect(text).toContain('敏感性分析 · 每种取值 3 次重复 × 3 个月 · 种子 20260101 · 共 11 次运行');
    expect(text).toContain('careful:与基准 seed000 的贡献(毛利−人力成本)之差(3 个月合计,元)');
    expect(text).toContain('合法方案按贡献(毛利−人力成本)排序(高者在前):careful');
    expect(text).toContain('只有一个合法方案(careful)');
    const json = JSON.parse(readFileSync(out, 'utf8')) as Sensitivity & { format: string; verdict: string };
    expect(json.format).toBe('paylab.sensitivity/1');
    expect(json.replications).toBe(3);
    expect(json.rankBy).toBe('contribution');
    expect(json.rows.map((r) => [r.id, r.low, r.high])).toEqual([
      ['quitPayElasticity', 0, 3],
      ['effortElasticity', 0, 1],
      ['ramp', [0.5, 0.7, 0.85], []],
      ['capacity', 1, 1.5],
      ['grossMargin', 0.3, 0.5],
    ]);
    // each table row carries the JSON's figures in whole yuan
    for (const r of json.rows) {
      const m = r.variants.find((x) => x.variant === 'careful')!.byMetric.contribution;
      const label = { quitPayElasticity: '离职对薪酬的反应', effortElasticity: '努力对提成的反应', ramp: '新人爬坡期', capacity: '同事可分担的接待量', grossMargin: '毛利率' }[r.id]!;
      const line = text.split('\n').find((l) => l.startsWith(label))!;
      const value = (x: number | readonly number[]) => (typeof x === 'number' ? String(x) : x.length ? x.join(' / ') : '无');
      expect(line.trim().split(/\s{2,}/).slice(1)).toEqual([
        value(r.low),
        value(r.high),
        yuan(m.low!),
        yuan(m.base!),
        yuan(m.high!),
        yuan(Math.abs(m.high! - m.low!)).replace('+', ''),
      ]);
    }
    expect(text).toContain(json.verdict);

    io = capture();
    code = await run(['--scenario', file, '--replications', '3', '--workers', '0', '--format', 'json', '--lang', 'en']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const again = JSON.parse(io.out()) as Sensitivity & { verdict: string };
    expect(again.rows).toEqual(json.rows); // same seed, same figures
    expect(io.err()).toBe('');
    expect(again.verdict).toMatch(/^Only one variant is lawful \(careful\)/);
  });

  it('gives the same figures on a pool of worker threads as in process', async () => {
    const io = capture();
    const a = join(dir, 'pool.json');
    const b = join(dir, 'inproc.json');
    expect(await run(['--scenario', file, '--replications', '2', '--workers', '2', '--format', 'json', '--out', a])).toBe(0);
    expect(await run(['--scenario', file, '--replications', '2', '--workers', '0', '--format', 'json', '--out', b])).toBe(0);
    vi.restoreAllMocks();
    expect(io.err()).toBe('');
    expect(JSON.parse(readFileSync(a, 'utf8')).rows).toEqual(JSON.parse(readFileSync(b, 'utf8')).rows);
  }, 120_000);

  it('refuses bad input with a message naming the place', async () => {
    await expect(run(['--scenario', file, '--replications', '0'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--scenario', file, '--format', 'xml'])).rejects.toBeInstanceOf(UsageError);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"paylab.scenario/1"}');
    const io = capture();
    const code = await run(['--scenario', bad, '--workers', '0']);
    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect(io.err()).toContain(bad);
    expect(io.out()).toBe('');
  });

  it('is in the usage text with its default replications', () => {
    expect(usageText()).toContain(`paylab sensitivity --scenario`);
    expect(usageText()).toContain(`(默认 ${DEFAULT_SENSITIVITY_REPLICATIONS})`);
    expect(usageText()).toContain(`(default ${DEFAULT_SENSITIVITY_REPLICATIONS})`);
  });
});
