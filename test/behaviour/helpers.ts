/** Shared helpers of the behaviour tests: the default scenario, runs of several replications, figures. */
import { readFileSync } from 'node:fs';
import type { AgentMonth } from '../../src/engine/records';
import { parseScenario } from '../../src/sim/scenarioParse';
import type { Scenario } from '../../src/sim/scenario';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import type { PolicyDoc } from '../../src/policy/types';
import { emptyOutcome } from '../../src/behaviour/outcomeFromPayslips';
import type { MonthOutcome, ShopState } from '../../src/behaviour/types';

export function defaultScenario(): Scenario {
  return parseScenario(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'));
}

export function variantIndex(s: Scenario, name: string): number {
  const i = s.variants.findIndex((v) => v.name === name);
  if (i < 0) throw new Error(`no variant ${name}`);
  return i;
}

/** Records of replications 0..R−1 of one variant, each replication's records in its own array. */
export function runReplications(s: Scenario, variant: number, replications: number): AgentMonth[][] {
  const out: AgentMonth[][] = [];
  for (let r = 0; r < replications; r++) out.push(scenarioRecords(s, { variant, replication: r }));
  return out;
}

/** A scenario with only the given policies as variants (the first the baseline). */
export function withVariants(s: Scenario, policies: { name: string; policy: PolicyDoc }[]): Scenario {
  return { ...s, variants: policies.map((p, i) => ({ name: p.name, baseline: i === 0, policy: p.policy })) };
}

/** A month's outcome for `shop`: nobody paid, the agents of `dismissed` (ids) flagged for dismissal. */
export function outcomeOf(shop: ShopState, dismissed: readonly string[] = []): MonthOutcome {
  const out = emptyOutcome(shop.size);
  for (const id of dismissed) {
    const s = shop.agentId.indexOf(id);
    if (s < 0) throw new Error(`no agent ${id} in the shop`);
    out.dismissed[s] = 1;
  }
  return out;
}

export function withBehaviour(s: Scenario, patch: Partial<Scenario['behaviour']>): Scenario {
  return { ...s, behaviour: { ...s.behaviour, ...patch } };
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function variance(xs: readonly number[]): number {
  const m = mean(xs);
  return xs.reduce((a, b) => a + (b - m) * (b - m), 0) / (xs.length - 1);
}

/** Leavers (quits and dismissals) per year ÷ average headcount (agents weighted by days employed). */
export function annualTurnover(runs: AgentMonth[][]): number {
  let leavers = 0;
  let agentMonths = 0;
  for (const recs of runs) {
    for (const r of recs) {
      if (r.left) leavers++;
      agentMonths += r.daysEmployed / calendarDays(r.month);
    }
  }
  return (leavers * 12) / agentMonths;
}

function calendarDays(month: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Deep copy of a policy document. */
export function copyPolicy(p: PolicyDoc): PolicyDoc {
  return JSON.parse(JSON.stringify(p)) as PolicyDoc;
}
