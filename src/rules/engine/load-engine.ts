import type { Engine, Fact } from 'json-rules-engine';

/** The two json-rules-engine classes an evaluation needs. */
export interface RulesEngineModule {
  readonly Engine: typeof Engine;
  readonly Fact: typeof Fact;
}

let loading: Promise<RulesEngineModule> | undefined;

/**
 * json-rules-engine, imported on first use: the package root stays free of it (and of
 * jsonpath-plus) for callers who never evaluate rules. The promise is a memo; it never changes a
 * result.
 */
export function loadEngine(): Promise<RulesEngineModule> {
  loading ??= import('json-rules-engine').then((m) => ({ Engine: m.Engine, Fact: m.Fact }));
  return loading;
}
