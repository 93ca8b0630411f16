/**
 * The payslips of one replication (replication 0) for every agent under every variant: the data of
 * the agent drill-down, the compliance lists (§5: the summary has only counts) and the
 * per-agent charts. A replication depends only on the scenario's seed and the replication index
 * (src/sim/drillDown.ts), so the data are loaded once per scenario (its replication count aside),
 * as soon as the first results of a run are shown, with one `drillDownAll` call through the bridge
 * (a dedicated drill worker: it does not wait behind the run).
 */
import type { DrillDown } from '../sim/drillDown';
import type { Scenario } from '../sim/scenario';
import type { CurvePoint, TypicalAgent } from '../sim/payCurve';
import { failureOf, type Failure } from '../sim/pool';

/** What the drill-down needs of the worker bridge (src/ui/simBridge.ts). */
export interface DrillClient {
  drillDownAll(scenario: Scenario, replication: number): Promise<DrillDown[]>;
  /** Each variant's pay curve for a typical agent (src/sim/payCurve.ts), computed off the page's thread. */
  payCurves(scenario: Scenario, sales: readonly number[], agent: TypicalAgent): Promise<{ name: string; points: CurvePoint[] | null }[]>;
}

export const DRILL_REPLICATION = 0;

/** Key of what the drill-down depends on: the scenario without its replication count. */
export function drillKey(s: Scenario): string {
  return JSON.stringify({ ...s, settings: { ...s.settings, replications: 0 } });
}

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

  constructor(private readonly client: DrillClient) {}

  /** Each variant's pay curve for a typical agent, from the drill worker (the chart of pay against performance). */
  payCurves(scenario: Scenario, sales: readonly number[], agent: TypicalAgent): Promise<{ name: string; points: CurvePoint[] | null }[]> {
    return this.client.payCurves(scenario, sales, agent);
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
        const drills = await this.client.drillDownAll(scenario, DRILL_REPLICATION);
        if (id !== this.run) return;
        this.total = drills.length;
        this.done = drills.length;
        this.drills = drills;
        this.scenario = scenario;
        this.loading = false;
      } catch (e) {
        if (id !== this.run) return;
        this.loading = false;
        this.error = failureOf(e);
        this.key = '';
      }
    })();
  }
}
