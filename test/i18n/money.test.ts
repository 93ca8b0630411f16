/** Money text from integer fen (src/i18n/money.ts): exact, grouped, whole yuan rounded half away from zero. */
import { describe, expect, it } from 'vitest';
import { fenToWholeYuan, fenToYuan, fenToYuanGrouped, groupDigits } from '../../src/i18n/money';

describe('money text', () => {
  it('fenToYuan: two decimals, no grouping, sign in front', () => {
    expect(fenToYuan(123456)).toBe('1234.56');
    expect(fenToYuan(-2000)).toBe('-20.00');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
    expect(() => fenToYuan(1.5)).toThrow(RangeError);
  });
  it('fenToYuanGrouped: thousands separators', () => {
    expect(fenToYuanGrouped(12345678)).toBe('123,456.78');
    expect(fenToYuanGrouped(-123456)).toBe('-1,234.56');
    expect(fenToYuanGrouped(99999)).toBe('999.99');
    expect(groupDigits('1000000')).toBe('1,000,000');
  });
  it('fenToWholeYuan: half away from zero', () => {
    expect(fenToWholeYuan(12350)).toBe(124); // 123.50 → 124
    expect(fenToWholeYuan(12349)).toBe(123);
    expect(fenToWholeYuan(-12350)).toBe(-124);
    expect(fenToWholeYuan(49)).toBe(0);
    expect(fenToWholeYuan(-49)).toBe(0);
  });
});
