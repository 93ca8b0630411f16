/**
 * The benchmark's floor: the same random draws and integer money arithmetic as a run,
 * with nothing else — no records, no payslip objects, no aggregation beyond one sum. Per agent-month
 * (per generation: once, or once per variant when behaviour responds to pay): one stream seeded by
 * hashing (seed, replication, slot, month) as the generator does, 20 over-dispersed counts
 * (negative binomial, shape 0.8, means from 0.05 to 3), 2 normals (skill noise), one binomial
 * (orders of ~2 600 inquiries) and one sum of log-normal order values; then per variant paying it
 * 13 pay lines in integer fen, each rounded half up once (rates in ppm), and 5 employer
 * contribution lines. The ratio of a run's throughput to this one says how much the real model,
 * records, engine and aggregates cost above the bare draws and arithmetic.
 */
import { Xoshiro128, streamKey } from '../behaviour/random';
import { binomial, negBinomial, sumLogNormal } from '../behaviour/sample';

const MEANS = [0.8, 0.08, 1.2, 0.4, 3, 0.25, 0.05, 0.08, 1, 0.08, 0.01, 0.15, 0.02, 2, 0.5, 0.3, 0.1, 0.05, 1.5, 0.2];
const RATES_PPM = [5000, 6000, 8000, 100000, 3000, 2000, 1000];
const CONTRIB_PPM = [160000, 95000, 5000, 2000, 70000];

/** Half-up rounding of x·ppm / 10⁶ for non-negative integers x (x·ppm < 2⁵³). */
const ppm = (x: number, rate: number) => Math.floor((x * rate + 500000) / 1000000);

export interface FloorResult {
  payslips: number;
  /** Sum of every employer cost, fen (keeps the work observable so it is not optimised away). */
  checksum: number;
}

/** Replications [from, to) of `agents` × `months`, `variants` payslips per agent-month. */
export function floorLoop(
  seed: number,
  agents: number,
  months: number,
  variants: number,
  from: number,
  to: number,
  generations: number,
): FloorResult {
  const rng = new Xoshiro128();
  const counts = new Int32Array(MEANS.length);
  let payslips = 0;
  let checksum = 0;
  const payPerGeneration = generations === 1 ? variants : 1;
  for (let r = from; r < to; r++) {
    for (let g = 0; g < generations; g++) {
      for (let m = 0; m < months; m++) {
        for (let a = 0; a < agents; a++) {
          rng.seed(streamKey(seed, r, a, m, g + 1));
          for (let k = 0; k < MEANS.length; k++) counts[k] = negBinomial(rng, MEANS[k]!, 0.8);
          const skill = 0.35 * rng.normal() + 0.12 * rng.normal();
          const orders = binomial(rng, 2600, 0.45 + 0.05 * Math.tanh(skill));
          const salesFen = Math.round(sumLogNormal(rng, orders, 15000, 0.6));
          for (let v = 0; v < payPerGeneration; v++) {
            let gross = 180000 + 100 * v; // base
            gross += ppm(salesFen, RATES_PPM[v % RATES_PPM.length]!); // commission
            gross += ppm(salesFen, 1000); // pool share
            gross += ppm(180000, 100000); // team-score bonus
            gross += counts[0] === 0 ? 10000 : 0; // full attendance
            gross += 20000; // living subsidy
            gross += ppm(counts[13]! * 5000, 1000000); // seniority
            gross += Math.max(0, 250000 - gross); // guarantee top-up
            const fines =
              Math.max(0, counts[2]! - 2) * 2000 + counts[3]! * 2000 + counts[1]! * 20000 + (counts[4]! > 3 ? 5000 : 0) + counts[5]! * 10000;
            const base = Math.min(Math.max(gross, 498600), 2493000);
            let contrib = 0;
            for (let c = 0; c < CONTRIB_PPM.length; c++) contrib += ppm(base, CONTRIB_PPM[c]!);
            checksum += gross + contrib + fines;
            payslips++;
          }
        }
      }
    }
  }
  return { payslips, checksum };
}
