import * as z from 'zod/mini';
import { parseInput } from '../../_lib/validate.js';
import { fail } from '../../errors.js';
import { tenantHash } from './tenant-hash.js';

const TWO_POW_32 = 4_294_967_296;

export const CohortWeightsSchema = /* @__PURE__ */ (() =>
  z.record(z.string(), z.number()))();
export type CohortWeights = z.infer<typeof CohortWeightsSchema>;

/**
 * The cohort (rollout wave) of a tenant: deterministic, uniform and stable across versions and
 * platforms, so the same tenant is always in the same wave. The algorithm, for other languages:
 * 1. `h` = FNV-1a 32-bit over the UTF-8 bytes of `tenantId`, then MurmurHash3 fmix32 (see `tenantHash`);
 * 2. `u = h / 2^32`, in [0, 1);
 * 3. sort the cohort names by UTF-16 code units (plain string `<`; byte order for ASCII names) and
 *    return the first name whose cumulative weight exceeds `u` (a zero weight is never chosen).
 * Weights must be finite, ≥ 0 and sum to 1 within 1e-9; object key order does not matter.
 *
 * @example
 * cohortOf('tenant-42', { early: 0.1, main: 0.9 }) //=> 'main' (the same answer everywhere, always)
 */
export function cohortOf(tenantId: string, weights: CohortWeights): string {
  if (typeof tenantId !== 'string' || tenantId === '') fail('INVALID_INPUT', ['tenantId'], 'expected a non-empty tenant id');
  const w = parseInput(CohortWeightsSchema, weights, ['weights']);
  const names = Object.keys(w).sort();
  if (names.length === 0) fail('INVALID_INPUT', ['weights'], 'expected at least one cohort');
  let sum = 0;
  for (const name of names) {
    const weight = w[name]!;
    if (!Number.isFinite(weight) || weight < 0) fail('INVALID_INPUT', ['weights', name], `expected a finite weight ≥ 0, got ${weight}`);
    sum += weight;
  }
  if (Math.abs(sum - 1) > 1e-9) fail('INVALID_INPUT', ['weights'], `expected weights that sum to 1, got ${sum}`);

  const u = tenantHash(tenantId) / TWO_POW_32;
  let cumulative = 0;
  let last = names[0]!;
  for (const name of names) {
    const weight = w[name]!;
    if (weight === 0) continue;
    cumulative += weight;
    if (u < cumulative) return name;
    last = name;
  }
  // Rounding can leave the total a hair under 1 (sum within 1e-9): the tail goes to the last real cohort.
  return last;
}
