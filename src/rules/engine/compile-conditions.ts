import type { z } from 'zod/mini';
import type { PolicyClockIssue } from '../../errors.js';
import { formatPath } from '../../errors.js';
import { toIssue } from '../../_lib/validate.js';
import type { FactCatalogue, ValueSpec } from './fact-catalogue.js';
import { factSpec } from './fact-catalogue.js';
import type { CompiledLeaf } from './compiled-rule.js';
import {
  AllConditionsSchema, AnyConditionsSchema, FactConditionSchema, NotConditionSchema,
  type FactCondition, type RuleCondition, type TopLevelConditions,
} from './condition-schema.js';
import { OPERATORS_BY_TYPE } from './operators.js';
import { canonicalPath, parseRulePath } from './rule-path.js';

const MAX_DEPTH = 10;
const MAX_LEAVES = 200;

/**
 * Validates a rule's `conditions` against `catalogue` and rebuilds them from the parsed values
 * only (so nothing the caller passed reaches the engine). Problems are appended to `issues`
 * with their full path (`rules[3].conditions.all[0].operator`); the result is then `undefined`.
 */
export function compileConditions(
  input: unknown,
  catalogue: FactCatalogue,
  path: readonly PropertyKey[],
  issues: PolicyClockIssue[],
): { conditions: TopLevelConditions; leaves: CompiledLeaf[]; facts: string[] } | undefined {
  const before = issues.length;
  const leaves: CompiledLeaf[] = [];
  if (isPlainObject(input) && Object.hasOwn(input, 'fact')) {
    issues.push(issue(path, 'the root of conditions must be "all", "any" or "not", not a single fact condition'));
    return undefined;
  }
  const conditions = compileNode(input, catalogue, path, issues, leaves, 0) as TopLevelConditions | undefined;
  if (leaves.length > MAX_LEAVES) issues.push(issue(path, `at most ${MAX_LEAVES} fact conditions per rule, got ${leaves.length}`));
  return conditions && issues.length === before ? { conditions, leaves, facts: [...new Set(leaves.map((l) => l.fact))] } : undefined;
}

function compileNode(
  input: unknown,
  catalogue: FactCatalogue,
  path: readonly PropertyKey[],
  issues: PolicyClockIssue[],
  leaves: CompiledLeaf[],
  depth: number,
): RuleCondition | undefined {
  if (depth > MAX_DEPTH) return void issues.push(issue(path, `conditions nest deeper than ${MAX_DEPTH} levels`));
  if (!isPlainObject(input)) return void issues.push(issue(path, 'expected a condition object'));
  if (Object.hasOwn(input, 'all') || Object.hasOwn(input, 'any')) {
    const key = Object.hasOwn(input, 'all') ? 'all' : 'any';
    const node = parse(key === 'all' ? AllConditionsSchema : AnyConditionsSchema, input, path, issues) as Record<string, unknown[]> | undefined;
    if (!node) return undefined;
    const children = node[key]!.map((child, i) => compileNode(child, catalogue, [...path, key, i], issues, leaves, depth + 1));
    return children.every((c) => c !== undefined) ? ({ [key]: children } as unknown as RuleCondition) : undefined;
  }
  if (Object.hasOwn(input, 'not')) {
    const node = parse(NotConditionSchema, input, path, issues);
    const child = node && compileNode(node.not, catalogue, [...path, 'not'], issues, leaves, depth + 1);
    return child && { not: child };
  }
  if (Object.hasOwn(input, 'fact')) {
    const leaf = parse(FactConditionSchema, input, path, issues);
    return leaf && compileLeaf(leaf, catalogue, path, issues, leaves);
  }
  if (Object.hasOwn(input, 'condition')) {
    return void issues.push(issue([...path, 'condition'], 'named condition references are not supported: write the conditions inline'));
  }
  return void issues.push(issue(path, 'expected "all", "any", "not" or a fact condition ({ fact, operator, value })'));
}

