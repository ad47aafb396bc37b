/**
 * The EU member states and the other EEA states (Iceland, Liechtenstein, Norway), as ISO 3166-1
 * alpha-2 codes. Greece is `GR` (ISO), not the EU's `EL`.
 */
export const EU_EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
] as const;

/** Is `code` (`'NO'`) in the EU/EEA? */
export function inEuEea(code: string): boolean {
  return (EU_EEA_COUNTRIES as readonly string[]).includes(code);
}
