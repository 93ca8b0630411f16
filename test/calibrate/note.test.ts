/**
 * The calibration note stays with the workspace — through edits, autosave, the scenario file and a
 * share link — and says what the owner changed since; a shop calibrated to fewer than 5 posts keeps
 * its real size and is warned about (page and `paylab calibrate`); estimates are made only from
 * inputs every agent-month has (an import without 离职 or 出勤天数 estimates no turnover or demand).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Workbench } from '../../src/ui/workbench.svelte';
import { noteRows, showNumber } from '../../src/ui/calibrationNote';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import { validateScenario } from '../../src/sim/scenarioValidate';
import { calibrateShop } from '../../src/calibrate/calibrateShop';
import { applyCalibration } from '../../src/calibrate/applyCalibration';
import { fieldsPresent } from '../../src/formats/fieldsPresent';
import { readWorkspaceFile, writeWorkspaceFile } from '../../src/formats/workspace';
import { decodeShareLink, encodeShareLink } from '../../src/formats/shareLink';
import { writeRecordsCsv } from '../../src/formats/records';
import { readAutosave, writeAutosave } from '../../src/ui/share/autosave';
import { run } from '../../src/cli/calibrate';
import { t } from '../../src/i18n/format';
import type { ImportSource } from '../../src/formats/importSource';
import { defaultScenario } from '../behaviour/helpers';
import { MemoryStorage } from '../ui/share/memoryStorage';

const base = defaultScenario();
const recs = scenarioRecords({ ...base, settings: { ...base.settings, months: 3 } });
const calibrated = applyCalibration(base, calibrateShop(recs, base), { leaveDays: { kind: 'override', value: 1.5 }, conversion: { kind: 'keep' } });

describe('the workbench keeps the calibration note', () => {
  it('from loading through edits to the scenario file, autosave and a share link', async () => {
    const wb = new Workbench(calibrated);
    expect(wb.toScenario().calibration).toEqual(calibrated.calibration);
    // the note is not simulation input: the scenario that runs has none
    expect(wb.runnable.scenario!.calibration).toBeUndefined();
    wb.setField(['behaviour', 'latesShort'], 2.5);
    wb.setField(['shop', 'seasonality', 10], 1.9);
    const edited = wb.toScenario();
    expect(edited.calibration).toEqual(calibrated.calibration);
    // scenario file
    const file = readWorkspaceFile(writeWorkspaceFile(edited));
    expect(file.ok && file.scenario.calibration).toEqual(calibrated.calibration);
    // autosave
    const st = new MemoryStorage();
    expect(writeAutosave(st, edited, 'zh')).toBe(true);
    expect(readAutosave(st)?.scenario.calibration).toEqual(calibrated.calibration);
    // share link
    const d = await decodeShareLink(await encodeShareLink(edited));
    if (!d.ok) throw new Error(JSON.stringify(d.problems));
    expect(validateScenario(d.raw).scenario!.calibration).toEqual(calibrated.calibration);
    // reopened, the note is there again
    const wb2 = new Workbench(validateScenario(d.raw).scenario!);
    expect(wb2.calibration).toEqual(calibrated.calibration);
  });

  it('marks what the owner changed since, and what was kept or the owner’s own', () => {
    const s = structuredClone(calibrated);
    s.behaviour.latesShort = 2.5;
    s.shop.seasonality[10] = 1.9;
    const rows = new Map(noteRows(s.calibration!, s).map((r) => [r.id, r]));
    expect(rows.get('latesShort')).toMatchObject({ changed: true, current: 2.5 });
    expect(rows.get('seasonality.11')).toBeUndefined(); // three months: no seasonality estimated
    expect(rows.get('leaveDays')).toMatchObject({ used: 'override', usedValue: 1.5, current: 1.5, changed: false });
    expect(rows.get('conversion')).toMatchObject({ used: 'kept', usedValue: base.behaviour.conversion, current: base.behaviour.conversion, changed: false });
    expect(rows.get('agents')).toMatchObject({ current: 30, changed: false });
    const unchanged = [...rows.values()].filter((r) => !r.changed).map((r) => r.id);
    expect(unchanged).not.toContain('latesShort');
    expect(unchanged.length).toBe(rows.size - 1);
    // shares as percentages, the rest as numbers
    expect(showNumber(0.4712, true)).toBe('47.1%');
    expect(showNumber(0.0021, true)).toBe('0.21%');
    expect(showNumber(150.234, false)).toBe('150.2');
    expect(showNumber(1.2345, false)).toBe('1.23');
  });
});

describe('a shop calibrated to fewer than 5 posts', () => {
  const small = structuredClone(base);
  small.shop.agents = 3;
  small.shop.teams = 1;
  small.shop.roleMix = { presales: 3, aftersales: 0, gold: 0, supervisor: 0 };
  small.settings.months = 3;
  const smallRecs = scenarioRecords(small);
  afterEach(() => vi.restoreAllMocks());

  it('keeps its real size, is a valid scenario, and the CLI says what that means in both languages', async () => {
    const cal = calibrateShop(smallRecs, base);
    expect(cal.estimates.find((e) => e.id === 'agents')!.value).toBe(3);
    const s = applyCalibration(base, cal);
    expect(s.shop.agents).toBe(3);
    expect(validateScenario(JSON.parse(JSON.stringify(s))).problems).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'paylab-small-'));
    writeFileSync(join(dir, 'r.csv'), writeRecordsCsv(smallRecs, 'zh'));
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((x) => ((out += String(x)), true));
    expect(await run(['--records', join(dir, 'r.csv'), '--out', join(dir, 's.json')])).toBe(0);
    expect(out).toContain(t('zh', 'recover.smallShop', { agents: 3 }));
    expect(out).toContain(t('en', 'recover.smallShop', { agents: 3 }));
    expect(t('zh', 'recover.smallShop', { agents: 3 })).toContain('只有 3 个客服岗位');
  });

  it('a shop of 30 gets no such line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paylab-big-'));
    writeFileSync(join(dir, 'r.csv'), writeRecordsCsv(recs, 'zh'));
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((x) => ((out += String(x)), true));
    expect(await run(['--records', join(dir, 'r.csv'), '--out', join(dir, 's.json')])).toBe(0);
    expect(out).not.toContain(t('zh', 'recover.smallShop', { agents: 30 }).slice(0, 8));
  });
});

describe('estimates only from inputs every agent-month has', () => {
  const sourceLacking = (fields: string[]): ImportSource => ({
    attribution: 'payment',
    months: [],
    notProvided: recs.map((r, i) => ({ month: r.month, agentId: r.agentId, fields: i === 0 ? fields : [], pending: [] })),
  });
  const ids = (src: ImportSource) => calibrateShop(recs, base, fieldsPresent(new Set(), src)).estimates.map((e) => e.id);

  it('with everything provided, turnover, demand and conduct are estimated', () => {
    const all = ids(sourceLacking([]));
    for (const id of ['quitEarly', 'quitSettled', 'buyersPerDay', 'casesPerDay', 'leaveDays', 'latesShort']) expect(all).toContain(id);
  });

  it('without 离职 for one agent-month: no turnover (a month nobody marked is no evidence of staying)', () => {
    const got = ids(sourceLacking(['left']));
    expect(got).not.toContain('quitEarly');
    expect(got).not.toContain('quitSettled');
    expect(got).toContain('buyersPerDay');
  });

  it('without 出勤天数: no demand per day worked and no conduct rate per day worked; leave and absences (per scheduled day) stay', () => {
    const got = ids(sourceLacking(['daysWorked']));
    for (const id of ['buyersPerDay', 'casesPerDay', 'latesShort', 'latesLong', 'slowReplies', 'unanswered30m', 'unanswered2h', 'idleHangs']) expect(got).not.toContain(id);
    expect(got).toContain('leaveDays');
    expect(got).toContain('absences');
    expect(ids(sourceLacking(['scheduledDays']))).not.toContain('leaveDays');
  });

  it('a records file (no source): its own columns', () => {
    const present = fieldsPresent(new Set(['inquiries', 'orders']), undefined);
    expect([present('inquiries'), present('left')]).toEqual([true, false]);
  });
});
