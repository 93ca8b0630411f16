/**
 * The sales chain reuses a link's results when the link's inputs equal those of the draw before it
 * (src/behaviour/salesChain.ts). Reuse must change nothing: after any sequence of draws, the results
 * equal those of a slot that draws the same inputs afresh. The sequence changes one input at a time,
 * so that every link is reused while a link before or after it is drawn again.
 */
import { describe, expect, it } from 'vitest';
import { inputConstants } from '../../src/behaviour/inputConstants';
import { MonthDraws } from '../../src/behaviour/monthDraws';
import { Xoshiro128 } from '../../src/behaviour/random';
import { ARG_BAD, ARG_CHASE, ARG_FLAG_ODDS, ARG_ORDER, ARG_REVERSED, drawSales, forgetSales, salesArgs, salesOut } from '../../src/behaviour/salesChain';
import { defaultScenario } from './helpers';

interface Inputs {
  inquiries: number;
  pOrder: number;
  pChase: number;
  flagOdds: number;
  pBad: number;
  pReversed: number;
}

const scenario = defaultScenario();
const C = inputConstants(scenario);
const b = scenario.behaviour;
const SLOT = 2;
const SMK = 0x1234567 | 0;

/** A draws object whose slot's conversion stream starts at the state of key `key`. */
function draws(key: number): MonthDraws {
  const D = new MonthDraws(4);
  const r = new Xoshiro128(key);
  r.normal(); // the conversion stream's first normal (generateMonth keeps the state after it)
  r.saveState(D.convState, 4 * SLOT);
  forgetSales(D, SLOT);
  return D;
}

function draw(D: MonthDraws, x: Inputs): number[] {
  salesArgs[ARG_ORDER] = x.pOrder;
  salesArgs[ARG_CHASE] = x.pChase;
  salesArgs[ARG_FLAG_ODDS] = x.flagOdds;
  salesArgs[ARG_BAD] = x.pBad;
  salesArgs[ARG_REVERSED] = x.pReversed;
  drawSales(D, SLOT, SMK, x.inquiries, b, C);
  return Array.from(salesOut);
}

describe('sales chain, link by link', () => {
  it('gives after any sequence of draws what a fresh slot gives for the same inputs', () => {
    const base: Inputs = { inquiries: 420, pOrder: 0.31, pChase: 0.22, flagOdds: 0.5, pBad: 0.012, pReversed: 0.3 };
    // each step changes one input of the step before (or none), so the links before it are reused
    const steps: Partial<Inputs>[] = [
      {},
      {},
      { pChase: 0.3 },
      { flagOdds: 0.62 },
      { pBad: 0.02 },
      { pReversed: 0.1 },
      { pOrder: 0.3100000001 },
      { pOrder: 0.36 },
      { inquiries: 421 },
      { inquiries: 9 },
      { inquiries: 0 },
      { inquiries: 420, pOrder: 0.31 },
      { pChase: 0.22, flagOdds: 0.5 },
      { pBad: 0.5, pReversed: 1 },
      { pOrder: 0 },
      { pOrder: 0.31 },
    ];
    let compared = 0;
    const distinct = new Set<string>();
    for (const key of [1, 2, 3, 99, 12345]) {
      const D = draws(key);
      let x = base;
      for (const step of steps) {
        x = { ...x, ...step };
        const got = draw(D, x);
        const want = draw(draws(key), x);
        expect(got).toEqual(want);
        distinct.add(got.join());
        compared++;
      }
    }
    expect(compared).toBe(5 * steps.length);
    // the inputs move the results (the comparison is not between constants)
    expect(distinct.size).toBeGreaterThan(40);
  });

  it('forgets a month: after forgetSales the same inputs are drawn from the new month’s conversion stream', () => {
    const x: Inputs = { inquiries: 300, pOrder: 0.3, pChase: 0.2, flagOdds: 0.5, pBad: 0.01, pReversed: 0.3 };
    const D = draws(5);
    draw(D, x);
    const other = new Xoshiro128(6);
    other.normal();
    other.saveState(D.convState, 4 * SLOT);
    forgetSales(D, SLOT);
    expect(draw(D, x)).toEqual(draw(draws(6), x));
    expect(draw(draws(6), x)).not.toEqual(draw(draws(5), x));
  });
});
