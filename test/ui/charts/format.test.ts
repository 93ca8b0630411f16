/** Money and label formatting of the charts (src/ui/charts/format.ts, table.ts). */
import { describe, expect, it } from 'vitest';
import { monthLabel, yuanAxis, yuanCsv, shareCsv } from '../../../src/ui/charts/format';
import { moneyCell, tableCsv, textCell } from '../../../src/ui/charts/table';

describe('format', () => {
  it('compact axis labels from integer fen', () => {
    expect(yuanAxis(0, 'zh')).toBe('¥0');
    expect(yuanAxis(250_000, 'zh')).toBe('¥2,500');
    expect(yuanAxis(999_999, 'en')).toBe('¥10,000'); // 9 999.99 → whole yuan half up
    expect(yuanAxis(1_250_000, 'zh')).toBe('¥1.25万'); // 12 500 yuan
    expect(yuanAxis(1_250_000, 'en')).toBe('¥12.5k');
    expect(yuanAxis(300_000_000, 'zh')).toBe('¥300万');
    expect(yuanAxis(300_000_000, 'en')).toBe('¥3M');
    expect(yuanAxis(12_000_000_000, 'zh')).toBe('¥1.2亿');
    expect(yuanAxis(-2_000_000, 'en')).toBe('−¥20k');
  });

  it('CSV cells are exact plain yuan', () => {
    expect(yuanCsv(123_456_78)).toBe('123456.78');
    expect(yuanCsv(-5)).toBe('-0.05');
    expect(yuanCsv(null)).toBe('');
    expect(shareCsv(0.62)).toBe('0.6200');
  });

  it('month labels', () => {
    expect(monthLabel('2025-11', 'zh')).toBe('11月');
    expect(monthLabel('2026-01', 'zh', true)).toBe('2026年1月');
    expect(monthLabel('2025-11', 'en')).toBe('Nov');
    expect(monthLabel('2026-01', 'en', true)).toBe('Jan 2026');
  });

  it('table CSV: BOM, header, text guarded against formulas, money plain', () => {
    const csv = tableCsv({ head: ['方案', '成本'], rows: [[textCell('=B1'), moneyCell(123_456)], [textCell('a,b'), moneyCell(null)]] });
    expect(csv).toBe('\uFEFF方案,成本\r\n\'=B1,1234.56\r\n"a,b",\r\n');
    expect(moneyCell(123_456)).toEqual({ text: '¥1,235', csv: '1234.56', num: true });
  });
});

describe('labels that fit', () => {
  it('cuts a name to the pixels available, CJK counted wide', async () => {
    const { fitLabel, labelWidth } = await import('../../../src/ui/charts/axis');
    expect(labelWidth('现行 seed000')).toBeCloseTo(2 * 12 + 8 * 6.8, 9); // two CJK, a space and seven letters
    expect(fitLabel('现行 seed000', 100)).toBe('现行 seed000');
    const cut = fitLabel('现行 seed000', 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(labelWidth(cut)).toBeLessThanOrEqual(60);
  });
});
