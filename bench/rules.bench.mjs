// Rules benchmarks: checkVendorAccess throughput (100,000 calls, concurrency-safe), our wrapper's
// overhead over bare json-rules-engine on the same rules and flat facts, certificationStatus.
// Run after `npx tsup`: `node -e "import('./bench/rules.bench.mjs').then((m) => m.default())"`.
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Engine, Fact } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { certificationStatus, checkVendorAccess } from '../dist/index.js';

const RULES_DIR = new URL('../src/rules/vendor-access/rules/', import.meta.url);
const NOW = '2026-06-01T12:00:00+02:00';

// Four requests that fire different rules (none, a should, four findings, an unscheduled
// session) and, beside each, the flat facts the wrapper derives from it and hands the engine
// (only the facts the built-in rules read): what bare json-rules-engine is given.
const base = {
  vendor: 'Acme ERP', purpose: 'database upgrade', target: { kind: 'server', host: 'srv-01' },
  account: { name: 'acme-support', admin: false }, requestedAt: '2026-06-01T10:00:00+02:00',
  start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T12:00:00+02:00',
  supervisor: 'J. Weber', walkthrough: true, agreement: { form: 'signed-protocol' },
};
const baseFacts = {
  infrastructure: true, noticeHours: 216, agreementForm: 'signed-protocol', admin: false, adminJustified: false,
  supervised: true, walkthrough: true, confirmed: false, started: false, licensed: true, vendorSupported: true,
};
const CASES = [
  { request: base, facts: baseFacts, fires: [] },
  {
    request: { ...base, start: '2026-06-05T10:00:00+02:00', end: '2026-06-05T11:00:00+02:00' },
    facts: { ...baseFacts, noticeHours: 96 },
    fires: ['vendor.advance-notice'],
  },
  {
    request: { ...base, agreement: { form: 'verbal' }, walkthrough: false, account: { name: 'acme-support', admin: true }, software: { licensed: false, vendorSupported: true } },
    facts: { ...baseFacts, agreementForm: 'verbal', walkthrough: false, admin: true, licensed: false },
    fires: ['vendor.licensing', 'vendor.no-admin', 'vendor.walkthrough', 'vendor.written-agreement'],
  },
  {
    request: { ...base, requestedAt: '2026-06-10T11:00:00+02:00', supervisor: undefined },
    facts: { ...baseFacts, noticeHours: -1, supervised: false },
    fires: ['vendor.account-disabled', 'vendor.advance-notice', 'vendor.scheduled'],
  },
];
delete CASES[3].request.supervisor;

function builtinRules() {
  return readdirSync(RULES_DIR)
    .map((f) => JSON.parse(readFileSync(new URL(f, RULES_DIR), 'utf8')))
    .filter((r) => r.conditions)
    .map((r) => ({ name: r.id, priority: 1, conditions: r.conditions, event: { type: 'finding' } }));
}

const firedBy = (verdict) => [...verdict.violations, ...verdict.warnings].map((f) => f.rule).sort();

async function verifySameWork(shared) {
  for (const c of CASES) {
    const wrapped = firedBy(await checkVendorAccess(c.request, { now: NOW }));
    const bare = (await shared.run(c.facts)).results.map((r) => r.name).sort();
    if (JSON.stringify(wrapped) !== JSON.stringify(c.fires) || JSON.stringify(bare) !== JSON.stringify(c.fires)) {
      throw new Error(`bench fixture out of date: ${JSON.stringify({ expected: c.fires, wrapped, bare })}`);
    }
  }
}

