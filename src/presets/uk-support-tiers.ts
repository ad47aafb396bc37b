/** A support level of the UK support policy (seed 004, `sla.tiers`), as data for help pages. */
export interface UkSupportTier {
  readonly level: 1 | 2 | 3;
  readonly label: string;
  /** What the level covers. */
  readonly scope: readonly string[];
  /** Who gives it: the customer to its own users, or the provider to the customer's administrators. */
  readonly providedBy: 'customer' | 'provider';
  readonly audience: string;
  readonly rule: 'sla.tiers';
}

/** 1st and 2nd level are the customer's job for its users; the provider gives 3rd level. */
export const UK_SUPPORT_TIERS: readonly UkSupportTier[] = [
  {
    level: 1,
    label: '1st level',
    scope: ['general product information', 'user account management', 'basic help with standard features', 'regular status reports on problem resolution', 'diagnosis by phone and e-mail'],
    providedBy: 'customer',
    audience: "the customer's own users and partner users",
    rule: 'sla.tiers',
  },
  {
    level: 2,
    label: '2nd level',
    scope: ['fixing most misconfigurations', 'troubleshooting and problem isolation', 'simulations to reproduce problems', 'documenting full reproduction steps'],
    providedBy: 'customer',
    audience: "the customer's own users and partner users",
    rule: 'sla.tiers',
  },
  {
    level: 3,
    label: '3rd level',
    scope: ['fixes or workarounds for software defects', 'fixing errors not resolved at 2nd level'],
    providedBy: 'provider',
    audience: "the customer's administrators",
    rule: 'sla.tiers',
  },
];
