// Calendar benchmark: policyclock's ukBusinessHours() calendar against moment-business-time (with
// moment-timezone) and dayjs-business-time, configured identically, on the same inputs.
// Run: npx tsup && node -e "import('./bench/calendar.bench.mjs').then((m) => m.default())"
import { cpus } from 'node:os';
import moment from 'moment-timezone';
import 'moment-business-time';
import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import { Bench } from 'tinybench';
import { ukBankHolidays, ukBusinessHours } from '../dist/index.js';

const HOUR = 3_600_000;
const ZONE = 'Europe/London';

// The calendar under test is the preset: Mon–Fri 09:00–18:00 Europe/London, England & Wales bank
// holidays. The other libraries get the same holidays, read from the same table, for the years the
// inputs (and their +2,000 h results) reach.
const BANK_HOLIDAYS = [2026, 2027].flatMap((year) => ukBankHolidays().holidaysIn(year).map((h) => h.date));

// moment-business-time: Mon–Fri 09:00–18:00 in the locale, the same holidays; instants are
// moment-timezone moments in Europe/London, so its local-time arithmetic happens in UK time.
moment.updateLocale('en', {
  workinghours: { 0: null, 1: ['09:00:00', '18:00:00'], 2: ['09:00:00', '18:00:00'], 3: ['09:00:00', '18:00:00'], 4: ['09:00:00', '18:00:00'], 5: ['09:00:00', '18:00:00'], 6: null },
  holidays: BANK_HOLIDAYS,
});

// dayjs-business-time has no zone option, and its arithmetic on dayjs `tz()` objects loops
// forever across the spring-forward weekend (e.g. 2026-03-27T16:10Z + 4 h); it runs in host
// local time, so its tasks set process.env.TZ = 'Europe/London' (Node re-reads it at once).
dayjs.extend(dayjsBusinessTime);
const segment = [{ start: '09:00:00', end: '18:00:00' }];
dayjs.setBusinessTime({ sunday: null, monday: segment, tuesday: segment, wednesday: segment, thursday: segment, friday: segment, saturday: null });
dayjs.setHolidays(BANK_HOLIDAYS);

