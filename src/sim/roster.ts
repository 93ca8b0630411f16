/**
 * The shop's real roster: who its agents are, which 旺旺 nicknames (`店铺:子账号`) each one answers
 * under, and the facts pay reads (team, role, level, hire month). The owner enters it once; it binds
 * the nicknames of platform exports to agents (src/import/bind.ts) and is kept with the workspace.
 * Names and nicknames are personal data: a share link carries them only when the owner says so
 * (docs/real-data.md §Roster).
 */
import type { Level, Role } from '../policy/types';

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
