import { describe, expect, it } from 'vitest';
import { parseYuanToFen, percent, percentRoughSigned, yuan, yuanRough, yuanRoughRange, yuanWhole, yuanWholeSigned } from '../../src/ui/money';

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

describe('rough amounts for sentences', () => {
  it('picks 万/亿 in Chinese with two significant figures at least', () => {
    expect(yuanRough(55_084_000, 'zh')).toBe('55 万'); // 550,840 yuan = 55.084 万 → 55
    expect(yuanRough(5_550_000, 'zh')).toBe('5.6 万'); // 55,500 yuan = 5.55 万 → 5.6 (half up)
    expect(yuanRough(5_549_999, 'zh')).toBe('5.5 万');
    expect(yuanRough(5_000_000, 'zh')).toBe('5 万');
    expect(yuanRough(9_960_000, 'zh')).toBe('10 万'); // 9.96 万 rounds past 10 → whole units
    expect(yuanRough(177_340_400, 'zh')).toBe('177 万');
    expect(yuanRough(12_345_678_900, 'zh')).toBe('1.2 亿');
    expect(yuanRough(324_500, 'zh')).toBe('3,200 元'); // 3,245 yuan → 3,200
    expect(yuanRough(4_900, 'zh')).toBe('49 元');
    expect(yuanRough(-21_347_700, 'zh')).toBe('−21 万');
    expect(yuanRough(0, 'zh')).toBe('0 元');
  });
  it('picks k/M in English', () => {
    expect(yuanRough(55_084_000, 'en')).toBe('¥551k');
    expect(yuanRough(177_340_400, 'en')).toBe('¥1.8M');
    expect(yuanRough(324_500, 'en')).toBe('¥3.2k');
    expect(yuanRough(-4_900, 'en')).toBe('−¥49');
  });
  it('puts a range on the larger amount’s scale', () => {
    expect(yuanRoughRange(51_000_000, 60_400_000, 'zh')).toBe('51–60 万');
    expect(yuanRoughRange(-21_600_000, -21_090_000, 'zh')).toBe('21–22 万'); // sizes, smaller first
    expect(yuanRoughRange(-500_000, 1_200_000, 'zh')).toBe('−0.5 至 +1.2 万');
    expect(yuanRoughRange(-500_000, 1_200_000, 'en')).toBe('−¥5k to +¥12k');
    expect(yuanRoughRange(51_000_000, 60_400_000, 'en')).toBe('¥510k–¥604k');
  });
  it('signs a relative change', () => {
    expect(percentRoughSigned(0.0213)).toBe('+2%');
    expect(percentRoughSigned(-0.004)).toBe('−0.4%');
    expect(percentRoughSigned(0.00004)).toBe('0%');
  });
});
