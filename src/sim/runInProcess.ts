/**
 * Every replication of a scenario on this thread, in one chunk, summarized: the single-threaded
 * path of `paylab simulate --workers 0` and `paylab sensitivity --workers 0`. A replication depends
 * only on the scenario's seed and its index (docs/behaviour.md §Common random numbers), so these
 * are the worker pool's numbers.
 */
import { prepare } from './prepare';
import { RunAcc } from './reporters';
import { ChunkRunner } from './runChunk';
import type { Scenario } from './scenario';
import { summarize, summaryMeta, type Summary } from './summary';

export function runInProcess(scenario: Scenario, replications = scenario.settings.replications): Summary {
  const setup = prepare(scenario);
  const acc = new RunAcc(setup.variants.length, setup.months);
  acc.absorb(new ChunkRunner(setup).run(0, replications));
  return summarize(acc, summaryMeta(scenario, replications));
}
