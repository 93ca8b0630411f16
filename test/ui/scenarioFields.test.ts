import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_GROUPS, SETTINGS_FIELDS, SHOP_GROUPS, fromPercent, toPercent } from '../../src/ui/scenarioFields';
import { defaultBehaviour, defaultShop } from '../../src/behaviour/defaults';
import { zh } from '../../src/i18n/zh';
import { en } from '../../src/i18n/en';

const all = [...SHOP_GROUPS, ...BEHAVIOUR_GROUPS].flatMap((g) => g.fields).concat(SETTINGS_FIELDS);
const paths = new Set(all.map((f) => f.path.join('.')));

describe('scenario panel fields', () => {
  it('cover every behaviour parameter', () => {
    // the ramp has one input per month of the default list
    const missing = Object.keys(defaultBehaviour()).filter((k) => !paths.has(k === 'ramp' ? 'behaviour.ramp.0' : `behaviour.${k}`));
    expect(defaultBehaviour().ramp.map((_, i) => paths.has(`behaviour.ramp.${i}`))).toEqual([true, true]);
    expect(missing).toEqual([]);
  });
  it('cover every shop field (seasonality has its own twelve inputs)', () => {
    const shop = defaultShop();
    const missing = Object.entries(shop).flatMap(([k, v]) => {
      if (k === 'seasonality') return [];
      if (typeof v === 'object' && v !== null) return Object.keys(v).filter((sub) => !paths.has(`shop.${k}.${sub}`)).map((sub) => `${k}.${sub}`);
      return paths.has(`shop.${k}`) ? [] : [k];
    });
    expect(missing).toEqual([]);
  });
  it('name labels, units and sources that exist in both languages', () => {
    const keys = all.flatMap((f) => [f.label, f.source, ...(f.unit ? [f.unit] : [])]).concat([...SHOP_GROUPS, ...BEHAVIOUR_GROUPS].map((g) => g.title));
    expect(keys.filter((k) => !(k in zh) || !(k in en))).toEqual([]);
  });
  it('show shares in % without binary noise and read them back', () => {
    expect(toPercent(0.0173)).toBe(1.73); // 0.0173 × 100 = 1.7299999999999998 in binary, shown 1.73
    expect(toPercent(0.47)).toBe(47);
    expect(fromPercent(1.73)).toBe(0.0173);
    expect(fromPercent(30)).toBe(0.3);
  });
});
