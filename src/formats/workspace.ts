/**
 * The workspace is one scenario file (src/sim/scenario.ts, docs/scenario-file.md): what a share
 * link, the saved scenario file and the browser's autosave all carry (issue 7 §1–2). This module
 * binds the share link and the scenario-file text to the scenario validator and the default
 * scenario, so callers get a usable scenario or bilingual problems, never an exception.
 */
import { problem, type Problem } from '../i18n/problem';
import type { Scenario } from '../sim/scenario';
import { allProblems, checkScenarioText, writeScenario } from '../sim/scenarioParse';
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

export const WORKSPACE_CHECKS: ScenarioChecks = { validate: checkWorkspace, fallback: defaultScenario };

/** A location hash → the workspace it shares, or the default scenario with the reasons it could not open. */
export function openWorkspaceLink(fragment: string): Promise<OpenedLink> {
  return openShareLink(fragment, WORKSPACE_CHECKS);
}

/**
 * A scenario file's text as the UI opens it: refused when the scenario itself has a problem;
 * otherwise the usable variants are kept and each bad variant's problems come back as warnings
 * (the workbench skips one bad variant rather than the whole file).
 */
export function readWorkspaceFile(
  text: string,
): { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] } {
  try {
    const check = checkScenarioText(text);
    if (check.problems.length > 0 || !check.scenario) return { ok: false, problems: allProblems(check) };
    if (check.scenario.variants.length === 0) return { ok: false, problems: allProblems(check) };
    if (!check.baselineUsable) {
      return { ok: false, problems: [problem('$.variants', 'share.baselineInvalid'), ...allProblems(check)] };
    }
    return { ok: true, scenario: check.scenario, warnings: check.variantProblems.flat() };
  } catch {
    return { ok: false, problems: [problem('', 'share.fileUnreadable')] };
  }
}

/** The workspace as scenario-file text (the canonical form `paylab simulate --scenario` reads). */
export function writeWorkspaceFile(scenario: Scenario): string {
  return writeScenario(scenario);
}
