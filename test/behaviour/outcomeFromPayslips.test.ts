/**
 * The roster's outcome by slot (types.ts MonthOutcome): from the engine's rows and from payslip
 * objects, each slot's net pay and dismissal flag are those of the payslip of the agent in that slot,
 * looked up by agent id; vacant slots are NaN and not dismissed.
 */
import { describe, expect, it } from 'vitest';
import { advanceRoster, createShop, emptyOutcome, generateMonthInto, MonthRecords, outcomeFromPayslips, policyResponse } from '../../src/behaviour/index';
import { outcomeFromPayRows, sameDismissals } from '../../src/behaviour/outcomeFromPayslips';
import { PayLedger, payMonth, payMonthRows } from '../../src/engine/pay';
import { PayRows } from '../../src/engine/payRows';
import { compilePolicy } from '../../src/policy/compile';
import { cityOf } from '../../src/policy/cities';
import { defaultScenario, variantIndex, withBehaviour } from './helpers';

describe('the month outcome by roster slot', () => {
  const base = defaultScenario();
  // many vacancies at the start of month 1: quits in month 0 leave their posts empty for a while
  const scenario = withBehaviour(base, { quitEarly: 0.5, quitSettled: 0.5, vacancyMonths: 3 });
  const doc = scenario.variants[variantIndex(scenario, 'seed001-guarantee')]!.policy;
  const policy = compilePolicy(doc);
  const ctx = { city: cityOf(doc)!, shopAovFen: 15000 };
  const shop = createShop(scenario, 4);
  const response = policyResponse(policy, scenario);
  const month = new MonthRecords();
  generateMonthInto(shop, 0, response, true, month);
  advanceRoster(shop, 0, emptyOutcome(shop.size), response);
  // month 1: the posts of month 0's leavers are vacant (records in slot order, with gaps)
  const records = generateMonthInto(shop, 1, response, true, month);
  // three agents with three warnings each: seed001's rule (3 warnings a year) dismisses them
  const warned = [1, 4, 7].map((k) => records[k]!.agentId);
  for (const r of records) if (warned.includes(r.agentId)) r.warnings = 3;

  it('from rows and from payslips, equals each agent’s payslip found by id', () => {
    const slips = payMonth(policy, records, new PayLedger(), ctx);
    const rows = payMonthRows(policy, records, new PayLedger(), ctx, new PayRows());
    const fromRows = outcomeFromPayRows(rows, month.slot, emptyOutcome(shop.size));
    const fromSlips = outcomeFromPayslips(slips, shop);
    let paid = 0;
    for (let s = 0; s < shop.size; s++) {
      const slip = shop.occupied[s] ? slips.find((p) => p.agentId === shop.agentId[s]) : undefined;
      if (!slip) {
        expect(fromRows.netPayFen[s]).toBeNaN();
        expect(fromSlips.netPayFen[s]).toBeNaN();
        expect(fromRows.dismissed[s]).toBe(0);
        continue;
      }
      paid++;
      expect(fromRows.netPayFen[s]).toBe(slip.totals.netFen);
      expect(fromSlips.netPayFen[s]).toBe(slip.totals.netFen);
      const flagged = slip.flags.dismissal !== null ? 1 : 0;
      expect(fromRows.dismissed[s]).toBe(flagged);
      expect(fromSlips.dismissed[s]).toBe(flagged);
    }
    expect(paid).toBe(records.length);
    expect(paid).toBeLessThan(shop.size - 3);
    expect([...fromRows.dismissed].filter((x) => x === 1)).toHaveLength(3);
    expect(warned.map((id) => fromRows.dismissed[shop.agentId.indexOf(id)])).toEqual([1, 1, 1]);
    expect(sameDismissals(fromRows, fromSlips)).toBe(true);
  });

  it('a refilled outcome forgets the month before', () => {
    const rows = payMonthRows(policy, records, new PayLedger(), ctx, new PayRows());
    const into = emptyOutcome(shop.size);
    into.netPayFen.fill(123);
    into.dismissed.fill(1);
    outcomeFromPayRows(rows, month.slot, into);
    const again = outcomeFromPayRows(rows, month.slot, emptyOutcome(shop.size));
    expect(into).toEqual(again);
    expect(sameDismissals(into, emptyOutcome(shop.size))).toBe(false);
  });
});
