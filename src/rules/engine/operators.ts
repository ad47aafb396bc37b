import type { FactType } from './fact-catalogue.js';

/**
 * The json-rules-engine operators a condition may use, by the type of the value it reads. No
 * regular-expression operator exists, so no rule can cost catastrophic backtracking; no
 * decorators (`everyFact:…`), no custom operators.
 */
export const OPERATORS_BY_TYPE: Readonly<Record<FactType, readonly string[]>> = {
  number: ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'],
  string: ['equal', 'notEqual', 'in', 'notIn'],
  boolean: ['equal', 'notEqual'],
  'string[]': ['contains', 'doesNotContain'],
};
