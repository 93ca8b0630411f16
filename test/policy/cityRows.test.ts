import { describe, expect, it } from 'vitest';
import { CITY_IDS, cityTable, inForce } from '../../src/policy/cities';

/** Every entry of a city's three tables, with the table it comes from. */
function entries(id: string): { table: string; source: string }[] {
  const c = cityTable(id)!;
  return [
    ...c.minimumWage.map((e) => ({ table: 'minimumWage', source: e.source })),
    ...c.contributionBase.map((e) => ({ table: 'contributionBase', source: e.source })),
    ...c.contributionRates.map((e) => ({ table: 'contributionRates', source: e.source })),
  ];
}

describe('built-in city rows (docs/law.md §"Dated tables")', () => {
  it('every entry of every city names its source', () => {
    for (const id of CITY_IDS) {
      const c = cityTable(id)!;
      expect(c.minimumWage.length * c.contributionBase.length * c.contributionRates.length, id).toBeGreaterThan(0);
      for (const e of entries(id)) expect(e.source.trim().length, `${id} ${e.table}`).toBeGreaterThan(20);
    }
  });
});

describe('e-commerce hub rows (docs/law.md §"Built-in rows for the e-commerce hubs")', () => {
  it('lists Jinhua (Yiwu) and Suqian with names in both languages', () => {
    expect(cityTable('jinhua')?.name).toEqual({ zh: '金华(义乌)', en: 'Jinhua (Yiwu)' });
    expect(cityTable('suqian')?.name).toEqual({ zh: '宿迁', en: 'Suqian' });
  });

  it("uses the province's first tier: 2490 from 2024-01-01 (Xinhua 2024-01-16), 2660 from 2026-01-01", () => {
    for (const id of ['jinhua', 'suqian']) {
      const c = cityTable(id)!;
      expect(inForce(c.minimumWage, '2024-01')?.fen, id).toBe(249_000);
      expect(inForce(c.minimumWage, '2025-12')?.fen, id).toBe(249_000);
      expect(inForce(c.minimumWage, '2026-01')?.fen, id).toBe(266_000);
    }
  });

  it("takes the province's contribution base: Zhejiang 4986–24930, Jiangsu 4952–24762 (2025)", () => {
    expect(inForce(cityTable('jinhua')!.contributionBase, '2025-06')).toMatchObject({ floorFen: 498_600, ceilingFen: 2_493_000 });
    expect(inForce(cityTable('suqian')!.contributionBase, '2025-06')).toMatchObject({ floorFen: 495_200, ceilingFen: 2_476_200 });
  });

  it('Zhengzhou: Henan first tier 2350 from 2025-12-01; Changsha 2200 from 2025-09-01 (also before: first entry)', () => {
    const zz = cityTable('zhengzhou')!;
    const cs = cityTable('changsha')!;
    expect(zz.name).toEqual({ zh: '郑州', en: 'Zhengzhou' });
    expect(cs.name).toEqual({ zh: '长沙', en: 'Changsha' });
    expect(inForce(zz.minimumWage, '2025-12')?.fen).toBe(235_000);
    expect(inForce(zz.minimumWage, '2025-11')?.fen).toBe(235_000);
    expect(inForce(cs.minimumWage, '2025-09')?.fen).toBe(220_000);
    // province bases from the third-party table: Henan 3756–18780, Hunan 4308–21540
    expect(inForce(zz.contributionBase, '2026-01')).toMatchObject({ floorFen: 375_600, ceilingFen: 1_878_000 });
    expect(inForce(cs.contributionBase, '2026-01')).toMatchObject({ floorFen: 430_800, ceilingFen: 2_154_000 });
    // assumed rates: 16 %, 8 %, 0.7 %, 0.2 %, 5 % in parts per million
    expect(inForce(zz.contributionRates, '2026-01')?.ppm).toEqual({ pension: 160_000, medical: 80_000, unemployment: 7_000, injury: 2_000, housingFund: 50_000 });
  });

  it("marks Zhengzhou's and Changsha's unconfirmed figures", () => {
    for (const id of ['zhengzhou', 'changsha']) {
      const c = cityTable(id)!;
      for (const e of c.contributionBase) expect(e.source, id).toMatch(/city's not confirmed.*\(reported\)/);
      for (const e of c.contributionRates) expect(e.source, id).toMatch(/^assumption/);
    }
    expect(cityTable('zhengzhou')!.minimumWage[0]!.source).toMatch(/city's not confirmed.*tier is assumed/);
    expect(cityTable('changsha')!.minimumWage[0]!.source).toMatch(/2025-09-22/);
  });

  it('says of every figure that the city is not confirmed or that it is an assumption', () => {
    for (const id of ['jinhua', 'suqian']) {
      for (const e of entries(id)) expect(e.source, `${id} ${e.table}`).toMatch(/city's not confirmed|assumption/);
      for (const e of cityTable(id)!.minimumWage) expect(e.source, id).toMatch(/tier (is )?assumed/);
    }
  });
});
