/**
 * A dedicated worker for drill-downs (the agent table, compliance lists and per-agent
 * charts of replication 0), apart from the run pool (pool.ts) so that a drill-down never waits
 * behind a long run's queue of chunks, and a cancelled run (which terminates the pool's workers)
 * does not abort it. One worker, started on first use (or by `warm`), kept between calls; calls run
 * concurrently with a run. A worker that dies or throws is reported as one SimError and
 * replaced on the next call (a bad scenario's problems kept structured). Works with Web Workers and Node worker_threads alike (only `spawn`).
 */
import type { DrillDown } from './drillDown';
import { SimError, simError, type SimWorker, type SpawnWorker } from './pool';
import type { Scenario } from './scenario';
import type { CurvePoint, TypicalAgent } from './payCurve';

export class DrillWorker {
  private worker: SimWorker | null = null;
  /** Rejections of the calls in flight on the current worker (a crash fails them all). */
  private readonly pending = new Set<(e: Error) => void>();

  constructor(private readonly spawn: SpawnWorker) {}

  private get(): SimWorker {
    if (this.worker) return this.worker;
    const w = this.spawn();
    w.onCrash((e) => {
      if (this.worker !== w) return;
      this.worker = null;
      w.terminate();
      const err = simError('sim.workerFailed', e);
      for (const reject of [...this.pending]) reject(err);
    });
    this.worker = w;
    return w;
  }

  private call<T>(f: (w: SimWorker) => Promise<T>): Promise<T> {
    const w = this.get();
    return new Promise<T>((resolve, reject) => {
      const fail = (e: Error) => {
        this.pending.delete(fail);
        reject(e);
      };
      this.pending.add(fail);
      f(w).then(
        (v) => {
          this.pending.delete(fail);
          resolve(v);
        },
        (e: unknown) => fail(simError('sim.workerFailed', e)),
      );
    });
  }

  /** Start the worker now (page load), so that its script is loaded before the first drill-down. */
  start(): void {
    this.get();
  }

  /** Start the worker and prepare `scenario` in it ahead of the first drill-down (page load). */
  warm(scenario: Scenario): Promise<void> {
    return this.call((w) => w.api.prepareDrill(scenario));
  }

  /** Every agent's payslips with explanations under each variant in one replication. */
  drillDownAll(scenario: Scenario, replication: number): Promise<DrillDown[]> {
    return this.call((w) => w.api.drillDownAll(scenario, replication));
  }

  /** Agents [from, to) of every agent's drill-down in one replication (computed once in the worker), and how many there are. */
  drillDownPart(scenario: Scenario, replication: number, from: number, to: number): Promise<{ total: number; drills: DrillDown[] }> {
    return this.call((w) => w.api.drillDownPart(scenario, replication, from, to));
  }

  /** One agent's payslips with explanations under each variant in one replication. */
  drillDown(scenario: Scenario, replication: number, agentId: string): Promise<DrillDown> {
    return this.call((w) => w.api.drillDown(scenario, replication, agentId));
  }

  /** Each variant's pay curve for a typical agent (src/sim/payCurve.ts `scenarioPayCurves`). */
  payCurves(scenario: Scenario, sales: readonly number[], agent: TypicalAgent): Promise<{ name: string; points: CurvePoint[] | null }[]> {
    return this.call((w) => w.api.payCurves(scenario, sales, agent));
  }

  /** The agents of one replication. */
  agents(scenario: Scenario, replication: number): Promise<{ agentId: string; name: string }[]> {
    return this.call((w) => w.api.agents(scenario, replication));
  }

  /** Stop the worker (pending calls are rejected); the next call starts a new one. */
  terminate(): void {
    const w = this.worker;
    this.worker = null;
    w?.terminate();
    const err = new SimError('sim.workerFailed', 'terminated');
    for (const reject of [...this.pending]) reject(err);
  }
}
