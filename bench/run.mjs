// `npm run bench [area…]`: builds, then runs bench/<area>.bench.mjs (all of them by default).
// Each file's default export prints a markdown table with its method; nothing here is cached.
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';

const wanted = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace('.bench.mjs', '')))
  .sort();
console.log(`# policyclock benchmarks\n\nnode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
for (const file of files) {
  const { default: run } = await import(new URL(file, import.meta.url));
  await run();
}
