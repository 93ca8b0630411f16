/**
 * The verdict sentence of a sensitivity run (src/formats/sensitivityVerdict.ts) in both languages:
 * robust with the ranking, the assumption that flips it, a single lawful variant's range, no lawful
 * variant, a cancelled run, and the rough amounts it quotes.
 */
import { describe, expect, it } from 'vitest';
import { paramText, roughYuan, sensitivityVerdict } from '../../src/formats/sensitivityVerdict';
import type { Sensitivity, SensitivityRow, SensitivityVariantResult } from '../../src/sim/sensitivity';

const variant = (name: string, low: number, base: number, high: number, baseline = false): SensitivityVariantResult => ({
  variant: name,
  baseline,
  lawful: { low: true, base: true, high: true },
  lowDifferenceFen: low,
  baseDifferenceFen: base,
  highDifferenceFen: high,
  byMetric: { cost: { low, base, high }, peopleCost: { low, base, high }, contribution: { low, base, high } },
  signChanged: !baseline && (Math.sign(low) !== Math.sign(base) || Math.sign(high) !== Math.sign(base)),
});

function row(id: string, low: number, base: number, high: number, variants: SensitivityVariantResult[], ranking: SensitivityRow['ranking'], flips: SensitivityRow['flips'] = []): SensitivityRow {
  return { id, labelKey: `sens.assumption.${id}`, reasonKey: `sens.reason.${id}`, path: ['behaviour', id], low, base, high, variants, ranking, rankingChanged: flips.length > 0, flips, lawfulChanged: [] };
}

function result(rows: SensitivityRow[], baseRanking: string[], complete = true): Sensitivity {
  const flipping = rows.filter((r) => r.rankingChanged).map((r) => r.id);
  return {
    scenario: 's',
    seed: 1,
    replications: 10,
    months: 12,
    baselineName: 'base',
    rankBy: 'cost',
    rankHigherIsBetter: false,
    metrics: ['cost'],
    baseRanking,
    rows,
    robust: flipping.length === 0,
    flipsBy: flipping[0] ?? null,
    flipping,
    complete,
    runs: 1 + 2 * rows.length,
  };
}

const same = { low: ['A', 'B'], base: ['A', 'B'], high: ['A', 'B'] };

describe('rough amounts and values', () => {
  it('rounds for a sentence, signed, in 万 or k', () => {
    expect(roughYuan(55_234_500, 'zh')).toBe('+55 万'); // 552 345 yuan = 55.23 万 → whole 万 from 10 up
    expect(roughYuan(-80_049, 'zh')).toBe('−800 元'); // −800.49 yuan
    expect(roughYuan(51_952_500, 'en')).toBe('+¥520k'); // 519 525 yuan → 520k, not 52k
    expect(roughYuan(-250_000_000, 'en')).toBe('−¥2.5M');
    expect(roughYuan(0, 'en')).toBe('¥0');
    expect(paramText(0.3, 'zh')).toBe('0.3');
    expect(paramText([0.5, 0.7, 0.85], 'en')).toBe('0.5 / 0.7 / 0.85');
    expect(paramText([], 'zh')).toBe('无');
    expect(paramText([], 'en')).toBe('none');
  });
});

describe('sensitivityVerdict', () => {
  it('says robust and gives the ranking', () => {
    const s = result(
      [
        row('quitPayElasticity', 0, 1, 3, [variant('base', 0, 0, 0, true), variant('A', -100_00, -120_00, -300_00), variant('B', 50_00, 60_00, 90_00)], { low: ['A', 'base', 'B'], base: ['A', 'base', 'B'], high: ['A', 'base', 'B'] }),
      ],
      ['A', 'base', 'B'],
    );
    expect(sensitivityVerdict(s, 'zh')).toBe('结论稳健:各项行为假设取低值或高值时,合法方案按用工成本的排序都不变(A < base < B)。');
    expect(sensitivityVerdict(s, 'en')).toBe('Robust: with each behaviour assumption at its low or high value, the ranking of the lawful variants by employer cost stays the same (A < base < B).');
  });

  it('names the assumption that flips the ranking, its value and the variants that swap', () => {
    const s = result(
      [
        row('quitPayElasticity', 0, 1, 3, [variant('A', 10_00, 20_00, 90_00), variant('B', 50_00, 50_00, 50_00)], { ...same, high: ['B', 'A'] }, [{ setting: 'high', above: 'B', below: 'A' }]),
        row('effortElasticity', 0, 0.3, 1, [variant('A', 60_00, 20_00, 20_00), variant('B', 50_00, 50_00, 50_00)], { ...same, low: ['B', 'A'] }, [{ setting: 'low', above: 'B', below: 'A' }]),
      ],
      ['A', 'B'],
    );
    expect(sensitivityVerdict(s, 'zh')).toBe('结论取决于“离职对薪酬的反应”:取高值 3 时,B 排到了 A 前面(按用工成本)。另外 1 项假设也会改变排序:努力对提成的反应。');
    expect(sensitivityVerdict(s, 'en')).toBe('It depends on "Quit response to pay": at its high value 3, B ranks ahead of A (by employer cost). 1 more assumption(s) also change the ranking: Effort response to commission.');
  });

  it('gives a single lawful variant\'s range over every setting', () => {
    const s = result(
      [
        row('quitPayElasticity', 0, 1, 3, [variant('base', 0, 0, 0, true), variant('C', 51_952_500, 55_752_600, 67_515_400)], { low: ['C'], base: ['C'], high: ['C'] }),
        row('effortElasticity', 0, 0.3, 1, [variant('base', 0, 0, 0, true), variant('C', 55_654_000, 55_752_600, 55_882_900)], { low: ['C'], base: ['C'], high: ['C'] }),
      ],
      ['C'],
    );
    // min 519 525 yuan (quit low) → 52 万, max 675 154 yuan (quit high) → 67.5 万 → 68 万 (half up)
    expect(sensitivityVerdict(s, 'zh')).toBe('只有一个合法方案(C),排序无从改变;在各项假设的低值与高值之间,它与基准的用工成本之差为 +52 万 至 +68 万。');
    expect(sensitivityVerdict(s, 'en')).toContain('by +¥520k to +¥675k.');
  });

  it('warns when a lawful variant\'s difference from the baseline changes sign', () => {
    const s = result([row('quitPayElasticity', 0, 1, 3, [variant('base', 0, 0, 0, true), variant('A', -5_00, 10_00, 30_00)], { low: ['A', 'base'], base: ['base', 'A'], high: ['base', 'A'] }, [{ setting: 'low', above: 'A', below: 'base' }])], ['base', 'A']);
    expect(sensitivityVerdict(s, 'en')).toBe('It depends on "Quit response to pay": at its low value 0, A ranks ahead of base (by employer cost). Note: whether A is above or below the baseline depends on "Quit response to pay".');
  });

  it('says when nothing is lawful, and when the run was cancelled', () => {
    expect(sensitivityVerdict(result([row('quitPayElasticity', 0, 1, 3, [variant('A', 1, 1, 1)], { low: [], base: [], high: [] })], []), 'zh')).toBe(
      '没有合法方案可供排序:每个方案都有低于最低工资、扣款超限或试用期工资过低的月份。',
    );
    expect(sensitivityVerdict(result([], ['A', 'B'], false), 'en')).toBe('Sensitivity run not finished (cancelled); what follows is only the part done.');
  });
});
