/**
 * The payslips of one replication (replication 0) for every agent under every variant: the data of
 * the agent drill-down (issue 6 §6), the compliance lists (§5: the summary has only counts) and the
 * per-agent charts. A replication depends only on the scenario's seed and the replication index
 * (src/sim/drillDown.ts), so the data are loaded once per scenario (its replication count aside),
 * as soon as the first results of a run are shown, one `drillDown` call per agent through the bridge.
 */
import type { DrillDown } from '../sim/drillDown';
import type { Scenario } from '../sim/scenario';
import type { SimClient } from './runState.svelte';

export const DRILL_REPLICATION = 0;

/** Key of what the drill-down depends on: the scenario without its replication count. */
export function drillKey(s: Scenario): string {
  return JSON.stringify({ ...s, settings: { ...s.settings, replications: 0 } });
}

export class DrillState {
  /** The loaded agents' drill-downs, in roster order (grows while loading). */
  drills = $state.raw<DrillDown[]>([]);
  /** Scenario the drills belong to. */
  scenario = $state.raw<Scenario | null>(null);
  loading = $state(false);
  done = $state(0);
  total = $state(0);
  error = $state<string | null>(null);

  private key = '';
  private run = 0;

  constructor(private readonly client: SimClient) {}

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
        const agents = await this.client.agents(scenario, DRILL_REPLICATION);
        if (id !== this.run) return;
        this.total = agents.length;
        const out: DrillDown[] = [];
        for (const a of agents) {
          const d = await this.client.drillDown(scenario, DRILL_REPLICATION, a.agentId);
          if (id !== this.run) return;
          out.push(d);
          this.done = out.length;
          // publish in steps so the table fills while loading, without re-rendering per agent
          if (out.length === agents.length || out.length % 10 === 0) {
            this.drills = [...out];
            this.scenario = scenario;
          }
        }
        this.loading = false;
      } catch (e) {
        if (id !== this.run) return;
        this.loading = false;
        this.error = e instanceof Error ? e.message : String(e);
        this.key = '';
      }
    })();
  }
}
