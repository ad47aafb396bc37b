import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/** Parses the JSON file at `path`; a missing, unreadable or malformed file is a `UsageError` naming it. */
export async function readJsonFile(path: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd ?? process.cwd(), path), 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(path, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
