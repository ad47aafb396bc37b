// SLA evaluators at scale: `status` over 1,000,000 random tickets in one pass, and `report` over
// the same 1,000,000. Imports the build (`npx tsup` first). Prints a markdown table with the method.
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Bench } from 'tinybench';
import { ukSupportSla, businessCalendar, slaPolicy, ukBusinessHours } from '../dist/index.js';

const N = 1_000_000;
const HOUR = 3_600_000;
const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 24 * HOUR;

// A deterministic generator (mulberry32), so every run sees the same tickets.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 1,000,000 tickets received across 2026: severities 1–3 (numbers and strings), 0–3 pauses (some open), ~70 % answered. */
function tickets(instant) {
  const random = rng(20260101);
  const out = new Array(N);
  for (let i = 0; i < N; i++) {
    const receivedAt = YEAR_START + Math.floor(random() * YEAR_MS);
    const pauses = [];
    const count = Math.floor(random() * 4);
    for (let p = 0; p < count; p++) {
      const from = receivedAt + Math.floor(random() * 48 * HOUR);
      pauses.push(random() < 0.1 ? { from: instant(from) } : { from: instant(from), to: instant(from + Math.floor(random() * 20 * HOUR)) });
    }
    const severity = 1 + Math.floor(random() * 3);
    const ticket = { id: `T-${i}`, severity: i % 2 ? severity : String(severity), receivedAt: instant(receivedAt), pauses };
    if (random() < 0.7) ticket.respondedAt = instant(receivedAt + Math.floor(random() * 72 * HOUR));
    out[i] = ticket;
  }
  return out;
}

export default async function run() {
  const sla = ukSupportSla();
  const day = '00:00-24:00';
  const mixed = slaPolicy({
    calendar: ukBusinessHours(),
    targets: {
      1: { within: { hours: 1 }, calendar: businessCalendar({ timeZone: 'UTC', hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day } }) },
      2: { hours: 4 },
      3: { hours: 8 },
    },
  });
  const now = new Date(Date.UTC(2026, 11, 31, 12));

  // Besides tinybench's wall-clock latency, each pass records the CPU time this process used: the
  // machine is shared, and wall time alone measures the neighbours as much as the code.
  const cpu = new Map();
  const timed = (name, pass) => [name, () => {
    const before = process.cpuUsage();
    pass();
    const used = process.cpuUsage(before);
    if (!cpu.has(name)) cpu.set(name, []);
    cpu.get(name).push((used.user + used.system) / 1000);
  }];
  let sink = 0;
  const tasks = [];
  // One data set alive at a time, so no run pays for the garbage collector walking another's.
  // A full collection before each run, so the previous data set is not collected during this one.
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc');
  const measure = async (name, makeTickets, pass) => {
    const list = makeTickets();
    collect();
    const bench = new Bench({ iterations: 5, time: 0, warmup: true, warmupIterations: 1, warmupTime: 0 });
    bench.add(...timed(name, () => pass(list)));
    await bench.run();
    tasks.push(...bench.tasks);
  };
  const statusPass = (policy) => (list) => {
    for (let i = 0; i < list.length; i++) sink += policy.status(list[i], now).elapsed;
  };
  const asDates = () => tickets((ms) => new Date(ms));
  await measure('status × 1,000,000 (Date instants, UK preset)', asDates, statusPass(sla));
  await measure('status × 1,000,000 (Date instants, 24/7 severity 1)', asDates, statusPass(mixed));
  await measure('status × 1,000,000 (ISO-string instants, UK preset)', () => tickets((ms) => new Date(ms).toISOString()), statusPass(sla));
  await measure('status × 1,000,000 (epoch-ms instants, UK preset)', () => tickets((ms) => ms), statusPass(sla));
  let rows = 0;
  await measure('report × 1,000,000 tickets (quarterly, Date instants)', asDates, (list) => {
    rows += sla.report(list, { now }).rows.length;
  });

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1];
  const rate = (ms) => `${Math.round((N / ms) * 1000).toLocaleString('en-GB')}/s`;
  console.log('## SLA\n');
  console.log('| task | median pass (wall) | statuses/s (wall) | median pass (CPU) | statuses/s (CPU) | passes |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const task of tasks) {
    const wall = task.result.latency.p50;
    // The warm-up pass also went through `timed`: drop it.
    const cpuMs = median(cpu.get(task.name).slice(1));
    const isStatus = task.name.startsWith('status');
    console.log(`| ${task.name} | ${(wall / 1000).toFixed(3)} s | ${isStatus ? rate(wall) : '—'} | ${(cpuMs / 1000).toFixed(3)} s | ${isStatus ? rate(cpuMs) : '—'} | ${task.result.latency.samplesCount} |`);
  }
  console.log(
    `\nMethod: tinybench, one task = one pass over the same 1,000,000 deterministic tickets (received across 2026, severities 1–3 as numbers and strings, 0–3 pauses of which 10 % open, 70 % answered within 72 h); one data set in memory at a time and a full garbage collection before each task; one warm-up pass, then the median of the measured passes (wall clock from tinybench; CPU = this process's user + system time per pass, which includes V8's GC helper threads); \`now\` = 2026-12-31T12:00Z. Every status is validated (hand-written reader) and allocates its result. Load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')} on ${cpus().length} cores. (checksum ${sink % 1000}/${rows})\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
