// Re-runs the unit and property suites under host zones with unusual offsets, to prove that no
// result depends on the machine's time zone (+12:45/+13:45, −03:30/−02:30, and UTC).
import { spawnSync } from 'node:child_process';

const zones = (process.env.POLICYCLOCK_TEST_ZONES ?? 'UTC,Pacific/Chatham,America/St_Johns').split(',');
const extra = process.argv.slice(2);
for (const zone of zones) {
  console.log(`\n=== vitest under TZ=${zone} ===`);
  const run = spawnSync('npx', ['vitest', 'run', ...extra], { stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (run.status !== 0) {
    console.error(`vitest failed under TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
}
