import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortOf } from '../../../src/calendars/maintenance/cohort-of.js';
import { tenantHash } from '../../../src/calendars/maintenance/tenant-hash.js';
import { numRuns } from '../../_support/fc.js';

// The algorithm as docs/maintenance.md writes it, with the platform's own UTF-8 encoder: a second
// implementation that the library must agree with.
function documentedHash(id: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(id)) h = Math.imul(h ^ byte, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

describe('cohortOf', () => {
  it('fixed vectors: these values may never change (other languages test against them)', () => {
    const vectors: [string, number][] = [
      ['', 0xab3e7c0b],
      ['a', 0x1a80b1b3],
      ['tenant-1', 0x44a3410f],
      ['tenant-6', 0x154611fb],
      ['tenant-25', 0x08f1e461],
      ['tenant-42', 0x9a254fdd],
      ['acme.example.com', 0xd4ff6cc9],
      ['Åse Øvrebø AS', 0x94c825f8],
      ['租户-7', 0x6de12217],
      ['🦊-tenant', 0x848b4f7c],
      ['x\uD800y', 0x21c90086], // a lone surrogate is encoded as U+FFFD
    ];
    for (const [id, hash] of vectors) expect([id, tenantHash(id)]).toEqual([id, hash]);
    // u = hash / 2^32: tenant-6 → 0.0831 and tenant-25 → 0.0349 are below 0.1, so early; tenant-1 → 0.268 is main.
    expect(['tenant-6', 'tenant-25', 'tenant-1', 'tenant-42'].map((id) => cohortOf(id, { early: 0.1, main: 0.9 }))).toEqual(['early', 'early', 'main', 'main']);
  });

  it('agrees with the documented algorithm on any string (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (id) => {
      expect(tenantHash(id)).toBe(documentedHash(id));
    }), { numRuns });
  });

  it('is uniform: 100,000 sequential ids fill ten equal cohorts evenly (chi-square, 9 d.f., p = 0.001 bound 27.9)', () => {
    const names = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const weights = Object.fromEntries(names.map((n) => [n, 0.1]));
    const counts = new Map(names.map((n) => [n, 0]));
    const N = 100_000;
    for (let i = 0; i < N; i++) {
      const c = cohortOf(`tenant-${i}`, weights);
      counts.set(c, counts.get(c)! + 1);
    }
    const chi = [...counts.values()].reduce((sum, k) => sum + (k - N / 10) ** 2 / (N / 10), 0);
    expect(chi).toBeLessThan(27.9);
    let early = 0;
    for (let i = 0; i < N; i++) if (cohortOf(`customer-${i}@example.com`, { early: 0.1, main: 0.9 }) === 'early') early++;
    expect(Math.abs(early / N - 0.1)).toBeLessThan(0.003); // 3.2 standard deviations
  });

  it('does not depend on the order of the weight keys, and never picks a zero weight (property)', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 0, max: 10 }), (id, zeroAt) => {
      const a = cohortOf(id, { early: 0.1, main: 0.9, none: 0 });
      const b = cohortOf(id, { none: 0, main: 0.9, early: 0.1 });
      expect(a).toBe(b);
      expect(a).not.toBe('none');
      expect(cohortOf(id, { only: 1, [`zero${zeroAt}`]: 0 })).toBe('only');
    }), { numRuns });
  });

  it('rejects bad weights and ids with a path', () => {
    const rejects = (call: () => unknown, path: string) => expect(call).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path }));
    rejects(() => cohortOf('t', { early: 0.1, main: 0.8 }), 'weights');
    rejects(() => cohortOf('t', { early: -0.1, main: 1.1 }), 'weights.early');
    rejects(() => cohortOf('t', { early: Number.NaN, main: 1 }), 'weights.early');
    rejects(() => cohortOf('t', { early: Infinity }), 'weights.early');
    rejects(() => cohortOf('t', {}), 'weights');
    rejects(() => cohortOf('', { main: 1 }), 'tenantId');
    rejects(() => cohortOf(42 as never, { main: 1 }), 'tenantId');
    expect(cohortOf('t', { a: 0.1 + 0.2, b: 0.7 - 1e-12 })).toMatch(/^[ab]$/); // within 1e-9 of 1
  });
});
