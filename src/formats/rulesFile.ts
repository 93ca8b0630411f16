/**
 * Rules-file export and import for the workbench. Export: the chosen variant's rules
 * file in the canonical form `paylab validate` reads (src/policy/write.ts), carrying freshly
 * simulated worked examples (policyExamples.ts). Import: bytes from a file picker or a drop → a
 * rules file ready to become a new variant of the workspace, or every problem with its JSON path in
 * Chinese and English; never an exception. docs/rules-file.md describes the format.
 */
import { InputError, problem, type Problem } from '../i18n/problem';
import { parsePolicy, writePolicy } from '../policy/parse';
import type { PolicyDoc } from '../policy/types';
import { jsonEqual } from './jsonPatch';
import type { Scenario, Variant } from '../sim/scenario';
import { SCENARIO_LIMITS } from '../sim/scenarioValidate';
import { checkExamples, withExamples } from './policyExamples';

/** A rules file (examples included) is a few tens of kilobytes; anything above this is not one. */
export const MAX_RULES_FILE_BYTES = 5 * 1024 * 1024;

/** The rules-file text of a variant's policy, with worked examples (throws InputError if the policy is invalid). */
export function exportRulesFile(doc: PolicyDoc): string {
  return writePolicy(withExamples(doc));
}

/** A file name for the export: the variant name with characters unsafe in file names replaced. */
export function rulesFileName(variantName: string): string {
  const safe = variantName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 80) || 'policy';
  return `${safe}.policy.json`;
}

export type ImportedRules = { ok: true; doc: PolicyDoc; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Bytes (or text) of a rules file → a valid PolicyDoc. Refuses an oversized, binary or non-UTF-8
 * file up front; parse and validation problems carry JSON paths. Examples the file carries are
 * re-checked: a difference is a warning (the rules themselves are valid), with its path.
 */
export function importRulesFile(input: Uint8Array | string): ImportedRules {
  try {
    let text: string;
    if (typeof input === 'string') text = input;
    else {
      if (input.length > MAX_RULES_FILE_BYTES) {
        return { ok: false, problems: [problem('', 'share.importTooLarge', { mb: (input.length / 1024 / 1024).toFixed(1), limit: MAX_RULES_FILE_BYTES / 1024 / 1024 })] };
      }
      if (input.length === 0) return { ok: false, problems: [problem('', 'share.importEmpty')] };
      if (input.indexOf(0) >= 0) return { ok: false, problems: [problem('', 'share.importBinary')] };
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(input);
      } catch {
        return { ok: false, problems: [problem('', 'share.importNotUtf8')] };
      }
    }
    if (text.trim() === '') return { ok: false, problems: [problem('', 'share.importEmpty')] };
    const doc = parsePolicy(text);
    let warnings: Problem[] = [];
    try {
      warnings = checkExamples(doc);
    } catch {
      warnings = [problem('$.examples', 'share.importExamplesUnchecked')];
    }
    if (warnings.length > 0) warnings = [problem('$.examples', 'share.importExamplesDiffer', { count: warnings.length }), ...warnings];
    return { ok: true, doc, warnings };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, problems: e.problems };
    return { ok: false, problems: [problem('', 'share.importFailed', { detail: e instanceof Error ? e.message : String(e) })] };
  }
}

/** A variant name not yet used in the scenario, from the policy's name (cut to the scenario's limit). */
export function freshVariantName(wanted: string, taken: readonly string[]): string {
  const max = SCENARIO_LIMITS.variantNameLength;
  const base = [...(wanted.trim() || 'imported')].slice(0, max).join('');
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = [...base].slice(0, max - suffix.length).join('') + suffix;
    if (!taken.includes(name)) return name;
  }
}

/**
 * An imported policy as a new (non-baseline) variant of the workspace. A scenario compares policies
 * for one shop, so a policy written for another city takes the shop's city, with a warning saying
 * so (minimum wage and contributions are the shop's). The worked examples stay in the file, not in
 * the workspace: they belong to the exported document, and a share link need not carry them.
 */
export function variantFromPolicy(doc: PolicyDoc, scenario: Scenario): { variant: Variant; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const policy: PolicyDoc = { ...doc };
  delete policy.examples;
  if (policy.city !== scenario.shop.city || !jsonEqual(policy.customCity, scenario.shop.customCity)) {
    warnings.push(problem('$.city', 'share.importCityChanged', { from: policy.customCity?.name ?? policy.city, to: scenario.shop.customCity?.name ?? scenario.shop.city }));
    policy.city = scenario.shop.city;
    // the shop's own tables when it is in another city (docs/law.md §"Custom city")
    delete policy.customCity;
    if (scenario.shop.customCity) policy.customCity = scenario.shop.customCity;
  }
  const name = freshVariantName(doc.name, scenario.variants.map((v) => v.name));
  return { variant: { name, baseline: false, policy }, warnings };
}
