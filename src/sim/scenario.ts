/**
 * The scenario file (`paylab.scenario/1`, docs/scenario-file.md): a shop profile, behaviour
 * parameters, the policy variants compared (inline rules files, one the baseline) and the simulation
 * settings. Self-contained: a scenario file carries every rules file it compares.
 * Validation lives in scenarioValidate.ts, defaults in src/behaviour/defaults.ts.
 */
import type { BehaviourParams, ShopProfile } from '../behaviour/params';
import type { PolicyDoc } from '../policy/types';
import type { Roster } from './roster';

export const SCENARIO_FORMAT = 'paylab.scenario/1';

/** One policy compared: a rules file and its label. */
export interface Variant {
  /** Short label shown in tables and used by `--variant`; unique within the scenario. */
  name: string;
  /** Exactly one variant is the baseline that others are compared with. */
  baseline: boolean;
  policy: PolicyDoc;
  /**
   * The variant's colour in the workbench (palette index 0–7), kept when other variants are copied,
   * moved or removed. Absent: the first colour not taken by the variants before it (so the default
   * scenario and its share link carry none). The simulation never reads it.
   */
  colour?: number;
}

/** Colours of the workbench palette (src/ui/theme.css --pl-palette-0 … 7). */
export const VARIANT_COLOURS = 8;

export interface SimSettings {
  /** First simulated month, "YYYY-MM". */
  startMonth: string;
  /** Months simulated, 1–120. */
  months: number;
  /** Replications (simulated runs of the same months), ≥ 1. */
  replications: number;
  /** Seed, an integer 0 … 4294967295; every random stream derives from it. */
  seed: number;
}

export interface Scenario {
  format: typeof SCENARIO_FORMAT;
  name: string;
  description?: string;
  shop: ShopProfile;
  behaviour: BehaviourParams;
  variants: Variant[];
  settings: SimSettings;
  /**
   * The owner's budget for the simulated months (employer cost of all agents, yuan with at most 2
   * decimals); optional. The workbench shows each variant's chance of exceeding it; the simulation
   * itself does not read it.
   */
  budget?: string;
  /**
   * The shop's real roster (docs/real-data.md §Roster): agents with their 旺旺 nicknames, binding
   * imported exports to people; optional. A share link carries names and nicknames only when
   * `shareNames` is set.
   */
  roster?: Roster;
  /**
   * Where the shop and behaviour came from when the scenario was calibrated from real months: each
   * estimate with its interval, support and the value used (docs/scenario-file.md §`calibration`).
   * A note: the simulation does not read it.
   */
  calibration?: CalibrationNote;
}

/** The estimates a calibrated scenario was made from (docs/real-data.md §"What is estimated and how"). */
export interface CalibrationNote {
  /** First and last month of the data, "YYYY-MM". */
  from: string;
  to: string;
  /** Agent-months read. */
  records: number;
  estimates: CalibrationNoteEstimate[];
}

export interface CalibrationNoteEstimate {
  id: string;
  value: number;
  /** 95 % confidence interval. */
  low: number;
  high: number;
  /** Agent-months that support the estimate. */
  support: number;
  /** How the interval was made. */
  method: string;
  /** What the scenario uses: the estimate, the value kept, or the owner's own. */
  used: 'estimate' | 'kept' | 'override';
  usedValue: number;
}
