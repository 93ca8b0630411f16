/**
 * The calibration note as the owner reads it beside the shop's parameters (docs/real-data.md §"What
 * is estimated and how", docs/scenario-file.md §`calibration`): for each estimate, the value the
 * scenario took, the estimate with its 95 % interval and support, and the value the workspace holds
 * now — marked when the owner has since changed it, so the note never claims a number the
 * simulation no longer uses. Pure: the panel (CalibrationNoteView.svelte) only lays it out.
 */
import type { CalibrationNote, Scenario } from '../sim/scenario';

export { MIN_TYPICAL_AGENTS } from '../behaviour/params';

export interface NoteRow {
  id: string;
  /** Message key of its label. */
  label: string;
  used: 'estimate' | 'kept' | 'override';
  usedValue: number;
  value: number;
  low: number;
  high: number;
  support: number;
  /** The workspace's value of the field now; undefined when the id names no field. */
  current: number | undefined;
  /** The owner changed the field after the calibration. */
  changed: boolean;
  /** Shown as a percentage. */
  share: boolean;
}

const SHARES = new Set(['conversion', 'paymentRate', 'returnRate', 'badReviewRate', 'quitEarly', 'quitSettled']);

/** The scenario's value of the field an estimate id names (the targets of src/calibrate/estimate.ts). */
export function currentValue(s: Pick<Scenario, 'shop' | 'behaviour'>, id: string): number | undefined {
  const season = /^seasonality\.(\d+)$/.exec(id);
  if (season) return s.shop.seasonality[Number(season[1]) - 1];
  if (id === 'agents' || id === 'teams' || id === 'buyersPerDay' || id === 'casesPerDay') return s.shop[id];
  if (id === 'meanOrderValue') return Number(s.shop.category.meanOrderValue);
  if (id === 'returnRate' || id === 'badReviewRate') return s.shop.category[id];
  const b = (s.behaviour as unknown as Record<string, unknown>)[id];
  return typeof b === 'number' ? b : undefined;
}

/** Equal as the note writes numbers (rounded to 6 decimals by applyCalibration). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

export function noteRows(note: CalibrationNote, s: Pick<Scenario, 'shop' | 'behaviour'>): NoteRow[] {
  return note.estimates.map((e) => {
    const current = currentValue(s, e.id);
    return {
      id: e.id,
      label: `calibrate.param.${e.id}`,
      used: e.used,
      usedValue: e.usedValue,
      value: e.value,
      low: e.low,
      high: e.high,
      support: e.support,
      current,
      changed: current !== undefined && !same(current, e.usedValue),
      share: SHARES.has(e.id),
    };
  });
}

/** A number as the estimates table shows it (the same rule as the real-months tab). */
export function showNumber(x: number, share: boolean): string {
  if (share) return `${(x * 100).toFixed(Math.abs(x) < 0.01 ? 2 : 1)}%`;
  return Number.isInteger(x) ? String(x) : Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(2) : Math.abs(x) >= 0.01 ? x.toFixed(3) : x.toPrecision(2);
}
