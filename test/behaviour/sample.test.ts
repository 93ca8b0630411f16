/**
 * The samplers against their exact distributions. Every test uses a fixed seed, so it is
 * deterministic; the tolerances are what a correct sampler meets with overwhelming probability for
 * any seed (5 standard errors, or a chi-square 5 standard deviations above its degrees of freedom),
 * so a wrong formula fails while sampling noise cannot.
 */
import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../../src/behaviour/random';
import {
  binomial,
  binomialAt,
  gamma,
  lnFactorial,
  logNormalSum,
  nbZeroBound,
  negBinomial,
  negBinomialAt,
  normal,
  poisson,
  poissonAt,
  sumLogNormal,
  sumLogNormalFen,
} from '../../src/behaviour/sample';

const N = 200_000;

function moments(draw: () => number, n = N): { mean: number; variance: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    s += x;
    s2 += x * x;
  }
  const mean = s / n;
  return { mean, variance: s2 / n - mean * mean };
}

/** |sample mean − μ| within 5 standard errors σ/√n. */
function expectMean(mean: number, mu: number, variance: number, n = N): void {
  expect(Math.abs(mean - mu)).toBeLessThan(5 * Math.sqrt(variance / n));
}

/** Chi-square of counts against an exact pmf, bins with expected < 5 merged into their neighbour. */
function chiSquare(draw: () => number, pmf: (k: number) => number, kMax: number, n = 100_000): { chi2: number; df: number } {
  const counts = new Float64Array(kMax + 2);
  for (let i = 0; i < n; i++) {
    const k = draw();
    counts[Math.min(k, kMax + 1)]! += 1;
  }
  const expected: number[] = [];
  let tail = 1;
  for (let k = 0; k <= kMax; k++) {
    const p = pmf(k);
    expected.push(p * n);
    tail -= p;
  }
  expected.push(Math.max(0, tail) * n);
  let chi2 = 0;
  let df = -1;
  let o = 0;
  let e = 0;
  for (let k = 0; k < expected.length; k++) {
    o += counts[k]!;
    e += expected[k]!;
    if (e >= 5 || k === expected.length - 1) {
      if (e > 0) {
        chi2 += ((o - e) * (o - e)) / e;
        df++;
      }
      o = 0;
      e = 0;
    }
  }
  return { chi2, df };
}

/** Chi-square within df + 5·√(2·df) (its mean plus 5 standard deviations). */
function expectFits(r: { chi2: number; df: number }): void {
  expect(r.df).toBeGreaterThan(3);
  expect(r.chi2).toBeLessThan(r.df + 5 * Math.sqrt(2 * r.df));
}

const lnChoose = (n: number, k: number) => lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
const binomPmf = (n: number, p: number) => (k: number) => (k > n ? 0 : Math.exp(lnChoose(n, k) + k * Math.log(p) + (n - k) * Math.log(1 - p)));
const poissonPmf = (l: number) => (k: number) => Math.exp(-l + k * Math.log(l) - lnFactorial(k));
const nbPmf = (mu: number, r: number) => (k: number) => {
  // NB(μ, r): P(k) = Γ(k+r)/(Γ(r) k!) · (r/(r+μ))^r · (μ/(r+μ))^k, built by the recurrence.
  let p = Math.pow(r / (r + mu), r);
  for (let i = 0; i < k; i++) p *= ((i + r) / (i + 1)) * (mu / (r + mu));
  return p;
};

describe('lnFactorial', () => {
  it('is exact in the table and continuous into Stirling', () => {
    expect(lnFactorial(0)).toBe(0);
    expect(lnFactorial(5)).toBeCloseTo(Math.log(120), 12); // 5! = 120
    // ln(1024!) = ln(1023!) + ln 1024: the series above the table against the table below it.
    expect(lnFactorial(1024)).toBeCloseTo(lnFactorial(1023) + Math.log(1024), 9);
  });
});

