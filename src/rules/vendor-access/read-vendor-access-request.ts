import type { z } from 'zod/mini';
import { fail } from '../../errors.js';
import { toMs } from '../../_lib/instant.js';
import { parseInput } from '../../_lib/validate.js';
import { VendorAccessRequestSchema } from './vendor-access-request-schema.js';

type Parsed = z.output<typeof VendorAccessRequestSchema>;

/** A validated request with every instant as epoch milliseconds: the `request` fact. */
export type NormalisedVendorAccessRequest = Omit<Parsed, 'requestedAt' | 'start' | 'end' | 'confirmations'> & {
  readonly requestedAt: number;
  readonly start: number;
  readonly end: number;
  readonly confirmations?: { readonly client?: number; readonly vendor?: number };
};

/**
 * Validates `input` (`PolicyClockError` `INVALID_INPUT` with the field's path, e.g.
 * `request.end`) and converts its instants. A session must end after it starts; a request made
 * after the start is valid input (and a `vendor.scheduled` finding).
 */
export function readVendorAccessRequest(input: unknown): NormalisedVendorAccessRequest {
  const parsed = parseInput(VendorAccessRequestSchema, input, ['request']);
  const start = toMs(parsed.start, ['request', 'start']);
  const end = toMs(parsed.end, ['request', 'end']);
  if (end <= start) fail('INVALID_INPUT', ['request', 'end'], 'the session must end after it starts');
  const { confirmations, ...rest } = parsed;
  const normalised: NormalisedVendorAccessRequest = { ...rest, requestedAt: toMs(parsed.requestedAt, ['request', 'requestedAt']), start, end };
  if (!confirmations) return normalised;
  return {
    ...normalised,
    confirmations: {
      ...(confirmations.client !== undefined && { client: toMs(confirmations.client, ['request', 'confirmations', 'client']) }),
      ...(confirmations.vendor !== undefined && { vendor: toMs(confirmations.vendor, ['request', 'confirmations', 'vendor']) }),
    },
  };
}
