/**
 * The shop's structure from its months: how many posts, teams, and the roles and levels on them
 * (docs/real-data.md §"What is estimated and how"). These are counts, not samples: the interval is
 * the value itself. Posts are the most agents employed from the first day of any one month (a post
 * left vacant for a month is still a post; the simulation refills it); roles and levels are those of
 * that month (the latest such month), teams every team name seen in the last month.
 */
import { LEVELS, ROLES, type Level, type Role } from '../policy/types';
import type { AgentMonth } from '../engine/records';
import type { Estimate } from './estimate';
import type { MonthGroup } from './monthsOf';
import { onFirstDay } from './monthsOf';

export interface ShopStructure {
  agents: number;
  teams: number;
  /** Team names of the last month, in order of first appearance ("" when the file has no teams). */
  teamNames: string[];
  roleCounts: Record<Role, number>;
  levelCounts: Record<Level, number>;
  /** The month the posts were counted in. */
  postsMonth: string;
  estimates: Estimate[];
}

export function estimateShopStructure(months: readonly MonthGroup[], fallback: { agents: number; teams: number }): ShopStructure {
  let best: MonthGroup = months[months.length - 1]!;
  let bestCount = -1;
  for (const m of months) {
    const c = m.records.filter((r) => onFirstDay(r, m.days)).length;
    if (c >= bestCount) {
      best = m;
      bestCount = c;
    }
  }
  const staff = best.records.filter((r) => onFirstDay(r, best.days));
  const roleCounts = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  const levelCounts = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  for (const r of staff) {
    roleCounts[r.role]++;
    levelCounts[r.level]++;
  }
  const last = months[months.length - 1]!;
  const teamNames: string[] = [];
  for (const r of last.records) if (!teamNames.includes(r.team)) teamNames.push(r.team);
  const agents = Math.max(1, bestCount);
  const teams = Math.max(1, Math.min(agents, teamNames.length));
  const support = months.reduce((s, m) => s + m.records.length, 0);
  const exact = (id: string, field: 'agents' | 'teams', value: number, fb: number): Estimate => ({
    id,
    target: { kind: 'shop', field },
    value,
    low: value,
    high: value,
    fallback: fb,
    support,
    method: 'exact',
  });
  return {
    agents,
    teams,
    teamNames,
    roleCounts,
    levelCounts,
    postsMonth: best.month,
    estimates: [exact('agents', 'agents', agents, fallback.agents), exact('teams', 'teams', teams, fallback.teams)],
  };
}

/** The agents still employed at the end of the last month (not leaving): the simulation's starting roster. */
export function stayers(last: MonthGroup): AgentMonth[] {
  return last.records.filter((r) => !r.left);
}
