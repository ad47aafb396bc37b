import type { Finding } from '../finding.js';

/** Something the provider has to do for the session to follow the SOP. */
export interface VendorAccessObligation {
  readonly action: 'enable-account' | 'disable-account' | 'send-confirmation' | 'keep-account-disabled' | 'bill-separately';
  /** When it is due. */
  readonly at?: Date;
  readonly message: string;
  /** The rule that asks for it. */
  readonly rule: string;
  /** For `send-confirmation`: who the e-mail goes to. */
  readonly to?: 'client' | 'vendor';
}

/** The answer of `checkVendorAccess`. */
export interface VendorAccessVerdict {
  /** `deny` exactly when there is a `must` finding. */
  readonly decision: 'allow' | 'deny';
  /** Plain end-user help on a workstation: the SOP's rules do not apply. */
  readonly exempt: boolean;
  /** The `must` findings, sorted. */
  readonly violations: readonly Finding[];
  /** The `should` findings, sorted. */
  readonly warnings: readonly Finding[];
  readonly obligations: readonly VendorAccessObligation[];
  /** A non-standard situation (unlicensed or unsupported software): billed separately. */
  readonly billable: boolean;
}