function compileLeaf(
  leaf: z.output<typeof FactConditionSchema>,
  catalogue: FactCatalogue,
  path: readonly PropertyKey[],
  issues: PolicyClockIssue[],
  leaves: CompiledLeaf[],
): FactCondition | undefined {
  const spec = factSpec(catalogue, leaf.fact);
  if (!spec) {
    return void issues.push(issue([...path, 'fact'], `unknown fact "${leaf.fact}" (known: ${Object.keys(catalogue).join(', ')})`));
  }
  let valueSpec: ValueSpec;
  let segments: (string | number)[] = [];
  if (spec.type === 'object') {
    if (leaf.path === undefined) return void issues.push(issue([...path, 'path'], `fact "${leaf.fact}" is an object: name a path (e.g. "${Object.keys(spec.paths)[0]}")`));
    const parsed = parseRulePath(leaf.path);
    if ('error' in parsed) return void issues.push(issue([...path, 'path'], parsed.error));
    segments = parsed.segments;
    const canonical = canonicalPath(segments);
    if (!Object.hasOwn(spec.paths, canonical)) {
      return void issues.push(issue([...path, 'path'], `fact "${leaf.fact}" has no path "${leaf.path}" (known: ${Object.keys(spec.paths).join(', ')})`));
    }
    valueSpec = spec.paths[canonical]!;
  } else {
    if (leaf.path !== undefined) return void issues.push(issue([...path, 'path'], `fact "${leaf.fact}" is a ${spec.type}, it has no path`));
    valueSpec = spec;
  }
  const allowed = OPERATORS_BY_TYPE[valueSpec.type];
  if (!allowed.includes(leaf.operator)) {
    return void issues.push(issue([...path, 'operator'], `operator "${leaf.operator}" is not allowed for a ${valueSpec.type} value (allowed: ${allowed.join(', ')})`));
  }
  const problem = checkValue(leaf.value, leaf.operator, valueSpec);
  if (problem) return void issues.push(issue([...path, 'value'], problem));
  leaves.push({ fact: leaf.fact, segments, ...(leaf.path !== undefined && { path: leaf.path }), where: formatPath(path) });
  return {
    fact: leaf.fact,
    operator: leaf.operator,
    value: Array.isArray(leaf.value) ? [...leaf.value] : leaf.value,
    ...(leaf.path !== undefined && { path: leaf.path }),
  };
}

/** Why `value` cannot be compared to a `spec` value with `operator`, or `undefined` if it can. */
function checkValue(value: FactCondition['value'], operator: string, spec: ValueSpec): string | undefined {
  switch (spec.type) {
    case 'number':
      return typeof value === 'number' ? undefined : `expected a number, got ${JSON.stringify(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${JSON.stringify(value)}`;
    case 'string[]':
      return typeof value === 'string' ? undefined : `expected a string (an element to look for), got ${JSON.stringify(value)}`;
    case 'string': {
      const list = operator === 'in' || operator === 'notIn';
      const items = list ? value : [value];
      if (!Array.isArray(items) || (list && items.length === 0) || !items.every((v) => typeof v === 'string')) {
        return list ? `expected a non-empty array of strings, got ${JSON.stringify(value)}` : `expected a string, got ${JSON.stringify(value)}`;
      }
      const known = spec.values;
      const bad = known && (items as string[]).find((v) => !known.includes(v));
      return bad === undefined ? undefined : `"${bad}" is not a possible value (expected one of ${known!.join(', ')})`;
    }
  }
}

function parse<S extends z.ZodMiniType>(schema: S, input: unknown, path: readonly PropertyKey[], issues: PolicyClockIssue[]): z.output<S> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const i of result.error.issues) issues.push(toIssue(i, path));
  return undefined;
}

function issue(path: readonly PropertyKey[], message: string): PolicyClockIssue {
  return { code: 'invalid_rule', path, message };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
