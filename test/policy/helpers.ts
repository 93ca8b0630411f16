/** Shared fixtures for the rules-file tests: the presets as text and a way to change one field. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validatePolicy } from '../../src/policy/validate';

export const PRESETS = ['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner', 'seed004', 'kpi-shop'] as const;

export function presetText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../scenarios/policies/${name}.json`, import.meta.url)), 'utf8');
}

/** A fresh plain copy of a preset as raw JSON data. */
export function raw(name: string = 'seed000'): Record<string, unknown> {
  return JSON.parse(presetText(name)) as Record<string, unknown>;
}

/** A copy of `doc` with the value at `path` (keys and indexes) replaced, or deleted when value is `DELETE`. */
export const DELETE = Symbol('delete');
export function changed(doc: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === DELETE) delete at[last];
  else at[last] = value;
  return copy;
}

/** [path, key] of every problem validatePolicy finds (empty when valid). */
export function problemsOf(value: unknown): [string, string][] {
  const r = validatePolicy(value);
  return r.ok ? [] : r.problems.map((p) => [p.path, p.key]);
}
