/**
 * A month of 200 000 agent-months is paid in one call without exhausting the stack (payslips are
 * appended one by one, never spread as call arguments).
 */
import { describe, expect, it } from 'vitest';
import { payMonths } from '../../src/engine/pay';
import { blankPolicy, ctx, rec } from './fixtures';

describe('payMonths on a very large month', () => {
  it('pays 200 000 agents of one month, each its base, in agent order', () => {
    // Base 3 000.00 yuan for a junior employed the whole of March (31 of 31 days): 300 000 fen each.
    const p = blankPolicy({ baseFen: { junior: 300_000, intermediate: 0, senior: 0, manager: 0 } });
    const id = (i: number) => `A${String(i).padStart(6, '0')}`;
    const records = Array.from({ length: 200_000 }, (_, i) => rec({ month: '2026-03', agentId: id(199_999 - i) }));
    const slips = payMonths(p, records, ctx());
    expect(slips).toHaveLength(200_000);
    expect(slips[0]!.agentId).toBe(id(0));
    expect(slips[199_999]!.agentId).toBe(id(199_999));
    expect(slips.every((s) => s.totals.grossFen === 300_000)).toBe(true);
  }, 120_000);
});
