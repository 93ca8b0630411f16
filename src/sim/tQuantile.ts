/**
 * The 97.5 % quantile of Student's t distribution, for two-sided 95 % confidence intervals of a
 * mean difference over paired replications ("uncertainty"). Degrees of freedom 1–30
 * from the standard table (3 decimals); above, the Cornish–Fisher expansion around the normal
 * quantile z = 1.959964 (Abramowitz & Stegun 26.7.5), within 1e-4 of the exact value for df > 30.
 */
const TABLE = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
const Z = 1.959963984540054;

export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`degrees of freedom must be ≥ 1, got ${df}`);
  if (df <= 30) return TABLE[Math.floor(df) - 1]!;
  const z = Z;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3;
}
