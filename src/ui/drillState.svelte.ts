/**
 * The payslips of one replication (replication 0) for every agent under every variant: the data of
 * the agent drill-down, the compliance lists (§5: the summary has only counts) and the
 * per-agent charts. A replication depends only on the scenario's seed and the replication index
 * (src/sim/drillDown.ts), so the data are loaded once per scenario (its replication count aside),
 * as soon as the first results of a run are shown, through the bridge
 * (a dedicated drill worker: it does not wait behind the run), in parts of DRILL_PART agents so that
 * no single message takes long to read on the page's thread. Once all are in, the panels that draw them
 * are handed the new drill-downs one per animation frame (`view(k)`), so that their redraws are
 * separate short tasks rather than one long one (a Stop pressed meanwhile is not kept waiting).
 */
import type { DrillDown } from '../sim/drillDown';
import type { Scenario } from '../sim/scenario';
import type { CurvePoint, TypicalAgent } from '../sim/payCurve';
import { failureOf, type Failure } from '../sim/pool';

/** What the drill-down needs of the worker bridge (src/ui/simBridge.ts). */
export interface DrillClient {
  /** Agents [from, to) of the drill-downs of a replication (computed once), and how many there are. */
  drillDownPart(scenario: Scenario, replication: number, from: number, to: number): Promise<{ total: number; drills: DrillDown[] }>;
  /** Each variant's pay curve for a typical agent (src/sim/payCurve.ts), computed off the page's thread. */
  payCurves(scenario: Scenario, sales: readonly number[], agent: TypicalAgent): Promise<{ name: string; points: CurvePoint[] | null }[]>;
}

export const DRILL_REPLICATION = 0;
/** Agents per message from the drill worker (a default scenario's 55 agents come in 7). */
export const DRILL_PART = 8;

/** What one panel draws: drill-downs and the scenario they belong to. */
export interface DrillView {
  drills: DrillDown[];
  scenario: Scenario | null;
}

const nextFrame = (f: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(f);
  else setTimeout(f, 16);
};

/** Key of what the drill-down depends on: the scenario without its replication count. */
export function drillKey(s: Scenario): string {
  return JSON.stringify({ ...s, settings: { ...s.settings, replications: 0 } });
}

/** Panels that draw drill-downs, each handed new ones a frame after the one before (`view(k)`, k < DRILL_PANELS). */
export const DRILL_PANELS = 5;

export class DrillState {
  /** Every agent's drill-down of replication 0, in roster order (empty until loaded). */
  drills = $state.raw<DrillDown[]>([]);
  /** Scenario the drills belong to. */
  scenario = $state.raw<Scenario | null>(null);
  loading = $state(false);
  done = $state(0);
  total = $state(0);
  error = $state<Failure | null>(null);

  private key = '';
  private run = 0;
  private shows = 0;
  /** Panels handed the current drill-downs so far (`view`); the others still see `previous`. */
  private handed = $state(Number.POSITIVE_INFINITY);
  private previous = $state.raw<DrillView>({ drills: [], scenario: null });
  private current = $state.raw<DrillView>({ drills: [], scenario: null });

  constructor(private readonly client: DrillClient) {}

  /** Each variant's pay curve for a typical agent, from the drill worker (the chart of pay against performance). */
  payCurves(scenario: Scenario, sales: readonly number[], agent: TypicalAgent): Promise<{ name: string; points: CurvePoint[] | null }[]> {
    return this.client.payCurves(scenario, sales, agent);
  }

  /**
   * The drill-downs as panel `k` (0, 1, 2 …) sees them: the current ones from the k-th animation
   * frame after they arrived (panel 0 at once), the previous ones until then.
   */
  view(k: number): DrillView {
    return this.handed > k ? this.current : this.previous;
  }

  /** Hand new drill-downs to the panels one per frame. */
  private show(drills: DrillDown[], scenario: Scenario): void {
    const shown = ++this.shows;
    this.previous = this.current;
    this.current = { drills, scenario };
    this.handed = 1;
    this.drills = drills;
    this.scenario = scenario;
    const step = () => {
      if (shown !== this.shows) return;
      this.handed++;
      if (this.handed < DRILL_PANELS) nextFrame(step);
      else this.handed = Number.POSITIVE_INFINITY;
    };
    nextFrame(step);
  }

  /** Load the drill-downs of `scenario` unless they are loaded or loading. */
  load(scenario: Scenario): void {
    const key = drillKey(scenario);
    if (key === this.key) return;
    this.key = key;
    const id = ++this.run;
    this.loading = true;
    this.error = null;
    this.done = 0;
    this.total = 0;
    void (async () => {
      try {
        let drills: DrillDown[] = [];
        let total = 1;
        while (drills.length < total) {
          const part = await this.client.drillDownPart(scenario, DRILL_REPLICATION, drills.length, drills.length + DRILL_PART);
          if (id !== this.run) return;
          if (part.drills.length === 0 && part.total > drills.length) throw new Error('the drill worker sent no agents');
          total = part.total;
          drills = drills.concat(part.drills);
          this.total = total;
          this.done = drills.length;
        }
        this.loading = false;
        this.show(drills, scenario);
      } catch (e) {
        if (id !== this.run) return;
        this.loading = false;
        this.error = failureOf(e);
        this.key = '';
      }
    })();
  }
}
