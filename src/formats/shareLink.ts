/**
 * Share links: the whole workspace — a scenario file (src/sim/scenario.ts: shop,
 * behaviour, variants with their baseline, seed, replications) — in the URL fragment, so no server
 * sees it. `#s<version>.<payload>`; docs/share-and-export.md §Share link describes the format.
 *
 * Version 1: canonical JSON of `{ "s": patch, "v": [variant, …] }` → raw DEFLATE → base64url, where
 * `s` patches the frozen reference scenario of version 1 (shareBase1.json, without its variants)
 * into this workspace (jsonPatch.ts), and each variant is the index of a reference variant it equals,
 * `[index, patch]` for one it differs from, or the whole variant object — whichever is shortest. The
 * reference is frozen with the version: a preset edited later never changes what an old link opens.
 * Version 0 (synthetic predecessor, kept to exercise the version table): base64url of the plain
 * UTF-8 JSON of the whole scenario.
 *
 * Decoding never throws: a truncated, garbled or newer link gives a result with bilingual problems
 * (share.* messages), bounded in time and memory (fragment and inflated sizes are capped).
 * Whether the decoded scenario makes sense is the scenario validator's business (openShareLink).
 */
import { problem, type Problem } from '../i18n/problem';
import { parseJson } from '../policy/json';
import type { Scenario, Variant } from '../sim/scenario';
import { SCENARIO_LIMITS, validateScenario } from '../sim/scenarioValidate';
import { fromBase64Url, toBase64Url } from './base64url';
import { canonicalJson } from './canonicalJson';
import { deflateRaw, inflateRaw } from './deflate';
import { applyPatch, diffJson, isPlainObject, jsonEqual } from './jsonPatch';
import shareBase1 from './shareBase1.json';
import { rosterForLink } from '../sim/roster';

/** The version this code writes. */
export const SHARE_VERSION = 1;
/** A fragment longer than this is refused before any decoding (no link is legitimately this long). */
export const MAX_FRAGMENT_CHARS = 200_000;
/** Inflated payloads above this are refused (a garbled link must not expand without bound). */
export const MAX_PAYLOAD_BYTES = 2_000_000;
/** Above this many characters a whole URL is too long to pass around reliably: offer the scenario file instead. */
export const MAX_LINK_CHARS = 8_000;

const FRAGMENT = /^#?s(0|[1-9][0-9]{0,5})\.([\s\S]*)$/;

export type RawDecode = { ok: true; raw: unknown; version: number } | { ok: false; problems: Problem[] };

type Decoder = (payload: string) => Promise<RawDecode>;

const fail = (key: string, params: Record<string, string | number> = {}): RawDecode => ({ ok: false, problems: [problem('', key, params)] });

const utf8 = new TextEncoder();

function utf8Decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** JSON text → value, or the share.corrupt problem carrying the reader's own message. */
function readJson(text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problems: [problem('', 'share.corruptJson'), ...json.problems] };
  if (json.problems.length > 0) return { ok: false, problems: [problem('', 'share.corruptJson'), ...json.problems] };
  return { ok: true, value: json.value };
}

// ── version 1 ──

/**
 * The frozen reference of version 1: a complete scenario (the default scenario when the version was
 * made). Fields added to the scenario file since then are filled with their defaults, as opening any
 * older scenario file does, so a scenario at those defaults still encodes as no change.
 */
const BASE1 = withCurrentDefaults(shareBase1 as unknown as Scenario);

function withCurrentDefaults(frozen: Scenario): Scenario {
  const filled = validateScenario(frozen).scenario;
  if (filled === null) return frozen;
  const rest = JSON.parse(JSON.stringify(withoutVariants(filled))) as Record<string, unknown>;
  return { ...rest, variants: frozen.variants } as unknown as Scenario;
}

function withoutVariants(s: object): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...(s as Record<string, unknown>) };
  delete rest.variants;
  return rest;
}

type VariantRef = number | [number, unknown] | Record<string, unknown>;

/** The shortest encoding of one variant against the reference variants. */
function encodeVariant(v: Variant, refs: readonly Variant[]): VariantRef {
  let best: VariantRef = v as unknown as Record<string, unknown>;
  let bestLength = canonicalJson(v).length;
  for (let i = 0; i < refs.length; i++) {
    if (jsonEqual(refs[i], v)) return i;
    const d = diffJson(refs[i], v);
    const candidate: VariantRef = [i, d];
    const length = canonicalJson(candidate).length;
    if (length < bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  return best;
}

/** Workspace → version 1 payload object (before JSON and compression); exported for tests and docs. */
export function payloadV1(scenario: Scenario, base: Scenario = BASE1): Record<string, unknown> {
  const out: Record<string, unknown> = { v: scenario.variants.map((v) => encodeVariant(v, base.variants)) };
  const s = diffJson(withoutVariants(base), withoutVariants(scenario));
  if (s !== undefined) out.s = s;
  return out;
}

/** Version 1 payload object → the raw scenario it stands for, or why not. */
export function unpackV1(payload: unknown, base: Scenario = BASE1): RawDecode {
  if (!isPlainObject(payload)) return fail('share.badPayload');
  for (const k of Object.keys(payload)) if (k !== 's' && k !== 'v') return fail('share.badPayload');
  const refs = base.variants;
  const list = payload.v;
  if (!Array.isArray(list)) return fail('share.badPayload');
  // The scenario's own limit, checked before any reference is expanded into a full variant.
  if (list.length > SCENARIO_LIMITS.variants) return { ok: false, problems: [problem('$.variants', 'scenario.tooManyVariants', { count: list.length, max: SCENARIO_LIMITS.variants })] };
  const variants: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    let variant: unknown;
    if (typeof item === 'number' || Array.isArray(item)) {
      const index: unknown = typeof item === 'number' ? item : item[0];
      if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= refs.length || (Array.isArray(item) && item.length !== 2)) {
        return fail('share.badReference', { index: i + 1 });
      }
      const ref = refs[index as number]!;
      variant = Array.isArray(item) ? applyPatch(ref, item[1]) : applyPatch(ref, {});
      if (variant === undefined) return fail('share.badReference', { index: i + 1 });
    } else if (isPlainObject(item)) {
      variant = item;
    } else {
      return fail('share.badReference', { index: i + 1 });
    }
    variants.push(variant);
  }
  const rest = payload.s === undefined ? withoutVariants(base) : applyPatch(withoutVariants(base), payload.s);
  if (!isPlainObject(rest)) return fail('share.badPayload');
  return { ok: true, raw: { ...rest, variants }, version: 1 };
}

