/**
 * What the engine needs beyond the policy and the records: the city's dated tables and the shop's
 * average order value (used by the after-sales role formulas, seed 001).
 */
import type { CityTable } from '../policy/cities';

export interface PayContext {
  /** Minimum wage and employer contribution tables of the policy's city. */
  city: CityTable;
  /** The shop's average order value, fen. */
  shopAovFen: number;
  /** Per-month overrides of the average order value, keyed "YYYY-MM", fen. */
  aovByMonthFen?: Record<string, number>;
  /** Build the explanation note of every line (CLI, drill-down); the simulator leaves it off. */
  explain?: boolean;
}
