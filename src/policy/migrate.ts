/**
 * `migratePolicy`: upgrades an older rules file to the current format before validation, one
 * version at a time through a table of version → upgrade function; refuses a newer format ("this
 * file was written by a newer Paylab"), an unknown one and a missing one.
 * "paylab.policy/0" is a synthetic predecessor kept to exercise the mechanism: v1 without the
 * `contributions` field, which the upgrade sets to "city" (docs/rules-file.md §"Format versions").
 */
import { problem, type Problem } from '../i18n/problem';
import { POLICY_FORMAT } from './types';
import { show } from './reader';

const FORMAT = /^paylab\.policy\/(0|[1-9][0-9]*)$/;

/** The version number this code writes (the N of "paylab.policy/N"). */
export const CURRENT_VERSION = Number(FORMAT.exec(POLICY_FORMAT)![1]);

type RawDoc = Record<string, unknown>;

/** Upgrade functions: MIGRATIONS[n] turns a version-n document into a version-(n+1) document. */
export const MIGRATIONS: Readonly<Record<number, (doc: RawDoc) => RawDoc>> = {
  0: (doc) => ({
    ...doc,
    format: 'paylab.policy/1',
    contributions: Object.prototype.hasOwnProperty.call(doc, 'contributions') ? doc.contributions : 'city',
  }),
};

export type MigrationResult = { ok: true; doc: RawDoc; fromVersion: number } | { ok: false; problems: Problem[] };

/** Bring a raw document (already known to be an object) to the current format, or say why not. */
export function migratePolicy(raw: RawDoc): MigrationResult {
  if (!Object.prototype.hasOwnProperty.call(raw, 'format')) {
    return { ok: false, problems: [problem('$.format', 'policy.formatMissing', { current: POLICY_FORMAT })] };
  }
  const format = raw.format;
  const m = typeof format === 'string' ? FORMAT.exec(format) : null;
  if (!m) return { ok: false, problems: [problem('$.format', 'policy.formatUnknown', { value: show(format), current: POLICY_FORMAT })] };
  const fromVersion = Number(m[1]);
  if (fromVersion > CURRENT_VERSION) {
    return { ok: false, problems: [problem('$.format', 'policy.formatNewer', { value: format as string, current: POLICY_FORMAT })] };
  }
  let doc = raw;
  for (let v = fromVersion; v < CURRENT_VERSION; v++) {
    const upgrade = MIGRATIONS[v];
    if (!upgrade) return { ok: false, problems: [problem('$.format', 'policy.formatUnknown', { value: show(format), current: POLICY_FORMAT })] };
    doc = upgrade(doc);
  }
  return { ok: true, doc, fromVersion };
}
