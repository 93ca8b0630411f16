/**
 * Node only (the CLI and the benchmark): the simulation worker bundled once with esbuild, so that
 * worker threads run plain JavaScript instead of loading the TypeScript sources through tsx, whose
 * module getters (one `get x` frame per imported binding) and keepNames wrappers cost ≈ 10–20 % of a
 * run (docs/performance.md). esbuild is tsx's own dependency. Packages stay external (the bundle is
 * written under the project's node_modules/.cache, where `import 'comlink'` etc. resolve); only the
 * project's TypeScript is bundled. The file is named by a hash of its content and written atomically,
 * so concurrent processes share it and a stale one is never used. Any failure (esbuild missing, a
 * build error, a read-only tree) falls back to the tsx entry; PAYLAB_WORKER=tsx forces the fallback.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerEntry {
  /** The file a worker thread starts from. */
  url: URL;
  /** How it was obtained. */
  kind: 'bundle' | 'tsx';
  /** Why the bundle was not used (kind 'tsx'). */
  reason?: string;
}

export interface BundleOptions {
  /** The worker's TypeScript entry (workers/sim.node.worker.ts). */
  source: URL;
  /** The entry to use when bundling fails (workers/sim.node.mjs, which registers tsx). */
  fallback: URL;
  /** Directory for the bundle; must be inside the project so that its packages resolve. */
  cacheDir: URL;
}

type Esbuild = typeof import('esbuild');

/** Bundle the worker (or reuse an identical bundle) and return its entry; the tsx entry if that fails. */
export async function nodeWorkerEntry(o: BundleOptions): Promise<WorkerEntry> {
  if (process.env.PAYLAB_WORKER === 'tsx') return { url: o.fallback, kind: 'tsx', reason: 'PAYLAB_WORKER=tsx' };
  try {
    const esbuild: Esbuild = await import('esbuild');
    const out = await esbuild.build({
      entryPoints: [fileURLToPath(o.source)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
    });
    const text = out.outputFiles[0]!.text;
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const dir = fileURLToPath(o.cacheDir);
    mkdirSync(dir, { recursive: true });
    const file = `${dir.replace(/\/$/, '')}/sim.node.worker-${hash}.mjs`;
    if (!existsSync(file)) {
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, text);
      renameSync(tmp, file);
    }
    return { url: pathToFileURL(file), kind: 'bundle' };
  } catch (e) {
    return { url: o.fallback, kind: 'tsx', reason: reasonOf(e) };
  }
}

/** One line saying why: esbuild's first error (with its file) or the error's first line. */
function reasonOf(e: unknown): string {
  const first = (e as { errors?: { text: string; location: { file: string; line: number } | null }[] }).errors?.[0];
  if (first) return first.location ? `${first.location.file}:${first.location.line}: ${first.text}` : first.text;
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
}
