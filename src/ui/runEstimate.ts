/**
 * How long a run will take, before it starts, and whether it is large enough to ask first: a run
 * the page would start by itself on a new visit (an autosaved workspace, a shared link, a restored
 * one) waits for the owner when it is large, instead of tying up the computer unasked (docs/ui.md
 * "Opening the page").
 *
 * The estimate counts payslips — replications × variants × agents × months — at a cost per payslip
 * of one worker, divided among the workers. The cost is what this browser measured on its last
 * complete run (kept in localStorage under SPEED_KEY), else MS_PER_PAYSLIP. It is a guide for the
 * question, not a promise: the run bar shows the real time left once chunks are in.
 */
import type { Scenario } from '../sim/scenario';

/**
 * Worker milliseconds per payslip before this browser has measured its own: 5 000 replications of
 * the default scenario (7.2 M payslips) took about 90 s on two workers in headless Chromium on the
 * project's 2-vCPU machine (docs/ui.md "Opening the page").
 */
export const MS_PER_PAYSLIP = 0.025;
export const SPEED_KEY = 'paylab.msPerPayslip';
/** A run estimated to take longer than this asks before it starts on a new visit. */
export const LARGE_RUN_MS = 10_000;

/** Payslips of a run: replications × variants × agents × months. */
export function payslipsOf(s: Scenario): number {
  return s.settings.replications * s.variants.length * s.shop.agents * s.settings.months;
}

/** Estimated wall milliseconds of a run on `workers` workers at `msPerPayslip` worker milliseconds a payslip. */
export function estimateRunMs(s: Scenario, workers: number, msPerPayslip = MS_PER_PAYSLIP): number {
  return (payslipsOf(s) * msPerPayslip) / Math.max(1, workers);
}

/**
 * The estimated milliseconds when the run is large — more replications than the default scenario's
 * or an estimate above LARGE_RUN_MS — else null.
 */
export function largeRunMs(s: Scenario, workers: number, defaultReplications: number, msPerPayslip = MS_PER_PAYSLIP): number | null {
  const ms = estimateRunMs(s, workers, msPerPayslip);
  return s.settings.replications > defaultReplications || ms > LARGE_RUN_MS ? ms : null;
}

/** Worker milliseconds per payslip of a complete run that took `elapsedMs` on `workers` workers. */
export function measuredSpeed(s: Scenario, workers: number, elapsedMs: number): number | null {
  const n = payslipsOf(s);
  return n > 0 && elapsedMs > 0 ? (elapsedMs * Math.max(1, workers)) / n : null;
}

/** This browser's last measured speed, or MS_PER_PAYSLIP (a value outside 1 ns … 10 ms is not believed). */
export function readSpeed(storage: Storage | undefined): number {
  try {
    const v = Number(storage?.getItem(SPEED_KEY));
    return Number.isFinite(v) && v >= 1e-6 && v <= 10 ? v : MS_PER_PAYSLIP;
  } catch {
    return MS_PER_PAYSLIP;
  }
}

export function writeSpeed(storage: Storage | undefined, msPerPayslip: number): void {
  try {
    storage?.setItem(SPEED_KEY, String(msPerPayslip));
  } catch {
    // storage full or disabled: the default stands
  }
}
