/**
 * A calibrated scenario: its real roster seats the shop's own agents (createShop), the validator
 * checks the roster and the calibration note with paths, and `paylab calibrate` writes a scenario the
 * validator accepts, starting the month after the data.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createShop, generateMonth, policyResponse } from '../../src/behaviour/index';
import { compilePolicy } from '../../src/policy/compile';
import { parseScenario, writeScenario } from '../../src/sim/scenarioParse';
import { validateScenario } from '../../src/sim/scenarioValidate';
import { scenarioRecords } from '../../src/sim/scenarioRecords';
import { writeRecordsCsv } from '../../src/formats/records';
import { calibrateShop } from '../../src/calibrate/calibrateShop';
import { applyCalibration } from '../../src/calibrate/applyCalibration';
import { run } from '../../src/cli/calibrate';
import { defaultScenario } from '../behaviour/helpers';
import { writeFileSync } from 'node:fs';

const agent = { agentId: 'K01', name: '王小美', team: '一组', role: 'presales' as const, level: 'senior' as const, hireMonth: '2024-05', skill: 0.4 };

describe('shop.roster', () => {
  it('seats the real agents on the first posts: id, name, team, role, level, month of hire, skill', () => {
    const s = defaultScenario();
    s.shop.roster = [agent, { ...agent, agentId: 'K02', name: '李强', team: '二组', role: 'aftersales', level: 'junior', hireMonth: '2026-11', skill: -0.2 }];
    const shop = createShop(s, 0);
    expect(shop.agentId.slice(0, 2)).toEqual(['K01', 'K02']);
    expect(shop.team.slice(0, 2)).toEqual(['一组', '二组']);
    expect(shop.role.slice(0, 2)).toEqual(['presales', 'aftersales']);
    expect(shop.skill[0]).toBe(0.4);
    // hired 2024-05, simulation from 2026-01: 20 months before month index 0
    expect(shop.hireMonth[0]).toBe(-20);
    // the other posts follow the role mix less the roster's roles: 30 posts, 17/8/2/3
    const count = (r: string) => shop.role.filter((x) => x === r).length;
    expect([count('presales'), count('aftersales'), count('gold'), count('supervisor')]).toEqual([17, 8, 2, 3]);
    const rec = generateMonth(shop, 0, policyResponse(compilePolicy(s.variants[0]!.policy), s)).find((r) => r.agentId === 'K01')!;
    expect(rec).toMatchObject({ name: '王小美', team: '一组', role: 'presales', level: 'senior', hireMonth: '2024-05', tenureMonth: 21 });
  });

  it('is refused with its path: hired after the start, a repeated id, an unknown role, longer than the posts', () => {
    const raw = JSON.parse(writeScenario(defaultScenario()));
    raw.shop.roster = [{ ...agent, hireMonth: '2026-01' }, { ...agent, role: 'boss' }];
    const c = validateScenario(raw);
    expect(c.problems.map((p) => [p.path, p.key])).toEqual([
      ['$.shop.roster[1].agentId', 'calibrate.roster.duplicate'],
      ['$.shop.roster[1].role', 'calibrate.roster.oneOf'],
    ]);
    raw.shop.roster = [{ ...agent, hireMonth: '2026-01' }];
    expect(validateScenario(raw).problems.map((p) => [p.path, p.key])).toEqual([['$.shop.roster[0].hireMonth', 'calibrate.roster.hireAfterStart']]);
    raw.shop.agents = 5;
    raw.shop.teams = 1;
    raw.shop.roster = Array.from({ length: 6 }, (_, i) => ({ ...agent, agentId: `K${i}` }));
    expect(validateScenario(raw).problems.map((p) => [p.path, p.key])).toEqual([['$.shop.roster', 'calibrate.roster.tooLong']]);
  });
});

describe('a calibrated scenario', () => {
  const base = defaultScenario();
  const recs = scenarioRecords({ ...base, settings: { ...base.settings, months: 3 } });
  const cal = calibrateShop(recs, base);

  it('takes the estimates, the structure and the roster, and starts the month after the data', () => {
    const s = applyCalibration(base, cal);
    expect(s.settings.startMonth).toBe('2026-04');
    const conv = cal.estimates.find((e) => e.id === 'conversion')!;
    expect(s.behaviour.conversion).toBeCloseTo(conv.value, 6);
    expect(s.shop.roster!.map((a) => a.agentId)).toEqual(recs.filter((r) => r.month === '2026-03' && !r.left).map((r) => r.agentId));
    expect(s.calibration!.estimates.find((e) => e.id === 'conversion')).toMatchObject({ used: 'estimate', support: conv.support });
    // the written file is a valid scenario that reads back the same
    expect(parseScenario(writeScenario(s))).toEqual(s);
  });

  it('keeps the scenario’s value or takes the owner’s, as chosen', () => {
    const s = applyCalibration(base, cal, { conversion: { kind: 'keep' }, leaveDays: { kind: 'override', value: 1.5 } }, false);
    expect(s.behaviour.conversion).toBe(base.behaviour.conversion);
    expect(s.behaviour.leaveDays).toBe(1.5);
    expect(s.shop.roster).toBeUndefined();
    expect(s.calibration!.estimates.find((e) => e.id === 'leaveDays')).toMatchObject({ used: 'override', usedValue: 1.5 });
  });

  it('paylab calibrate writes it from a CSV records file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paylab-cal-'));
    writeFileSync(join(dir, 'r.csv'), writeRecordsCsv(recs, 'zh'));
    const code = await run(['--records', join(dir, 'r.csv'), '--out', join(dir, 's.json')]);
    expect(code).toBe(0);
    const s = parseScenario(readFileSync(join(dir, 's.json'), 'utf8'));
    expect(s.settings.startMonth).toBe('2026-04');
    expect(s.calibration!.records).toBe(recs.length);
    expect(await run(['--records', join(dir, 'r.csv'), '--out', join(dir, 's.txt')])).toBe(2);
  });
});

describe('a share link of a calibrated scenario', () => {
  it('carries the starting roster without names (each becomes its id) unless the owner allowed names', async () => {
    const { decodeShareLink, encodeShareLink } = await import('../../src/formats/shareLink');
    const s = defaultScenario();
    s.shop.roster = [agent];
    const raw = async (x: typeof s) => {
      const d = await decodeShareLink(await encodeShareLink(x));
      if (!d.ok) throw new Error(JSON.stringify(d.problems));
      return validateScenario(d.raw).scenario!;
    };
    expect((await raw(s)).shop.roster).toEqual([{ ...agent, name: 'K01' }]);
    const allowed = { ...s, roster: { shareNames: true, agents: [] } };
    expect((await raw(allowed)).shop.roster).toEqual([agent]);
  });
});
