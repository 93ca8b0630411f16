/**
 * Runs a range of replications into a run aggregate and hands back the partial (coarse
 * calls, a batch of replications per worker call, aggregates back in the wire form of pack.ts). The same code runs
 * in a worker, in Node's worker_threads and in-process (tests, `--workers 0`).
 */
import { ReplicationCollector } from './collector';
import { marginPpm } from './costAcc';
import { RunAcc, type ChunkPartial } from './reporters';
import { runReplication, type SimSetup } from './replication';

/** A reusable aggregate and collector for one setup (the dense bins are allocated once). */
export class ChunkRunner {
  private readonly acc: RunAcc;
  private readonly collector: ReplicationCollector;
  constructor(readonly setup: SimSetup) {
    this.acc = new RunAcc(setup.variants.length, setup.months);
    const margin = marginPpm(setup.input.shop.category.grossMargin);
    this.collector = new ReplicationCollector(this.acc, setup.baseline, setup.startMonth, setup.months, margin);
  }

  /** Replications [from, to), aggregated; `tick` is told each replication done. */
  run(from: number, to: number, tick?: (done: number) => void): ChunkPartial {
    this.acc.reset();
    for (let r = from; r < to; r++) {
      runReplication(this.setup, r, this.collector);
      tick?.(r + 1 - from);
    }
    return this.acc.toPartial(from, to);
  }
}
