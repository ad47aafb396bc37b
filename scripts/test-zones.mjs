// Re-runs the unit and property suites under host zones with unusual offsets, to prove that no
// result depends on the machine's time zone (+12:45/+13:45, −03:30/−02:30, and UTC).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const zones = (process.env.POLICYCLOCK_TEST_ZONES ?? 'UTC,Pacific/Chatham,America/St_Johns').split(',');
const extra = process.argv.slice(2);
mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;
for (const zone of zones) {
  console.log(`\n=== vitest under TZ=${zone} ===`);
  const report = `.tmp/vitest-${zone.replace(/\W/g, '_')}.json`;
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  if (run.status !== 0) {
    console.error(`vitest failed under TZ=${zone}`);
    console.log(`vitest: ${passed} passed, ${failed} failed`);
    process.exit(run.status ?? 1);
  }
}
if (passed === 0) {
  console.error('no test ran');
  process.exit(1);
}
console.log(`\nvitest: ${passed} passed, ${failed} failed`);
