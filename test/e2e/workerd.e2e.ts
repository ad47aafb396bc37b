import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../_support/free-port.js';

// The edge example (examples/edge-worker) bundled with the built package and served by workerd,
// Cloudflare's open-source Workers runtime: no Node APIs, no nodejs_compat flag.
const root = resolve(import.meta.dirname, '../..');
const example = resolve(root, 'examples/edge-worker');
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
// Worker runtimes take the browser builds of dependencies; json-rules-engine is CommonJS only.
const WORKER_BUILD = {
  bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', metafile: true, logLevel: 'silent',
  mainFields: ['browser', 'module', 'main'], conditions: ['workerd', 'worker', 'browser'],
} as const satisfies esbuild.BuildOptions;
let workerd: ChildProcess | undefined;
let base: string;
let log = '';

beforeAll(() => {
  if (!existsSync(resolve(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npx tsup` first');
});

async function startWorkerd(): Promise<void> {
  await esbuild.build({ ...WORKER_BUILD, entryPoints: [resolve(example, 'worker.js')], outfile: resolve(example, 'worker.bundle.js') });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  workerd = spawn(resolve(root, 'node_modules/.bin/workerd'), ['serve', resolve(example, 'config.capnp'), `--socket-addr=http=127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  workerd.stdout!.on('data', (chunk: Buffer) => (log += chunk));
  workerd.stderr!.on('data', (chunk: Buffer) => (log += chunk));
  await waitUntilServing();
}

async function waitUntilServing(): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if (workerd!.exitCode !== null) throw new Error(`workerd exited with ${workerd!.exitCode}:\n${log}`);
    try {
      await fetch(base);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`workerd did not answer within 30 s:\n${log}`);
}

async function get(query: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}/?${new URLSearchParams(query)}`);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the root entry', () => {
  it('imports no Node built-in, statically or dynamically', () => {
    const code = readFileSync(resolve(root, 'dist/index.js'), 'utf8');
    const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)].map((m) => m[1]!);
    expect(specifiers.length).toBeGreaterThan(0); // the scan sees the imports that are there (zod)
    expect(specifiers.filter((s) => builtins.has(s) || s.startsWith('node:'))).toEqual([]);
  });

  it('bundles for a worker runtime, dependencies included, with no Node built-in among its inputs', async () => {
    const bundle = await esbuild.build({ ...WORKER_BUILD, entryPoints: [resolve(root, 'dist/index.js')], write: false });
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs).toContainEqual(expect.stringMatching(/node_modules\/json-rules-engine\//));
    expect(inputs.filter((input) => builtins.has(input) || input.startsWith('node:'))).toEqual([]);
  });
});

describe('the edge worker in workerd', () => {
  beforeAll(startWorkerd);
  afterAll(() => {
    workerd?.kill('SIGTERM');
  });

  it('answers with the deadline of a ticket and no active maintenance on a Friday evening', async () => {
    // Severity 2 = 4 business hours: 30 min on Friday 5 June 2026, 3 h 30 min on Monday → 12:30 BST.
    const { status, body } = await get({ severity: '2', receivedAt: '2026-06-05T17:30:00+01:00', now: '2026-06-05T17:45:00+01:00' });
    expect(status).toBe(200);
    expect(body).toEqual({ severity: '2', deadline: '2026-06-08T11:30:00.000Z', activeMaintenance: [] });
  });

  it('lists the maintenance windows active at now', async () => {
    // 10 April 2026 is the second Friday of April: vendor patches 00:00–06:00 CEST (22:00–04:00 UTC).
    const { status, body } = await get({ severity: '1', receivedAt: '2026-04-09T23:30:00Z', now: '2026-04-09T23:30:00Z' });
    expect(status).toBe(200);
    expect(body.deadline).toBe('2026-04-10T09:00:00.000Z'); // opens 09:00 BST = 08:00Z, plus 1 business hour
    const active = body.activeMaintenance as { windowId: string; start: string; end: string }[];
    expect(active).toContainEqual(expect.objectContaining({ windowId: 'maintenance.os-vendor-patches', start: '2026-04-09T22:00:00.000Z', end: '2026-04-10T04:00:00.000Z' }));
  });

  it('answers bad input with 400 and the field', async () => {
    const { status, body } = await get({ severity: '2', receivedAt: '2026-06-05T17:30:00' });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'INVALID_INPUT', path: expect.stringMatching(/receivedAt$/) });
  });
});
