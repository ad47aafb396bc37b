/** `must`: a hard rule (denies, breaches). `should`: a recommendation (warns). */
export type FindingLevel = 'must' | 'should';

/**
 * One thing a check found. `rule` is a POLICIES.md id (`vendor.no-admin`) or a custom rule's id;
 * `path` is the offending field, relative to the checked object (`subprocessors[2].safeguards`).
 * The optional fields make a finding explain itself.
 */
export interface Finding {
  readonly rule: string;
  readonly level: FindingLevel;
  readonly message: string;
  readonly path?: string;
  /** The policy sentence the rule enforces, in the requested locale. */
  readonly source?: string;
  /** What the checked object says. */
  readonly actual?: string | number | boolean;
  /** What the rule wants. */
  readonly expected?: string;
  /** What would make it pass, where that can be computed. */
  readonly fix?: string;
  /** The interval a time-based finding is about (half-open: `[from, to)`). */
  readonly interval?: { readonly from: Date; readonly to: Date };
  /** `custom` for findings of a caller's rules, so they never pass for built-in ones. */
  readonly origin?: 'builtin' | 'custom';
}

/**
 * A total order on findings (must before should, then rule id, path, message, interval), so
 * results never depend on the order of input arrays or of rule evaluation.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    rank(a.level) - rank(b.level) ||
    compareText(a.rule, b.rule) ||
    compareText(a.path ?? '', b.path ?? '') ||
    (a.interval?.from.getTime() ?? 0) - (b.interval?.from.getTime() ?? 0) ||
    compareText(a.message, b.message) ||
    compareText(a.origin ?? '', b.origin ?? '')
  );
}

function rank(level: FindingLevel): number {
  return level === 'must' ? 0 : 1;
}

// Code-unit order, not localeCompare: the same on every host and locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
