/** The estimate before a run and the size at which a run on opening asks first (hand-computed). */
import { describe, expect, it } from 'vitest';
import { LARGE_RUN_MS, MS_PER_PAYSLIP, estimateRunMs, largeRunMs, payslipsOf } from '../../src/ui/runEstimate';
import { defaultScenario } from '../../src/formats/workspace';

describe('run estimate', () => {
  const s = defaultScenario(); // 30 agents, 12 months, 4 variants, 500 replications

  it('counts payslips and divides the worker time among the workers', () => {
    // 500 × 4 × 30 × 12 = 720 000 payslips; × 0.025 ms = 18 000 worker-ms; on 2 workers 9 000 ms
    expect(payslipsOf(s)).toBe(720_000);
    expect(MS_PER_PAYSLIP).toBe(0.025);
    expect(estimateRunMs(s, 2)).toBeCloseTo(9_000, 6);
    expect(estimateRunMs(s, 4)).toBeCloseTo(4_500, 6);
    expect(estimateRunMs(s, 2, 0.1)).toBeCloseTo(36_000, 6);
  });

  it('asks for more replications than the default, or an estimate above 10 s', () => {
    expect(LARGE_RUN_MS).toBe(10_000);
    expect(largeRunMs(s, 2, 500)).toBeNull(); // 9 s, 500 replications
    const more = { ...s, settings: { ...s.settings, replications: 501 } };
    // 501 × 1 440 = 721 440 payslips × 0.025 / 2 = 9 018 ms: large by its replications
    expect(largeRunMs(more, 2, 500)).toBeCloseTo(9_018, 6);
    const bigShop = { ...s, shop: { ...s.shop, agents: 300 } };
    // 7 200 000 payslips × 0.025 / 2 = 90 000 ms
    expect(largeRunMs(bigShop, 2, 500)).toBeCloseTo(90_000, 6);
    // the question assumes two workers: the default scenario never asks, whatever the machine
    expect(largeRunMs(s, 1, 500)).toBeNull();
    expect(largeRunMs(bigShop, 1, 500)).toBeCloseTo(180_000, 6); // shown for the workers there are
  });
});
