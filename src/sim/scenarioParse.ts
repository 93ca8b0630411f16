/**
 * Scenario text ⇄ `Scenario` (docs/scenario-file.md). `checkScenarioText` reads JSON with line and
 * column on a syntax error (src/policy/json.ts) and validates it, keeping variant problems apart;
 * `parseScenario` is the strict form the CLI uses: any problem at all refuses the file with every
 * problem listed (an InputError, shown as "中文 / English" lines, never a stack trace);
 * `writeScenario` writes the canonical form (2-space JSON, fields in documented order, newline).
 */
import { InputError } from '../i18n/problem';
import { parseJson } from '../policy/json';
import type { Scenario } from './scenario';
import { validateScenario, type ScenarioCheck } from './scenarioValidate';

export function checkScenarioText(text: string): ScenarioCheck {
  const json = parseJson(text);
  if (!json.ok) return { problems: json.problems, variantProblems: [], scenario: null, usable: [], baselineUsable: false };
  const check = validateScenario(json.value);
  return { ...check, problems: [...json.problems, ...check.problems], scenario: json.problems.length > 0 ? null : check.scenario };
}

/** Every problem of a check, the scenario's first, then each variant's in order. */
export function allProblems(check: ScenarioCheck): ScenarioCheck['problems'] {
  return [...check.problems, ...check.variantProblems.flat()];
}

export function parseScenario(text: string): Scenario {
  const check = checkScenarioText(text);
  const problems = allProblems(check);
  if (problems.length > 0 || check.scenario === null) throw new InputError(problems);
  return check.scenario;
}

export function writeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
