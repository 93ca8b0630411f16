import { describe, expect, it } from 'vitest';
import { calendarMonth, daysInOrdinalMonth, monthOrdinal, ordinalMonth } from '../../src/engine/months';

describe('calendar', () => {
  it('round-trips months through ordinals', () => {
    // 2026-01 → 2026 × 12 + 0 = 24312
    expect(monthOrdinal('2026-01')).toBe(24312);
    expect(ordinalMonth(24312 + 11)).toBe('2026-12');
    expect(ordinalMonth(24312 + 12)).toBe('2027-01');
    expect(calendarMonth(24312 + 10)).toBe(11);
  });

  it('knows month lengths and leap years', () => {
    expect(daysInOrdinalMonth(monthOrdinal('2026-02'))).toBe(28);
    expect(daysInOrdinalMonth(monthOrdinal('2028-02'))).toBe(29);
    expect(daysInOrdinalMonth(monthOrdinal('2100-02'))).toBe(28); // divisible by 100, not by 400
    expect(daysInOrdinalMonth(monthOrdinal('2000-02'))).toBe(29);
    expect(daysInOrdinalMonth(monthOrdinal('2026-04'))).toBe(30);
    expect(daysInOrdinalMonth(monthOrdinal('2026-12'))).toBe(31);
  });
});
