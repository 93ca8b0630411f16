/**
 * Guarantee 保底 (docs/rules-file.md; seed 001 "年度核算月保底": 2000 / 2200 / 2500 a month in
 * tenure years 1 / 2 / 3+). It floors earned pay (every pay line before fines); probation months
 * are outside it. Three reconciliation modes:
 *  - monthly floor: pay max(earned, guarantee); the difference is a top-up line;
 *  - annual true-up: in the settlement month (December, or the month the agent leaves) top up
 *    max(0, Σ guarantee − Σ earned) over the calendar year's months outside probation;
 *  - recoverable advance: a running balance from 0 each calendar year; a short month pays the
 *    guarantee and adds the difference (advance line); a month above it recovers
 *    r = min(balance, earned − guarantee) (negative recovery line); what is left at settlement is
 *    written off, never taken from a leaver, never carried into the next year.
 */
import type { CompiledPolicy } from '../../policy/compiled';
import type { Component } from '../payslip';

/** Per-agent state carried across months. */
export interface GuaranteeState {
  year: number;
  guaranteeSumFen: number;
  earnedSumFen: number;
  balanceFen: number;
}

export function newGuaranteeState(): GuaranteeState {
  return { year: 0, guaranteeSumFen: 0, earnedSumFen: 0, balanceFen: 0 };
}

/** The full-month guarantee of a tenure month (tenure year 1 = months 1–12; the last entry holds after). */
export function guaranteeForTenure(byYearFen: readonly number[], tenureMonth: number): number {
  const year = Math.floor((tenureMonth - 1) / 12);
  return byYearFen[Math.min(year, byYearFen.length - 1)]!;
}

export interface GuaranteeResult {
  component: Component | null;
  amountFen: number;
  /** Annual true-up: Σ guarantee − Σ earned so far this year; advance: open balance after the month. */
  balanceFen: number;
  writeOffFen: number;
  settlement: boolean;
}

/**
 * Apply the guarantee to one month outside probation. `year` is the calendar year, `settles` true
 * in December or the month the agent leaves. Mutates `s`.
 */
export function applyGuarantee(
  mode: NonNullable<CompiledPolicy['guarantee']>['mode'],
  s: GuaranteeState,
  year: number,
  guaranteeFen: number,
  earnedFen: number,
  settles: boolean,
  /** Written and returned instead of a new object (the kernel reuses one). */
  out?: GuaranteeResult,
): GuaranteeResult {
  if (s.year !== year) {
    // A new calendar year: nothing carries over (an unsettled year had no December record).
    s.year = year;
    s.guaranteeSumFen = 0;
    s.earnedSumFen = 0;
    s.balanceFen = 0;
  }
  const res: GuaranteeResult = out ?? { component: null, amountFen: 0, balanceFen: 0, writeOffFen: 0, settlement: settles };
  res.component = null;
  res.amountFen = 0;
  res.balanceFen = 0;
  res.writeOffFen = 0;
  res.settlement = settles;
  if (mode === 'monthly-floor') {
    if (earnedFen < guaranteeFen) {
      res.component = 'guaranteeTopUp';
      res.amountFen = guaranteeFen - earnedFen;
    }
    return res;
  }
  if (mode === 'annual-true-up') {
    s.guaranteeSumFen += guaranteeFen;
    s.earnedSumFen += earnedFen;
    res.balanceFen = s.guaranteeSumFen - s.earnedSumFen;
    if (settles) {
      if (res.balanceFen > 0) {
        res.component = 'guaranteeTrueUp';
        res.amountFen = res.balanceFen;
      }
      s.guaranteeSumFen = 0;
      s.earnedSumFen = 0;
    }
    return res;
  }
  // Recoverable advance.
  if (earnedFen < guaranteeFen) {
    res.component = 'guaranteeAdvance';
    res.amountFen = guaranteeFen - earnedFen;
    s.balanceFen += res.amountFen;
  } else if (earnedFen > guaranteeFen && s.balanceFen > 0) {
    const r = Math.min(s.balanceFen, earnedFen - guaranteeFen);
    res.component = 'guaranteeRecovery';
    res.amountFen = -r;
    s.balanceFen -= r;
  }
  res.balanceFen = s.balanceFen;
  if (settles) {
    res.writeOffFen = s.balanceFen;
    s.balanceFen = 0;
  }
  return res;
}
