/**
 * Random variates for the generator, each drawing from a given `Xoshiro128` stream (never a global
 * one) and allocating nothing. Algorithms and sources:
 * - normal: the ziggurat (Marsaglia & Tsang 2000), see Xoshiro128.normal in random.ts.
 * - gamma: Marsaglia & Tsang (2000), "A simple method for generating gamma variables", ACM TOMS 26(3);
 *   shape < 1 by the boost Γ(a) = Γ(a+1)·U^(1/a).
 * - poisson: inversion by sequential search for λ < 10 (exact); PTRS, Hörmann (1993) "The transformed
 *   rejection method for generating Poisson random variables", Insurance: Math. & Econ. 12, for λ ≥ 10.
 * - negative binomial NB(μ, k) (variance μ + μ²/k): exact inversion by sequential search of its pmf
 *   for μ < 30 (P(0) = (k/(k+μ))^k, P(n+1) = P(n)·(n+k)/(n+1)·μ/(k+μ); one uniform), else the
 *   gamma–Poisson mixture λ ~ Gamma(k, μ/k). Every inversion first returns 0 when u is below a cheap
 *   lower bound of P(0) (1 − E[N]; for the negative binomial with k ≤ 1, 1/(1 + μ)), exactly what the
 *   full search would return, without the exp/log: rare events cost one uniform.
 * - binomial: inversion (BINV, Kachitvichyanukul & Schmeiser 1988) for n·min(p,1−p) < 10, else BTRS,
 *   Hörmann (1993) "The generation of binomial random variables", J. Stat. Comput. Simul. 46 (Table 1
 *   constants; acceptance by the exact log-pmf ratio). Never n Bernoullis.
 * - sum of n log-normal order values: exact for n ≤ 8, else the Fenton–Wilkinson log-normal with the
 *   same mean and variance as the sum (one normal draw; positive and right-skewed like the sum).
 * Math.log/exp/cos are V8's fdlibm ports, bit-identical in Node and Chromium.
 */
import type { Xoshiro128 } from './random';

const TWO_PI = 2 * Math.PI;

/** Standard normal (the ziggurat, see Xoshiro128.normal). */
export function normal(r: Xoshiro128): number {
  return r.normal();
}

