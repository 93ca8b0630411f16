/**
 * The name a variant is shown by. Variants loaded from the preset rules files keep the file id as
 * their name (`seed000`, `careful-owner`: the scenario file, share links, the CLI and the pinned
 * outputs use it), but an owner reads the preset's short title in the page's language instead
 * (`ui.presetShort.<id>`, the titles the preset picker shows). Any other name is shown as written.
 */
import { zh } from '../i18n/zh';
import { t, type Lang } from '../i18n/format';

const LANGS: readonly Lang[] = ['zh', 'en'];

/** The message key of the preset title for a variant named after a preset file, or null. */
function presetTitleKey(name: string): string | null {
  const key = `ui.presetShort.${name}`;
  return key in zh ? key : null;
}

/**
 * `name` as shown in `lang` among the variants named `names`: a preset file id becomes the
 * preset's title unless another variant is already called that (a file saved before titles were
 * shown can hold both `seed000` and its title), so distinct names stay distinct on screen.
 */
export function variantLabel(lang: Lang, name: string, names: readonly string[] = []): string {
  const key = presetTitleKey(name);
  if (key === null) return name;
  const title = t(lang, key);
  return names.some((n) => n !== name && n === title) ? name : title;
}

/** `variantLabel` bound to one list of names, for a view that shows several of them. */
export function variantLabeller(lang: Lang, names: readonly string[]): (name: string) => string {
  return (name) => variantLabel(lang, name, names);
}

/**
 * Names a new or renamed variant must not take so that no two variants are shown alike in
 * either language: the names themselves and what they are shown as.
 */
export function shownNames(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, ...LANGS.map((l) => variantLabel(l, n))]))];
}