describe('continuous samplers', () => {
  it('normal has mean 0 and variance 1', () => {
    const r = new Xoshiro128(1);
    const m = moments(() => normal(r));
    expectMean(m.mean, 0, 1);
    // variance of the sample variance of a normal is 2σ⁴/n
    expect(Math.abs(m.variance - 1)).toBeLessThan(5 * Math.sqrt(2 / N));
  });

  it('normal (ziggurat) fits Φ bin by bin, in the centre, the wedges and beyond r = 3.4426', () => {
    // 400 000 draws into 0.25-wide bins on [−4.5, 4.5] plus two tails; expected counts from Φ by
    // Simpson's rule on the density (error < 1e-12 per bin). Bins with expected < 5 are merged.
    const r = new Xoshiro128(12);
    const n = 400_000;
    const width = 0.25;
    const lo = -4.5;
    const bins = 36;
    const counts = new Float64Array(bins + 2);
    for (let i = 0; i < n; i++) {
      const x = normal(r);
      counts[x < lo ? 0 : x >= -lo ? bins + 1 : 1 + Math.floor((x - lo) / width)]! += 1;
    }
    const pdf = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    const integral = (a: number, b: number) => {
      const steps = 200;
      const h = (b - a) / steps;
      let acc = pdf(a) + pdf(b);
      for (let i = 1; i < steps; i++) acc += (i % 2 ? 4 : 2) * pdf(a + i * h);
      return (acc * h) / 3;
    };
    const probs = [integral(-12, lo)];
    for (let i = 0; i < bins; i++) probs.push(integral(lo + i * width, lo + (i + 1) * width));
    probs.push(integral(-lo, 12));
    let chi2 = 0;
    let df = -1;
    let o = 0;
    let e = 0;
    probs.forEach((p, i) => {
      o += counts[i]!;
      e += p * n;
      if (e >= 5 || i === probs.length - 1) {
        chi2 += ((o - e) * (o - e)) / e;
        df++;
        o = 0;
        e = 0;
      }
    });
    expect(df).toBeGreaterThan(30);
    expect(chi2).toBeLessThan(df + 5 * Math.sqrt(2 * df));
  });

  it('normal (ziggurat) has the exact tail beyond its base layer: mass on each side, mean and spread', () => {
    // Beyond r = 3.442619855899 the ziggurat samples Marsaglia's tail. Exact values by Simpson's rule
    // on the density: P(Z > r) = 2.880543e-4; given |Z| > r, E|Z| = 3.697317 and Var|Z| = 0.0583037.
    // 8 000 000 draws give ≈ 2 304 beyond each side; the conditional mean is then known to
    // ±0.0036 (one standard error), so a tail drawn with the wrong acceptance (e.g. e > t² instead of
    // 2e > t², mean 3.6754) fails by 6 standard errors.
    const r = new Xoshiro128(13);
    const n = 8_000_000;
    const edge = 3.442619855899;
    let above = 0;
    let below = 0;
    let sum = 0;
    let sum2 = 0;
    for (let i = 0; i < n; i++) {
      const x = normal(r);
      if (x > edge) above++;
      else if (x < -edge) below++;
      else continue;
      sum += Math.abs(x);
      sum2 += x * x;
    }
    const pTail = 2.880543e-4;
    for (const count of [above, below]) expect(Math.abs(count / n - pTail)).toBeLessThan(5 * Math.sqrt((pTail * (1 - pTail)) / n));
    const m = above + below;
    const mean = sum / m;
    expect(Math.abs(mean - 3.697317)).toBeLessThan(5 * Math.sqrt(0.0583037 / m));
    expect(Math.abs(sum2 / m - mean * mean - 0.0583037)).toBeLessThan(0.01);
  });

  it('gamma(shape) has mean and variance equal to its shape, for shape < 1 and > 1', () => {
    for (const shape of [0.8, 3.5]) {
      const r = new Xoshiro128(2);
      const m = moments(() => gamma(r, shape));
      expectMean(m.mean, shape, shape);
      // Var of the sample variance of Gamma(a) ≈ (μ4 − σ⁴)/n, μ4 = 3a² + 6a; loosely 5 × that SE.
      expect(Math.abs(m.variance - shape)).toBeLessThan(5 * Math.sqrt((3 * shape * shape + 6 * shape - shape * shape) / N));
    }
  });
});

