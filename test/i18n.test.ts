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
    const differ = Object.keys(zh).filter((k) => k in en && placeholders(zh[k]!).join() !== placeholders(en[k]!).join());
    expect(differ).toEqual([]);
  });
  it('fill placeholders and fall back to the key', () => {
    expect(t('en', 'note.fine.each', { count: 2, each: '20.00', amount: '40.00' })).toBe('2 × 20.00 = 40.00');
    expect(t('zh', 'no.such.key')).toBe('no.such.key');
    expect(bilingual('note.fixed', { full: '1,500.00' })).toBe('固定 1,500.00 元/月 / fixed 1,500.00 a month');
  });
});
