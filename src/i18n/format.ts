/**
 * Message lookup: `t(lang, key, params)` fills `{name}` placeholders from params. A missing key
 * falls back to the key itself so a gap shows up in review rather than as a crash.
 */
import { zh } from './zh';
import { en } from './en';

export type Lang = 'zh' | 'en';
export type Params = Record<string, string | number>;

const tables: Record<Lang, Record<string, string>> = { zh, en };

export function t(lang: Lang, key: string, params: Params = {}): string {
  const template = tables[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A message in both languages, as error lines in the CLI and UI show them. */
export function bilingual(key: string, params: Params = {}): string {
  return `${t('zh', key, params)} / ${t('en', key, params)}`;
}
