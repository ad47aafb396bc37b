import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zoneTable } from '../../src/calendars/zone-table.js';
import { crmMaintenance } from '../../src/presets/crm-maintenance.js';

// docs/maintenance.md shows the preset's next windows for this "now"; the table there must be
// exactly what the code computes, so the example cannot drift from the library.
export const DOC_NOW = '2026-03-27T12:00:00Z';

export function nextWindowsTable(): string {
  const crm = crmMaintenance();
  const oslo = zoneTable('Europe/Oslo');
  const rows = crm.windowIds.map((windowId) => {
    const o = crm.next(DOC_NOW, { windowId })!;
    const local = (d: Date) => new Date(oslo.toLocal(d.getTime())).toISOString().slice(0, 19).replace('T', ' ');
    return `| \`${windowId}\` | ${o.kind} | ${o.cohort ?? 'all'} | ${local(o.start)} → ${local(o.end)} | ${o.start.toISOString()} | ${o.end.toISOString()} |`;
  });
  return ['| window | kind | cohort | Oslo local time | start (UTC) | end (UTC) |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

describe('docs/maintenance.md', () => {
  it('shows the next windows of crmMaintenance() as the code computes them', () => {
    const doc = readFileSync(new URL('../../docs/maintenance.md', import.meta.url), 'utf8');
    expect(doc).toContain(`now = ${DOC_NOW}`);
    expect(doc).toContain(nextWindowsTable());
  });
});
