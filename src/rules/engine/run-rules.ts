import type { RuleProperties } from 'json-rules-engine';
import type { CompiledRule } from './compiled-rule.js';
import { loadEngine } from './load-engine.js';
import { resolveRulePath } from './rule-path.js';

/**
 * Runs `rules` over constant `facts` and returns the rules whose conditions hold, in input order.
 *
 * json-rules-engine keeps its run status on the Engine: two overlapping `run()`s on one engine
 * skip each other's lower-priority rules. So every evaluation gets a fresh Engine, built from
 * pre-validated frozen rules, with our own-property path resolver instead of JSONPath.
 */
export async function runRules<Meta>(
  rules: readonly CompiledRule<Meta>[],
  facts: Readonly<Record<string, unknown>>,
): Promise<CompiledRule<Meta>[]> {
  const { Engine, Fact } = await loadEngine();
  const engine = new Engine([], { pathResolver: resolveRulePath, allowUndefinedFacts: false });
  // Only the facts some rule reads, as uncached Facts: json-rules-engine reads a constant fact's
  // value directly, so the cache key it would hash for each one is never used.
  const given: Record<string, InstanceType<typeof Fact>> = {};
  for (const rule of rules) {
    engine.addRule(rule.properties as unknown as RuleProperties);
    for (const id of rule.facts) given[id] ??= new Fact(id, facts[id], { cache: false });
  }
  const { results } = await engine.run(given);
  const held = new Set(results.map((r) => r.name));
  return rules.filter((rule) => held.has(rule.key));
}
