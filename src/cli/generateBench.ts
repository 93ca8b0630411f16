/**
 * Generation throughput (the figure in docs/behaviour.md): agent-months per second of
 * the behaviour generator alone (createShop, generateMonthInto with its records reused as on the
 * runner's lean path, advanceRoster; no pay engine), on one
 * thread, for the default shop at 50 and 300 agents, 12 months per replication, one variant (one
 * shop per replication, so nothing is shared between variants). Run:
 *   node --import tsx src/cli/generateBench.ts [replications]
 * (through tsx; a bundled build runs about a quarter faster). Prints wall and CPU time.
 */
import { readFileSync } from 'node:fs';
import { MonthRecords, advanceRoster, createShop, emptyOutcome, generateMonthInto, policyResponse } from '../behaviour/index';
import { compilePolicy } from '../policy/compile';
import { parseScenario } from '../sim/scenarioParse';

const scenario = parseScenario(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'));
const reps = Number(process.argv[2] ?? 1000);

function run(agents: number, replications: number): number {
  const input = { ...scenario, shop: { ...scenario.shop, agents, teams: Math.max(1, Math.round(agents / 10)) } };
  const response = policyResponse(compilePolicy(scenario.variants[0]!.policy), input);
  const nobody = emptyOutcome(agents);
  const records = new MonthRecords();
  let n = 0;
  for (let r = 0; r < replications; r++) {
    const shop = createShop(input, r);
    for (let m = 0; m < 12; m++) {
      n += generateMonthInto(shop, m, response, true, records).length;
      advanceRoster(shop, m, nobody, response);
    }
  }
  return n;
}

// warm-up of both sizes before either is timed (the first size timed would otherwise pay for the JIT)
for (const agents of [50, 300]) run(agents, Math.max(1, Math.round(reps / 10)));
for (const agents of [50, 300]) {
  const replications = Math.max(1, Math.round((reps * 50) / agents));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const n = run(agents, replications);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    `${agents} agents × 12 months × ${replications} replications: ${n} agent-months, ` +
      `wall ${wall.toFixed(0)} ms (${((n / wall) * 1000 / 1e6).toFixed(3)} M/s, ${((wall * 1000) / n).toFixed(2)} µs each), ` +
      `CPU ${cpuMs.toFixed(0)} ms (${((cpuMs * 1000) / n).toFixed(2)} µs each)`,
  );
}
