/**
 * How many simulation workers a machine with `cores` logical cores gets by default: one left for the
 * thread that merges the chunks (the page's run worker, the CLI's main thread) when there are more
 * than two, at most 8 (each worker may hold ≈ 150 MB); two where the machine does not say.
 */
export function poolSize(cores: number): number {
  if (!cores) return 2;
  return Math.max(1, Math.min(8, cores > 2 ? cores - 1 : cores));
}
