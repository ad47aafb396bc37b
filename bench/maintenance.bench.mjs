// Maintenance schedules: one year of crmMaintenance() occurrences and 100,000 random activeAt
// calls, side by side with rrule computing the same five rules (tzid Europe/Oslo). Run after
// `npx tsup`: node -e "import('./bench/maintenance.bench.mjs').then((m) => m.default())"
import os from 'node:os';
import rrulePkg from 'rrule';
import { Bench } from 'tinybench';
import { crmMaintenance } from '../dist/index.js';

const { RRule } = rrulePkg;
const HOUR = 3_600_000;
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2027, 0, 1);
const ACTIVE_CALLS = 100_000;
// rrule walks from dtstart on every before() call (with tzid, through Intl at each step): a small
// sample of the same instants is enough to measure its rate.
const RRULE_TZID_ACTIVE_CALLS = 20;
const RRULE_FLOATING_ACTIVE_CALLS = 1_000;

// The same plan for rrule. dtstarts are "floating" (local wall time written as UTC). With `tzid`
// rrule turns them into instants itself; without, it yields wall times only (less work than ours).
// noCache (the second constructor argument): rrule otherwise answers a repeated call from a cache.
const floating = (y, m, d, h) => new Date(Date.UTC(y, m - 1, d, h));
const rrulePlan = (tzid) => {
  const zone = tzid ? { tzid: 'Europe/Oslo' } : {};
  return [
    { id: 'maintenance.system', length: 6 * HOUR, rule: new RRule({ freq: RRule.WEEKLY, interval: 2, byweekday: [RRule.FR], wkst: RRule.MO, dtstart: floating(2026, 1, 2, 0), ...zone }, true) },
    { id: 'maintenance.application.early', length: 0.5 * HOUR, rule: new RRule({ freq: RRule.WEEKLY, interval: 3, byweekday: [RRule.TU], wkst: RRule.MO, dtstart: floating(2026, 1, 6, 22), ...zone }, true) },
    // rrule has no "the Friday after another rule": the same cycle shifted to Friday stands in for it.
    { id: 'maintenance.application.main', length: 0.5 * HOUR, rule: new RRule({ freq: RRule.WEEKLY, interval: 3, byweekday: [RRule.FR], wkst: RRule.MO, dtstart: floating(2026, 1, 9, 22), ...zone }, true) },
    { id: 'maintenance.restart', length: 3000, rule: new RRule({ freq: RRule.DAILY, dtstart: floating(2025, 12, 30, 2), ...zone }, true) },
    { id: 'maintenance.os-vendor-patches', length: 6 * HOUR, rule: new RRule({ freq: RRule.MONTHLY, byweekday: [RRule.FR.nth(2)], dtstart: floating(2025, 12, 1, 0), ...zone }, true) },
  ];
};

function rruleYear(plan) {
  const out = [];
  for (const { id, length, rule } of plan) {
    for (const start of rule.between(new Date(FROM - 6 * HOUR), new Date(TO), true)) {
      const s = start.getTime();
      if (s < TO && s + length > FROM) out.push({ windowId: id, start: s, end: s + length });
    }
  }
  return out.sort((a, b) => a.start - b.start || (a.windowId < b.windowId ? -1 : 1));
}

function rruleActiveAt(plan, t) {
  const out = [];
  for (const { id, length, rule } of plan) {
    const start = rule.before(new Date(t), true);
    if (start && t < start.getTime() + length) out.push(id);
  }
  return out;
}

const fmt = (n, digits = 3) => n.toLocaleString('en-US', { maximumSignificantDigits: digits });

