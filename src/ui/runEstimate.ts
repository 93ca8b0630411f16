/**
 * How long a run will take, before it starts, and whether it is large enough to ask first: a run
 * the page would start by itself on a new visit (an autosaved workspace, a shared link, a restored
 * one) waits for the owner when it is large, instead of tying up the computer unasked (docs/ui.md
 * "Opening the page").
 *
 * The estimate counts payslips — replications × variants × agents × months — at a fixed cost per
 * payslip of one worker, divided among the workers, so whether a workspace asks depends on the
 * workspace alone (not on how busy the computer was on the last visit). It is a guide for the
 * question, not a promise: the run bar shows the real time left once chunks are in.
 */
import type { Scenario } from '../sim/scenario';

/**
 * Worker milliseconds per payslip before this browser has measured its own: 5 000 replications of
 * the default scenario (7.2 M payslips) took about 90 s on two workers in headless Chromium on the
 * project's 2-vCPU machine (docs/ui.md "Opening the page").
 */
export const MS_PER_PAYSLIP = 0.025;
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

/** Workers the size question assumes, so that it depends on the workspace alone (the default scenario, 9 s, never asks). */
export const REFERENCE_WORKERS = 2;

/**
 * The estimated milliseconds on `workers` workers when the run is large — more replications than
 * the default scenario's, or an estimate above LARGE_RUN_MS on REFERENCE_WORKERS workers — else null.
 */
export function largeRunMs(s: Scenario, workers: number, defaultReplications: number): number | null {
  const large = s.settings.replications > defaultReplications || estimateRunMs(s, REFERENCE_WORKERS) > LARGE_RUN_MS;
  return large ? estimateRunMs(s, workers) : null;
}