/** Gamma(shape, scale 1), shape > 0. */
export function gamma(r: Xoshiro128, shape: number): number {
  if (shape < 1) return gamma(r, shape + 1) * Math.pow(r.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(r);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = r.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

const LNFACT_TABLE_SIZE = 8192;
const LNFACT = new Float64Array(LNFACT_TABLE_SIZE);
for (let i = 1; i < LNFACT_TABLE_SIZE; i++) LNFACT[i] = LNFACT[i - 1]! + Math.log(i);
const HALF_LN_2PI = 0.5 * Math.log(TWO_PI);

/** ln(k!) for integer k ≥ 0: a table below 8192 (64 KB), Stirling's series (error < 1e-17 relative) above. */
export function lnFactorial(k: number): number {
  if (k < LNFACT_TABLE_SIZE) return LNFACT[k]!;
  const k2 = k * k;
  return (k + 0.5) * Math.log(k) - k + HALF_LN_2PI + (1 / 12 - (1 / 360 - 1 / (1260 * k2)) / k2) / k;
}

/** Poisson(λ). */
export function poisson(r: Xoshiro128, lambda: number): number {
  poissonMean[0] = lambda;
  return poissonAt(r, poissonMean, 0);
}

const poissonMean = new Float64Array(1);

/** Poisson(Λ[i]): the mean read from a typed array (see binomialAt); the draws of `poisson(r, Λ[i])`. */
export function poissonAt(r: Xoshiro128, Lambda: Float64Array, i: number): number {
  const lambda = Lambda[i]!;
  if (!(lambda > 0)) return 0;
  if (lambda < 10) {
    let u = r.next();
    if (u < 1 - lambda) return 0; // P(0) = e^−λ ≥ 1 − λ: the inversion gives 0 without computing it
    let p = Math.exp(-lambda);
    let k = 0;
    while (u > p) {
      u -= p;
      k++;
      p *= lambda / k;
      if (p === 0) break;
    }
    return k;
  }
  // PTRS (ln λ only when the squeeze fails)
  const slam = Math.sqrt(lambda);
  let loglam = NaN;
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = r.next() - 0.5;
    const v = r.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (loglam !== loglam) loglam = Math.log(lambda);
    if (Math.log(v * invAlpha / (a / (us * us) + b)) <= -lambda + k * loglam - lnFactorial(k)) return k;
  }
}

/** Negative binomial with mean μ and shape k (variance μ + μ²/k), as a gamma–Poisson mixture. */
export function negBinomial(r: Xoshiro128, mean: number, shape: number): number {
  if (!(mean > 0)) return 0;
  if (mean >= 30) return poisson(r, (gamma(r, shape) * mean) / shape);
  let u = r.next();
  // The inversion gives 0 when u ≤ P(0); below a cheap lower bound of P(0) it need not compute it:
  // P(0) = (1 + μ/k)^−k ≥ 1/(1 + μ) for k ≤ 1 (Bernoulli's inequality (1 + x)^k ≤ 1 + kx), and
  // P(0) ≥ 1 − E[N] always. The margin 1e-12 keeps the bound below P(0) as computed in floating point.
  if (u < (shape <= 1 ? (1 - 1e-12) / (1 + mean) : 1 - mean)) return 0;
  return nbInversion(u, mean, shape);
}

/** NB(μ, k) by inversion of its pmf at the uniform u: sequential search from P(0) = (1 − p)^k, p = μ / (k + μ). */
function nbInversion(u: number, mean: number, shape: number): number {
  const p = mean / (shape + mean);
  let f = Math.exp(shape * Math.log1p(-p)); // (1 − p)^k; exp∘log1p is twice as fast as Math.pow in V8
  let n = 0;
  while (u > f) {
    u -= f;
    f *= ((n + shape) / (n + 1)) * p;
    n++;
    if (f === 0) break;
  }
  return n;
}

/**
 * Negative binomial NB(μ, k) from a uniform u already drawn (for draws at fixed positions of a
 * stream: exactly one uniform per count, whatever μ is). μ < 30: exact inversion of the pmf by
 * sequential search, as negBinomial; above, the gamma–Poisson mixture drawn from `sub` re-seeded from
 * u's bits (its own stream, so the position of every later draw of the main stream stays fixed).
 * The caller may return 0 itself when u < nbZeroBound(μ, k) (what this would return).
 */
export function negBinomialAt(u: number, mean: number, shape: number, sub: Xoshiro128): number {
  if (!(mean > 0)) return 0;
  if (mean >= 30) {
    sub.seed(Math.floor(u * 4294967296));
    return poisson(sub, (gamma(sub, shape) * mean) / shape);
  }
  return nbInversion(u, mean, shape);
}

/** A lower bound of P(N = 0) for NB(μ, k): 1/(1 + μ) for k ≤ 1, 1 − μ above (see negBinomial); 1 for μ ≤ 0. */
export function nbZeroBound(mean: number, shape: number): number {
  return shape <= 1 ? (1 - 1e-12) / (1 + mean) : 1 - mean;
}

/** Binomial(n, p). */
export function binomial(r: Xoshiro128, n: number, p: number): number {
  binomialP[0] = p;
  return binomialAt(r, n, binomialP, 0);
}

const binomialP = new Float64Array(1);

/**
 * Binomial(n, P[i]): the probability read from a typed array, here and in binv and btrs, so no
 * double is passed between these functions (a double passed to a call the compiler does not inline
 * is boxed in a heap number); the draws are those of `binomial(r, n, P[i])`.
 */
export function binomialAt(r: Xoshiro128, n: number, P: Float64Array, i: number): number {
  const p = P[i]!;
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) return n;
  return n * (p > 0.5 ? 1 - p : p) < 10 ? binv(r, n, P, i) : btrs(r, n, P, i);
}

/** Inversion by sequential search from 0 for q = min(p, 1 − p), p = P[i] (n·q < 10), flipped back when p > ½. */
function binv(r: Xoshiro128, n: number, P: Float64Array, i: number): number {
  const pIn = P[i]!;
  const flip = pIn > 0.5;
  const p = flip ? 1 - pIn : pIn;
  let u = r.next();
  if (u < 1 - n * p) return flip ? n : 0; // P(0) = (1 − p)^n ≥ 1 − n·p: the inversion gives 0 without computing it
  const s = p / (1 - p);
  const a = (n + 1) * s;
  let f = Math.exp(n * Math.log1p(-p)); // (1 − p)^n
  let x = 0;
  while (u > f) {
    u -= f;
    x++;
    if (x > n) return flip ? 0 : n;
    f *= a / x - s;
  }
  return flip ? n - x : x;
}

/** BTRS for q = min(p, 1 − p), p = P[i], n·q ≥ 10, flipped back when p > ½ (the constants of the exact test only when the squeeze fails). */
function btrs(r: Xoshiro128, n: number, P: Float64Array, i: number): number {
  const pIn = P[i]!;
  const flip = pIn > 0.5;
  const p = flip ? 1 - pIn : pIn;
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  let alpha = NaN;
  let lpq = 0;
  let m = 0;
  let h = 0;
  for (;;) {
    const u = r.next() - 0.5;
    const v = r.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return flip ? n - k : k;
    if (alpha !== alpha) {
      alpha = (2.83 + 5.1 / b) * spq;
      lpq = Math.log(p / q);
      m = Math.floor((n + 1) * p);
      h = lnFactorial(m) + lnFactorial(n - m);
    }
    const lv = Math.log((v * alpha) / (a / (us * us) + b));
    if (lv <= h - lnFactorial(k) - lnFactorial(n - k) + (k - m) * lpq) return flip ? n - k : k;
  }
}

