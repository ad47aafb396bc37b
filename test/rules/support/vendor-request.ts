import type { VendorAccessRequest } from '../../../src/rules/vendor-access/vendor-access-request-schema.js';

/** A request that meets every rule of the SOP when checked at NOW. */
export const NOW = '2026-06-01T12:00:00+02:00';

export function compliantRequest(overrides: Partial<VendorAccessRequest> = {}): VendorAccessRequest {
  return {
    vendor: 'Acme ERP',
    purpose: 'database upgrade',
    target: { kind: 'server', host: 'srv-01' },
    account: { name: 'acme-support', admin: false },
    requestedAt: '2026-06-01T10:00:00+02:00',
    start: '2026-06-10T10:00:00+02:00',
    end: '2026-06-10T12:00:00+02:00',
    supervisor: 'J. Weber',
    walkthrough: true,
    agreement: { form: 'signed-protocol', reference: 'P-2026-17' },
    ...overrides,
  };
}

/** `request` without the optional field `key`. */
export function without<K extends keyof VendorAccessRequest>(request: VendorAccessRequest, key: K): VendorAccessRequest {
  const copy: Partial<VendorAccessRequest> = { ...request };
  delete copy[key];
  return copy as VendorAccessRequest;
}
