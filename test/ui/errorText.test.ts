/**
 * An error as the workbench says it (src/ui/errorText.ts): in the UI's language, never a message
 * key. A run's failure that crossed the workers carries the scenario's problems as data; an
 * InputError thrown on the page carries its own; anything else shows its message.
 */
import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/ui/errorText';
import { InputError, problem } from '../../src/i18n/problem';
import { SimError } from '../../src/sim/pool';

const negative = problem('$.base.junior', 'policy.negative', { value: '-1500.00' });

describe('errorText', () => {
  it("says a worker's failure caused by the scenario's problems in the UI's language", () => {
    const e = new SimError('sim.workerFailed', '$.base.junior: policy.negative', [negative]);
    expect(errorText(e, 'zh')).toBe('模拟线程出错:$.base.junior:-1500.00 是负数,此处不能为负');
    expect(errorText(e, 'en')).toBe('a simulation worker failed: $.base.junior: -1500.00 is negative; it cannot be negative here');
  });

  it("says a worker's failure without problems by its detail", () => {
    expect(errorText(new SimError('sim.workerFailed', 'exited with code 9'), 'zh')).toBe('模拟线程出错:exited with code 9');
  });

  it("says an InputError's problems, one a line, and never its keys", () => {
    const e = new InputError([negative, problem('$.base.senior', 'policy.negative', { value: '-1' })]);
    expect(e.message).toBe('$.base.junior: policy.negative\n$.base.senior: policy.negative');
    expect(errorText(e, 'zh')).toBe('$.base.junior:-1500.00 是负数,此处不能为负\n$.base.senior:-1 是负数,此处不能为负');
    expect(errorText(e.toData(), 'en')).toBe('$.base.junior: -1500.00 is negative; it cannot be negative here\n$.base.senior: -1 is negative; it cannot be negative here');
  });

  it('says any other error by its message', () => {
    expect(errorText(new Error('disk full'), 'en')).toBe('disk full');
    expect(errorText('plain', 'zh')).toBe('plain');
  });
});