export default async function maintenanceBench() {
  // rrule's tzid support reads the host zone; its documentation assumes a UTC host.
  const hostZone = process.env.TZ;
  process.env.TZ = 'UTC';
  try {
    const schedule = crmMaintenance();
    const tzidPlan = rrulePlan(true);
    const floatingPlan = rrulePlan(false);
    // A fixed linear-congruential sequence, so every run probes the same instants.
    let seed = 42;
    const instants = Array.from({ length: ACTIVE_CALLS }, () => {
      seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
      return FROM + Math.floor((seed / 2 ** 32) * (TO - FROM));
    });

    const ours = schedule.occurrences(FROM, TO).map((o) => ({ windowId: o.windowId, start: o.start.getTime(), end: o.end.getTime() }));
    const theirs = rruleYear(tzidPlan);
    const key = (o) => `${o.windowId}@${o.start}`;
    const theirKeys = new Set(theirs.map(key));
    const ourKeys = new Set(ours.map(key));
    const onlyOurs = ours.filter((o) => !theirKeys.has(key(o)));
    const onlyTheirs = theirs.filter((o) => !ourKeys.has(key(o)));

    let sink = 0;
    const fast = new Bench({ time: 1000, warmupTime: 200 });
    fast
      .add('occurrences', () => { sink += schedule.occurrences(FROM, TO).length; })
      .add('activeAt', () => { for (const t of instants) sink += schedule.activeAt(t).length; });
    await fast.run();
    const slow = new Bench({ time: 500, iterations: 5, warmupTime: 0, warmupIterations: 1 });
    slow
      .add('tzid year', () => { sink += rruleYear(tzidPlan).length; })
      .add('floating year', () => { sink += rruleYear(floatingPlan).length; })
      .add('tzid activeAt', () => { for (let i = 0; i < RRULE_TZID_ACTIVE_CALLS; i++) sink += rruleActiveAt(tzidPlan, instants[i]).length; })
      .add('floating activeAt', () => { for (let i = 0; i < RRULE_FLOATING_ACTIVE_CALLS; i++) sink += rruleActiveAt(floatingPlan, instants[i]).length; });
    await slow.run();
    const [occ, act] = fast.tasks.map((t) => t.result);
    const [tzYear, flYear, tzAct, flAct] = slow.tasks.map((t) => t.result);
    const rate = (result, calls) => calls / (result.period / 1000);
    const ourRate = rate(act, ACTIVE_CALLS);

    console.log(`\n### Maintenance (crmMaintenance, Europe/Oslo, year 2026)\n`);
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}; tinybench mean per run; host TZ pinned to UTC for rrule's tzid.\n`);
    console.log('| task | policyclock | rrule 2.8, tzid Europe/Oslo (same instants) | rrule 2.8, floating (wall times only) |');
    console.log('| --- | --- | --- | --- |');
    console.log(`| one year of occurrences (${ours.length} windows) | ${fmt(occ.period)} ms (median ${fmt(occ.latency.p50)} ms) | ${fmt(tzYear.period)} ms (${fmt(tzYear.period / occ.period)}× slower) | ${fmt(flYear.period)} ms (${fmt(flYear.period / occ.period)}× slower) |`);
    console.log(`| activeAt, ${fmt(ACTIVE_CALLS)} random instants in 2026 | ${fmt(ourRate)} calls/s | ${fmt(rate(tzAct, RRULE_TZID_ACTIVE_CALLS))} calls/s (${fmt(ourRate / rate(tzAct, RRULE_TZID_ACTIVE_CALLS))}× slower; first ${RRULE_TZID_ACTIVE_CALLS} instants) | ${fmt(rate(flAct, RRULE_FLOATING_ACTIVE_CALLS))} calls/s (${fmt(ourRate / rate(flAct, RRULE_FLOATING_ACTIVE_CALLS))}× slower; first ${fmt(RRULE_FLOATING_ACTIVE_CALLS)} instants) |`);
    console.log(`\nSame instants as rrule with tzid: ${ours.length - onlyOurs.length} of ${ours.length}. The others are the two DST nights (API.md: a missing 02:00 is 03:00 CEST, a repeated 02:00 the earlier one; rrule reads the offset at the wall time taken as UTC):`);
    for (const o of onlyOurs) console.log(`- policyclock ${o.windowId} ${new Date(o.start).toISOString()}`);
    for (const o of onlyTheirs) console.log(`- rrule       ${o.windowId} ${new Date(o.start).toISOString()}`);
    if (sink < 0) console.log(sink);
  } finally {
    if (hostZone === undefined) delete process.env.TZ;
    else process.env.TZ = hostZone;
  }
}
