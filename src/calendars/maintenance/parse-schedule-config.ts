import { PolicyClockError, type PolicyClockIssue } from '../../errors.js';
import { toIssue } from '../../_lib/validate.js';
import { MaintenanceScheduleConfigSchema, type MaintenanceScheduleConfig } from './maintenance-schedule-config-schema.js';
import { repeatShapeOf } from './window-spec-schema.js';

/**
 * Parses a schedule configuration. zod can only say "no shape matched" for a bad `repeat`; when the
 * keys say which shape was meant, the issues of that shape are reported instead, so the path names
 * the field (`windows[2].repeat.on`), not just the union.
 */
export function parseScheduleConfig(config: unknown): MaintenanceScheduleConfig {
  const result = MaintenanceScheduleConfigSchema.safeParse(config);
  if (result.success) return result.data;
  const issues: PolicyClockIssue[] = result.error.issues.flatMap((issue): PolicyClockIssue[] => {
    const plain = toIssue(issue, []);
    if (issue.code !== 'invalid_union' || issue.path[issue.path.length - 1] !== 'repeat') return [plain];
    const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)[key], config);
    const inner = repeatShapeOf(value)?.safeParse(value);
    if (!inner || inner.success) return [plain];
    return inner.error.issues.map((i) => toIssue(i, issue.path));
  });
  throw new PolicyClockError('INVALID_INPUT', issues);
}
