import type { CompiledLeaf } from './compiled-rule.js';
import { resolveOwnPath } from './rule-path.js';

/**
 * The first condition of a rule whose fact and path resolve to nothing in `facts`. Such a rule
 * is indeterminate: json-rules-engine would read `undefined` as a silent "not equal", so the
 * caller reports it (fail closed) instead of running it.
 */
export function findUnresolvedLeaf(leaves: readonly CompiledLeaf[], facts: Readonly<Record<string, unknown>>): CompiledLeaf | undefined {
  return leaves.find((leaf) => (Object.hasOwn(facts, leaf.fact) ? resolveOwnPath(facts[leaf.fact], leaf.segments) : undefined) == null);
}
