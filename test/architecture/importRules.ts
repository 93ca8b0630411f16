/**
 * The house's one direction of flow, as data, and a checker that reads the real import graph.
 *
 * Layers (docs/architecture.md): `policy` → `engine` → `behaviour` → `sim` → `formats` → `ui`/`cli`,
 * `workers/` is a comlink shell over `sim`, `i18n` (message tables) and `data` (dated tables) are
 * leaves anyone may read. Each source file is parsed with the TypeScript compiler (Svelte files: their
 * `<script>` blocks), every static import, re-export, dynamic `import()` and `new URL(…, import.meta.url)`
 * is resolved to a file, and the edge is checked against ALLOWED. The same syntax trees are searched
 * for the clock, randomness, the global faker and Node or DOM APIs in the pure layers.
 */
import ts from 'typescript';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A top-level area: a folder of src/, or workers/. */
export type Area = 'policy' | 'engine' | 'behaviour' | 'sim' | 'calibrate' | 'formats' | 'import' | 'ui' | 'cli' | 'i18n' | 'data' | 'workers';

/** Which areas each area may import from, besides itself. `i18n` and `data` are leaves. */
export const ALLOWED: Record<Area, readonly Area[]> = {
  i18n: [],
  data: [],
  policy: ['i18n', 'data'],
  engine: ['policy', 'i18n', 'data'],
  behaviour: ['policy', 'engine', 'i18n', 'data'],
  sim: ['policy', 'engine', 'behaviour', 'i18n', 'data'],
  calibrate: ['policy', 'engine', 'behaviour', 'sim', 'i18n', 'data'],
  formats: ['policy', 'engine', 'sim', 'i18n', 'data'],
  import: ['policy', 'engine', 'sim', 'formats', 'i18n', 'data'],
  ui: ['policy', 'engine', 'behaviour', 'sim', 'calibrate', 'formats', 'import', 'workers', 'i18n', 'data'],
  cli: ['policy', 'engine', 'behaviour', 'sim', 'calibrate', 'formats', 'import', 'workers', 'i18n', 'data'],
  workers: ['sim'],
};

/**
 * What `formats` may take from `sim`: the scenario file's types, parser and validator (a share link and
 * a workspace file carry a scenario) and the worked-example generator (an exported rules file carries
 * its examples). Never the runner, the pool or the aggregates.
 */
export const FORMATS_FROM_SIM = ['sim/scenario.ts', 'sim/scenarioParse.ts', 'sim/scenarioValidate.ts', 'sim/examples.ts', 'sim/roster.ts'];

/** Packages each area may import; ui, cli and test code may import any declared package. */
export const PACKAGES: Partial<Record<Area, readonly string[]>> = {
  i18n: [],
  data: [],
  policy: ['decimal.js'],
  engine: ['decimal.js'],
  behaviour: ['decimal.js', '@faker-js/faker'],
  sim: ['decimal.js', 'comlink'],
  calibrate: [],
  formats: ['decimal.js'],
  import: ['decimal.js'],
  workers: ['comlink', 'comlink/dist/esm/node-adapter.mjs', 'node:worker_threads'],
};

/** Layers whose numbers must be reproducible: no clock, no randomness but the seeded streams. */
export const PURE: readonly Area[] = ['policy', 'engine', 'behaviour', 'sim', 'calibrate'];
/** Layers that must run unchanged in the browser, a Web Worker and Node: no Node or DOM globals. */
export const PORTABLE: readonly Area[] = ['policy', 'engine', 'behaviour', 'sim', 'calibrate', 'formats', 'import', 'i18n'];

/**
 * Files that are Node adapters of the simulator (start worker threads, bundle the worker, write the
 * default scenario file). They may use Node and are imported only by cli (and tests), never by ui
 * or workers.
 */
export const NODE_ADAPTERS = ['sim/nodeWorkers.ts', 'sim/nodeBundle.ts'];
/** Packages only the Node adapters may import (besides `node:*`). */
const NODE_ADAPTER_PACKAGES = ['esbuild', 'comlink', 'comlink/dist/esm/node-adapter', 'comlink/dist/esm/node-adapter.mjs'];

