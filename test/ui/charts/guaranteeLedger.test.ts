/** Geometry of the 保底 ledger (src/ui/charts/guaranteeLedger.ts). */
import { describe, expect, it } from 'vitest';
import { LEDGER_MARGIN, ledgerGeometry, ledgerTable, type LedgerMonth } from '../../../src/ui/charts/guaranteeLedger';

const lm = (month: string, guarantee: number, earned: number, adjustment: number, o: Partial<LedgerMonth> = {}): LedgerMonth => ({
  month,
  agents: 1,
  guaranteeFen: guarantee * 100,
  earnedFen: earned * 100,
  adjustmentFen: adjustment * 100,
  paidFen: (earned + adjustment) * 100,
  balanceFen: 0,
  settlements: 0,
  writeOffFen: 0,
  ...o,
});

describe('ledgerGeometry', () => {
  // recoverable advance: Oct short by 400 (advance), Nov over by 600 (recover 400), Dec short by 200 (advance, written off)
  const months = [
    lm('2025-10', 2200, 1800, 400, { balanceFen: 400_00 }),
    lm('2025-11', 2200, 2800, -400, { balanceFen: 0 }),
    lm('2025-12', 2200, 2000, 200, { balanceFen: 0, settlements: 1, writeOffFen: 200_00 }),
  ];
  const g = ledgerGeometry(months, 500, 'zh');
  const m = LEDGER_MARGIN;
  const h = g.height - m.top - m.bottom;
  const y = (fen: number) => m.top + h - (fen / g.yDomain[1]) * h;

  it('y from 0 to the nice top of earned, guaranteed and paid', () => {
    expect(g.yDomain[0]).toBe(0);
    expect(g.yDomain[1]).toBeGreaterThanOrEqual(2800_00);
  });

  it('earned bars, the guarantee level, and the guarantee line stacked on earned (a recovery hangs down from it)', () => {
    const [oct, nov, dec] = g.bars;
    expect(oct!.earnedY1).toBeCloseTo(y(1800_00), 9);
    expect(oct!.guaranteeY).toBeCloseTo(y(2200_00), 9);
    // top-up from earned 1 800 up to paid 2 200
    expect(oct!.adjustment).toMatchObject({ positive: true });
    expect(oct!.adjustment!.y0).toBeCloseTo(y(2200_00), 9);
    expect(oct!.adjustment!.y1).toBeCloseTo(y(1800_00), 9);
    // recovery: from earned 2 800 down to paid 2 400
    expect(nov!.adjustment).toMatchObject({ positive: false });
    expect(nov!.adjustment!.y0).toBeCloseTo(y(2800_00), 9);
    expect(nov!.adjustment!.y1).toBeCloseTo(y(2400_00), 9);
    expect(dec!.settlement).toMatchObject({ label: '核销 ¥200' });
    expect(oct!.settlement).toBeNull();
    // a monthly floor marks no settlement; summed over agents only December is labelled; no label on a narrow bar
    expect(ledgerGeometry(months, 500, 'zh', false).bars[2]!.settlement).toBeNull();
    const many = months.map((x) => ({ ...x, agents: 3, settlements: 1 }));
    expect(ledgerGeometry(many, 500, 'zh').bars.map((b) => b.settlement !== null)).toEqual([false, false, true]);
    expect(ledgerGeometry(months, 150, 'zh').bars[2]!.settlement).toBeNull();
  });

  it('table to the fen', () => {
    const t = ledgerTable(months, 'en');
    expect(t.head[0]).toBe('Month');
    expect(t.rows[1]!.map((c) => c.csv)).toEqual(['2025-11', '1', '2200.00', '2800.00', '-400.00', '2400.00', '0.00', '0', '0.00']);
  });
});
