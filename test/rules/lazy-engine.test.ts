import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('json-rules-engine stays out of the package root', () => {
  it('only type imports name it statically; one module imports it, dynamically, on first use', () => {
    const runtime: string[] = [];
    const dynamic: string[] = [];
    for (const file of files(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const line of text.split('\n')) {
        if (/from 'json-rules-engine'/.test(line) && !/^import type /.test(line)) runtime.push(`${file}: ${line}`);
        if (/import\('json-rules-engine'\)/.test(line)) dynamic.push(file.slice(SRC.length));
      }
    }
    expect(runtime).toEqual([]);
    expect(dynamic).toEqual(['rules/engine/load-engine.ts']);
  });
});
