import type { Engine, RuleProperties } from 'json-rules-engine';
import type { CompiledRule } from './compiled-rule.js';
import { loadEngine, type RulesEngineModule } from './load-engine.js';
import { resolveRulePath } from './rule-path.js';

/** A rule set made ready once: its Engine and the distinct facts its rules read. */
interface Prepared {
  readonly base: Engine;
  readonly factIds: readonly string[];
}

// One Engine per rule set, built on first use and never changed after: its Rule objects,
// operators and priority order are read-only during a run (each run clones the conditions it
// marks into its own RuleResult). Keyed weakly, so a caller's one-off rule set goes with it.
const prepared = new WeakMap<readonly CompiledRule<unknown>[], Prepared>();

/**
 * Runs `rules` over constant `facts` and returns the rules whose conditions hold, in input order.
 *
 * json-rules-engine keeps its run status on the Engine: two overlapping `run()`s on one engine
 * skip each other's lower-priority rules. So every evaluation runs on its own Engine object, a
 * view that inherits the prepared rules from the rule set's base Engine and owns the status
 * `run()` writes. That keeps the evaluations apart without building an operator map, Rule and
 * Condition objects per call, so a call is cheaper and makes less garbage than a fresh Engine
 * (docs/benchmarks.md, "Rules").
 */
export async function runRules<Meta>(
  rules: readonly CompiledRule<Meta>[],
  facts: Readonly<Record<string, unknown>>,
): Promise<CompiledRule<Meta>[]> {
  if (rules.length === 0) return [];
  const module = await loadEngine();
  let ready = prepared.get(rules);
  if (!ready) prepared.set(rules, (ready = prepare(module, rules)));
  // Only the facts some rule reads, as uncached Facts: json-rules-engine reads a constant fact's
  // value directly, so the cache key it would hash for each one is never used.
  const given: Record<string, InstanceType<RulesEngineModule['Fact']>> = {};
  for (const id of ready.factIds) given[id] = new module.Fact(id, facts[id], { cache: false });
  const { results } = await (Object.create(ready.base) as Engine).run(given);
  const held = new Set(results.map((r) => r.name));
  return rules.filter((rule) => held.has(rule.key));
}

function prepare<Meta>({ Engine }: RulesEngineModule, rules: readonly CompiledRule<Meta>[]): Prepared {
  const base = new Engine([], { pathResolver: resolveRulePath, allowUndefinedFacts: false });
  for (const rule of rules) base.addRule(rule.properties as unknown as RuleProperties);
  // Sorted once here, so no run ever writes the priority order (an untyped json-rules-engine
  // method: run() calls it and caches its answer on the Engine).
  (base as unknown as { prioritizeRules(): unknown }).prioritizeRules();
  return { base, factIds: [...new Set(rules.flatMap((rule) => rule.facts))] };
}
