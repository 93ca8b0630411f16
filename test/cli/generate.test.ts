/** `paylab generate` (issue 4 §8): writes records `paylab pay` reads; bad input exits 1 or 2 with bilingual lines. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/generate';
import { loadRecords } from '../../src/formats/records';
import { parseScenario } from '../../src/sim/scenarioParse';
import { scenarioRecords } from '../../src/sim/scenarioRecords';

const scenarioFile = new URL('../../scenarios/default.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'paylab-generate-'));
let out = '';
let err = '';

beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('paylab generate', () => {
  it('writes the scenario records as CSV that the records reader accepts', async () => {
    const file = join(dir, 'r.csv');
    expect(await run(['--scenario', scenarioFile, '--months', '2', '--out', file])).toBe(0);
    const scenario = parseScenario(readFileSync(scenarioFile, 'utf8'));
    scenario.settings.months = 2;
    expect(loadRecords(readFileSync(file), 'r.csv')).toEqual(scenarioRecords(scenario));
    expect(out).toContain('seed000');
    expect(out).toMatch(/已生成 \d+ 条/);
  });

  it('takes --seed, --variant and --replication, and writes JSON', async () => {
    const file = join(dir, 'r.json');
    expect(await run(['--scenario', scenarioFile, '--months', '1', '--seed', '7', '--variant', 'careful-owner', '--replication', '2', '--out', file])).toBe(0);
    const scenario = parseScenario(readFileSync(scenarioFile, 'utf8'));
    scenario.settings.months = 1;
    scenario.settings.seed = 7;
    expect(loadRecords(readFileSync(file), 'r.json')).toEqual(scenarioRecords(scenario, { variant: 3, replication: 2 }));
  });

  it('is a usage error (2) without --out, with another extension, or a bad number', async () => {
    expect(await run(['--scenario', scenarioFile])).toBe(2);
    expect(await run(['--scenario', scenarioFile, '--out', join(dir, 'r.txt')])).toBe(2);
    expect(err).toContain('.json 或 .csv');
    expect(await run(['--scenario', scenarioFile, '--months', '0', '--out', join(dir, 'r.csv')])).toBe(2);
    expect(err).toContain('--months');
  });

  it('refuses a malformed scenario with the path, in Chinese and English (1)', async () => {
    const bad = JSON.parse(readFileSync(scenarioFile, 'utf8'));
    bad.shop.agents = 0;
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    expect(await run(['--scenario', file, '--out', join(dir, 'x.csv')])).toBe(1);
    expect(err).toContain('$.shop.agents');
    expect(err).toContain('客服人数应为 1–300 人');
    expect(err).toContain('a shop has 1 to 300 agents');
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names the variants when --variant is unknown (1)', async () => {
    expect(await run(['--scenario', scenarioFile, '--variant', 'nope', '--out', join(dir, 'y.csv')])).toBe(1);
    expect(err).toContain('seed000, seed001-guarantee, seed001-roles, careful-owner');
  });
});
