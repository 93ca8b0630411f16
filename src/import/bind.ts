/**
 * Nicknames → agents of the roster. A nickname `店铺:子账号` binds to the agent who lists it; a
 * roster nickname written without a shop (`子账号`) matches that sub-account in any shop; an export
 * that shows only the sub-account (赤兔 often does) matches the roster's `店铺:子账号` with that
 * sub-account when only one agent has it; a match must be unique (docs/real-data.md §Binding; real-exports pitfall 6: one employee can have several
 * 旺旺, and a nickname not yet bound is listed for the owner to bind once).
 */
import { nicknameKey, type RosterAgent } from '../sim/roster';
import type { Nick } from './readExport';

export interface Binder {
  /** The agent a nickname is bound to, or null (unbound, or more than one agent claims it). */
  agentOf(nick: Nick): RosterAgent | null;
  /** Nicknames two agents both list (each such nickname once). */
  clashes: string[];
}

export function binder(roster: readonly RosterAgent[]): Binder {
  const full = new Map<string, RosterAgent | null>();
  const bare = new Map<string, RosterAgent | null>();
  const account = new Map<string, RosterAgent | null>();
  const clashes: string[] = [];
  const put = (m: Map<string, RosterAgent | null>, k: string, a: RosterAgent) => {
    const prev = m.get(k);
    if (prev === undefined) m.set(k, a);
    else if (prev !== a) {
      if (prev !== null) clashes.push(k);
      m.set(k, null);
    }
  };
  for (const a of roster) {
    for (const n of a.nicknames) {
      const k = nicknameKey(n);
      if (k === '') continue;
      put(k.includes(':') ? full : bare, k, a);
      if (k.includes(':')) {
        const acc = k.slice(k.indexOf(':') + 1);
        const prev = account.get(acc);
        account.set(acc, prev === undefined || prev === a ? a : null);
      }
    }
  }
  return {
    clashes,
    agentOf(nick: Nick) {
      const f = full.get(nicknameKey(nick.full));
      if (f !== undefined) return f;
      const b = bare.get(nicknameKey(nick.account));
      if (b !== undefined) return b;
      if (nick.shop !== '') return null;
      return account.get(nicknameKey(nick.account)) ?? null;
    },
  };
}
