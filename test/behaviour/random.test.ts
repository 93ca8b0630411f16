import { describe, expect, it } from 'vitest';
import { KIND, Xoshiro128, keyPart, mix32, replicationKey, streamKey, PART } from '../../src/behaviour/random';

describe('xoshiro128**', () => {
  it('matches the reference C implementation from state (1, 2, 3, 4)', () => {
    // Expected values: the authors' xoshiro128starstar.c compiled with gcc, s = {1, 2, 3, 4}, five calls.
    // By hand for the first: result = rotl(2 * 5, 7) * 9 = (10 << 7) * 9 = 1280 * 9 = 11520.
    const x = Xoshiro128.fromState(1, 2, 3, 4);
    expect([x.nextU32(), x.nextU32(), x.nextU32(), x.nextU32(), x.nextU32()]).toEqual([11520, 0, 5927040, 70819200, 2031721883]);
  });

  it('gives uniforms strictly inside (0, 1)', () => {
    // The state (0, 0, 0, 1) yields nextU32 = 0 first: (0 + 0.5) / 2^32 > 0.
    const x = Xoshiro128.fromState(0, 0, 0, 1);
    const u = x.next();
    expect(u).toBe(0.5 / 4294967296);
    for (let i = 0; i < 10000; i++) {
      const v = x.next();
      expect(v > 0 && v < 1).toBe(true);
    }
  });

  it('re-seeding restarts the stream, normals included', () => {
    const x = new Xoshiro128(123);
    const first = [x.normal(), x.normal(), x.normal()];
    x.seed(123);
    expect([x.normal(), x.normal(), x.normal()]).toEqual(first);
  });

  it('normalsInto writes exactly the normals of successive normal() calls, and nothing else', () => {
    // 100 000 normals go through the ziggurat's wedges and its tail (|x| > 3.44) many times
    const a = new Xoshiro128(77);
    const b = new Xoshiro128(77);
    const into = new Float64Array(1003).fill(-99);
    for (let k = 0; k < 100; k++) {
      const n = k % 10 === 0 ? 1000 : (k % 8) + 1;
      const after = into[2 + n];
      a.normalsInto(into, 2, n);
      for (let i = 0; i < n; i++) expect(Object.is(into[2 + i], b.normal())).toBe(true);
      expect(into[0]).toBe(-99);
      expect(into[1]).toBe(-99);
      expect(into[2 + n]).toBe(after);
    }
    expect(a.nextU32()).toBe(b.nextU32());
  });

  it('a key is read as 32 bits: unsigned and signed spellings of one key give one stream', () => {
    // 0xdeadbeef = 3735928559 unsigned = −559038737 as a signed 32-bit integer.
    const a = new Xoshiro128(0xdeadbeef);
    const b = new Xoshiro128(-559038737);
    const xs = [a.nextU32(), a.nextU32(), a.nextU32()];
    expect([b.nextU32(), b.nextU32(), b.nextU32()]).toEqual(xs);
    expect(xs.every((v) => v >= 0 && v < 2 ** 32)).toBe(true);
  });
});

describe('lowbias32 and stream keys', () => {
  it('matches the C reference values', () => {
    // gcc: lowbias32(0) = 0, lowbias32(1) = 1753845952, lowbias32(0xdeadbeef) = 3861431939.
    expect(mix32(0)).toBe(0);
    expect(mix32(1)).toBe(1753845952);
    expect(mix32(0xdeadbeef)).toBe(3861431939);
  });

  it('is a chain of parts, so a prefix can be hashed once', () => {
    const k = streamKey(42, 3, 7, 11, KIND.lates);
    expect(k).toBe(keyPart(keyPart(keyPart(replicationKey(42, 3), 7, PART.slot), 11, PART.month), KIND.lates, PART.kind));
  });

  it('differs for every part of the key (no collisions among 100 000 neighbouring keys)', () => {
    const seen = new Set<number>();
    for (let rep = 0; rep < 10; rep++)
      for (let slot = 0; slot < 10; slot++)
        for (let month = -5; month < 95; month++) for (let kind = 1; kind <= 10; kind++) seen.add(streamKey(1, rep, slot, month, kind));
    // 10 × 10 × 100 × 10 = 100 000 keys; a 32-bit hash has an expected ≈ 1.2 collisions among them
    // (n²/2³³ ≈ 1.16), so allow up to 5.
    expect(seen.size).toBeGreaterThanOrEqual(100000 - 5);
  });
});