/** Per-call µs of `call(i)` over `n` serial calls. */
async function timeSerial(n, call) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await call(i);
  return ((performance.now() - t0) * 1000) / n;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 1) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export default async function run() {
  const rules = builtinRules();
  const shared = new Engine(rules);
  await verifySameWork(shared);
  const wrapper = (i) => checkVendorAccess(CASES[i & 3].request, { now: NOW });
  const bareShared = (i) => shared.run(CASES[i & 3].facts);
  const bareFresh = (i) => new Engine(rules).run(CASES[i & 3].facts);
  // What the wrapper does, bare: a view of one prepared Engine per run (docs/rules.md).
  const bareView = (i) => Object.create(shared).run(CASES[i & 3].facts);
  // The wrapper hands json-rules-engine uncached Fact objects (no cache-key hashing): the same
  // trick on a bare shared engine, so the comparison can exclude it.
  const uncached = CASES.map((c) => () => Object.fromEntries(Object.entries(c.facts).map(([id, v]) => [id, new Fact(id, v, { cache: false })])));
  const bareUncached = (i) => shared.run(uncached[i & 3]());

  // Warm up every path.
  for (const f of [wrapper, bareShared, bareFresh, bareView, bareUncached]) await timeSerial(5_000, f);

  // 1. Throughput: 100,000 calls serially and with 100 in flight at a time (Promise.all
  // batches); 20,000 with 1,000 in flight, where garbage collection dominates (see docs).
  const throughput = [];
  for (const [inFlight, calls] of [[1, 100_000], [100, 100_000], [1000, 20_000]]) {
    const t0 = performance.now();
    for (let b = 0; b < calls / inFlight; b++) await Promise.all(Array.from({ length: inFlight }, (_, i) => wrapper(b * inFlight + i)));
    throughput.push({ inFlight, calls, perSecond: calls / ((performance.now() - t0) / 1000) });
  }
  // The same 1,000-in-flight burst on bare json-rules-engine, to show what the collector costs
  // json-rules-engine itself with 1,000 runs alive at once: on views of one prepared Engine (as
  // the wrapper), on fresh Engines, and on one shared Engine (unsafe: some runs skip rules, but
  // it is the cheapest json-rules-engine can be).
  const bursts = [];
  for (const [label, f] of [['a view of one prepared Engine per run', bareView], ['fresh Engine per run', bareFresh], ['one shared Engine (unsafe)', bareShared]]) {
    const t1 = performance.now();
    for (let b = 0; b < 20; b++) await Promise.all(Array.from({ length: 1000 }, (_, i) => f(b * 1000 + i)));
    bursts.push({ label, perSecond: 20_000 / ((performance.now() - t1) / 1000) });
  }

  // 2. Overhead, side by side: 15 interleaved rounds of 2,000 serial calls each, median per call.
  const variants = { wrapper, bareShared, bareFresh, bareView, bareUncached };
  const rounds = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let r = 0; r < 15; r++) {
    for (const [name, f] of Object.entries(variants)) rounds[name].push(await timeSerial(2_000, f));
  }
  const us = Object.fromEntries(Object.entries(rounds).map(([k, v]) => [k, median(v)]));

  // 3. certificationStatus: a full case (application to invoice, with a second review).
  const events = [
    { type: 'applied', at: '2026-03-02T09:00:00+01:00' },
    { type: 'questionnaire-submitted', at: '2026-03-04T09:00:00+01:00' },
    { type: 'documents-requested', at: '2026-03-05T09:00:00+01:00' },
    { type: 'documents-received', at: '2026-03-06T09:00:00+01:00' },
    { type: 'review-completed', at: '2026-03-12T09:00:00+01:00', findings: ['no backup evidence'] },
    { type: 'remediation-submitted', at: '2026-03-20T09:00:00+01:00' },
    { type: 'review-completed', at: '2026-03-27T09:00:00+01:00', findings: [] },
    { type: 'invoice-issued', at: '2026-03-30T09:00:00+02:00' },
  ];
  const asMs = events.map((e) => ({ ...e, at: Date.parse(e.at) }));
  const cert = new Bench({ name: 'certificationStatus', time: 2000, warmupTime: 500 });
  cert.add('iso', () => certificationStatus(events, { now: '2026-04-01T00:00:00+02:00' }));
  cert.add('ms', () => certificationStatus(asMs, { now: Date.parse('2026-04-01T00:00:00+02:00') }));
  await cert.run();
  const [c, cMs] = cert.tasks.map((t) => t.result);
  const certRow = (label, r) =>
    `| certificationStatus, 8-event case, ${label} (tinybench, ${fmt(r.latency.samplesCount, 0)} samples) | ${fmt(r.latency.mean * 1000, 2)} µs ± ${fmt(r.latency.rme, 1)} % = **${fmt(1000 / r.latency.mean, 0)} /s** | ≥ 100,000/s: ${target(1000 / r.latency.mean >= 100_000)} |`;

  const target = (ok) => (ok ? 'met' : '**missed**');
  const overheadShared = (us.wrapper / us.bareShared - 1) * 100;
  const overheadFresh = (us.wrapper / us.bareFresh - 1) * 100;
  const overheadUncached = (us.wrapper / us.bareUncached - 1) * 100;
  console.log(`## Rules

| measurement | result | target |
| --- | --- | --- |
${throughput.map(({ inFlight, calls, perSecond }) => `| checkVendorAccess, built-in rules, ${fmt(calls, 0)} calls, ${inFlight === 1 ? 'serial' : `${fmt(inFlight, 0)} in flight (Promise.all batches)`} | **${fmt(perSecond, 0)} verdicts/s** | ≥ 10,000/s: ${target(perSecond >= 10_000)} |`).join('\n')}
${bursts.map(({ label, perSecond }) => `| bare json-rules-engine, ${label}, 20,000 runs, 1,000 in flight | ${fmt(perSecond, 0)} runs/s | |`).join('\n')}
| checkVendorAccess, serial, per call (median of 15 rounds × 2,000) | ${fmt(us.wrapper)} µs | |
| bare json-rules-engine, one shared Engine (unsafe under concurrency), same rules + flat facts | ${fmt(us.bareShared)} µs | |
| bare json-rules-engine, fresh Engine per run, same rules + flat facts | ${fmt(us.bareFresh)} µs | |
| bare json-rules-engine, a view of one prepared Engine per run, same rules + flat facts | ${fmt(us.bareView)} µs | |
| bare json-rules-engine, one shared Engine, the facts as uncached \`Fact\`s (as the wrapper passes them) | ${fmt(us.bareUncached)} µs | |
| our overhead over bare shared Engine | **${fmt(overheadShared)} %** | ≤ 25 %: ${target(overheadShared <= 25)} |
| our overhead over bare fresh Engine | ${fmt(overheadFresh)} % | |
| our overhead over bare shared Engine with uncached Facts | ${fmt(overheadUncached)} % | |
${certRow('ISO 8601 instants', c)}
${certRow('epoch-ms instants', cMs)}

Machine: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average at the end
${loadavg().map((l) => fmt(l, 2)).join(' / ')} (1 / 5 / 15 min; other jobs share the cores).
Method: \`npx tsup\`, then this file against \`dist/index.js\` in one Node process. The four
requests of the fixture rotate (no finding, a should, four findings, three findings); a check first proves
that the wrapper and bare json-rules-engine fire the same rules on them. "Bare" gets the 7
built-in rules from \`src/rules/vendor-access/rules/*.json\` and the flat facts the wrapper
derives, precomputed, so it skips what the wrapper adds: validating the request and options,
deriving facts, a view of the prepared Engine per evaluation, and explaining findings and
obligations. The overhead rows interleave the five variants round by round so machine load hits all alike.
`);
}
