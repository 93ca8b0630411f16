import { describe, expect, it } from 'vitest';
import { legalChecks } from '../../src/ui/legalChecks';
import seed000 from '../../scenarios/policies/seed000.json';
import guarantee from '../../scenarios/policies/seed001-guarantee.json';
import careful from '../../scenarios/policies/careful-owner.json';

const copy = <T>(x: T): Record<string, unknown> => JSON.parse(JSON.stringify(x)) as Record<string, unknown>;

describe('inline legal checks of the rules-file editor', () => {
  it('warns on every base below the Hangzhou minimum of the simulated year, with the numbers', () => {
    // seed 000 bases 1500/1800/2200/2700; Hangzhou 2660 from 2026-01 (src/data/cities.json): three below
    const c = legalChecks(copy(seed000), 'hangzhou', '2026-01', 12, 'zh');
    expect(Object.fromEntries(c.byPath)).toEqual({
      '$.base.junior': ['低于杭州最低工资:¥1,500 < ¥2,660'],
      '$.base.intermediate': ['低于杭州最低工资:¥1,800 < ¥2,660'],
      '$.base.senior': ['低于杭州最低工资:¥2,200 < ¥2,660'],
    });
    expect(c.minimumLine).toBe('按模拟期(2026-01 起 12 个月)内最高的最低工资:杭州 ¥2,660(2026-01 起施行)');
    expect(c.probationRule).toBeNull(); // seed 000 has no probation
  });
  it('uses the minimum in force before a rise when the simulated months end before it', () => {
    // 2025-01 + 12 months ends 2025-12: Hangzhou 2490
    const c = legalChecks(copy(seed000), 'hangzhou', '2025-01', 12, 'en');
    expect(c.byPath.get('$.base.junior')).toEqual(['Below the Hangzhou minimum wage: ¥1,500 < ¥2,490']);
    expect(c.byPath.get('$.base.manager')).toBeUndefined(); // 2700 ≥ 2490
  });
  it('checks the guarantee by tenure year and probation pay against the minimum and 80 % of the lowest guarantee', () => {
    // seed 001: no base, guarantee 2000/2200/2500, probation 1600; Shanghai 2740
    // 80 % of the lowest guarantee 2000 = 1600: probation exactly at it passes that rule
    const c = legalChecks(copy(guarantee), 'shanghai', '2026-01', 12, 'zh');
    expect(Object.fromEntries(c.byPath)).toEqual({
      '$.guarantee.byTenureYear[0]': ['保底低于上海最低工资:¥2,000 < ¥2,740'],
      '$.guarantee.byTenureYear[1]': ['保底低于上海最低工资:¥2,200 < ¥2,740'],
      '$.guarantee.byTenureYear[2]': ['保底低于上海最低工资:¥2,500 < ¥2,740'],
      '$.probation.pay': ['试用期工资低于上海最低工资:¥1,600 < ¥2,740'],
    });
    expect(c.probationRule).toBe('试用期工资不得低于最低一档保底的 80%(¥1,600),也不得低于上海最低工资 ¥2,740');
  });
  it('warns on probation pay below 80 % of the lowest base, to the fen', () => {
    // careful owner: lowest base 2700 → 80 % = 2160; probation typed 2159.99
    const d = copy(careful);
    (d.probation as Record<string, unknown>).pay = '2159.99';
    const c = legalChecks(d, 'chengdu', '2026-01', 12, 'zh');
    // Chengdu 2330: 2159.99 is below it and below 2160
    expect(c.byPath.get('$.probation.pay')).toEqual([
      '试用期工资低于成都最低工资:¥2,159.99 < ¥2,330',
      '低于最低一档底薪的 80%:¥2,159.99 < ¥2,160(劳动合同法第 20 条)',
    ]);
    (d.probation as Record<string, unknown>).pay = '2700.00';
    expect(legalChecks(d, 'chengdu', '2026-01', 12, 'zh').byPath.size).toBe(0); // the careful owner's variant is clean
  });
  it('says nothing for a city without a table or a month that does not read', () => {
    expect(legalChecks(copy(seed000), 'atlantis', '2026-01', 12, 'zh')).toEqual({ byPath: new Map(), minimumLine: null, probationRule: null });
    expect(legalChecks(copy(seed000), 'hangzhou', '2026-13', 12, 'zh').byPath.size).toBe(0);
  });
});
