import { describe, expect, it } from 'vitest';
import { certificationStatus, checkVendorAccess, maintenanceSchedule, type MaintenanceScheduleConfig, type VendorAccessOptions } from '../../src/index.js';
import { compliantRequest, NOW } from '../rules/support/vendor-request.js';

// Parsers that report an unknown key at its object (not at the key) must still name the key:
// zod's own message there is a bare "Invalid input".
describe('an unknown key reported at its object is named in the message', () => {
  it('a schedule configuration', () => {
    expect(() => maintenanceSchedule({ timeZone: 'UTC', windows: [], notise: 1 } as unknown as MaintenanceScheduleConfig))
      .toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: '', message: 'input: unknown key "notise"' }));
  });

  it('the options of a rules check', async () => {
    await expect(checkVendorAccess(compliantRequest(), { now: NOW, timezone: 'UTC' } as unknown as VendorAccessOptions))
      .rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'options', message: 'options: unknown key "timezone"' });
    expect(() => certificationStatus([], { now: NOW, tz: 'UTC', lang: 'de' } as never))
      .toThrow(expect.objectContaining({ path: 'options', message: 'options: unknown keys "tz", "lang"' }));
  });

  it('a custom rule', async () => {
    const rule = {
      conditions: { all: [{ fact: 'exempt', operator: 'equal', value: true, extra: 1 }] },
      event: { type: 'finding', params: { rule: 'x.y', level: 'must', message: 'm' } },
      priorty: 2,
    };
    const error: unknown = await checkVendorAccess(compliantRequest(), { now: NOW, rules: [rule] } as unknown as VendorAccessOptions).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_RULE', path: 'rules[0]', message: 'rules[0]: unknown key "priorty"' });
    expect((error as { issues: { message: string }[] }).issues.map((i) => i.message)).toContain('unknown key "extra"');
  });
});
