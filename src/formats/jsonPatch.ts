/**
 * A compact, unambiguous JSON diff in the style of JSON Merge Patch (RFC 7386), for share links:
 * a variant that equals a preset travels as a reference plus the few fields that differ.
 *
 * RFC 7386 cannot set a value to null (null means "delete") and replaces arrays whole; rules files
 * use null to switch a part off, so this format wraps every replacement instead:
 *   - an object `{ k: p, … }` patches the keys named, each with its own patch `p`;
 *   - a one-element array `[v]` replaces the value with `v` (any JSON, null included);
 *   - an empty array `[]` deletes the key.
 * A value that does not change has no entry. Keys of a patch are written sorted, so the same pair
 * of values always gives the same patch text. Applying never throws on a malformed patch (it
 * returns undefined) and refuses the keys __proto__, constructor and prototype.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Patch = { [key: string]: Patch } | [] | [Json];

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Structural equality of two JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !jsonEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** The patch that turns `from` into `to`, or undefined when they are equal. */
export function diffJson(from: unknown, to: unknown): Patch | undefined {
  if (jsonEqual(from, to)) return undefined;
  if (!isPlainObject(from) || !isPlainObject(to)) return [to as Json];
  const out: { [key: string]: Patch } = {};
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  for (const k of keys) {
    const inFrom = Object.prototype.hasOwnProperty.call(from, k);
    const inTo = Object.prototype.hasOwnProperty.call(to, k);
    if (!inTo) out[k] = [];
    else if (!inFrom) out[k] = [to[k] as Json];
    else {
      const d = diffJson(from[k], to[k]);
      if (d !== undefined) out[k] = d;
    }
  }
  return out;
}

function clone(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clone);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = clone(v[k]);
    return out;
  }
  return v;
}

/** Whether a value holds a forbidden key at any depth (a replacement is refused then). */
function hasForbiddenKey(v: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (Array.isArray(v)) return v.some((x) => hasForbiddenKey(x, depth + 1));
  if (isPlainObject(v)) return Object.keys(v).some((k) => FORBIDDEN.has(k) || hasForbiddenKey(v[k], depth + 1));
  return false;
}

const NOT_APPLICABLE = Symbol('not applicable');

function apply(base: unknown, patch: unknown, depth: number): unknown {
  if (depth > 64) return NOT_APPLICABLE;
  if (Array.isArray(patch)) {
    if (patch.length !== 1 || patch[0] === undefined || hasForbiddenKey(patch[0])) return NOT_APPLICABLE;
    return clone(patch[0]);
  }
  if (!isPlainObject(patch) || !isPlainObject(base)) return NOT_APPLICABLE;
  const out = clone(base) as Record<string, unknown>;
  for (const k of Object.keys(patch)) {
    if (FORBIDDEN.has(k)) return NOT_APPLICABLE;
    const p = patch[k];
    if (Array.isArray(p) && p.length === 0) {
      if (!Object.prototype.hasOwnProperty.call(out, k)) return NOT_APPLICABLE;
      delete out[k];
      continue;
    }
    const inner = Array.isArray(p) ? apply(undefined, p, depth + 1) : apply(out[k], p, depth + 1);
    if (inner === NOT_APPLICABLE) return NOT_APPLICABLE;
    out[k] = inner;
  }
  return out;
}

/**
 * Apply a patch to a copy of `base` (never mutated). Undefined when the patch is malformed: not a
 * patch value, a deletion of an absent key, an object patch on a non-object, or a forbidden key.
 */
export function applyPatch(base: unknown, patch: unknown): unknown {
  const r = apply(base, patch, 0);
  return r === NOT_APPLICABLE ? undefined : r;
}
