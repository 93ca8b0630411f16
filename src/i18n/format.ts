/**
 * Message lookup: `t(lang, key, params)` fills `{name}` placeholders from params. A missing key
 * falls back to the key itself so a gap shows up in review rather than as a crash.
 */
import { zh } from './zh';
import { en } from './en';

export type Lang = 'zh' | 'en';
export type Params = Record<string, string | number>;
/** A key the message tables hold (the Chinese table is the reference; test/i18n.test.ts keeps English equal). */
export type MessageKey = keyof typeof zh;

const tables: Record<Lang, Record<string, string>> = { zh, en };

/**
 * The keys `t` accepts, checked by the compiler: a literal key must be in the table; a key built
 * from a template (`sens.metric.${string}`, or a union of literals) must match keys the table has;
 * a key held as plain `string` (a problem's key, read from data) is checked at run time only and
 * falls back to itself.
 */
export type KnownKey<K extends string> = K extends MessageKey ? K : [Extract<MessageKey, K>] extends [never] ? MessageKey : K;

export function t<K extends string>(lang: Lang, key: KnownKey<K>, params: Params = {}): string {
  const template = tables[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A message in both languages, as error lines in the CLI and UI show them. */
export function bilingual(key: string, params: Params = {}): string {
  return `${t('zh', key, params)} / ${t('en', key, params)}`;
}
