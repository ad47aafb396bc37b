/** A parsed path: property names and array indices. */
export type PathSegment = string | number;

// Dotted names with optional [n] indices, optionally after "$." (json-rules-engine habit).
// Linear: a name cannot contain "[" or ".", so there is one way to match any text.
const PATH = /^(?:\$\.)?[A-Za-z_][A-Za-z0-9_]*(?:\[\d{1,4}\])*(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[\d{1,4}\])*)*$/;
const SEGMENT = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;
const MAX_PATH_LENGTH = 200;

/**
 * Parses a rule's `path`: `'$.account.admin'`, `'tags[0]'`. Returns an error message for anything
 * else, JSONPath filters and wildcards included, and for the segments that reach prototypes.
 */
export function parseRulePath(path: string): { segments: PathSegment[] } | { error: string } {
  if (path.length > MAX_PATH_LENGTH) return { error: `path longer than ${MAX_PATH_LENGTH} characters` };
  if (!PATH.test(path)) {
    return { error: `"${path}" is not a plain property path (use dotted names and [n] indices, e.g. "account.admin"; JSONPath filters and wildcards are not supported)` };
  }
  const segments: PathSegment[] = [];
  for (const m of path.replace(/^\$\./, '').matchAll(SEGMENT)) {
    const name = m[1];
    if (name === undefined) segments.push(Number(m[2]));
    else if (name === '__proto__' || name === 'constructor' || name === 'prototype') return { error: `"${name}" in a path would reach a prototype` };
    else segments.push(name);
  }
  return { segments };
}

/** `['account', 'admin']` → `'account.admin'`; indices become `[]` (the catalogue's form). */
export function canonicalPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? '[]' : out === '' ? s : `.${s}`;
  return out;
}

/**
 * Reads `segments` from `value` through own properties and array elements only: never a
 * prototype, getter-free JSON data assumed. Anything missing is `undefined`.
 */
export function resolveOwnPath(value: unknown, segments: readonly PathSegment[]): unknown {
  let current = value;
  for (const s of segments) {
    if (typeof s === 'number') {
      if (!Array.isArray(current) || s >= current.length) return undefined;
      current = current[s];
    } else {
      if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, s)) return undefined;
      current = (current as Record<string, unknown>)[s];
    }
  }
  return current;
}

/**
 * The `pathResolver` given to every json-rules-engine Engine, replacing its JSONPath default.
 * Paths were validated when the rules were; one that still fails to parse resolves to nothing.
 */
export function resolveRulePath(value: object, path: string): unknown {
  const parsed = parseRulePath(path);
  return 'segments' in parsed ? resolveOwnPath(value, parsed.segments) : undefined;
}
