// Executes every `expression //=> expected` line of docs/sla.md, so the page cannot drift from the
// code: the ts blocks run in order in one scope, with the package's exports in hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../src/calendars/business-calendar.js';
import { ukBusinessHours } from '../../src/presets/uk-business-hours.js';
import { ukSupportSla } from '../../src/presets/uk-support-sla.js';
import { slaPolicy } from '../../src/sla/sla-policy.js';

const doc = readFileSync(new URL('../../docs/sla.md', import.meta.url), 'utf8');

function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

describe('docs/sla.md', () => {
  it('prints exactly what every //=> line shows', () => {
    const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const checks: { line: string; expected: string; actual?: string }[] = [];
    const body = blocks
      .join('\n')
      .split('\n')
      .filter((line) => !line.startsWith('import '))
      .map((line) => {
        const m = /^(.*?) \/\/=> (.*)$/.exec(line);
        if (!m) return line;
        checks.push({ line, expected: m[2]! });
        return `__check(${checks.length - 1}, ${m[1]});`;
      })
      .join('\n');
    const check = (i: number, value: unknown) => {
      checks[i]!.actual = show(value);
    };
    new Function('ukSupportSla', 'slaPolicy', 'ukBusinessHours', 'businessCalendar', '__check', body)(ukSupportSla, slaPolicy, ukBusinessHours, businessCalendar, check);
    expect(checks.length).toBeGreaterThan(25);
    expect(checks.filter((c) => c.actual !== c.expected).map((c) => `${c.line}  → actually ${c.actual}`)).toEqual([]);
  });
});
