/**
 * The fuzz suite's bounded budget: the hostile corpus (big inputs included) and a few hundred
 * generated inputs per reader. Every input must be refused with proper messages or accepted and
 * paid exactly, within the per-input bound, without prototype pollution. `npm run fuzz` runs more.
 */
import { describe, expect, it } from 'vitest';
import { fuzz, runOne } from './harness';

describe('fuzz (bounded budget)', () => {
  it('no crash, no hang, no pollution on the corpus and generated inputs', async () => {
    const { counts, failures } = await fuzz({ perCategory: 80, seed: 20261206, limitMs: 15_000, bigLimitMs: 30_000, bigCorpus: true });
    expect(failures).toEqual([]);
    for (const c of Object.values(counts)) {
      expect(c.inputs).toBeGreaterThan(0);
      expect(c.refused + c.accepted).toBe(c.inputs);
    }
    // the generators reach both sides: some inputs are accepted, most are refused
    expect(counts.records.accepted).toBeGreaterThan(0);
    expect(counts.rules.accepted + counts.scenario.accepted).toBeGreaterThan(0);
  }, 120_000);

  it('the classifier tells a crash from a refusal', async () => {
    expect((await runOne('rules', '{', 5000)).outcome).toBe('refused');
    expect((await runOne('rules', '{"__proto__":{"polluted":true}}', 5000)).outcome).toBe('refused');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
