import { describe, expect, it } from 'vitest';
import { parseYuanToFen, percent, yuan, yuanWhole, yuanWholeSigned } from '../../src/ui/money';

describe('money display', () => {
  it('shows fen exactly with ¥ and separators', () => {
    expect(yuan(123456789)).toBe('¥1,234,567.89');
    expect(yuan(-2000)).toBe('−¥20.00');
    expect(yuan(5)).toBe('¥0.05');
  });
  it('rounds to whole yuan half up, away from zero', () => {
    expect(yuanWhole(178651136)).toBe('¥1,786,511'); // 1,786,511.36 → 1,786,511
    expect(yuanWhole(150)).toBe('¥2'); // 1.50 → 2
    expect(yuanWhole(149)).toBe('¥1');
    expect(yuanWhole(-23606450)).toBe('−¥236,065'); // −236,064.50 → −236,065
    expect(yuanWhole(-49)).toBe('¥0');
  });
  it('signs differences', () => {
    expect(yuanWholeSigned(55840729)).toBe('+¥558,407');
    expect(yuanWholeSigned(-100)).toBe('−¥1');
    expect(yuanWholeSigned(0)).toBe('¥0');
  });
  it('formats shares', () => {
    expect(percent(0.12389)).toBe('12.4%');
    expect(percent(0.5, 0)).toBe('50%');
  });
  it('reads typed yuan to fen without floats', () => {
    expect(parseYuanToFen('1,800,000')).toBe(180000000);
    expect(parseYuanToFen('¥0.29')).toBe(29);
    expect(parseYuanToFen('12.5')).toBe(1250);
    expect(parseYuanToFen('12.345')).toBeNull();
    expect(parseYuanToFen('-5')).toBeNull();
    expect(parseYuanToFen('')).toBeNull();
  });
});