/**
 * The one clock allowed in a pure layer: the worker pool times chunks to report progress and an
 * estimated time left; no simulated number depends on it, and tests pass their own clock.
 */
export const CLOCK_ALLOWED = ['sim/pool.ts'];

const GLOBALS_NODE = new Set(['process', 'Buffer', 'require', '__dirname', '__filename', 'global']);
const GLOBALS_DOM = new Set(['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location']);

export interface Violation {
  file: string;
  line: number;
  rule: 'import' | 'package' | 'clock' | 'random' | 'faker' | 'node' | 'dom' | 'imports-ui' | 'node-adapter';
  detail: string;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|mts|svelte)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The area of a file, from its path relative to the repository root; null outside src/ and workers/. */
export function areaOf(rel: string): Area | null {
  const parts = rel.split(/[\\/]/);
  if (parts[0] === 'workers') return 'workers';
  if (parts[0] === 'src' && parts[1] && parts.length > 2) return parts[1] as Area;
  return null;
}

const EXTENSIONS = ['', '.ts', '.svelte.ts', '.svelte', '.mts', '.mjs', '.js', '.json', '/index.ts'];

function resolveRelative(fromFile: string, spec: string): string {
  const base = resolve(dirname(fromFile), spec);
  for (const ext of EXTENSIONS) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return base;
}

/** The TypeScript text of a file: a Svelte component's `<script>` blocks, blank lines elsewhere (line numbers kept). */
function scriptText(path: string, text: string): string {
  if (!path.endsWith('.svelte')) return text;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/(<script[^>]*>)([\s\S]*?)<\/script>/g)) {
    const start = m.index! + m[1]!.length;
    out += text.slice(last, start).replace(/[^\n]/g, ' ') + m[2]!;
    last = start + m[2]!.length;
  }
  return out + text.slice(last).replace(/[^\n]/g, ' ');
}

interface Use {
  spec: string;
  line: number;
}

