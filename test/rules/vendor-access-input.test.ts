import { describe, expect, it } from 'vitest';
import { isPolicyClockError } from '../../src/errors.js';
import { checkVendorAccess, type VendorAccessOptions } from '../../src/rules/vendor-access/check-vendor-access.js';
import type { VendorAccessRequest } from '../../src/rules/vendor-access/vendor-access-request-schema.js';
import { compliantRequest, NOW, without } from './support/vendor-request.js';

async function failure(request: unknown, options: unknown = { now: NOW }): Promise<{ code: string; path: string; message: string }> {
  const error: unknown = await checkVendorAccess(request as VendorAccessRequest, options as VendorAccessOptions).then(() => undefined, (e: unknown) => e);
  if (!isPolicyClockError(error)) throw new Error(`expected a PolicyClockError, got ${String(error)}`);
  return { code: error.code, path: error.path, message: error.message };
}

describe('checkVendorAccess rejects bad input with a code and the field path', () => {
  it('a session that ends at or before its start', async () => {
    expect(await failure(compliantRequest({ end: '2026-06-10T09:00:00+02:00' }))).toMatchObject({ code: 'INVALID_INPUT', path: 'request.end' });
    expect(await failure(compliantRequest({ end: '2026-06-10T10:00:00+02:00' }))).toMatchObject({ code: 'INVALID_INPUT', path: 'request.end' });
  });

  it('instants without an offset, invalid dates, NaN', async () => {
    expect(await failure(compliantRequest({ start: '2026-06-10T10:00' }))).toMatchObject({ code: 'INVALID_INPUT', path: 'request.start', message: expect.stringContaining('add Z or an offset') });
    expect(await failure(compliantRequest({ requestedAt: new Date(NaN) }))).toMatchObject({ code: 'INVALID_INPUT', path: 'request.requestedAt' });
    expect(await failure(compliantRequest({ confirmations: { vendor: '2026-02-30T10:00:00Z' } }))).toMatchObject({ path: 'request.confirmations.vendor' });
    expect(await failure(compliantRequest(), { now: NaN })).toMatchObject({ path: 'now' });
    expect(await failure(compliantRequest(), { now: '2026-06-01' })).toMatchObject({ path: 'now' });
  });

  it('missing, misspelt and wrongly typed fields', async () => {
    const noAgreement = without(compliantRequest(), 'agreement');
    expect(await failure(noAgreement)).toMatchObject({ code: 'INVALID_INPUT', path: 'request.agreement' });
    expect(await failure({ ...compliantRequest(), walkThrough: true })).toMatchObject({ path: 'request.walkThrough' });
    expect(await failure(compliantRequest({ target: { kind: 'mainframe' as 'server', host: 'h' } }))).toMatchObject({ path: 'request.target.kind' });
    expect(await failure(compliantRequest({ account: { name: 'a', admin: 'no' as unknown as boolean } }))).toMatchObject({ path: 'request.account.admin' });
    expect(await failure(compliantRequest({ agreement: { form: 'handshake' as 'verbal' } }))).toMatchObject({ path: 'request.agreement.form' });
    expect(await failure(compliantRequest({ vendor: '' }))).toMatchObject({ path: 'request.vendor' });
    expect(await failure(null)).toMatchObject({ path: 'request' });
  });

  it('bad options', async () => {
    expect(await failure(compliantRequest(), { now: NOW, timeZone: 'Mars/Olympus' })).toMatchObject({ code: 'INVALID_TIME_ZONE', path: 'timeZone' });
    expect(await failure(compliantRequest(), { now: NOW, locale: 'fr' })).toMatchObject({ path: 'locale' });
    expect(await failure(compliantRequest(), { now: NOW, rule: [] })).toMatchObject({ path: 'options' });
    expect(await failure(compliantRequest(), null)).toMatchObject({ path: 'options' });
    await expect(checkVendorAccess(compliantRequest(), undefined as unknown as VendorAccessOptions)).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'options' });
  });
});
