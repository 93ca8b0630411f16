/**
 * The roster lives in the workspace: the scenario file and autosave keep it whole; a share link
 * carries no names or nicknames unless the owner allows it; a workspace without a roster shares the
 * same link as before. Nicknames bind to agents (bind.ts): full `店铺:子账号`, a bare sub-account,
 * and an export's bare sub-account against the roster's full nickname, each only when unique.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, openWorkspaceLink, readWorkspaceFile, writeWorkspaceFile } from '../../src/formats/workspace';
import { encodeShareLink } from '../../src/formats/shareLink';
import { binder } from '../../src/import/bind';
import { splitNickname } from '../../src/import/exportCells';
import { readRosterGrid, writeRosterCsv } from '../../src/import/rosterCsv';
import { csvGrid } from '../../src/import/workbook';
import type { Roster, RosterAgent } from '../../src/sim/roster';
import { describe as describeProblem } from '../../src/i18n/problemText';

const agents: RosterAgent[] = [
  { id: 'A001', name: '张贞', nicknames: ['钱运来旗舰店:贞贞', '贞贞2'], team: '一组', role: 'presales', level: 'intermediate', hireMonth: '2025-03' },
  { id: 'A002', name: '李美', nicknames: ['钱运来旗舰店:小美'], team: '一组', role: 'presales', level: 'junior', hireMonth: '2026-02' },
  { id: 'B001', name: '王强', nicknames: ['另一店:小美'], team: '二组', role: 'aftersales', level: 'senior', hireMonth: '2024-11' },
];
const roster: Roster = { agents, shareNames: false };

describe('the roster in the workspace', () => {
  it('the scenario file keeps it whole', () => {
    const r = readWorkspaceFile(writeWorkspaceFile({ ...defaultScenario(), roster }));
    expect(r.ok && r.scenario.roster).toEqual(roster);
  });
  it('a share link leaves names and nicknames out unless the owner allows them', async () => {
    const plain = await openWorkspaceLink(`#${await encodeShareLink({ ...defaultScenario(), roster })}`);
    expect(plain.ok && plain.scenario.roster!.agents).toEqual([
      { id: 'A001', name: 'A001', nicknames: [], team: '一组', role: 'presales', level: 'intermediate', hireMonth: '2025-03' },
      { id: 'A002', name: 'A002', nicknames: [], team: '一组', role: 'presales', level: 'junior', hireMonth: '2026-02' },
      { id: 'B001', name: 'B001', nicknames: [], team: '二组', role: 'aftersales', level: 'senior', hireMonth: '2024-11' },
    ]);
    const link = await encodeShareLink({ ...defaultScenario(), roster });
    expect(link).not.toContain('张贞');
    const named = await openWorkspaceLink(`#${await encodeShareLink({ ...defaultScenario(), roster: { ...roster, shareNames: true } })}`);
    expect(named.ok && named.scenario.roster).toEqual({ ...roster, shareNames: true });
  });
  it('a workspace without a roster, or with an empty one, shares the same link as before', async () => {
    const before = await encodeShareLink(defaultScenario());
    const r = readWorkspaceFile(writeWorkspaceFile({ ...defaultScenario(), roster: { agents: [], shareNames: false } }));
    expect(r.ok && r.scenario.roster).toBeUndefined();
    expect(await encodeShareLink(r.ok ? r.scenario : defaultScenario())).toBe(before);
  });
  it('a bad roster is refused with its path, in both languages', () => {
    const bad = { ...defaultScenario(), roster: { agents: [{ ...agents[0]!, role: 'boss' }, { ...agents[1]!, id: 'A001' }] } };
    const r = readWorkspaceFile(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    const ps = r.ok ? [] : r.problems;
    expect(ps.map((p) => p.path)).toEqual(['$.roster.agents[0].role', '$.roster.agents[1].id']);
    expect(describeProblem(ps[0]!, 'zh')).toContain('岗位 "boss" 不对');
    expect(describeProblem(ps[1]!, 'en')).toContain('agent id A001 repeats agent 1');
  });
});

describe('binding nicknames', () => {
  const b = binder(agents);
  const who = (n: string) => b.agentOf(splitNickname(n))?.id ?? null;
  it('full, bare and account-only matches, unique only', () => {
    expect(who('钱运来旗舰店:贞贞')).toBe('A001');
    expect(who('钱运来旗舰店：贞贞')).toBe('A001'); // full-width colon
    expect(who('任何店:贞贞2')).toBe('A001'); // the roster lists the bare sub-account 贞贞2
    expect(who('贞贞')).toBe('A001'); // an export showing only the sub-account, one agent has it
    expect(who('小美')).toBeNull(); // two agents have a 小美 in different shops: not guessed
    expect(who('钱运来旗舰店:小美')).toBe('A002');
    expect(who('钱运来旗舰店:阿强')).toBeNull();
  });
  it('a nickname two agents list is a clash', () => {
    expect(binder([...agents, { ...agents[2]!, id: 'B002', nicknames: ['钱运来旗舰店:小美'] }]).clashes).toEqual(['钱运来旗舰店:小美']);
  });
});

describe('the roster table', () => {
  it('writes and reads back (CSV with BOM, 、-separated nicknames)', () => {
    const r = readRosterGrid(csvGrid(new TextEncoder().encode(writeRosterCsv(agents)), 'roster.csv'));
    expect(r.ok && r.roster).toEqual(agents);
  });
  it('names the cell of a bad value', () => {
    const text = '客服ID,姓名,旺旺昵称,组,岗位,级别,入职月份\r\nA001,张贞,店:贞贞,一组,老板,中级,2025-03\r\n';
    const r = readRosterGrid(csvGrid(new TextEncoder().encode(text), 'roster.csv'));
    expect(r.ok).toBe(false);
    const p = r.ok ? null : r.problems[0]!;
    expect(p!.path).toBe('roster.csv E2 岗位');
    expect(describeProblem(p!, 'zh')).toContain('老板');
  });
});
