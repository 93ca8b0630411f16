/** The reproduce command and the problem lines of the share components, in the workbench's language. */
import { describe, expect, it } from 'vitest';
import { reproduceCommand } from '../../../src/ui/share/reproduce';
import { problemLines } from '../../../src/ui/share/problems';
import { problemLine } from '../../../src/i18n/problemText';
import { defaultScenario } from '../../../src/formats/workspace';
import { problem } from '../../../src/i18n/problem';

describe('reproduceCommand', () => {
  it('names the scenario file, the replications and the seed', () => {
    const s = defaultScenario();
    s.settings.replications = 200;
    s.settings.seed = 7;
    expect(reproduceCommand(s)).toBe('npm run paylab -- simulate --scenario paylab-scenario.json --replications 200 --seed 7');
    expect(reproduceCommand(s, "my shop's.json")).toBe(`npm run paylab -- simulate --scenario 'my shop'\\''s.json' --replications 200 --seed 7`);
  });
});

describe('problemLine', () => {
  it('puts the path once in front of the message, in one language only', () => {
    const p = problem('$.commission.rate', 'share.exampleNotMoney', { value: '"x"' });
    expect(problemLine(p, 'zh')).toBe('$.commission.rate:"x" 不是金额(应为以元为单位的数字字符串,如 "1500.00")');
    expect(problemLine(p, 'en')).toBe('$.commission.rate: "x" is not an amount (write yuan as a decimal string, e.g. "1500.00")');
    expect(problemLine(problem('', 'share.corrupt'), 'zh')).toMatch(/^分享链接已损坏/);
    expect(problemLine(problem('', 'share.corrupt'), 'zh')).not.toMatch(/[A-Za-z]{4}/);
  });
  it("says a records file's row and column in Chinese in the Chinese workbench", () => {
    const p = problem('row 3, column 询单人数', 'records.extraCell', { row: 3, column: 'F', value: '9' });
    expect(problemLine(p, 'zh').startsWith('第 3 行「询单人数」列:')).toBe(true);
    expect(problemLine(p, 'en').startsWith('row 3, column 询单人数: ')).toBe(true);
    expect(problemLine(problem('row 7', 'records.noRows'), 'zh').startsWith('第 7 行:')).toBe(true);
  });
  it('says a text position once, in the language of the workbench', () => {
    const json = problem('1:32', 'policy.jsonExpected', { line: 1, column: 32, expected: "','", found: 'oops' });
    expect(problemLine(json, 'zh')).toBe("JSON 语法错误(第 1 行第 32 列):此处应为 ',',实为 oops");
    expect(problemLine(json, 'en')).toBe("JSON syntax error at line 1, column 32: expected ',', found oops");
    const other = problem('4:2', 'share.corrupt');
    expect(problemLine(other, 'zh').startsWith('第 4 行第 2 列:')).toBe(true);
    expect(problemLine(other, 'en').startsWith('line 4, column 2: ')).toBe(true);
  });
  it('cuts a long list and counts the rest', () => {
    const many = Array.from({ length: 35 }, () => problem('', 'share.corrupt'));
    const r = problemLines(many, 'zh');
    expect(r.lines).toHaveLength(30);
    expect(r.more).toBe(5);
  });
});
