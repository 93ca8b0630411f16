/** The interval arithmetic and the conversion estimator on small cases worked by hand. */
import { describe, expect, it } from 'vitest';
import { clusterRatio, wilson } from '../../src/calibrate/estimate';
import { estimateConversion } from '../../src/calibrate/conversion';
import type { AgentMonth } from '../../src/engine/records';

describe('clusterRatio', () => {
  it('is Σy/Σx with a delete-one-agent jackknife interval on the log scale', () => {
    // a: 2/1, b: 4/1, c: 6/2 → r = 12/4 = 3. Without a: 10/3, without b: 8/3, without c: 6/2.
    // logs 1.203973, 0.980829, 1.098612, mean 1.094471; Σ dev² = 0.0249214; × 2/3 → se 0.1288985.
    // t(2) = 4.303: 3·e^(∓4.303·0.1288985) = 1.722819 … 5.223996.
    const c = new Map([
      ['a', { y: 2, x: 1, n: 1 }],
      ['b', { y: 4, x: 1, n: 2 }],
      ['c', { y: 6, x: 2, n: 3 }],
    ]);
    const r = clusterRatio(c)!;
    expect(r.value).toBe(3);
    expect(r.low).toBeCloseTo(1.722819, 5);
    expect(r.high).toBeCloseTo(5.223996, 5);
    expect(r.support).toBe(6);
  });

  it('gives no event a zero estimate and the Poisson upper bound of 0 events over the exposure', () => {
    const r = clusterRatio(new Map([['a', { y: 0, x: 10, n: 1 }], ['b', { y: 0, x: 30, n: 1 }]]))!;
    expect(r).toEqual({ value: 0, low: 0, high: 3.6889 / 40, support: 2 });
  });

  it('needs two agents', () => {
    expect(clusterRatio(new Map([['a', { y: 1, x: 1, n: 1 }]]))).toBeNull();
  });
});

describe('wilson', () => {
  it('3 of 10: (p + z²/2n)/(1 + z²/n) ± z√(p(1−p)/n + z²/4n²)/(1 + z²/n) = 0.107791 … 0.603222', () => {
    const w = wilson(3, 10);
    expect(w.value).toBe(0.3);
    expect(w.low).toBeCloseTo(0.107791, 5);
    expect(w.high).toBeCloseTo(0.603222, 5);
  });
});

function month(agentId: string, m: string, inquiries: number, orders: number, tenureMonth = 24): AgentMonth {
  return { month: m, agentId, inquiries, orders, tenureMonth } as AgentMonth;
}

describe('estimateConversion', () => {
  // Three agents, two months each: A 50/100 twice, B 30/100 twice, C 70/100 twice (no month noise).
  // Logits: A ln(50.5/50.5) = 0, B ln(30.5/70.5) = −0.837886, C +0.837886; shop mean 0 → conversion 0.5.
  // Within-agent mean square 0 → monthNoise 0. Between: var of (0, −0.837886, 0.837886) = 0.702053;
  // binomial variance v_A = 2/50.5 = 0.039604, v_B = v_C = 1/30.5 + 1/70.5 = 0.046971; the months'
  // part = mean(v)/2 = 0.022258; skillSpread = √(0.702053 − 0.022258) = 0.824497.
  // B's skill: −0.837886 × 0.679795 / (0.679795 + 0.046971/2) = −0.809905.
  const recs = ['2026-01', '2026-02'].flatMap((m) => [month('A', m, 100, 50), month('B', m, 100, 30), month('C', m, 100, 70)]);
  const r = estimateConversion(recs, 2, { conversion: 0.47, skillSpread: 0.35, monthNoise: 0.12 });
  const get = (id: string) => r.estimates.find((e) => e.id === id)!;

  it('is the logistic of the mean of agents’ mean logits', () => {
    expect(get('conversion').value).toBeCloseTo(0.5, 12);
    expect(get('conversion').support).toBe(6);
  });

  it('splits the spread between agents and months', () => {
    expect(get('monthNoise').value).toBe(0);
    expect(get('skillSpread').value).toBeCloseTo(0.824497, 5);
  });

  it('shrinks each agent’s skill toward the shop by the amount of data', () => {
    expect(r.skill.get('A')).toBeCloseTo(0, 12);
    expect(r.skill.get('B')).toBeCloseTo(-0.809905, 5);
    expect(r.skill.get('C')).toBeCloseTo(0.809905, 5);
  });

  it('leaves out the months of the new hire’s ramp and months with few inquiries', () => {
    const more = [...recs, month('D', '2026-01', 100, 99, 2), month('E', '2026-01', 10, 10)];
    const r2 = estimateConversion(more, 2, { conversion: 0.47, skillSpread: 0.35, monthNoise: 0.12 });
    expect(r2.estimates.find((e) => e.id === 'conversion')!.value).toBeCloseTo(0.5, 12);
    expect(r2.skill.has('D')).toBe(false);
    expect(r2.skill.has('E')).toBe(false);
  });
});
