/**
 * The house has one direction of flow (shared/conventions.md): this test scans every import and
 * fails on a forbidden one, and on randomness or the wall clock in the pure layers.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';

const root = resolve(__dirname, '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|svelte)$/.test(name)) out.push(p);
  }
  return out;
}

/** Which top-level areas each area may import from (besides itself, i18n and data). */
const ALLOWED: Record<string, string[]> = {
  policy: [],
  engine: ['policy'],
  behaviour: ['policy', 'engine'],
  sim: ['policy', 'engine', 'behaviour'],
  formats: ['policy', 'engine', 'behaviour', 'sim'],
  ui: ['policy', 'engine', 'behaviour', 'sim', 'formats', 'workers'],
  cli: ['policy', 'engine', 'behaviour', 'sim', 'formats', 'workers'],
  i18n: [],
  data: [],
  workers: ['sim', 'policy', 'engine', 'behaviour'],
};

function areaOf(abs: string): string | null {
  const rel = relative(root, abs).split(/[\\/]/);
  if (rel[0] === 'workers') return 'workers';
  if (rel[0] === 'src') return rel[1] ?? null;
  return null;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]/g;

describe('architecture', () => {
  const all = [...files(join(root, 'src')), ...files(join(root, 'workers'))];
  it('finds the source files', () => {
    expect(all.length).toBeGreaterThan(10);
  });
  it('imports point one way', () => {
    const bad: string[] = [];
    for (const f of all) {
      const from = areaOf(f)!;
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3]!;
        if (!spec.startsWith('.')) continue;
        const to = areaOf(resolve(dirname(f), spec));
        if (to === null || to === from || to === 'i18n' || to === 'data') continue;
        if (!(ALLOWED[from] ?? []).includes(to)) bad.push(`${relative(root, f)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('the engine needs only decimal.js and policy types', () => {
    const bad: string[] = [];
    for (const f of all.filter((x) => areaOf(x) === 'engine')) {
      for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? '';
        if (spec && !spec.startsWith('.') && spec !== 'decimal.js') bad.push(`${relative(root, f)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('no Math.random or argument-less new Date() in engine, policy, behaviour, sim', () => {
    const bad = all
      .filter((f) => ['engine', 'policy', 'behaviour', 'sim'].includes(areaOf(f)!))
      .filter((f) => /Math\.random\(|new Date\(\)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(bad).toEqual([]);
  });
});
