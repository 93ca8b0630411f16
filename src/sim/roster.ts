/**
 * The shop's real roster: who its agents are, which 旺旺 nicknames (`店铺:子账号`) each one answers
 * under, and the facts pay reads (team, role, level, hire month). The owner enters it once; it binds
 * the nicknames of platform exports to agents (src/import/bind.ts) and is kept with the workspace.
 * Names and nicknames are personal data: a share link carries them only when the owner says so
 * (docs/real-data.md §Roster).
 */
import { LEVELS, ROLES, type Level, type Role } from '../policy/types';
import type { Reader } from '../policy/reader';
import { childPath, indexPath } from '../policy/path';

export interface RosterAgent {
  /** Agent id (工号), unique in the roster. */
  id: string;
  /** Name shown on payslips. */
  name: string;
  /** 旺旺 nicknames this agent answers under: `店铺:子账号`, or a bare 子账号 that matches any shop. */
  nicknames: string[];
  team: string;
  role: Role;
  level: Level;
  /** Month of hire, "YYYY-MM". */
  hireMonth: string;
}

/** Most agents in a roster (a shop with more splits its workspace). */
export const MAX_ROSTER_AGENTS = 2000;
/** Most nicknames of one agent. */
export const MAX_NICKNAMES = 20;
/** Longest id, name, team or nickname. */
export const MAX_ROSTER_TEXT = 100;

/** A nickname in the form it is compared in: NFKC (both colon widths), no spaces. */
export function nicknameKey(nickname: string): string {
  return nickname.normalize('NFKC').replace(/\s+/g, '');
}

/** The roster as the workspace keeps it: the agents, and whether a share link may carry names and nicknames. */
export interface Roster {
  agents: RosterAgent[];
  /** The owner said a share link may carry names and nicknames; otherwise a link carries ids and pay facts only. */
  shareNames: boolean;
}

const AGENT_FIELDS = { id: 'required', name: 'required', nicknames: 'required', team: 'required', role: 'required', level: 'required', hireMonth: 'required' } as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Validate a roster value read from a scenario file; problems go to `r` with their paths. */
export function readRoster(r: Reader, path: string, v: unknown): Roster | undefined {
  const o = r.object(path, v, { agents: 'required', shareNames: 'optional' });
  if (!o) return undefined;
  const before = r.problems.length;
  const shareNames = r.has(o, 'shareNames') ? r.boolean(childPath(path, 'shareNames'), o.shareNames) : false;
  const list = r.has(o, 'agents') ? r.array(childPath(path, 'agents'), o.agents) : undefined;
  const agents: RosterAgent[] = [];
  if (list && list.length > MAX_ROSTER_AGENTS) r.add(childPath(path, 'agents'), 'roster.tooMany', { count: list.length, max: MAX_ROSTER_AGENTS });
  else if (list) {
    const ids = new Map<string, number>();
    list.forEach((x, i) => {
      const p = indexPath(childPath(path, 'agents'), i);
      const a = r.object(p, x, AGENT_FIELDS);
      if (!a) return;
      const id = r.text(childPath(p, 'id'), a.id, MAX_ROSTER_TEXT, true);
      const name = r.text(childPath(p, 'name'), a.name, MAX_ROSTER_TEXT, true);
      const team = r.text(childPath(p, 'team'), a.team, MAX_ROSTER_TEXT);
      const nl = r.array(childPath(p, 'nicknames'), a.nicknames);
      const nicknames: string[] = [];
      if (nl && nl.length > MAX_NICKNAMES) r.add(childPath(p, 'nicknames'), 'roster.tooManyNicknames', { count: nl.length, max: MAX_NICKNAMES });
      else nl?.forEach((n, k) => {
        const t = r.text(indexPath(childPath(p, 'nicknames'), k), n, MAX_ROSTER_TEXT, true);
        if (t !== undefined) nicknames.push(t);
      });
      const role = a.role;
      if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) r.add(childPath(p, 'role'), 'roster.badRole', { value: String(role) });
      const level = a.level;
      if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) r.add(childPath(p, 'level'), 'roster.badLevel', { value: String(level) });
      const hire = a.hireMonth;
      if (typeof hire !== 'string' || !MONTH.test(hire)) r.add(childPath(p, 'hireMonth'), 'roster.badMonth', { value: String(hire) });
      if (id !== undefined) {
        const first = ids.get(id);
        if (first !== undefined) r.add(childPath(p, 'id'), 'roster.duplicateId', { id, first: first + 1 });
        else ids.set(id, i);
      }
      if (id !== undefined && name !== undefined && team !== undefined) {
        agents.push({ id, name, nicknames, team, role: role as Role, level: level as Level, hireMonth: hire as string });
      }
    });
  }
  if (r.problems.length > before) return undefined;
  return { agents, shareNames: shareNames ?? false };
}

/**
 * The roster as a share link carries it: without names and nicknames unless the owner allowed them
 * (a name becomes the agent's id). Pay facts (team, role, level, hire month) stay.
 */
export function rosterForLink(roster: Roster): Roster {
  if (roster.shareNames) return roster;
  return { shareNames: false, agents: roster.agents.map((a) => ({ ...a, name: a.id, nicknames: [] })) };
}
