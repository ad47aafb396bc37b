import fc from 'fast-check';
import type { CustomRule } from '../../../src/rules/engine/custom-rule-schema.js';
import type { FactCondition, RuleCondition } from '../../../src/rules/engine/condition-schema.js';
import type { VendorAccessRequest } from '../../../src/rules/vendor-access/vendor-access-request-schema.js';
import { AGREEMENT_FORMS, TARGET_KINDS } from '../../../src/rules/vendor-access/vendor-access-request-schema.js';

const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 0, 1);

/** An instant in any accepted form: Date, epoch ms, or ISO with Z or an offset. */
const instant = (ms: number): fc.Arbitrary<Date | number | string> =>
  fc.constantFrom<(ms: number) => Date | number | string>(
    (t) => new Date(t),
    (t) => t,
    (t) => new Date(t).toISOString(),
    (t) => new Date(t + 2 * HOUR).toISOString().replace('Z', '+02:00'),
  ).map((f) => f(ms));

/** A vendor-access request and the `now` it is checked at, covering every rule's pass and fail side. */
export const vendorCase: fc.Arbitrary<{ request: VendorAccessRequest; now: Date | number | string }> = fc
  .record({
    requestedMs: fc.integer({ min: 0, max: 360 * 24 }).map((h) => BASE + h * HOUR),
    leadMinutes: fc.integer({ min: -48 * 60, max: 20 * 24 * 60 }),
    lengthMinutes: fc.integer({ min: 1, max: 8 * 60 }),
    nowMinutes: fc.integer({ min: 0, max: 25 * 24 * 60 }),
    purpose: fc.constantFrom('end-user-help', 'update', 'migration'),
    kind: fc.constantFrom(...TARGET_KINDS),
    admin: fc.boolean(),
    justification: fc.option(fc.constantFrom('', 'DBA rights for the migration'), { nil: undefined }),
    supervisor: fc.option(fc.constantFrom('J. Weber', ' '), { nil: undefined }),
    walkthrough: fc.option(fc.boolean(), { nil: undefined }),
    form: fc.constantFrom(...AGREEMENT_FORMS),
    client: fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }),
    vendor: fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }),
    software: fc.option(fc.record({ licensed: fc.boolean(), vendorSupported: fc.boolean() }), { nil: undefined }),
    tags: fc.option(fc.subarray(['planned', 'emergency', 'db']), { nil: undefined }),
  })
  .chain((r) => {
    const start = r.requestedMs + r.leadMinutes * 60_000;
    const end = start + r.lengthMinutes * 60_000;
    return fc.record({
      requestedAt: instant(r.requestedMs),
      start: instant(start),
      end: instant(end),
      now: instant(r.requestedMs + r.nowMinutes * 60_000),
      client: r.client === undefined ? fc.constant(undefined) : instant(start + r.client * 60_000),
      vendor: r.vendor === undefined ? fc.constant(undefined) : instant(start + r.vendor * 60_000),
    }).map((t) => {
      const request: VendorAccessRequest = {
        vendor: 'Acme ERP',
        purpose: r.purpose,
        target: { kind: r.kind, host: 'host-1' },
        account: { name: 'acme', admin: r.admin, ...(r.justification !== undefined && { adminJustification: r.justification }) },
        requestedAt: t.requestedAt,
        start: t.start,
        end: t.end,
        agreement: { form: r.form },
        ...(r.supervisor !== undefined && { supervisor: r.supervisor }),
        ...(r.walkthrough !== undefined && { walkthrough: r.walkthrough }),
        ...((t.client !== undefined || t.vendor !== undefined) && {
          confirmations: { ...(t.client !== undefined && { client: t.client }), ...(t.vendor !== undefined && { vendor: t.vendor }) },
        }),
        ...(r.software !== undefined && { software: r.software }),
        ...(r.tags !== undefined && { tags: r.tags }),
      };
      return { request, now: t.now };
    });
  });

const leaf: fc.Arbitrary<FactCondition> = fc.oneof(
  fc.record({
    fact: fc.constantFrom('noticeHours', 'durationHours', 'startHour'),
    operator: fc.constantFrom('equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'),
    value: fc.integer({ min: -10, max: 200 }),
  }),
  fc.record({
    fact: fc.constantFrom('exempt', 'admin', 'supervised', 'walkthrough', 'confirmed', 'started', 'licensed'),
    operator: fc.constantFrom('equal', 'notEqual'),
    value: fc.boolean(),
  }),
  fc.record({ fact: fc.constant('startWeekday'), operator: fc.constantFrom('in', 'notIn'), value: fc.subarray(['mon', 'sat', 'sun'], { minLength: 1 }) }),
  fc.record({ fact: fc.constant('request'), path: fc.constantFrom('supervisor', '$.account.adminJustification'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.constantFrom('J. Weber', '') }),
  fc.record({ fact: fc.constant('request'), path: fc.constantFrom('tags', 'tags'), operator: fc.constantFrom('contains', 'doesNotContain'), value: fc.constantFrom('db', 'planned') }),
  fc.record({ fact: fc.constant('request'), path: fc.constant('tags[1]'), operator: fc.constant('equal'), value: fc.constant('emergency') }),
);

const condition: fc.Arbitrary<RuleCondition> = fc.letrec<{ node: RuleCondition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

/** A valid custom rule over the documented facts, some of which may be indeterminate. */
export const customRule: fc.Arbitrary<CustomRule> = fc.record({
  priority: fc.integer({ min: 1, max: 3 }),
  conditions: fc.oneof(
    fc.record({ all: fc.array(condition, { maxLength: 3 }) }),
    fc.record({ any: fc.array(condition, { maxLength: 3 }) }),
    fc.record({ not: condition }),
  ),
  event: fc.record({
    type: fc.constant('finding' as const),
    params: fc.record({ rule: fc.constantFrom('acme.a', 'acme.b', 'vendor.no-admin'), level: fc.constantFrom('must' as const, 'should' as const), message: fc.constantFrom('m1', 'm2') }),
  }),
});
