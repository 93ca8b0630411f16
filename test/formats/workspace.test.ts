/**
 * The workspace as files (issue 7 §2): a scenario file opens with every variant kept (a bad one as
 * its draft, its problems as warnings), is refused when the scenario itself is wrong, and the
 * default scenario is the validated scenarios/default.json.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkWorkspace, defaultScenario, readWorkspaceFile, writeWorkspaceFile } from '../../src/formats/workspace';

const text = () => readFileSync('scenarios/default.json', 'utf8');

describe('scenario file', () => {
  it('the default scenario round-trips through its file text', () => {
    const s = defaultScenario();
    const r = readWorkspaceFile(writeWorkspaceFile(s));
    expect(r).toEqual({ ok: true, scenario: s, warnings: [] });
    expect(checkWorkspace(s).ok).toBe(true);
  });

  it('keeps a bad variant as its draft and reports it as a warning', () => {
    const raw = JSON.parse(text()) as { variants: { policy: { commission: { rate?: string } } }[] };
    raw.variants[2]!.policy.commission.rate = '50';
    const r = readWorkspaceFile(JSON.stringify(raw));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.variants).toHaveLength(4);
    expect((r.scenario.variants[2]!.policy.commission as { rate?: string }).rate).toBe('50');
    expect(r.warnings.length).toBeGreaterThan(0);
    for (const w of r.warnings) expect(w.path.startsWith('$.variants[2].policy.commission')).toBe(true);
    expect(checkWorkspace(r.scenario).ok).toBe(false);
  });

  it('refuses a scenario whose shop or settings are wrong, with the paths', () => {
    const raw = JSON.parse(text()) as { shop: { agents: number }; settings: { months: number } };
    raw.shop.agents = 0;
    raw.settings.months = 121;
    const r = readWorkspaceFile(JSON.stringify(raw));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.shop.agents', '$.settings.months']));
  });

  it('a syntax error says where', () => {
    const r = readWorkspaceFile('{\n  "format": "paylab.scenario/1",\n  "name": x\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.params).toMatchObject({ line: 3, column: 11 });
  });
});