/**
 * Sum of n i.i.d. log-normal values with the given mean and σ of the log (order values): exact for
 * n ≤ 8, else Fenton–Wilkinson (a log-normal with the sum's exact mean n·m and variance n·v).
 * `cv2` (= e^σ² − 1) may be passed precomputed.
 */
export function sumLogNormal(r: Xoshiro128, n: number, mean: number, sigma: number, cv2 = Math.exp(sigma * sigma) - 1): number {
  if (n <= 0) return 0;
  if (sigma <= 0) return n * mean;
  if (n <= 8) {
    if (mean !== lnMemo.mean || sigma !== lnMemo.sigma) {
      lnMemo.mean = mean;
      lnMemo.sigma = sigma;
      lnMemo.mu = Math.log(mean) - 0.5 * sigma * sigma;
    }
    const mu = lnMemo.mu;
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.exp(mu + sigma * r.normal());
    return s;
  }
  // Sum: mean n·m, variance n·m²·cv² (cv² = e^σ² − 1 of one value); its log-normal: σ_s² = ln(1 + cv²/n).
  if (cv2 !== fwMemo.cv2) {
    fwMemo.cv2 = cv2;
    fwMemo.sd.fill(NaN);
  }
  let sd: number;
  let half: number;
  if (n < FW_MEMO_SIZE) {
    sd = fwMemo.sd[n]!;
    if (sd !== sd) {
      const s2 = Math.log1p(cv2 / n);
      fwMemo.sd[n] = sd = Math.sqrt(s2);
      fwMemo.half[n] = 0.5 * s2;
    }
    half = fwMemo.half[n]!;
  } else {
    const s2 = Math.log1p(cv2 / n);
    sd = Math.sqrt(s2);
    half = 0.5 * s2;
  }
  return n * mean * Math.exp(sd * r.normal() - half);
}

/**
 * Memos of sumLogNormal's parameters (pure functions of their keys, so results are the same as
 * computing them each time): μ of one log-normal value for the last (mean, σ), and the
 * Fenton–Wilkinson σ_s and σ_s²/2 by count n for the last cv².
 */
const lnMemo = { mean: NaN, sigma: NaN, mu: 0 };
const FW_MEMO_SIZE = 8192;
const fwMemo = { cv2: NaN, sd: new Float64Array(FW_MEMO_SIZE).fill(NaN), half: new Float64Array(FW_MEMO_SIZE) };

/**
 * A sum of log-normal values prepared for one value distribution (mean, σ of the log): the
 * constants sumLogNormal derives from them, computed by the same formulas (μ of one value, cv², and
 * the Fenton–Wilkinson σ_s and σ_s²/2 by count, filled on first use).
 */
export interface LogNormalSum {
  readonly mean: number;
  readonly sigma: number;
  readonly cv2: number;
  readonly mu: number;
  readonly sd: Float64Array;
  readonly half: Float64Array;
}

/** The prepared sum of values with the given mean and σ of the log (see sumLogNormalFen). */
export function logNormalSum(mean: number, sigma: number): LogNormalSum {
  return {
    mean,
    sigma,
    cv2: Math.exp(sigma * sigma) - 1,
    mu: Math.log(mean) - 0.5 * sigma * sigma,
    sd: new Float64Array(FW_MEMO_SIZE).fill(NaN),
    half: new Float64Array(FW_MEMO_SIZE),
  };
}

/** Normals of one sumLogNormalFen call (at most 8). */
const sumNormals = new Float64Array(8);

/**
 * Math.round(sumLogNormal(r, n, L.mean, L.sigma) × 100), the sum in fen, with the same draws and the
 * same bits (test/behaviour/sample.test.ts): the normals are written to a typed array and the result
 * is an integer, so no double crosses a call boundary (a double passed to or returned from a call
 * the compiler does not inline is boxed in a heap number).
 */
export function sumLogNormalFen(r: Xoshiro128, n: number, L: LogNormalSum): number {
  if (n <= 0) return 0;
  if (L.sigma <= 0) return Math.round(n * L.mean * 100);
  const z = sumNormals;
  if (n <= 8) {
    r.normalsInto(z, 0, n);
    const mu = L.mu;
    const sigma = L.sigma;
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.exp(mu + sigma * z[i]!);
    return Math.round(s * 100);
  }
  let sd: number;
  let half: number;
  if (n < FW_MEMO_SIZE) {
    sd = L.sd[n]!;
    if (sd !== sd) {
      const s2 = Math.log1p(L.cv2 / n);
      L.sd[n] = sd = Math.sqrt(s2);
      L.half[n] = 0.5 * s2;
    }
    half = L.half[n]!;
  } else {
    const s2 = Math.log1p(L.cv2 / n);
    sd = Math.sqrt(s2);
    half = 0.5 * s2;
  }
  r.normalsInto(z, 0, 1);
  return Math.round(n * L.mean * Math.exp(sd * z[0]! - half) * 100);
}
