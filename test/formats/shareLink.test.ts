/**
 * Share links (issue 7 §1): workspace → link → workspace deep-equal, the version table (a synthetic
 * version-0 link still opens), the length of the default scenario's link, and bad links — truncated,
 * garbled, newer, absurd — opening the default scenario with a message instead of throwing.
 */
import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { fromBase64Url, toBase64Url } from '../../src/formats/base64url';
import { canonicalJson } from '../../src/formats/canonicalJson';
import { deflateRaw, inflateRaw } from '../../src/formats/deflate';
import {
  MAX_FRAGMENT_CHARS,
  SHARE_DECODERS,
  decodeShareLink,
  encodeShareLink,
  encodeV0,
  isShareFragment,
  payloadV1,
  unpackV1,
} from '../../src/formats/shareLink';
import { checkWorkspace, defaultScenario, openWorkspaceLink } from '../../src/formats/workspace';
import shareBase1 from '../../src/formats/shareBase1.json';
import type { Scenario } from '../../src/sim/scenario';

const utf8 = new TextEncoder();

/** A workspace far from the default: every part edited, a variant not from any preset. */
function editedScenario(): Scenario {
  const s = defaultScenario();
  s.name = '我的店 <img src=x onerror=alert(1)>';
  s.shop.agents = 57;
  s.shop.teams = 5;
  s.shop.seasonality = s.shop.seasonality.map((x, i) => (i === 10 ? 2.5 : x));
  s.behaviour.effortElasticity = 0;
  s.behaviour.conversion = 0.123456789;
  s.settings = { startMonth: '2027-03', months: 24, replications: 1000, seed: 4294967295 };
  s.variants[1]!.policy.commission = { type: 'flat', rate: '0.008', applyScore: true };
  s.variants[2]!.policy.bonuses.topPerformer = '300.00';
  s.variants[3]!.name = '谨慎老板 2';
  s.variants.push({ ...structuredClone(s.variants[0]!), name: 'copy', baseline: false });
  s.variants[4]!.policy.description = undefined as unknown as string;
  delete s.variants[4]!.policy.description;
  s.variants[4]!.policy.probation = { months: 2, pay: '2400.00' };
  return s;
}

describe('base64url', () => {
  it('encodes RFC 4648 test vectors without padding and decodes them back', () => {
    // RFC 4648 §10: "f" → Zg, "fo" → Zm8, "foo" → Zm9v, "foob" → Zm9vYg, "fooba" → Zm9vYmE, "foobar" → Zm9vYmFy
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [plain, enc] of vectors) {
      expect(toBase64Url(utf8.encode(plain))).toBe(enc);
      expect(new TextDecoder().decode(fromBase64Url(enc)!)).toBe(plain);
    }
    // 0xfb 0xff → "+/8" in base64, "-_8" in base64url
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect([...fromBase64Url('-_8')!]).toEqual([0xfb, 0xff]);
  });
  it('refuses text outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('Zm9v+')).toBeNull();
    expect(fromBase64Url('Zm9v=')).toBeNull();
    expect(fromBase64Url('Z')).toBeNull(); // 4n + 1 characters carry no whole byte
    expect(fromBase64Url('Zm9中')).toBeNull();
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'x' }], c: undefined } })).toBe('{"a":{"d":[3,{"y":"x","z":null}]},"b":1}');
  });
});

describe('deflate-raw', () => {
  it('round-trips and stops a payload that inflates past the limit', async () => {
    const text = 'a'.repeat(100_000);
    const packed = await deflateRaw(utf8.encode(text));
    expect(packed.length).toBeLessThan(1000);
    expect(new TextDecoder().decode((await inflateRaw(packed, 200_000))!)).toBe(text);
    expect(await inflateRaw(packed, 50_000)).toBeNull();
  });
  it('returns null for corrupt and truncated data', async () => {
    const packed = await deflateRaw(utf8.encode('{"v":[0,1,2,3]}'));
    expect(await inflateRaw(packed.subarray(0, packed.length - 3), 1000)).toBeNull();
    expect(await inflateRaw(new Uint8Array([0xff, 0xff, 0xff]), 1000)).toBeNull();
  });
});

