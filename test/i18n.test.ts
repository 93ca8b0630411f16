/** The two message tables say the same things: the same keys, and the same {placeholders} in each message. */
import { describe, expect, it } from 'vitest';
import { zh } from '../src/i18n/zh';
import { en } from '../src/i18n/en';
import { bilingual, t } from '../src/i18n/format';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message tables', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).filter((k) => !(k in zh))).toEqual([]);
    expect(Object.keys(zh).filter((k) => !(k in en))).toEqual([]);
  });
  it('use the same placeholders in both languages', () => {
    const zhTable: Readonly<Record<string, string>> = zh;
    const differ = Object.keys(zh).filter((k) => k in en && placeholders(zhTable[k]!).join() !== placeholders(en[k]!).join());
    expect(differ).toEqual([]);
  });
  it('check keys built from templates against the tables at compile time', () => {
    const preset = (id: string) => t('en', `ui.presetShort.${id}`);
    expect(preset('seed000')).toBe('Base+commission');
    const setting = (s: 'low' | 'high') => t('zh', `sens.setting.${s}`);
    expect([setting('low'), setting('high')]).toEqual([zhKey('sens.setting.low'), zhKey('sens.setting.high')]);
    // @ts-expect-error no message key starts with 'ui.noSuchFamily.'
    const missing = (id: string) => t('en', `ui.noSuchFamily.${id}`);
    expect(missing('x')).toBe('ui.noSuchFamily.x');
    // @ts-expect-error 'sens.setting.middle' is not a message key
    const wrong = (s: 'low' | 'middle') => t('zh', `sens.setting.${s}`);
    expect(wrong('low')).toBe(zhKey('sens.setting.low'));
  });
  it('fill placeholders and fall back to the key', () => {
    expect(t('en', 'note.fine.each', { count: 2, each: '20.00', amount: '40.00' })).toBe('2 × 20.00 = 40.00');
    // a key the tables lack is a compile error (npm run check fails if the keys lose their types)
    // @ts-expect-error 'no.such.key' is not a message key
    expect(t('zh', 'no.such.key')).toBe('no.such.key');
    expect(bilingual('note.fixed', { full: '1,500.00' })).toBe('固定 1,500.00 元/月 / fixed 1,500.00 a month');
  });
});

/** The Chinese text of a key, read from the table itself. */
function zhKey(key: keyof typeof zh): string {
  return zh[key];
}
