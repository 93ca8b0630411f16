/**
 * What the worker scripts carry: the modules a worker entry imports (statically, as values: what the
 * bundler puts in its script) must not reach the message tables. Problems stay structured in the
 * workers (src/i18n/problem.ts) and are said where they are shown (src/i18n/problemText.ts); a
 * worker's code that needs text loads it on first use (a dynamic import: its own chunk).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '..');
const TABLES = ['src/i18n/format.ts', 'src/i18n/zh.ts', 'src/i18n/en.ts'];
const WORKERS = ['workers/sim.worker.ts', 'workers/run.worker.ts', 'src/ui/share/realMonths.worker.ts'];

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null; // a package
  const base = resolve(dirname(from), spec);
  for (const ext of ['.ts', '.svelte.ts', '/index.ts', '']) if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  return null;
}

/** The value imports and re-exports of one module (not `import type`, not `import()`). */
function valueImports(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) {
      const c = st.importClause;
      const typeOnly = c !== undefined && (c.isTypeOnly || (!c.name && c.namedBindings !== undefined && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push((st.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && !st.isTypeOnly) {
      out.push((st.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

/** Every module `entry` reaches through value imports, as paths from the repository root. */
export function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [join(root, entry)];
  while (todo.length > 0) {
    const f = todo.pop()!;
    const rel = relative(root, f);
    if (seen.has(rel)) continue;
    seen.add(rel);
    for (const spec of valueImports(f)) {
      const to = resolveImport(f, spec);
      if (to) todo.push(to);
    }
  }
  return seen;
}

describe('worker scripts', () => {
  it.each(WORKERS)('%s does not carry the message tables', (entry) => {
    const reached = reach(entry);
    expect(reached.size).toBeGreaterThan(5);
    expect(TABLES.filter((t) => reached.has(t))).toEqual([]);
  });

  it('the walk finds the tables where they are imported (the command line says problems in both languages)', () => {
    const reached = reach('src/cli/report.ts');
    expect(TABLES.filter((t) => reached.has(t))).toEqual(TABLES);
  });
});
