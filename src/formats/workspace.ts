/**
 * The workspace is one scenario file (src/sim/scenario.ts, docs/scenario-file.md): what a share
 * link, the saved scenario file and the browser's autosave all carry. This module
 * binds the share link and the scenario-file text to the scenario validator and the default
 * scenario, so callers get a usable scenario or bilingual problems, never an exception.
 */
import { problem, type Problem } from '../i18n/problem';
import { VARIANT_COLOURS, type Scenario, type Variant } from '../sim/scenario';
import type { PolicyDoc } from '../policy/types';
import { parseJson } from '../policy/json';
import { isPlainObject } from './jsonPatch';
import { allProblems, writeScenario } from '../sim/scenarioParse';
import { validateScenario } from '../sim/scenarioValidate';
import { openShareLink, type OpenedLink, type ScenarioChecks } from './shareLink';
import defaultScenarioFile from '../../scenarios/default.json';

/** The default scenario (scenarios/default.json), validated; a fresh copy on every call. */
export function defaultScenario(): Scenario {
  const check = validateScenario(defaultScenarioFile);
  if (!check.scenario || allProblems(check).length > 0) throw new Error('scenarios/default.json is not a valid scenario');
  return check.scenario;
}

/** Strict check: the scenario only when neither it nor any variant has a problem. */
export function checkWorkspace(raw: unknown): { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] } {
  const check = validateScenario(raw);
  const problems = allProblems(check);
  if (problems.length > 0 || !check.scenario) return { ok: false, problems };
  return { ok: true, scenario: check.scenario };
}

export const WORKSPACE_CHECKS: ScenarioChecks = { validate: checkWorkspace };

/** A location hash → the workspace it shares, or the reasons it could not open (then nothing is replaced). */
export function openWorkspaceLink(fragment: string): Promise<OpenedLink> {
  return openShareLink(fragment, WORKSPACE_CHECKS);
}

/**
 * A workspace from a scenario file or the browser's autosave, as the workbench opens it: refused
 * (with every problem) when the scenario itself has a problem — shop, behaviour, settings, the list
 * of variants; otherwise every variant is kept, a bad one as the draft it is (the workbench marks
 * it and skips it while the others run) with its problems returned as warnings. So opening a file
 * loses nothing the file holds. The returned scenario's shop, behaviour and settings are validated
 * (omitted fields take their defaults); a variant with problems is typed Variant but its policy is
 * a draft.
 */
export function readWorkspace(raw: unknown): { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] } {
  try {
    const check = validateScenario(raw);
    if (check.problems.length > 0 || !check.scenario) return { ok: false, problems: allProblems(check) };
    const rawVariants = (raw as { variants: unknown[] }).variants;
    const variants = rawVariants.map((rv, i): Variant => {
      const k = check.usable.indexOf(i);
      if (k >= 0) return check.scenario!.variants[k]!;
      const o = isPlainObject(rv) ? rv : {};
      return {
        name: typeof o.name === 'string' ? o.name : `#${i + 1}`,
        baseline: o.baseline === true,
        policy: (isPlainObject(o.policy) ? o.policy : {}) as unknown as PolicyDoc,
        ...(Number.isInteger(o.colour) && (o.colour as number) >= 0 && (o.colour as number) < VARIANT_COLOURS ? { colour: o.colour as number } : {}),
      };
    });
    return { ok: true, scenario: { ...check.scenario, variants }, warnings: check.variantProblems.flat() };
  } catch {
    return { ok: false, problems: [problem('', 'share.fileUnreadable')] };
  }
}

/** A scenario file's text (strict JSON with line and column on a syntax error) → readWorkspace. */
export function readWorkspaceFile(text: string): ReturnType<typeof readWorkspace> {
  const json = parseJson(text);
  if (!json.ok || json.problems.length > 0) return { ok: false, problems: json.problems };
  return readWorkspace(json.value);
}

/** The workspace as scenario-file text (the canonical form `paylab simulate --scenario` reads). */
export function writeWorkspaceFile(scenario: Scenario): string {
  return writeScenario(scenario);
}