describe('count samplers fit their exact pmf', () => {
  it('poisson by inversion (λ = 3) and PTRS (λ = 40)', () => {
    const r = new Xoshiro128(3);
    expectFits(chiSquare(() => poisson(r, 3), poissonPmf(3), 15));
    expectFits(chiSquare(() => poisson(r, 40), poissonPmf(40), 80));
  });

  it('binomial by inversion (n·p = 6) and BTRS (n = 2000, p = 0.47; p > ½ flipped)', () => {
    const r = new Xoshiro128(4);
    expectFits(chiSquare(() => binomial(r, 20, 0.3), binomPmf(20, 0.3), 20));
    expectFits(chiSquare(() => binomial(r, 2000, 0.47), binomPmf(2000, 0.47), 1100));
    expectFits(chiSquare(() => binomial(r, 300, 0.9), binomPmf(300, 0.9), 300));
  });

  it('binomial edge cases', () => {
    const r = new Xoshiro128(5);
    expect(binomial(r, 0, 0.5)).toBe(0);
    expect(binomial(r, 10, 0)).toBe(0);
    expect(binomial(r, 10, 1)).toBe(10);
    for (let i = 0; i < 1000; i++) {
      const k = binomial(r, 50, 0.5);
      expect(k >= 0 && k <= 50).toBe(true);
    }
  });

  it('p above ½ draws the count of failures: binomial(n, p) = n − binomial(n, 1 − p) on the same stream, by inversion and BTRS', () => {
    // the definition of the flip (Kachitvichyanukul & Schmeiser; Hörmann): the sampler draws for
    // min(p, 1 − p) and counts the other outcome; 1 − p of a p above ½ is the same double either way
    let compared = 0;
    for (const n of [1, 2, 7, 19, 20, 21, 60, 400, 5000]) {
      for (const p of [0.5000001, 0.51, 0.6, 0.75, 0.9, 0.95, 0.999]) {
        const a = new Xoshiro128(n * 31 + Math.round(p * 1000));
        const b = new Xoshiro128(n * 31 + Math.round(p * 1000));
        for (let i = 0; i < 200; i++) {
          expect(binomial(a, n, p)).toBe(n - binomial(b, n, 1 - p));
          compared++;
        }
        expect(a.nextU32()).toBe(b.nextU32());
      }
    }
    expect(compared).toBe(9 * 7 * 200);
  });

  it('poissonAt(r, Λ, i) draws poisson(r, Λ[i]), by inversion and PTRS', () => {
    const L = Float64Array.from([0, 0.2, 3.5, 9.99, 10, 44.4, 700]);
    const a = new Xoshiro128(21);
    const b = new Xoshiro128(21);
    for (let i = 0; i < 7000; i++) {
      const j = i % L.length;
      expect(poissonAt(a, L, j)).toBe(poisson(b, L[j]!));
    }
    expect(a.nextU32()).toBe(b.nextU32());
  });

  it('binomialAt(r, n, P, i) draws binomial(r, n, P[i])', () => {
    const P = Float64Array.from([0.3, 0.02, 0.97, 0.5, 0, 1]);
    const a = new Xoshiro128(12);
    const b = new Xoshiro128(12);
    for (let i = 0; i < 6000; i++) {
      const n = [0, 3, 40, 900][i % 4]!;
      const j = (i >> 2) % P.length;
      expect(binomialAt(a, n, P, j)).toBe(binomial(b, n, P[j]!));
    }
    expect(a.nextU32()).toBe(b.nextU32());
  });

  it('negative binomial by inversion (μ = 1.2, k = 0.8) and gamma–Poisson (μ = 40, k = 0.8)', () => {
    const r = new Xoshiro128(6);
    expectFits(chiSquare(() => negBinomial(r, 1.2, 0.8), nbPmf(1.2, 0.8), 25));
    expectFits(chiSquare(() => negBinomial(r, 40, 0.8), nbPmf(40, 0.8), 200));
  });

  it('rare events (the u < 1 − E[N] shortcut to 0) still fit: NB μ = 0.3, Poisson λ = 0.5, binomial n·p = 0.4', () => {
    const r = new Xoshiro128(11);
    // Few bins with a tail this thin: check P(0) and P(1) to 5 standard errors instead of chi-square.
    const check = (draw: () => number, pmf: (k: number) => number) => {
      const n = 200_000;
      let zero = 0;
      let one = 0;
      for (let i = 0; i < n; i++) {
        const k = draw();
        if (k === 0) zero++;
        else if (k === 1) one++;
      }
      for (const [count, p] of [
        [zero, pmf(0)],
        [one, pmf(1)],
      ] as const) {
        expect(Math.abs(count / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
      }
    };
    check(() => negBinomial(r, 0.3, 0.8), nbPmf(0.3, 0.8));
    check(() => poisson(r, 0.5), poissonPmf(0.5));
    check(() => binomial(r, 200, 0.002), binomPmf(200, 0.002));
  });

  it('negative binomial: the shortcut to 0 returns exactly what the full inversion returns (k ≤ 1 and k > 1)', () => {
    // The reference: sequential search of the pmf from P(0) = (k/(k+μ))^k with no shortcut, on a
    // generator seeded alike, so both see the same uniform; every draw must agree.
    const full = (r: Xoshiro128, mu: number, k: number) => {
      let u = r.next();
      const p = mu / (k + mu);
      let f = Math.exp(k * Math.log1p(-p));
      let n = 0;
      while (u > f) {
        u -= f;
        f *= ((n + k) / (n + 1)) * p;
        n++;
      }
      return n;
    };
    for (const [mu, k] of [
      [0.05, 0.8],
      [0.8, 0.8],
      [3, 0.8],
      [1.5, 1],
      [0.5, 2.5],
      [12, 0.3],
    ] as const) {
      const a = new Xoshiro128(14);
      const b = new Xoshiro128(14);
      let zeros = 0;
      let differ = 0;
      for (let i = 0; i < 50_000; i++) {
        const x = negBinomial(a, mu, k);
        if (x !== full(b, mu, k)) differ++;
        if (x === 0) zeros++;
      }
      expect(differ).toBe(0);
      expect(zeros).toBeGreaterThan(0);
    }
  });

  it('negative binomial from a given uniform: the same counts as negBinomial below μ = 30, the exact pmf above', () => {
    const a = new Xoshiro128(16);
    const b = new Xoshiro128(16);
    const sub = new Xoshiro128(0);
    let differ = 0;
    for (let i = 0; i < 50_000; i++) {
      const mu = [0, 0.05, 0.9, 3, 25][i % 5]!;
      const u = a.next();
      const x = u < nbZeroBound(mu, 0.8) ? 0 : negBinomialAt(u, mu, 0.8, sub);
      if (mu === 0) {
        expect(x).toBe(0);
        b.next(); // negBinomial draws nothing for μ = 0; keep the twin stream aligned
      } else if (x !== negBinomial(b, mu, 0.8)) differ++;
    }
    expect(differ).toBe(0);
    // μ = 40 (gamma–Poisson from the sub-stream seeded by u): fits NB(40, 0.8) exactly.
    const r = new Xoshiro128(17);
    expectFits(chiSquare(() => negBinomialAt(r.next(), 40, 0.8, sub), nbPmf(40, 0.8), 200));
  });

  it('negative binomial is over-dispersed: variance μ + μ²/k', () => {
    const r = new Xoshiro128(7);
    const m = moments(() => negBinomial(r, 2, 0.8));
    // μ = 2, k = 0.8: variance 2 + 4 / 0.8 = 7 (3.5 × the mean; a Poisson would give 2)
    expectMean(m.mean, 2, 7);
    expect(m.variance).toBeGreaterThan(6.5);
    expect(m.variance).toBeLessThan(7.5);
  });

  it('a mean of 0 gives 0 and uses the stream the same way', () => {
    const r = new Xoshiro128(8);
    expect(poisson(r, 0)).toBe(0);
    expect(negBinomial(r, 0, 0.8)).toBe(0);
  });
});

describe('sum of log-normal order values', () => {
  it('has mean n·m exactly on average, on the exact (n ≤ 8) and Fenton–Wilkinson paths', () => {
    const mean = 150;
    const sigma = 0.6;
    const v1 = mean * mean * (Math.exp(sigma * sigma) - 1); // variance of one value
    for (const n of [3, 500]) {
      const r = new Xoshiro128(9);
      const m = moments(() => sumLogNormal(r, n, mean, sigma), 100_000);
      expectMean(m.mean, n * mean, n * v1, 100_000);
      // the variance n·v1 within 10 % (the sum is skewed; 100 000 draws measure it to a few %)
      expect(Math.abs(m.variance / (n * v1) - 1)).toBeLessThan(0.1);
    }
  });

  it('memoised parameters give the same sums as the formulas, when σ changes between calls', () => {
    // Fenton–Wilkinson: n·m·exp(σ_s·z − σ_s²/2), σ_s² = ln(1 + cv²/n); exact path: Σ exp(ln m − σ²/2 + σ·z).
    const a = new Xoshiro128(15);
    const b = new Xoshiro128(15);
    for (let i = 0; i < 200; i++) {
      const sigma = i % 2 ? 0.6 : 0.3;
      const n = i % 3 ? 40 + i : 3;
      const got = sumLogNormal(a, n, 150, sigma);
      let want: number;
      if (n <= 8) {
        want = 0;
        for (let j = 0; j < n; j++) want += Math.exp(Math.log(150) - 0.5 * sigma * sigma + sigma * b.normal());
      } else {
        const s2 = Math.log1p((Math.exp(sigma * sigma) - 1) / n);
        want = n * 150 * Math.exp(Math.sqrt(s2) * b.normal() - 0.5 * s2);
      }
      expect(got).toBe(want);
    }
  });

  it('is 0 for no orders and n·m without spread', () => {
    const r = new Xoshiro128(10);
    expect(sumLogNormal(r, 0, 150, 0.6)).toBe(0);
    expect(sumLogNormal(r, 4, 150, 0)).toBe(600);
  });

  it('in fen from prepared parameters: Math.round(sum × 100) bit for bit, the stream left at the same place', () => {
    // the generator's form (salesChain.ts): the same draws, the same arithmetic, the result rounded;
    // counts on both paths (≤ 8 exact, above Fenton–Wilkinson, with its table filled out of order and
    // beyond its end), means and spreads of real categories, and no spread
    const counts = [0, 1, 2, 5, 8, 9, 10, 37, 400, 3, 9, 8191, 8192, 20_000, 1, 400];
    let compared = 0;
    for (const [mean, sigma] of [
      [150, 0.6],
      [89.9, 0.35],
      [1234.56, 1.1],
      [0.01, 0.2],
      [150, 0],
    ] as const) {
      const L = logNormalSum(mean, sigma);
      for (let seed = 0; seed < 40; seed++) {
        const a = new Xoshiro128(seed * 7919 + 1);
        const b = new Xoshiro128(seed * 7919 + 1);
        for (const n of counts) {
          const got = sumLogNormalFen(a, n, L);
          const want = Math.round(sumLogNormal(b, n, mean, sigma, Math.exp(sigma * sigma) - 1) * 100);
          expect(Object.is(got, want)).toBe(true);
          compared++;
        }
        expect(a.nextU32()).toBe(b.nextU32());
      }
    }
    expect(compared).toBe(5 * 40 * counts.length);
  });
});
