/** Generated records are what `paylab pay` reads: they survive the records file formats exactly. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRecords, writeRecordsCsv, writeRecordsJson } from '../../src/formats/records';
import { COUNT_FIELDS, MONEY_FIELDS } from '../../src/engine/records';
import { parseScenario } from '../../src/sim/scenarioParse';
import { scenarioRecords } from '../../src/sim/scenarioRecords';

const scenario = parseScenario(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'));
scenario.settings.months = 3;
const records = scenarioRecords(scenario);
const enc = (s: string) => new TextEncoder().encode(s);

describe('scenarioRecords', () => {
  it('makes every field of every record, ordered by month then agent id', () => {
    expect(records.length).toBeGreaterThanOrEqual(85);
    for (let i = 1; i < records.length; i++) {
      const a = records[i - 1]!;
      const b = records[i]!;
      expect(a.month < b.month || (a.month === b.month && a.agentId < b.agentId)).toBe(true);
    }
    for (const r of records) {
      for (const f of [...COUNT_FIELDS, ...MONEY_FIELDS]) expect(Number.isSafeInteger(r[f]) && r[f] >= 0, `${r.agentId} ${f}`).toBe(true);
      expect(r.daysWorked + r.leaveDays + r.absences).toBe(r.scheduledDays);
      expect(r.paidOrders).toBeLessThanOrEqual(r.orders);
      expect(r.orders).toBeLessThanOrEqual(r.inquiries);
      expect(r.chasedSalesFen).toBeLessThanOrEqual(r.creditedSalesFen);
      expect(r.badReviewsReversed).toBeLessThanOrEqual(r.badReviews);
      expect(r.scoreTeamTask).toBeLessThanOrEqual(30);
      expect(r.teamScore).toBeLessThanOrEqual(100);
    }
  });

  it('round-trips through the JSON and CSV records files', () => {
    expect(loadRecords(enc(writeRecordsJson(records)), 'r.json')).toEqual(records);
    expect(loadRecords(enc(writeRecordsCsv(records, 'zh')), 'r.csv')).toEqual(records);
    expect(loadRecords(enc(writeRecordsCsv(records, 'en')), 'r.csv')).toEqual(records);
  });
});
