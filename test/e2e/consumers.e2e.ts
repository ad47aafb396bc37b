import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The package as a user gets it: `npm pack`, installed from the tarball into a fresh project,
// then used from ESM, CommonJS and TypeScript under both module resolutions users pick.
const root = resolve(import.meta.dirname, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
let project: string;

function run(cmd: string, args: string[], cwd = project): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  const packs = join(root, '.tmp/pack');
  mkdirSync(packs, { recursive: true });
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', packs], root).trim().split('\n').pop()!;
  project = mkdtempSync(join(tmpdir(), 'policyclock-consumer-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(packs, tarball)]);
});

const usage = `
const cal = ukBusinessHours();
const due = cal.add('2026-06-05T17:00:00+01:00', { hours: 4 });
const sla = ukSupportSla().deadline({ severity: 1, receivedAt: '2026-06-05T17:30:00+01:00' });
const next = crmMaintenance().next('2026-06-05T00:00:00Z');
`;
const expected = '2026-06-08T11:00:00.000Z 2026-06-08T08:30:00.000Z';

describe('the packed package', () => {
  it('ships only the build', () => {
    const files = readdirSync(join(project, 'node_modules/policyclock')).sort();
    expect(files).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
  });

  it('works from ESM', () => {
    const code = `import { ukBusinessHours, ukSupportSla, crmMaintenance, isPolicyClockError } from 'policyclock';
${usage}
console.log(due.toISOString(), sla.toISOString(), typeof next?.start, isPolicyClockError(new Error()));`;
    writeFileSync(join(project, 'esm.mjs'), code);
    expect(run('node', ['esm.mjs']).trim()).toBe(`${expected} object false`);
  });

  it('works from CommonJS', () => {
    const code = `const { ukBusinessHours, ukSupportSla, crmMaintenance, PolicyClockError } = require('policyclock');
${usage}
let code; try { cal.add('2026-06-05 17:00', 1); } catch (e) { code = e instanceof PolicyClockError && e.code; }
console.log(due.toISOString(), sla.toISOString(), code);`;
    writeFileSync(join(project, 'cjs.cjs'), code);
    expect(run('node', ['cjs.cjs']).trim()).toBe(`${expected} INVALID_INPUT`);
  });

  for (const resolution of ['node16', 'bundler'] as const) {
    it(`type-checks with moduleResolution ${resolution}, with no any`, () => {
      const dir = join(project, `ts-${resolution}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true, noEmit: true, skipLibCheck: false, types: [],
            module: resolution === 'node16' ? 'node16' : 'esnext',
            // zod's declarations name URL: a consumer has DOM or @types/node; we take DOM (a status page).
            moduleResolution: resolution, target: 'es2022', lib: ['es2022', 'dom'],
          },
          include: ['*.ts'],
        }),
      );
      writeFileSync(
        join(dir, 'use.ts'),
        `import { ukBusinessHours, ukSupportSla, crmMaintenance, type BusinessCalendar, type SlaStatus } from 'policyclock';
import { fromDateHolidays } from 'policyclock/date-holidays';
type IsAny<T> = 0 extends 1 & T ? true : false;
${usage}
const calendar: BusinessCalendar = cal;
const d: Date = due;
const notAny: [IsAny<typeof due>, IsAny<typeof sla>, IsAny<typeof next>, IsAny<SlaStatus['state']>, IsAny<typeof fromDateHolidays>] = [false, false, false, false, false];
// @ts-expect-error a duration is not a string
cal.add(d, 'four hours');
export { calendar, notAny };
`,
      );
      // ESM-only TS consumers under node16 need "type": "module" to import; CJS ones get the .d.cts.
      expect(() => run('node', [tsc, '-p', dir])).not.toThrow();
    });
  }

  it('imports cold in Node in at most 50 ms (median of 7 fresh processes)', () => {
    const probe = `const t = performance.now(); await import('policyclock'); console.log(performance.now() - t);`;
    writeFileSync(join(project, 'cold.mjs'), probe);
    const times = Array.from({ length: 7 }, () => Number(run('node', ['cold.mjs']).trim())).sort((a, b) => a - b);
    const median = times[3]!;
    console.log(`cold import of policyclock: median ${median.toFixed(1)} ms (${times.map((t) => t.toFixed(1)).join(', ')})`);
    expect(median).toBeLessThanOrEqual(50);
  });
});