describe('share link round trip', () => {
  it('the default scenario: workspace → link → workspace deep-equal, and the link is short', async () => {
    const s = defaultScenario();
    const link = await encodeShareLink(s);
    // Version 1's frozen reference is the default scenario as it was when the version was made:
    // each default variant travels as a reference (an index, or [index, patch] if a preset has
    // drifted since), never whole. When made, the payload was exactly {"v":[0,1,2,3]}.
    const v = payloadV1(s).v as unknown[];
    v.forEach((x, i) => expect(typeof x === 'number' ? x : (x as [number])[0]).toBe(i));
    expect(link.length).toBeLessThanOrEqual(2000);
    const url = `http://127.0.0.1:4173/#${link}`;
    console.log(`[share] default scenario link: ${link.length} characters in the fragment, ${url.length} with the address`);
    const opened = await openWorkspaceLink(`#${link}`);
    expect(opened.ok && opened.scenario).toEqual(s);
  });

  it('an edited workspace (every part changed, a fifth variant) round-trips deep-equal', async () => {
    const s = editedScenario();
    const link = await encodeShareLink(s);
    console.log(`[share] edited scenario link: ${link.length} characters`);
    expect(link.length).toBeLessThan(2000);
    const opened = await openWorkspaceLink(link);
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(opened.scenario).toEqual(s);
  });

  it('encodes a variant as a reference to the frozen preset plus a diff', () => {
    const s = editedScenario();
    const p = payloadV1(s);
    const v = p.v as unknown[];
    expect(v[0]).toBe(0); // unchanged seed000
    // commission changed from the seed001-guarantee preset's, the rest by reference
    expect(v[1]).toEqual([1, { policy: { commission: { applyScore: [true], rate: ['0.008'], type: ['flat'] } } }]);
    expect(v[2]).toEqual([2, { policy: { bonuses: { topPerformer: ['300.00'] } } }]);
    expect(v[3]).toEqual([3, { name: ['谨慎老板 2'] }]);
    expect(v[4]).toEqual([0, { baseline: [false], name: ['copy'], policy: { description: [], probation: [{ months: 2, pay: '2400.00' }] } }]);
    expect(unpackV1(JSON.parse(JSON.stringify(p)))).toEqual({ ok: true, raw: expect.objectContaining({ variants: s.variants }), version: 1 });
  });

  it('a workspace with no variant in common with the presets still round-trips (whole variants)', async () => {
    const s = editedScenario();
    for (const v of s.variants) {
      v.policy.name = `${v.policy.name} — 自定义 custom`;
      v.policy.description = 'x'.repeat(300);
      v.policy.source = 'y'.repeat(300);
    }
    const link = await encodeShareLink(s);
    const opened = await openWorkspaceLink(link);
    expect(opened.ok && opened.scenario).toEqual(s);
    console.log(`[share] five custom variants: ${link.length} characters`);
  });

  it('is canonical: the same workspace built in another key order gives the same link', async () => {
    const s = defaultScenario();
    s.settings.seed = 7;
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    const reordered = reverse(s) as Scenario;
    expect(Object.keys(reordered)[0]).toBe('settings');
    expect(await encodeShareLink(reordered)).toBe(await encodeShareLink(s));
  });

  it('the frozen reference of version 1 is a valid scenario', () => {
    const checked = checkWorkspace(shareBase1);
    expect(checked.ok).toBe(true);
    expect(shareBase1.variants.map((v) => v.name)).toEqual(['seed000', 'seed001-guarantee', 'seed001-roles', 'careful-owner']);
  });
});

describe('version table', () => {
  it('lists every version this code reads', () => {
    expect(Object.keys(SHARE_DECODERS).map(Number)).toEqual([0, 1]);
  });
  it('a synthetic version-0 link (plain JSON, uncompressed) opens to the same workspace', async () => {
    const s = editedScenario();
    const old = encodeV0(s);
    expect(old.startsWith('s0.')).toBe(true);
    const opened = await openWorkspaceLink(`#${old}`);
    expect(opened.ok && opened.scenario).toEqual(s);
  });
  it('a link from a newer Paylab says so', async () => {
    const r = await openWorkspaceLink('#s2.abcdef');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.key).toBe('share.newerVersion');
      expect('scenario' in r).toBe(false);
    }
  });
});