async function encodeV1(scenario: Scenario): Promise<string> {
  const text = canonicalJson(payloadV1(scenario));
  return toBase64Url(await deflateRaw(utf8.encode(text)));
}

async function decodeV1(payload: string): Promise<RawDecode> {
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return fail('share.corrupt');
  const inflated = await inflateRaw(bytes, MAX_PAYLOAD_BYTES);
  if (!inflated) return fail('share.corrupt');
  const text = utf8Decode(inflated);
  if (text === null) return fail('share.corrupt');
  const json = readJson(text);
  if (!json.ok) return json;
  return unpackV1(json.value);
}

// ── version 0 (synthetic predecessor) ──

/** Version 0 writer, kept only so tests can make old links: base64url of the plain JSON. */
export function encodeV0(scenario: Scenario): string {
  return `s0.${toBase64Url(utf8.encode(JSON.stringify(scenario)))}`;
}

async function decodeV0(payload: string): Promise<RawDecode> {
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return fail('share.corrupt');
  const text = utf8Decode(bytes);
  if (text === null) return fail('share.corrupt');
  const json = readJson(text);
  if (!json.ok) return json;
  return { ok: true, raw: json.value, version: 0 };
}

/** Version → decoder of its payload. Add a version by adding a line (and keeping the old ones). */
export const SHARE_DECODERS: Readonly<Record<number, Decoder>> = { 0: decodeV0, 1: decodeV1 };

// ── public API ──

/** Workspace → fragment text `s1.<payload>` (no leading #). */
export async function encodeShareLink(scenario: Scenario): Promise<string> {
  // The roster's names and nicknames are personal data: a link carries them only when the owner allowed it.
  let shared = scenario.roster ? { ...scenario, roster: rosterForLink(scenario.roster) } : scenario;
  // So are the names of a calibrated scenario's starting roster (shop.roster): each becomes its id.
  if (shared.shop.roster && scenario.roster?.shareNames !== true) {
    shared = { ...shared, shop: { ...shared.shop, roster: shared.shop.roster.map((a) => ({ ...a, name: a.agentId })) } };
  }
  return `s${SHARE_VERSION}.${await encodeV1(shared)}`;
}

/** Whether a location hash looks like a share link at all (so an ordinary #anchor is left alone). */
export function isShareFragment(hash: string): boolean {
  return /^#?s[0-9]+\./.test(hash);
}

/**
 * Fragment (with or without #) → the raw scenario it carries, or bilingual problems. Never throws
 * and never rejects; the scenario still needs the scenario validator (openShareLink does both).
 */
export async function decodeShareLink(fragment: string): Promise<RawDecode> {
  try {
    if (typeof fragment !== 'string') return fail('share.notALink');
    if (fragment.length > MAX_FRAGMENT_CHARS) return fail('share.tooLong', { length: fragment.length, max: MAX_FRAGMENT_CHARS });
    let text = fragment;
    // a link pasted through some chat apps arrives percent-encoded
    if (text.includes('%')) {
      try {
        text = decodeURIComponent(text);
      } catch {
        return fail('share.corrupt');
      }
    }
    const m = FRAGMENT.exec(text.trim());
    if (!m) return fail('share.notALink');
    const version = Number(m[1]);
    if (version > SHARE_VERSION) return fail('share.newerVersion', { version, current: SHARE_VERSION });
    const decoder = SHARE_DECODERS[version];
    if (!decoder) return fail('share.unknownVersion', { version });
    return await decoder(m[2]!);
  } catch {
    return fail('share.corrupt');
  }
}

/**
 * What opening a link gives: the scenario it shares, or why it cannot open. A failure carries no
 * scenario: the caller keeps the workspace it has (a bad link never replaces the owner's work).
 */
export type OpenedLink = { ok: true; scenario: Scenario; version: number } | { ok: false; problems: Problem[] };

/** The scenario check openShareLink uses (the scenario file's validator). */
export interface ScenarioChecks {
  validate(raw: unknown): { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };
}

/**
 * Fragment → the link's scenario when it decodes and validates, otherwise the problems (the first
 * says what happened, the rest where). Never throws.
 */
export async function openShareLink(fragment: string, checks: ScenarioChecks): Promise<OpenedLink> {
  const decoded = await decodeShareLink(fragment);
  if (!decoded.ok) return { ok: false, problems: decoded.problems };
  let checked: ReturnType<ScenarioChecks['validate']>;
  try {
    checked = checks.validate(decoded.raw);
  } catch {
    checked = { ok: false, problems: [] };
  }
  if (!checked.ok) return { ok: false, problems: [problem('', 'share.invalidScenario'), ...checked.problems] };
  return { ok: true, scenario: checked.scenario, version: decoded.version };
}
