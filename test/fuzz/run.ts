/**
 * `npm run fuzz [-- <inputs per category> <seed>]`: the corpus and many generated inputs per
 * reader; prints counts per category (inputs, refused, accepted, crashes, hangs) and any failure.
 * Exit 1 on a crash or hang.
 */
import { fuzz } from './harness';

const perCategory = Number(process.argv[2] ?? 2500);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const started = performance.now();
const { counts, failures } = await fuzz({ perCategory, seed, limitMs: 5_000, bigLimitMs: 30_000, bigCorpus: true, log: (s) => process.stderr.write(`${s}\n`) });
const rows = Object.entries(counts).map(([k, c]) => [k, c.inputs, c.refused, c.accepted, c.crashes, c.hangs]);
const total = rows.reduce((a, r) => a.map((x, i) => (i === 0 ? 'total' : (x as number) + (r[i] as number))), ['total', 0, 0, 0, 0, 0]);
process.stdout.write(`seed ${seed}, ${perCategory} generated inputs per category, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
process.stdout.write(['category', 'inputs', 'refused', 'accepted', 'crashes', 'hangs'].map((h) => h.padStart(9)).join('') + '\n');
for (const r of [...rows, total]) process.stdout.write(r.map((x) => String(x).padStart(9)).join('') + '\n');
for (const f of failures.slice(0, 50)) process.stdout.write(`${f.category}: ${f.why} ← ${JSON.stringify(f.input).slice(0, 200)}\n`);
process.exitCode = failures.length > 0 ? 1 : 0;