describe('bad links give a message and no scenario (the workspace is kept)', () => {
  const cases: [string, string, string][] = [
    ['not a link', '#section-2', 'share.notALink'],
    ['empty payload', '#s1.', 'share.corrupt'],
    ['not base64url', '#s1.abc$%^', 'share.corrupt'],
    ['not deflate', '#s1.AAAAAAAA', 'share.corrupt'],
    ['too long', `#s1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`, 'share.tooLong'],
  ];
  for (const [what, link, key] of cases) {
    it(what, async () => {
      const r = await openWorkspaceLink(link);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]!.key).toBe(key);
      expect('scenario' in r).toBe(false);
    });
  }

  it('a truncated link', async () => {
    const link = await encodeShareLink(editedScenario());
    const r = await openWorkspaceLink(link.slice(0, Math.floor(link.length / 2)));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.key).toBe('share.corrupt');
  });

  it('hand-edited absurd values are refused by the scenario validator, with their paths', async () => {
    const s = defaultScenario() as unknown as { shop: Record<string, unknown>; settings: Record<string, unknown>; variants: { policy: { commission: Record<string, unknown> } }[] };
    s.shop.agents = 1_000_000;
    s.settings.months = -3;
    s.variants[0]!.policy.commission.rate = '50';
    const r = await openWorkspaceLink(encodeV0(s as unknown as Scenario));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.key).toBe('share.invalidScenario');
      const paths = r.problems.map((p) => p.path);
      expect(paths).toContain('$.shop.agents');
      expect(paths).toContain('$.settings.months');
      expect(paths).toContain('$.variants[0].policy.commission.rate');
      expect('scenario' in r).toBe(false);
    }
  });

  it('a payload patching a forbidden key or deleting what is absent is refused', async () => {
    for (const payload of ['{"v":[[0,{"__proto__":{"x":[1]}}]]}', '{"v":[[0,{"nothing":[]}]]}', '{"v":[9]}', '{"v":[0],"x":1}', '{"v":[[0]]}', '[]']) {
      const link = `s1.${toBase64Url(await deflateRaw(utf8.encode(payload)))}`;
      const r = await decodeShareLink(link);
      expect(r.ok, payload).toBe(false);
    }
  });

  it('is a share fragment only with an s<version>. prefix', () => {
    expect(isShareFragment('#s1.abc')).toBe(true);
    expect(isShareFragment('s12.x')).toBe(true);
    expect(isShareFragment('#settings')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });
});

describe('fuzz: 1 000 truncated or mutated links never throw', () => {
  it('decodeShareLink and openWorkspaceLink always resolve to a result object', async () => {
    const rng = seedrandom('paylab-share-fuzz-1');
    const good = [await encodeShareLink(defaultScenario()), await encodeShareLink(editedScenario()), encodeV0(editedScenario())];
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%s#中=';
    const pick = (n: number) => Math.floor(rng() * n);
    let opened = 0;
    let refused = 0;
    for (let i = 0; i < 1000; i++) {
      let link = good[pick(good.length)]!;
      const edits = 1 + pick(4);
      for (let e = 0; e < edits; e++) {
        const at = pick(link.length + 1);
        switch (pick(5)) {
          case 0:
            link = link.slice(0, at); // truncate
            break;
          case 1:
            link = link.slice(0, at) + chars[pick(chars.length)]! + link.slice(at + 1); // replace
            break;
          case 2:
            link = link.slice(0, at) + chars[pick(chars.length)]! + link.slice(at); // insert
            break;
          case 3:
            link = link.slice(0, at) + link.slice(at + 1 + pick(8)); // delete a run
            break;
          default:
            link = link.slice(0, at) + link.slice(at, at + pick(20)) + link.slice(at); // duplicate a run
        }
      }
      const raw = await decodeShareLink(link);
      expect(typeof raw.ok).toBe('boolean');
      const r = await openWorkspaceLink(link);
      if (r.ok) opened++;
      else {
        refused++;
        expect(r.problems.length).toBeGreaterThan(0);
        expect('scenario' in r).toBe(false);
      }
    }
    console.log(`[share] fuzz: ${opened} mutated links still opened a valid workspace, ${refused} were refused with a message`);
    expect(opened + refused).toBe(1000);
    expect(refused).toBeGreaterThan(500);
  });
});

describe('share link limits', () => {
  it('a payload naming a million variant references is refused before any is expanded', async () => {
    const { unpackV1 } = await import('../../src/formats/shareLink');
    const started = performance.now();
    const r = unpackV1({ v: new Array(1_000_000).fill(0) });
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ path: '$.variants', key: 'scenario.tooManyVariants', params: expect.objectContaining({ count: 1_000_000, max: 12 }) })] });
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
