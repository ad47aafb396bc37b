import type { TopLevelConditions } from './condition-schema.js';
import type { FindingLevel } from '../finding.js';
import type { PathSegment } from './rule-path.js';

/** One comparison of a validated rule: which fact and path it reads, and where it was written. */
export interface CompiledLeaf {
  readonly fact: string;
  readonly segments: readonly PathSegment[];
  readonly path?: string;
  /** Where the condition sits in the caller's input: `rules[3].conditions.all[0]`. */
  readonly where: string;
}

/** What a custom rule's event says: the finding to report when its conditions hold. */
export interface CustomFindingSpec {
  readonly rule: string;
  readonly level: FindingLevel;
  readonly message: string;
  readonly path?: string;
  readonly source?: string;
}

/**
 * A validated, deep-frozen rule, ready to be added to a json-rules-engine Engine:
 * `properties.name` is `key`, and the event carries nothing from the caller.
 */
export interface CompiledRule<Meta> {
  readonly key: string;
  readonly properties: {
    readonly name: string;
    readonly priority: number;
    readonly conditions: TopLevelConditions;
    readonly event: { readonly type: 'finding' };
  };
  readonly leaves: readonly CompiledLeaf[];
  /** The distinct facts the conditions read: all an evaluation has to give the engine. */
  readonly facts: readonly string[];
  readonly meta: Meta;
}
