import type { CompiledLeaf, CustomFindingSpec } from '../engine/compiled-rule.js';
import type { Finding } from '../finding.js';
import type { Locale } from '../locale.js';

/**
 * The `must` finding for a custom rule that cannot be decided because a fact or path it reads
 * has no value for this request: fail closed, never a silent "not equal".
 */
export function indeterminateFinding(spec: CustomFindingSpec, leaf: CompiledLeaf, locale: Locale): Finding {
  const read = leaf.path === undefined ? leaf.fact : `${leaf.fact}.${leaf.path.replace(/^\$\./, '')}`;
  return {
    rule: spec.rule,
    level: 'must',
    message: locale === 'de'
      ? `Unbestimmt: ${read} hat für diese Anfrage keinen Wert, daher kann Regel "${spec.rule}" (${leaf.where}) nicht entschieden werden.`
      : `Indeterminate: ${read} has no value for this request, so rule "${spec.rule}" (${leaf.where}) cannot be decided.`,
    path: read,
    actual: 'undefined',
    expected: locale === 'de' ? 'ein Wert' : 'a value',
    ...(spec.source !== undefined && { source: spec.source }),
    origin: 'custom',
  };
}
