import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalPath, parseRulePath, resolveOwnPath, resolveRulePath } from '../../src/rules/engine/rule-path.js';
import { numRuns } from '../_support/fc.js';

describe('rule paths: dotted own properties and indices only', () => {
  it('parses dotted and indexed paths, with or without "$."', () => {
    expect(parseRulePath('$.account.admin')).toEqual({ segments: ['account', 'admin'] });
    expect(parseRulePath('tags[0]')).toEqual({ segments: ['tags', 0] });
    expect(parseRulePath('a[1][2].b_2')).toEqual({ segments: ['a', 1, 2, 'b_2'] });
    expect(canonicalPath(['a', 1, 2, 'b'])).toBe('a[][].b');
  });

  it('rejects JSONPath beyond plain paths: filters, wildcards, recursion, brackets with names, scripts', () => {
    for (const path of ['$..vendor', '$.*', 'tags[*]', "$['vendor']", '$.tags[?(@.length>1)]', '$[(@.length-1)]', 'a..b', '.a', 'a.', '', '$', 'a[-1]', 'a[12345]', 'a b', 'x'.repeat(201)]) {
      expect(parseRulePath(path), path).toHaveProperty('error');
    }
  });

  it('rejects segments that reach prototypes', () => {
    for (const path of ['__proto__', 'a.__proto__.b', 'constructor', '$.a.constructor', 'prototype.x']) {
      expect(parseRulePath(path)).toEqual({ error: expect.stringContaining('would reach a prototype') });
    }
  });

  it('resolves own properties and in-range indices only', () => {
    const value = { a: { b: [10, 20] }, list: ['x'] };
    expect(resolveOwnPath(value, ['a', 'b', 1])).toBe(20);
    expect(resolveOwnPath(value, ['a', 'b', 2])).toBeUndefined();
    expect(resolveOwnPath(value, ['list', 'length'])).toBeUndefined();
    expect(resolveOwnPath(value, ['a', 'toString'])).toBeUndefined();
    expect(resolveOwnPath(value, ['a', 'b', 'map'])).toBeUndefined();
    expect(resolveOwnPath(Object.create({ inherited: 1 }), ['inherited'])).toBeUndefined();
    expect(resolveRulePath(value, '$.a.b[0]')).toBe(10);
    expect(resolveRulePath(value, '$..b')).toBeUndefined();
  });

  it('whatever the path, resolution never returns a function (no prototype method is reachable)', () => {
    const value = { a: { b: [1, { c: 'x' }] }, s: 'text' };
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c', 's', 'length', 'constructor', '__proto__', 'toString', 'valueOf'), fc.nat(3)), { maxLength: 5 }), (segments) => {
        expect(typeof resolveOwnPath(value, segments)).not.toBe('function');
      }),
      { numRuns },
    );
  });
});
