/**
 * Every dependency is declared where it is used: a package the product's code imports at run time
 * (src/, workers/, bin/; type-only imports excluded, since they vanish at build) is in package.json's
 * `dependencies`, and every runtime dependency is imported by that code or resolved by bin/paylab.mjs.
 * Everything else (test tools, build tools, test-only references such as faker and seedrandom)
 * belongs in `devDependencies`. README §Dependencies says why each runtime one is there.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|mts|mjs|svelte)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The package an import specifier names, or null for relative paths and Node's built-ins. */
export function packageOf(spec: string): string | null {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** Packages a source text imports at run time: static and dynamic imports, re-exports, `import.meta.resolve`. */
export function runtimeImports(path: string, text: string): string[] {
  const code = path.endsWith('.svelte') ? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : text;
  const sf = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const specs: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const c = n.importClause;
      const typeOnly = c !== undefined && (c.isTypeOnly || (c.name === undefined && c.namedBindings !== undefined
        && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) specs.push(n.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier) && !n.isTypeOnly) {
      specs.push(n.moduleSpecifier.text);
    } else if (ts.isCallExpression(n) && n.arguments.length > 0 && ts.isStringLiteral(n.arguments[0]!)) {
      const e = n.expression;
      const dynamicImport = e.kind === ts.SyntaxKind.ImportKeyword;
      const metaResolve = ts.isPropertyAccessExpression(e) && e.name.text === 'resolve' && ts.isMetaProperty(e.expression);
      if (dynamicImport || metaResolve) specs.push((n.arguments[0] as ts.StringLiteral).text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return [...new Set(specs.map(packageOf).filter((p): p is string => p !== null))].sort();
}

/** Where the declarations and the code disagree, for the repository at `root`. */
export function dependencyProblems(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const runtime = new Set(Object.keys(pkg.dependencies ?? {}));
  const used = new Map<string, string>();
  for (const dir of ['src', 'workers', 'bin']) {
    for (const f of files(join(root, dir))) {
      for (const p of runtimeImports(f, readFileSync(f, 'utf8'))) if (!used.has(p)) used.set(p, f.slice(root.length + 1));
    }
  }
  const problems: string[] = [];
  for (const [p, file] of [...used].sort()) if (!runtime.has(p)) problems.push(`${file} imports ${p}, which is not in dependencies`);
  for (const p of [...runtime].sort()) if (!used.has(p)) problems.push(`${p} is in dependencies but no product code imports it`);
  return problems;
}

describe('declared dependencies', () => {
  it('the product imports exactly its runtime dependencies', () => {
    expect(dependencyProblems(ROOT)).toEqual([]);
  });

  it('finds a dev-only package imported at run time and an unused runtime one', () => {
    const copy = mkdtempSync(join(tmpdir(), 'paylab-deps-'));
    try {
      for (const dir of ['src', 'workers', 'bin']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      pkg.dependencies['left-pad'] = '1.3.0';
      writeFileSync(join(copy, 'package.json'), JSON.stringify(pkg));
      writeFileSync(join(copy, 'src/behaviour/plantDev.ts'), "import { zh_CN } from '@faker-js/faker';\nexport const n = zh_CN;\n");
      writeFileSync(join(copy, 'src/ui/plantLazy.ts'), "export const load = () => import('fast-check/lib/esm');\n");
      writeFileSync(join(copy, 'src/ui/plantTypes.ts'), "import type { Page } from 'playwright-core';\nexport type P = Page;\n");
      expect(dependencyProblems(copy)).toEqual([
        'src/behaviour/plantDev.ts imports @faker-js/faker, which is not in dependencies',
        'src/ui/plantLazy.ts imports fast-check, which is not in dependencies',
        'left-pad is in dependencies but no product code imports it',
      ]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
