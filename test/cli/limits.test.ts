import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'paylab-limits-'));

function paylab(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const POLICY = join(ROOT, 'scenarios/policies/seed000.json');

describe('CLI paths that are not regular files', () => {
  it('document --out <directory> says it is a directory, exit 1', () => {
    const dir = join(TMP, 'out');
    mkdirSync(dir);
    const r = paylab('document', '--policy', POLICY, '--out', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${dir}: 输出路径是一个目录;请给出文件名,例如该目录下的 制度.md / the output path is a directory; give a file name, e.g. policy.md inside it\n`);
  }, 60_000);

  it('a device or a directory as input is named as such', () => {
    expect(paylab('validate', '/dev/null').stderr).toContain('/dev/null: 这是设备,不是文件');
    expect(paylab('validate', TMP).stderr).toContain('this is a directory, not a file');
  }, 60_000);
});

describe('paylab simulate run size', () => {
  it('--replications is bounded by the scenario file limit (100 000)', () => {
    const r = paylab('simulate', '--scenario', join(ROOT, 'scenarios/default.json'), '--replications', '100001');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give a whole number from 1 to 100000');
  }, 60_000);

  it('a run estimated above an hour prints its estimate and does not start without --yes', () => {
    const r = paylab('simulate', '--scenario', join(ROOT, 'scenarios/default.json'), '--replications', '100000', '--workers', '1', '--lang', 'en');
    expect(r.code).toBe(2);
    // 4 variants × 30 agents × 12 months × 100 000 replications
    expect(r.stderr).toMatch(/^this run pays about 144,000,000 payslips \(100000 replications\) and is estimated to take about \d+ minutes on this machine\n/);
    expect(r.stderr).toContain('add --yes to run it');
    expect(r.stdout).toBe('');
  }, 60_000);
});
