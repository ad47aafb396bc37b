/** The value types a rule condition can compare. `string[]` facts take the array operators. */
export type FactType = 'number' | 'string' | 'boolean' | 'string[]';

/** A comparable value: its type, and for strings optionally the only values it can take. */
export interface ValueSpec {
  readonly type: FactType;
  readonly description: string;
  readonly values?: readonly string[];
}

/**
 * A fact rules may name. A plain fact is a comparable value; an `object` fact (the request) is
 * read through `path`, and `paths` lists every readable path with its type. Canonical paths are
 * dotted, with `[]` for an array index: `account.admin`, `tags[]`.
 */
export type FactSpec =
  | ValueSpec
  | { readonly type: 'object'; readonly description: string; readonly paths: Readonly<Record<string, ValueSpec>> };

/** The typed catalogue custom rules are validated against: fact id → spec. */
export type FactCatalogue = Readonly<Record<string, FactSpec>>;

/** The spec of `id`, own properties only (a fact named `constructor` is not in any catalogue). */
export function factSpec(catalogue: FactCatalogue, id: string): FactSpec | undefined {
  return Object.hasOwn(catalogue, id) ? catalogue[id] : undefined;
}
