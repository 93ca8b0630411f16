import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withExamples } from '../../src/formats/policyExamples';
import { parsePolicy } from '../../src/policy/parse';
import { writePolicy } from '../../src/policy/write';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'paylab-validate-'));

/** Run the CLI as a child process, as a user would. */
function paylab(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split('\n').filter((l) => l !== '') };
}

const SEED000 = join(ROOT, 'scenarios/policies/seed000.json');
const seed000 = () => JSON.parse(readFileSync(SEED000, 'utf8')) as Record<string, unknown> & { commission: Record<string, unknown> };

function write(name: string, text: string): string {
  const file = join(TMP, name);
  writeFileSync(file, text);
  return file;
}

describe('paylab validate', () => {
  it('says OK with the policy name and exits 0', () => {
    const r = paylab('validate', SEED000);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('OK: Seed 000: base + commission + bonuses, with fines (淘宝客服管理规定)\n');
    expect(r.stderr).toBe('');
  });

  it('malformed JSON: one line naming the file, line and column, exit 1', () => {
    const file = write('malformed.json', '{\n  "format": "paylab.policy/1",\n  "name": x\n}\n');
    const r = paylab('validate', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(new RegExp(`^${file.replace(/[.\\/]/g, '\\$&')}: 3:11: JSON 语法错误\\(第 3 行第 11 列\\).* / JSON syntax error at line 3, column 11: .*found 'x'$`));
  });

  it('unknown field: the JSON path once, Chinese then English', () => {
    const file = write('unknown.json', JSON.stringify({ ...seed000(), bonus: 1 }));
    const r = paylab('validate', file);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]!.startsWith(`${file}: $.bonus: 未知字段 "bonus"`)).toBe(true);
    expect(r.lines[0]).toContain(' / unknown field "bonus"');
    expect(r.lines[0]!.split('$.bonus').length - 1).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('__proto__ key is refused by name', () => {
    const text = JSON.stringify(seed000()).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const r = paylab('validate', write('proto.json', text));
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([`${join(TMP, 'proto.json')}: $.__proto__: 不允许使用字段名 "__proto__" / the key "__proto__" is not allowed`]);
  });

  it('negative rate', () => {
    const doc = seed000();
    doc.commission.rate = '-0.005';
    const r = paylab('validate', write('negative.json', JSON.stringify(doc)));
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/negative\.json: \$\.commission\.rate: .*-0\.005.* \/ .*-0\.005 is negative/);
  });

  it('rate 50 (a percentage written as a rate)', () => {
    const doc = seed000();
    doc.commission.rate = '50';
    const r = paylab('validate', write('rate50.json', JSON.stringify(doc)));
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/rate50\.json: \$\.commission\.rate: .*50.* \/ the rate 50 is above 1/);
  });

  it('newer format version', () => {
    const r = paylab('validate', write('newer.json', JSON.stringify({ ...seed000(), format: 'paylab.policy/2' })));
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/newer\.json: \$\.format: .*paylab\.policy\/2.* \/ this file was written by a newer Paylab/);
  });

  it('a missing file is bad input (1); a missing argument is usage (2)', () => {
    const missing = join(TMP, 'nope.json');
    const r = paylab('validate', missing);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([`${missing}: 文件不存在 / file not found`]);
    const u = paylab('validate');
    expect(u.code).toBe(2);
    expect(u.lines[0]).toBe('缺少参数 <rules.json> / missing argument <rules.json>');
    expect(u.stderr).toContain('paylab validate <rules.json>');
  });

  it('a rules file with worked examples: re-checked against the engine; a tampered example fails with its path', () => {
    const doc = withExamples(parsePolicy(readFileSync(SEED000, 'utf8')));
    const ok = paylab('validate', write('examples.json', writePolicy(doc)));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(
      'OK: Seed 000: base + commission + bonuses, with fines (淘宝客服管理规定)\n' +
        `已按本版引擎重新核对 ${doc.examples!.length} 个示例,全部一致 / re-checked ${doc.examples!.length} worked examples against this engine: all match\n`,
    );
    const ex = doc.examples![0] as { payslips: { totals: Record<string, string> }[] };
    ex.payslips[0]!.totals.net = '0.01';
    const bad = paylab('validate', write('examples-bad.json', writePolicy(doc)));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('$.examples[0].payslips[0].totals.net');
});
});

describe('paylab validate on hostile files (bounded time, short output)', () => {
  it('20 000 duplicate keys: exit 1, the first problems and a count of the rest', () => {
    const examples = '[' + Array.from({ length: 20000 }, () => '{"a":1,\n"a":2}').join(',\n') + ']';
    const file = write('dup20000.json', JSON.stringify(seed000()).replace(/^\{/, `{"examples":${examples},`));
    const started = performance.now();
    const r = paylab('validate', file);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(21);
    expect(r.lines[0]).toContain('$.examples[0].a: ');
    expect(r.lines[0]).toContain('again at line 2, column 1');
    // 19 980 more duplicates, and the 20 000 examples are over the limit of 20
    expect(r.lines[20]).toContain('… and 19981 more problems');
  });

  it('1 000 000 unknown fields: exit 1 with one short line', () => {
    const fields = Array.from({ length: 1_000_000 }, (_, i) => `"u${i}":1`).join(',');
    const file = write('unknown1m.json', JSON.stringify(seed000()).replace(/^\{/, `{${fields},`));
    const started = performance.now();
    const r = paylab('validate', file);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]!.length).toBeLessThan(400);
    expect(r.lines[0]).toContain('at most 1000 fields in one object');
  });
});
