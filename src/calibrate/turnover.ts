/**
 * Turnover: the monthly chance of leaving in tenure months 1–3 and after (docs/real-data.md
 * §"What is estimated and how"; the model is docs/behaviour.md §"Turnover": a quit chance per month
 * by tenure month). Each is leavers ÷ agent-months at risk with a Wilson interval; every agent-month
 * is one draw. A month marked `left` counts as a leaving (a file does not say who quit and who was
 * dismissed). Pay against market moves quits too (quitPayElasticity); the estimate is the shop's
 * rate at the pay it paid.
 */
import type { AgentMonth } from '../engine/records';
import { wilson, type Estimate } from './estimate';

export function estimateTurnover(records: readonly AgentMonth[], fallback: { quitEarly: number; quitSettled: number }): Estimate[] {
  let earlyN = 0;
  let earlyK = 0;
  let lateN = 0;
  let lateK = 0;
  for (const r of records) {
    if (r.tenureMonth <= 3) {
      earlyN++;
      if (r.left) earlyK++;
    } else {
      lateN++;
      if (r.left) lateK++;
    }
  }
  const out: Estimate[] = [];
  if (earlyN > 0) out.push({ id: 'quitEarly', target: { kind: 'behaviour', field: 'quitEarly' }, ...wilson(earlyK, earlyN), fallback: fallback.quitEarly, support: earlyN, method: 'wilson' });
  if (lateN > 0) out.push({ id: 'quitSettled', target: { kind: 'behaviour', field: 'quitSettled' }, ...wilson(lateK, lateN), fallback: fallback.quitSettled, support: lateN, method: 'wilson' });
  return out;
}
