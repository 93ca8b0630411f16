/**
 * How long a run will take, before it starts, and whether it is large enough to ask first: a run
 * the page would start by itself on a new visit (an autosaved workspace, a shared link, a restored
 * one) waits for the owner when it is large, instead of tying up the computer unasked (docs/ui.md
 * "Opening the page").
 *
 * The estimate counts payslips — replications × variants × agents × months — at a measured cost
 * per payslip of one worker in headless Chromium on this project's test machine (docs/ui.md gives
 * the measurement), divided among the workers. It is a guide for the question, not a promise: the
 * run bar shows the real time left once chunks are in.
 */
import type { Scenario } from '../sim/scenario';

/** Worker milliseconds per payslip (generation and engine; default scenario in headless Chromium). */
export const MS_PER_PAYSLIP = 0.008;
/** A run estimated to take longer than this asks before it starts on a new visit. */
export const LARGE_RUN_MS = 10_000;

/** Payslips of a run: replications × variants × agents × months. */
export function payslipsOf(s: Scenario): number {
  return s.settings.replications * s.variants.length * s.shop.agents * s.settings.months;
}

/** Estimated wall milliseconds of a run on `workers` workers. */
export function estimateRunMs(s: Scenario, workers: number): number {
  return (payslipsOf(s) * MS_PER_PAYSLIP) / Math.max(1, workers);
}

/**
 * The estimated milliseconds when the run is large — more replications than the default scenario's
 * or an estimate above LARGE_RUN_MS — else null.
 */
export function largeRunMs(s: Scenario, workers: number, defaultReplications: number): number | null {
  const ms = estimateRunMs(s, workers);
  return s.settings.replications > defaultReplications || ms > LARGE_RUN_MS ? ms : null;
}
