/**
 * Turns a validated scenario (src/sim/scenario.ts) into what a replication needs (replication.ts):
 * each variant's compiled policy (src/policy/compile.ts), its pay context (the city table of the
 * policy's own city, docs/law.md; the shop's average order value from the category), and what
 * behaviour reads from it. Done once per worker and scenario.
 */
import { Decimal } from 'decimal.js';
import { compilePolicy } from '../policy/compile';
import { cityOf } from '../policy/cities';
import { policyResponse } from '../behaviour/policyResponse';
import { readsServiceFields } from '../engine/components/metrics';
import { problem, InputError } from '../i18n/problem';
import type { Scenario } from './scenario';
import { defaultBehaviour, type Behaviour, type SimSetup } from './replication';

/** Behaviour responds to the policy when any elasticity is not 0 (docs/behaviour.md). */
export function isResponsive(s: Scenario): boolean {
  const b = s.behaviour;
  return b.effortElasticity !== 0 || b.fineElasticity !== 0 || b.quitPayElasticity !== 0;
}

/** Compile one variant's rules file; its problems are reported at their path inside the scenario. */
function compileVariant(doc: Scenario['variants'][number]['policy'], i: number) {
  try {
    return compilePolicy(doc);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const prefix = `$.variants[${i}].policy`;
    throw new InputError(
      e.problems.map((p) => {
        const path = p.path.startsWith('$') ? prefix + p.path.slice(1) : `${prefix}: ${p.path}`;
        return { ...p, path, params: { ...p.params, path } };
      }),
    );
  }
}

export function prepare(scenario: Scenario, behaviour: Behaviour = defaultBehaviour): SimSetup {
  const baseline = scenario.variants.findIndex((v) => v.baseline);
  if (baseline < 0) throw new InputError([problem('$.variants', 'sim.noBaseline')]);
  const shopAovFen = new Decimal(scenario.shop.category.meanOrderValue).times(100).toDecimalPlaces(0).toNumber();
  const variants = scenario.variants.map((v, i) => {
    const policy = compileVariant(v.policy, i);
    const city = cityOf(v.policy);
    if (!city) throw new InputError([problem(`$.variants[${i}].policy.city`, 'sim.unknownCity', { city: v.policy.city })]);
    return { name: v.name, policy, ctx: { city, shopAovFen }, response: policyResponse(policy, scenario), readsMetrics: readsServiceFields(policy) };
  });
  return {
    input: scenario,
    startMonth: scenario.settings.startMonth,
    months: scenario.settings.months,
    variants,
    baseline,
    responsive: isResponsive(scenario),
    behaviour,
  };
}
