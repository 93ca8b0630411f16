/** The reproduce command (issue 7 §6) and the bilingual problem lines of the share components. */
import { describe, expect, it } from 'vitest';
import { reproduceCommand } from '../../../src/ui/share/reproduce';
import { problemLine, problemLines } from '../../../src/ui/share/problems';
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
  it('puts the path once in front of the Chinese and English messages', () => {
    expect(problemLine(problem('$.commission.rate', 'share.exampleNotMoney', { value: '"x"' }))).toBe(
      '$.commission.rate: "x" 不是金额(应为以元为单位的数字字符串,如 "1500.00") / "x" is not an amount (write yuan as a decimal string, e.g. "1500.00")',
    );
    expect(problemLine(problem('', 'share.corrupt'))).toMatch(/^分享链接已损坏.* \/ The share link is damaged/);
  });
  it('cuts a long list and counts the rest', () => {
    const many = Array.from({ length: 35 }, () => problem('', 'share.corrupt'));
    const r = problemLines(many);
    expect(r.lines).toHaveLength(30);
    expect(r.more).toBe(5);
  });
});
