/**
 * The behaviour assumptions a sensitivity run moves (src/sim/sensitivity.ts), each with the low and
 * high value it is set to and why. Data, not logic: add a row to test another assumption. Every
 * value here is itself an assumption of the model (docs/behaviour.md, §"Response to the policy";
 * domain.md §"What a policy really costs"); the reasons say where each range comes from.
 *
 * A value is either set outright (`set`) or moved from the scenario's own value (`add`, clamped to
 * the range the scenario file accepts), for a parameter whose plausible range depends on the shop.
 */

/** How one end of an assumption's range is found. */
export type SettingRule =
  | { set: number | readonly number[] }
  | { add: number; min: number; max: number };

export interface SensitivityAssumption {
  /** Short id; also the message keys `sens.assumption.<id>` (name) and `sens.reason.<id>` (why this range). */
  id: string;
  /** Where it lives in the scenario file, e.g. ["behaviour", "quitPayElasticity"]. */
  path: readonly string[];
  low: SettingRule;
  high: SettingRule;
  /** Why these ends (English, for docs and reviews; the page shows `sens.reason.<id>`). */
  reason: string;
}

/** The assumptions that matter most, in the order they are run and listed. */
export const SENSITIVITY_ASSUMPTIONS: readonly SensitivityAssumption[] = [
  {
    id: 'quitPayElasticity',
    path: ['behaviour', 'quitPayElasticity'],
    low: { set: 0 },
    high: { set: 3 },
    reason:
      'Quit response to pay below market: 0 = nobody quits over pay; 3 = the top of the separation elasticities in the labour literature (about 1–3; docs/behaviour.md §Quits). Default 1.',
  },
  {
    id: 'effortElasticity',
    path: ['behaviour', 'effortElasticity'],
    low: { set: 0 },
    high: { set: 1 },
    reason:
      'Effort response to commission: 0 = pay does not move effort; 1 = more than three times the default 0.3 (an assumption without a source; docs/behaviour.md §Effort).',
  },
  {
    id: 'ramp',
    path: ['behaviour', 'ramp'],
    low: { set: [0.5, 0.7, 0.85] },
    high: { set: [] },
    reason:
      "A new hire's conversion by tenure month: slow = 50 %, 70 %, 85 %, full from month 4; none = full from the first month. Default 70 %, 85 % (domain.md's example; an assumption).",
  },
  {
    id: 'capacity',
    path: ['behaviour', 'capacity'],
    low: { set: 1 },
    high: { set: 1.5 },
    reason:
      "Load a present agent can carry while a post is empty, as a multiple of a normal month's inquiries: 1 = no slack, every inquiry of an empty post goes unanswered; 1.5 = half as much again. Default 1.25 (an assumption).",
  },
  {
    id: 'grossMargin',
    path: ['shop', 'category', 'grossMargin'],
    low: { add: -0.1, min: 0, max: 1 },
    high: { add: 0.1, min: 0, max: 1 },
    reason:
      "Gross margin on net sales, 10 points either side of the shop's own figure (domain.md: 30–50 % for apparel; an assumption). Moves contribution only.",
  },
];
