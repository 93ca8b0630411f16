/**
 * The API a simulation worker exposes through comlink (workers/sim.worker.ts in the browser,
 * workers/sim.node.worker.ts under Node's worker_threads): load a scenario once, then run coarse
 * chunks of replications and send back their partial aggregates (two typed arrays, transferred: pack.ts).
 * Errors thrown here reach the caller as rejected promises carrying the message (comlink clones
 * Error objects); an InputError is thrown as its data (InputErrorData: its problems, structured), so
 * that the side that shows it says it in its own language.
 */
import { transfer } from 'comlink';
import type { Scenario } from './scenario';
import type { ChunkPartial } from './reporters';
import { ChunkRunner } from './runChunk';
import { prepare } from './prepare';
import { drillDown, drillDownAll, agentsOf, type DrillDown } from './drillDown';
import { InputError } from '../i18n/problem';
import { floorLoop, type FloorResult } from './floorLoop';
import { scenarioPayCurves, type CurvePoint, type TypicalAgent } from './payCurve';

type Slot = { key: string; runner: ChunkRunner } | null;
/** The scenario of the current run, and the one last drilled into (kept apart so neither evicts the other). */
const slots: { run: Slot; drill: Slot } = { run: null, drill: null };

function load(slot: 'run' | 'drill', key: string, scenario: Scenario): ChunkRunner {
  const s = slots[slot];
  if (s?.key === key) return s.runner;
  try {
    const runner = new ChunkRunner(prepare(scenario));
    slots[slot] = { key, runner };
    return runner;
  } catch (e) {
    slots[slot] = null;
    throw e;
  }
}

/**
 * The API with every method's InputError thrown as its data: comlink sends only an Error's name,
 * message and stack, so an InputError crosses as its problems, for the side that shows them.
 */
function structuredErrors<T extends Record<string, (...args: never[]) => unknown>>(api: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(api)) {
    out[name] = (...args: never[]) => {
      try {
        return f(...args);
      } catch (e) {
        if (e instanceof InputError) throw e.toData();
        throw e;
      }
    };
  }
  return out as T;
}

/** The last replication drilled into as a whole, sent to the page in parts (`drillDownPart`). */
let drillAll: { key: string; replication: number; drills: DrillDown[] } | null = null;

export const simApi = structuredErrors({
  /** Prepare a scenario under `key` (the caller's id of this run's scenario); returns the variant names. */
  load(key: string, scenario: Scenario): string[] {
    return load('run', key, scenario).setup.variants.map((v) => v.name);
  },
  /** Replications [from, to) of the loaded scenario, aggregated; its typed arrays are transferred, not copied (pack.ts). */
  runChunk(key: string, from: number, to: number): ChunkPartial {
    const s = slots.run;
    if (s?.key !== key) throw new Error(`scenario ${key} is not loaded in this worker`);
    const p = s.runner.run(from, to);
    return transfer(p, [p.f64.buffer, p.i32.buffer]);
  },
  /** One agent's payslips, with explanations, under each variant in one replication. */
  drillDown(scenario: Scenario, replication: number, agentId: string): DrillDown {
    return drillDown(load('drill', JSON.stringify(scenario), scenario).setup, replication, agentId);
  },
  /** Prepare a scenario for drill-downs ahead of the first one (a worker started at page load). */
  prepareDrill(scenario: Scenario): void {
    load('drill', JSON.stringify(scenario), scenario);
  },
  /** Every agent's payslips, with explanations, under each variant in one replication (one re-run). */
  drillDownAll(scenario: Scenario, replication: number): DrillDown[] {
    return drillDownAll(load('drill', JSON.stringify(scenario), scenario).setup, replication);
  },
  /**
   * Agents [from, to) of every agent's drill-down in one replication, and how many there are: the
   * replication is re-run once (as `drillDownAll`) and kept, so that the page can take it in parts.
   */
  drillDownPart(scenario: Scenario, replication: number, from: number, to: number): { total: number; drills: DrillDown[] } {
    const key = JSON.stringify(scenario);
    if (drillAll?.key !== key || drillAll.replication !== replication) {
      drillAll = null;
      drillAll = { key, replication, drills: drillDownAll(load('drill', key, scenario).setup, replication) };
    }
    return { total: drillAll.drills.length, drills: drillAll.drills.slice(from, to) };
  },
  /** The benchmark's floor loop over replications [from, to) (src/cli/bench.ts). */
  floor(seed: number, agents: number, months: number, variants: number, from: number, to: number, generations: number): FloorResult {
    return floorLoop(seed, agents, months, variants, from, to, generations);
  },
  /**
   * Each variant's pay curve for a typical agent over `sales` (src/sim/payCurve.ts): the engine run on
   * synthetic years, here rather than on the page's thread (≈ 0.5–3 s of payMonth for 25 points).
   */
  payCurves(scenario: Scenario, sales: readonly number[], agent: TypicalAgent): { name: string; points: CurvePoint[] | null }[] {
    return scenarioPayCurves(scenario, sales, agent);
  },
  /** The agents of one replication (id and name), for picking one to drill into. */
  agents(scenario: Scenario, replication: number): { agentId: string; name: string }[] {
    return agentsOf(load('drill', JSON.stringify(scenario), scenario).setup, replication);
  },
});

export type SimApiShape = typeof simApi;
