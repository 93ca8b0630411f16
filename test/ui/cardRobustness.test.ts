import { describe, expect, it } from 'vitest';
import type { Sensitivity, SensitivityRow } from '../../src/sim/sensitivity';
import { cardRobustness } from '../../src/ui/cardRobustness';

const row = (id: string, flips: SensitivityRow['flips'], low: number, high: number): SensitivityRow =>
  ({ id, labelKey: `sens.assumption.${id}`, reasonKey: '', path: [], low, base: 1, high, variants: [], ranking: { low: [], base: [], high: [] }, rankingChanged: flips.length > 0, flips, lawfulChanged: [] }) as unknown as SensitivityRow;

const sens = (rows: SensitivityRow[], baseRanking = ['careful', 'lawful-b'], complete = true): Sensitivity =>
  ({ rows, baseRanking, complete, robust: rows.every((r) => r.flips.length === 0), flipsBy: rows.find((r) => r.flips.length > 0)?.id ?? null, flipping: [] }) as unknown as Sensitivity;

describe('the robustness clause of a card', () => {
  it('is robust when no assumption moves the variant', () => {
    expect(cardRobustness(sens([row('quitPayElasticity', [], 0, 3)]), 'careful', 'zh')).toEqual({ robust: true });
  });
  it('names the first assumption and setting that swap the variant with another', () => {
    const s = sens([row('effortElasticity', [], 0, 1), row('quitPayElasticity', [{ setting: 'high', above: 'lawful-b', below: 'careful' }], 0, 3)]);
    expect(cardRobustness(s, 'careful', 'zh')).toEqual({ robust: false, assumption: '“离职对薪酬的反应”取高值 3' });
    expect(cardRobustness(s, 'lawful-b', 'en')).toEqual({ robust: false, assumption: '“Quit response to pay” is at its high value 3' });
  });
  it('says nothing of an unlawful variant, a single lawful one or an unfinished run', () => {
    const s = sens([row('quitPayElasticity', [], 0, 3)]);
    expect(cardRobustness(s, 'seed000', 'zh')).toBeNull();
    expect(cardRobustness(sens([row('quitPayElasticity', [], 0, 3)], ['careful']), 'careful', 'zh')).toBeNull();
    expect(cardRobustness(sens([row('quitPayElasticity', [], 0, 3)], undefined, false), 'careful', 'zh')).toBeNull();
  });
});
