/**
 * Before the browser tests: make sure Debian's Chromium is installed (never a downloaded browser)
 * and serve the built app (dist/, from `npm run build`) on a free localhost port. The URL reaches
 * the tests through the PAYLAB_URL environment variable.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';

let server: PreviewServer | undefined;

function hasCjkFont(): boolean {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

export async function setup(): Promise<void> {
  // Debian's Chromium, a CJK font so screenshots show Chinese rather than empty boxes, and poppler's
  // pdftotext/pdftoppm to read the printed 制度 document's pages back (policyDocPrint.e2e.ts).
  const missing = [
    ...(existsSync(CHROMIUM) ? [] : ['chromium']),
    ...(hasCjkFont() ? [] : ['fonts-noto-cjk']),
    ...(existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm') ? [] : ['poppler-utils']),
  ];
  if (missing.length > 0) {
    console.log(`[e2e] installing ${missing.join(' ')} with apt-get …`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
  }
  if (!existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'inherit' });
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const addr = server.httpServer.address();
  const port = typeof addr === 'object' && addr ? addr.port : 4173;
  process.env.PAYLAB_URL = `http://127.0.0.1:${port}/`;
}

export async function teardown(): Promise<void> {
  await server?.close();
}