/** Imports and forbidden uses found in one syntax tree. */
function scan(sf: ts.SourceFile): { imports: Use[]; uses: { what: Violation['rule']; detail: string; line: number }[] } {
  const imports: Use[] = [];
  const uses: { what: Violation['rule']; detail: string; line: number }[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      imports.push({ spec: n.moduleSpecifier.text, line: lineOf(n) });
      if (ts.isImportDeclaration(n) && n.moduleSpecifier.text === '@faker-js/faker') {
        const named = n.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((e) => (e.propertyName ?? e.name).text === 'faker')) {
          uses.push({ what: 'faker', detail: "the global faker (import { faker }): use a seeded new Faker(...)", line: lineOf(n) });
        }
      }
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      imports.push({ spec: n.argument.literal.text, line: lineOf(n) });
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const a = n.arguments[0];
      if (a && ts.isStringLiteralLike(a)) imports.push({ spec: a.text, line: lineOf(n) });
    } else if (ts.isNewExpression(n) && ts.isIdentifier(n.expression)) {
      const a = n.arguments ?? ts.factory.createNodeArray();
      if (n.expression.text === 'URL' && a[0] && ts.isStringLiteralLike(a[0]) && a[1] && a[1].getText(sf) === 'import.meta.url') {
        imports.push({ spec: a[0].text, line: lineOf(n) });
      }
      if (n.expression.text === 'Date' && a.length === 0) uses.push({ what: 'clock', detail: 'new Date() without arguments', line: lineOf(n) });
    } else if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression)) {
      const full = `${n.expression.text}.${n.name.text}`;
      if (full === 'Math.random') uses.push({ what: 'random', detail: full, line: lineOf(n) });
      if (full === 'Date.now' || full === 'performance.now') uses.push({ what: 'clock', detail: full, line: lineOf(n) });
      if (n.expression.text === 'crypto' || (n.expression.text === 'globalThis' && n.name.text === 'crypto')) {
        uses.push({ what: 'random', detail: `${full} (crypto)`, line: lineOf(n) });
      }
    } else if (ts.isIdentifier(n)) {
      const p = n.parent;
      const isName =
        (ts.isPropertyAccessExpression(p) && p.name === n) ||
        (ts.isPropertyAssignment(p) && p.name === n) ||
        (ts.isPropertyDeclaration(p) && p.name === n) ||
        (ts.isMethodDeclaration(p) && p.name === n) ||
        (ts.isPropertySignature(p) && p.name === n) ||
        (ts.isVariableDeclaration(p) && p.name === n) ||
        (ts.isParameter(p) && p.name === n) ||
        ts.isImportSpecifier(p) ||
        ts.isBindingElement(p) ||
        ts.isShorthandPropertyAssignment(p);
      if (!isName && GLOBALS_NODE.has(n.text)) uses.push({ what: 'node', detail: `Node global ${n.text}`, line: lineOf(n) });
      if (!isName && GLOBALS_DOM.has(n.text)) uses.push({ what: 'dom', detail: `DOM global ${n.text}`, line: lineOf(n) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { imports, uses };
}

const isNodeBuiltin = (spec: string) =>
  spec.startsWith('node:') || ['fs', 'fs/promises', 'path', 'os', 'url', 'crypto', 'worker_threads', 'child_process', 'module', 'util'].includes(spec);

/** Every violation of the house rules under `root` (a repository checkout or a copy of its src/ and workers/). */
export function findViolations(root: string): Violation[] {
  const out: Violation[] = [];
  const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'workers'))];
  for (const abs of files) {
    const file = relative(root, abs).split(/[\\/]/).join('/');
    const from = areaOf(file);
    if (!from) continue;
    const inArea = file.slice(from === 'workers' ? 0 : 4); // "sim/pool.ts"
    const nodeAdapter = NODE_ADAPTERS.includes(inArea);
    const sf = ts.createSourceFile(abs, scriptText(abs, readFileSync(abs, 'utf8')), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const { imports, uses } = scan(sf);
    for (const { spec, line } of imports) {
      if (spec.startsWith('.')) {
        const target = relative(root, resolveRelative(abs, spec)).split(/[\\/]/).join('/');
        const to = areaOf(target);
        if (to === null || to === from) continue;
        const toInArea = target.slice(to === 'workers' ? 0 : 4);
        if (to === 'ui') {
          out.push({ file, line, rule: 'imports-ui', detail: `${spec}: nothing outside ui imports ui` });
        } else if (!ALLOWED[from].includes(to)) {
          out.push({ file, line, rule: 'import', detail: `${from} → ${to} (${spec})` });
        } else if (from === 'formats' && to === 'sim' && !FORMATS_FROM_SIM.includes(toInArea)) {
          out.push({ file, line, rule: 'import', detail: `formats → ${toInArea}: only the scenario file and examples` });
        }
        if (NODE_ADAPTERS.includes(toInArea) && from !== 'cli' && !(from === 'sim' && NODE_ADAPTERS.includes(inArea))) {
          out.push({ file, line, rule: 'node-adapter', detail: `${spec}: the Node adapters are for the command line only` });
        }
        continue;
      }
      const allowed = PACKAGES[from];
      if (!allowed) continue; // ui, cli
      const ok = allowed.includes(spec) || (nodeAdapter && (isNodeBuiltin(spec) || NODE_ADAPTER_PACKAGES.includes(spec)));
      if (!ok) out.push({ file, line, rule: isNodeBuiltin(spec) ? 'node' : 'package', detail: `${from} imports ${spec}` });
    }
    for (const u of uses) {
      if ((u.what === 'clock' || u.what === 'random') && !PURE.includes(from)) continue;
      if (u.what === 'clock' && CLOCK_ALLOWED.includes(inArea) && u.detail === 'performance.now') continue;
      if (u.what === 'node' && (!PORTABLE.includes(from) || nodeAdapter)) continue;
      if (u.what === 'dom' && !PORTABLE.includes(from)) continue;
      out.push({ file, line: u.line, rule: u.what, detail: u.detail });
    }
  }
  return out;
}
