import type { Engine } from 'json-rules-engine';

let loading: Promise<typeof Engine> | undefined;

/**
 * json-rules-engine's `Engine` class, imported on first use: the package root stays free of it
 * (and of jsonpath-plus) for callers who never evaluate rules. The promise is a memo; it never
 * changes a result.
 */
export function loadEngine(): Promise<typeof Engine> {
  loading ??= import('json-rules-engine').then((m) => m.Engine);
  return loading;
}
