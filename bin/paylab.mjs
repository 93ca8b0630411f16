#!/usr/bin/env node
// `npx paylab …` inside the repository: run src/cli/main.ts under tsx (no build step), passing the
// arguments, stdio and exit code through.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// tsx is resolved from this repository, so the command also works from another directory.
const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, 'src/cli/main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: process.cwd(),
});
if (result.error) {
  process.stderr.write(`paylab: ${result.error.message}\n`);
  process.exit(1);
}
process.exit(result.status ?? 1);
