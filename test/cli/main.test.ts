import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(cmd: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, cmd, { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split('\n').filter((l) => l !== '') };
}
const paylab = (...args: string[]) => run(['--import', 'tsx', 'src/cli/main.ts', ...args]);

describe('paylab command dispatch', () => {
  it('an unknown command is a usage error: exit 2, the command named, then the usage', () => {
    const r = paylab('frobnicate', 'x');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.lines[0]).toBe('未知命令 "frobnicate" / unknown command "frobnicate"');
    expect(r.lines[1]).toBe('用法:');
    expect(r.stderr).toContain('Usage:');
  });

  it('no command prints the usage with exit 2; help prints it on stdout with exit 0', () => {
    const none = paylab();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('paylab validate <rules.json>');
    const help = paylab('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('paylab pay --policy <rules.json> --records <records.json|.csv>');
    expect(help.stderr).toBe('');
  });

  it('commands are a table of loaders, each giving a module with run()', async () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(['calibrate', 'document', 'generate', 'import', 'pay', 'sensitivity', 'simulate', 'validate']);
    for (const load of Object.values(COMMANDS)) expect(typeof (await load()).run).toBe('function');
    // Inherited names are not commands.
    expect(paylab('toString').code).toBe(2);
  });

  it('bin/paylab.mjs runs the same CLI and passes the exit code through, also from another directory', () => {
    const ok = run([`${ROOT}/bin/paylab.mjs`, 'validate', `${ROOT}/scenarios/policies/seed000.json`], '/');
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe('OK: Seed 000: base + commission + bonuses, with fines (淘宝客服管理规定)\n');
    expect(ok.code).toBe(0);
    expect(run([`${ROOT}/bin/paylab.mjs`, 'nope']).code).toBe(2);
    expect(run([`${ROOT}/bin/paylab.mjs`, 'validate', '/nonexistent.json']).code).toBe(1);
  });
});
