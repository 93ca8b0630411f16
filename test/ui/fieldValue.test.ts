import { describe, expect, it } from 'vitest';
import { display, parse } from '../../src/ui/form/fieldValue';

describe('field values', () => {
  it('shows a rate in % exactly and stores it back as a decimal string', () => {
    expect(display('rate', '0.005')).toBe('0.5');
    expect(display('rate', '0.0125')).toBe('1.25');
    expect(parse('rate', '0.5')).toBe('0.005');
    expect(parse('rate', '0.36')).toBe('0.0036');
    expect(parse('rate', '1')).toBe('0.01');
  });
  it('keeps text that does not parse, for the validator to name', () => {
    expect(parse('rate', 'abc')).toBe('abc');
    expect(parse('int', '2.5')).toBe('2.5');
    expect(parse('num', '')).toBe('');
    expect(display('rate', 'abc')).toBe('abc');
  });
  it('shows a share in % without binary noise', () => {
    expect(display('pct', 0.47)).toBe('47');
    expect(display('pct', 0.0173)).toBe('1.73');
    expect(parse('pct', '30')).toBe(0.3);
    expect(parse('pct', '1.73')).toBe(0.0173);
  });
  it('reads money as typed, without ¥ or separators', () => {
    expect(parse('money', '¥1,500.00')).toBe('1500.00');
    expect(parse('int', ' 12 ')).toBe(12);
    expect(display('money', null)).toBe('');
  });
});