function inLondon(fn) {
  const saved = process.env.TZ;
  process.env.TZ = ZONE;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** 100,000 instants spread over 2026 at millisecond resolution, from a fixed seed. */
function randomInstants(count, seed = 20_260_101) {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const from = Date.UTC(2026, 0, 1);
  const span = Date.UTC(2027, 0, 1) - from;
  return Array.from({ length: count }, () => from + Math.floor(next() * span));
}

const libraries = {
  policyclock: {
    add: (calendar, t, hours) => calendar.add(t, hours * HOUR).getTime(),
    between: (calendar, a, b) => calendar.between(a, b),
    isOpen: (calendar, t) => calendar.isOpen(t),
  },
  'moment-business-time': {
    add: (_, t, hours) => moment.tz(t, ZONE).addWorkingTime(hours, 'hours').valueOf(),
    between: (_, a, b) => moment.tz(b, ZONE).workingDiff(moment.tz(a, ZONE), 'milliseconds'),
    isOpen: (_, t) => moment.tz(t, ZONE).isWorkingTime(),
  },
  'dayjs-business-time': {
    add: (_, t, hours) => dayjs(t).addBusinessHours(hours).valueOf(),
    // `x.businessMinutesDiff(y)` is y − x, in whole minutes.
    between: (_, a, b) => dayjs(a).businessMinutesDiff(dayjs(b)) * 60_000,
    isOpen: (_, t) => dayjs(t).isBusinessTime(),
  },
};

/** Runs `fn(t)` for every input of each library and lists where it differs from policyclock. */
function compare(name, inputs, run) {
  const calendar = ukBusinessHours();
  const ours = inputs.map((t) => run(libraries.policyclock, calendar, t));
  const report = {};
  for (const library of ['moment-business-time', 'dayjs-business-time']) {
    const theirs = inLondon(() => inputs.map((t) => run(libraries[library], calendar, t)));
    const mismatches = [];
    theirs.forEach((value, i) => {
      if (value !== ours[i]) mismatches.push({ input: inputs[i], ours: ours[i], theirs: value });
    });
    report[library] = { checked: inputs.length, mismatches };
  }
  return { name, report };
}

const floorToMinute = (t) => t - (t % 60_000);

/** Agreement on every input for +4 h and isOpen, on samples for the slow cases (moment takes ms each). */
function agreement(inputs) {
  const minutes = inputs.map(floorToMinute);
  const sample = (list, n) => list.slice(0, n);
  return [
    compare('start + 4 business hours', inputs, (lib, cal, t) => lib.add(cal, t, 4)),
    compare('start + 4 business hours, minute-aligned inputs', minutes, (lib, cal, t) => lib.add(cal, t, 4)),
    compare('isOpen', inputs, (lib, cal, t) => lib.isOpen(cal, t)),
    compare('start + 2,000 business hours', sample(inputs, 200), (lib, cal, t) => lib.add(cal, t, 2000)),
    compare('start + 2,000 business hours, minute-aligned', sample(minutes, 200), (lib, cal, t) => lib.add(cal, t, 2000)),
    compare('between(t, t + 365 days)', sample(inputs, 200), (lib, cal, t) => lib.between(cal, t, t + 365 * 24 * HOUR)),
    compare('between(t, t + 365 days), minute-aligned', sample(minutes, 200), (lib, cal, t) => lib.between(cal, t, t + 365 * 24 * HOUR)),
  ];
}

/**
 * Throughput with tinybench. Each iteration handles a batch of `batch` inputs, taken in turn from
 * the 100,000 (so caches see every input), and ops/s is `batch × median iterations per second`.
 */
async function throughput(inputs, calendar) {
  const cases = [
    { name: 'start + 4 business hours', run: (lib, t) => lib.add(calendar, t, 4), batch: { policyclock: 1000, other: 10 } },
    { name: 'start + 2,000 business hours', run: (lib, t) => lib.add(calendar, t, 2000), batch: { policyclock: 1000, other: 1 } },
    { name: 'between(t, t + 365 days)', run: (lib, t) => lib.between(calendar, t, t + 365 * 24 * HOUR), batch: { policyclock: 1000, other: 1 } },
    { name: 'isOpen', run: (lib, t) => lib.isOpen(calendar, t), batch: { policyclock: 1000, other: 10 } },
  ];
  const rows = [];
  for (const { name, run, batch } of cases) {
    const results = {};
    for (const library of Object.keys(libraries)) {
      const size = library === 'policyclock' ? batch.policyclock : batch.other;
      let next = 0;
      const bench = new Bench({ time: library === 'policyclock' ? 1000 : 2000, warmupTime: 200 });
      bench.add(library, () => {
        for (let i = 0; i < size; i++) {
          run(libraries[library], inputs[next]);
          next = next + 1 === inputs.length ? 0 : next + 1;
        }
      });
      const runBench = () => bench.run();
      if (library === 'dayjs-business-time') {
        const saved = process.env.TZ;
        process.env.TZ = ZONE;
        try { await runBench(); } finally { if (saved === undefined) delete process.env.TZ; else process.env.TZ = saved; }
      } else {
        await runBench();
      }
      const result = bench.tasks[0].result;
      if (result.state !== 'completed') throw new Error(`${name} / ${library}: ${result.state} ${result.error ?? ''}`);
      results[library] = { opsPerSecond: result.throughput.p50 * size, samples: result.latency.samplesCount ?? result.throughput.samplesCount };
    }
    for (const [library, { opsPerSecond }] of Object.entries(results)) {
      rows.push({ name, library, opsPerSecond, ratio: opsPerSecond / results['moment-business-time'].opsPerSecond });
    }
  }
  return rows;
}

/**
 * The first call: a fresh calendar answering its first `add`. With the zone's table already built
 * this is the calendar's own year build; for a zone not used before it includes scanning the
 * zone's offsets for the year through Intl (done once per zone and process).
 */
function coldStart() {
  const t = Date.UTC(2026, 5, 8, 10);
  const time = (fn) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  const warmZone = [];
  for (let i = 0; i < 200; i++) warmZone.push(time(() => ukBusinessHours().add(t, 4 * HOUR)));
  const used = new Set([ZONE, 'UTC']);
  const fresh = Intl.supportedValuesOf('timeZone').filter((zone) => !used.has(zone) && /^(America|Asia|Africa|Australia|Pacific)\//.test(zone)).slice(0, 40);
  const newZone = fresh.map((timeZone) => time(() => ukBusinessHours({ timeZone }).add(t, 4 * HOUR)));
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { warmZone: median(warmZone), newZone: median(newZone), newZoneMax: Math.max(...newZone), zones: fresh.length };
}

export default async function calendarBench() {
  const inputs = randomInstants(100_000);
  const cold = coldStart(); // first, before any other calendar work in this process warms the zone
  const calendar = ukBusinessHours();
  calendar.add(inputs[0], 4 * HOUR); // build 2026 before timing: the cold cost is measured above

  const checks = agreement(inputs);
  const rows = await throughput(inputs, calendar);

  const show = (v) => (typeof v === 'number' && v > 1e12 ? new Date(v).toISOString() : String(v));
  const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));
  console.log('\n### Calendar: throughput (UK calendar: Mon–Fri 09:00–18:00 Europe/London, E&W bank holidays 2026–27)\n');
  console.log('| case | library | ops/s (median) | × moment-business-time |');
  console.log('| --- | --- | ---: | ---: |');
  for (const { name, library, opsPerSecond, ratio } of rows) console.log(`| ${name} | ${library} | ${fmt(opsPerSecond)} | ${fmt(ratio)} |`);
  console.log('\n### Calendar: first call (fresh calendar, first add)\n');
  console.log('| case | median ms |');
  console.log('| --- | ---: |');
  console.log(`| zone table already built (calendar year build only), 200 calendars | ${cold.warmZone.toFixed(3)} |`);
  console.log(`| zone not used before (Intl scan of the zone + year build), ${cold.zones} zones | ${cold.newZone.toFixed(3)} (max ${cold.newZoneMax.toFixed(3)}) |`);
  console.log('\n### Calendar: agreement with policyclock (same inputs, identical configuration)\n');
  console.log('| case | library | inputs | mismatches | first mismatch: input → policyclock / library |');
  console.log('| --- | --- | ---: | ---: | --- |');
  for (const { name, report } of checks) {
    for (const [library, { checked, mismatches }] of Object.entries(report)) {
      const first = mismatches[0];
      console.log(`| ${name} | ${library} | ${checked.toLocaleString('en-US')} | ${mismatches.length.toLocaleString('en-US')} | ${first ? `${show(first.input)} → ${show(first.ours)} / ${show(first.theirs)}` : ''} |`);
    }
  }
  const load = (await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(', ');
  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average during run ${load}. Method: tinybench (1 s per policyclock task, 2 s per other task, 200 ms warm-up), batches of inputs per iteration; ops/s = batch × median iterations/s.`);
  return { rows, cold, checks };
}
