import { readFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { loadRecords, writeRecordsCsv, writeRecordsJson } from '../../src/formats/records';
import type { AgentMonth } from '../../src/engine/records';
import { LEVELS, ROLES } from '../../src/policy/types';

const enc = (s: string) => new TextEncoder().encode(s);

/** Records with awkward but valid values: CSV metacharacters and formula prefixes in text, extremes in numbers. */
function awkward(): AgentMonth[] {
  const base: AgentMonth = {
    month: '2025-12',
    agentId: '=HYPERLINK("x")',
    name: '张"三", 李\n四',
    team: '+一组',
    role: 'supervisor',
    level: 'manager',
    hireMonth: '2016-01',
    tenureMonth: 120,
    daysEmployed: 15,
    left: true,
    scheduledDays: 26,
    daysWorked: 13,
    leaveDays: 2,
    absences: 1,
    latesShort: 3,
    latesLong: 2,
    slowReplies: 7,
    unanswered30m: 1,
    unanswered2h: 1,
    idleHangs: 1,
    inquiries: 999999,
    orders: 5000,
    paidOrders: 4800,
    creditedSalesFen: 999999999, // 9 999 999.99 yuan, the largest accepted is 10 000 000.00
    chasedSalesFen: 1,
    returnsFen: 10,
    badReviews: 5,
    badReviewsReversed: 5,
    badReviewSalesFen: 99,
    afterSalesCases: 12,
    scoreTeamTask: 29.99,
    scoreHandover: 0.01,
    scoreSatisfaction: 30,
    scoreSkill: 12.5,
    violationsLight: 4,
    violationsMedium: 2,
    violationsSevere: 1,
    commendations: 3,
    warnings: 2,
    teamScore: 100,
    onlineHours: 0.01,
    replyRateBp: 10000,
    avgResponseSec: 999999.99,
    firstResponseSec: 0,
    satisfactionRateBp: 1,
    goodReviewRateBp: 0,
    returnRateBp: 9999,
    salesTargetFen: 0,
  };
  return [
    base,
    { ...base, agentId: '-7', name: '@me', team: '', month: '2026-01', hireMonth: '2016-01', tenureMonth: 121, daysEmployed: 31, left: false, role: 'presales', level: 'junior', creditedSalesFen: 0, chasedSalesFen: 0 },
    { ...base, agentId: 'x', name: "'quoted", team: ' spaced ', month: '2024-02', hireMonth: '2024-02', tenureMonth: 1, daysEmployed: 29 },
  ];
}

/** Random valid records from a seeded generator. */
function randomRecords(n: number, seed: string): AgentMonth[] {
  const rng = seedrandom(seed);
  const int = (max: number) => Math.floor(rng() * (max + 1));
  const points = (max: number) => int(max * 100) / 100;
  const out: AgentMonth[] = [];
  for (let i = 0; i < n; i++) {
    const month = `2025-${String(1 + (i % 12)).padStart(2, '0')}`;
    const tenureMonth = 1 + int(60);
    const hireIdx = 2025 * 12 + (i % 12) - (tenureMonth - 1);
    const credited = int(50_000_000);
    const bad = int(5);
    out.push({
      month,
      agentId: `A${i}`,
      name: `客服${i}`,
      team: ['一组', '二组', ''][i % 3]!,
      role: ROLES[int(3)]!,
      level: LEVELS[int(3)]!,
      hireMonth: `${Math.floor(hireIdx / 12)}-${String((hireIdx % 12) + 1).padStart(2, '0')}`,
      tenureMonth,
      daysEmployed: 1 + int(27),
      left: rng() < 0.1,
      scheduledDays: int(28),
      daysWorked: int(28),
      leaveDays: int(3),
      absences: int(2),
      latesShort: int(4),
      latesLong: int(2),
      slowReplies: int(6),
      unanswered30m: int(2),
      unanswered2h: int(1),
      idleHangs: int(1),
      inquiries: int(5000),
      orders: int(2000),
      paidOrders: int(2000),
      creditedSalesFen: credited,
      chasedSalesFen: int(credited),
      returnsFen: int(1_000_000),
      badReviews: bad,
      badReviewsReversed: int(bad),
      badReviewSalesFen: int(100_000),
      afterSalesCases: int(300),
      scoreTeamTask: points(30),
      scoreHandover: points(20),
      scoreSatisfaction: points(30),
      scoreSkill: points(20),
      violationsLight: int(3),
      violationsMedium: int(1),
      violationsSevere: int(1),
      commendations: int(2),
      warnings: int(1),
      teamScore: points(100),
      // service metrics: each present or absent at random (absent must stay absent, never 0)
      ...(rng() < 0.7 ? { onlineHours: points(24) } : {}), // at most 24 h × the smallest days employed (1)
      ...(rng() < 0.7 ? { replyRateBp: int(10000) } : {}),
      ...(rng() < 0.7 ? { avgResponseSec: points(120) } : {}),
      ...(rng() < 0.7 ? { firstResponseSec: points(60) } : {}),
      ...(rng() < 0.7 ? { satisfactionRateBp: int(10000) } : {}),
      ...(rng() < 0.7 ? { goodReviewRateBp: int(10000) } : {}),
      ...(rng() < 0.7 ? { returnRateBp: int(10000) } : {}),
      ...(rng() < 0.5 ? { salesTargetFen: int(50_000_000) } : {}),
    });
  }
  return out;
}

describe('records round trips: load(write(x)) equals x', () => {
  for (const [label, records] of [
    ['awkward values', awkward()],
    ['300 random records', randomRecords(300, 'paylab-roundtrip')],
  ] as const) {
    it(`${label}: Chinese CSV`, () => {
      expect(loadRecords(enc(writeRecordsCsv(records, 'zh')), 'r.csv')).toEqual(records);
    });
    it(`${label}: English CSV`, () => {
      expect(loadRecords(enc(writeRecordsCsv(records, 'en')), 'r.csv')).toEqual(records);
    });
    it(`${label}: JSON`, () => {
      expect(loadRecords(enc(writeRecordsJson(records)), 'r.json')).toEqual(records);
    });
  }

  it('the small fixture survives CSV → JSON → CSV', () => {
    const fromCsv = loadRecords(new Uint8Array(readFileSync(new URL('../fixtures/records/small.csv', import.meta.url))), 'small.csv');
    expect(fromCsv).toHaveLength(6);
    const viaJson = loadRecords(enc(writeRecordsJson(fromCsv)), 'small.json');
    expect(viaJson).toEqual(fromCsv);
    expect(loadRecords(enc(writeRecordsCsv(viaJson, 'zh')), 'again.csv')).toEqual(fromCsv);
  });
});

describe('written files', () => {
  const [r] = awkward();

  it('Chinese CSV: BOM, Chinese header, yuan with two decimals, guarded formulas, 是/否', () => {
    const text = writeRecordsCsv([{ ...r!, creditedSalesFen: 123450, chasedSalesFen: 5 }], 'zh');
    expect(text.startsWith('\uFEFF月份,客服ID,姓名,组,岗位,级别,入职月份,司龄月,在职天数,离职,')).toBe(true);
    const row = text.split('\r\n')[1]!;
    // agentId =HYPERLINK("x") is guarded with an apostrophe and quoted for its quotes; team +一组 likewise guarded.
    expect(row.startsWith(`2025-12,"'=HYPERLINK(""x"")","张""三"", 李`)).toBe(true);
    expect(text).toContain(`,'+一组,主管,客户经理,2016-01,120,15,是,`);
    expect(text).toContain(',1234.50,0.05,0.10,');
  });

  it('English CSV uses the JSON field names and ids', () => {
    const text = writeRecordsCsv([r!], 'en');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFmonth,agentId,name,team,role,level,hireMonth,tenureMonth,daysEmployed,left,scheduledDays,daysWorked,leaveDays,absences,latesShort,latesLong,slowReplies,unanswered30m,unanswered2h,idleHangs,inquiries,orders,paidOrders,creditedSales,chasedSales,returns,badReviews,badReviewsReversed,badReviewSales,afterSalesCases,scoreTeamTask,scoreHandover,scoreSatisfaction,scoreSkill,violationsLight,violationsMedium,violationsSevere,commendations,warnings,teamScore,onlineHours,replyRate,avgResponseSec,firstResponseSec,satisfactionRate,goodReviewRate,returnRate,salesTarget',
    );
    expect(text).toContain(',supervisor,manager,2016-01,120,15,true,');
  });

  it('JSON: the format tag and money as yuan strings', () => {
    const doc = JSON.parse(writeRecordsJson([{ ...r!, creditedSalesFen: 123450 }])) as { format: string; records: Record<string, unknown>[] };
    expect(doc.format).toBe('paylab.records/1');
    expect(doc.records[0]).toMatchObject({ agentId: '=HYPERLINK("x")', creditedSales: '1234.50', chasedSales: '0.01', returns: '0.10', badReviewSales: '0.99', left: true, tenureMonth: 120 });
    expect(Object.keys(doc.records[0]!).some((k) => k.endsWith('Fen'))).toBe(false);
  });
});
