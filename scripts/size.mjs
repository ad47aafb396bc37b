// Size budget: what a user's bundle pays for one named import of the built package (dist/, so
// run `npx tsup` first), tree-shaken, minified and gzipped by esbuild for the browser. Prints each
// entry's size and exits 1 when one is over its limit, contains code it must not pull in, or does
// not build (a missing export is an error, not a zero).
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;

// Strings that exist only in code an entry must leave out. Each list is checked to be present
// where the code is (`expect`, and date-holidays itself), so a stale marker fails the check instead
// of passing it forever.
const DATE_HOLIDAYS = ['jalaali', 'dayoff', 'Fronleichnam']; // date-holidays-parser, country data
const UK_TABLE = ['Boxing Day (substitute day)', 'uk-bank-holidays:']; // the generated table, ukBankHolidays
// zod's schema machinery (every schema reads its definition from `_zod.def`). Bundled zod also
// leaves its global-config line (`__zod_globalConfig`, ~0.2 KB) in every bundle: a real side
// effect of zod's, so it cannot be shaken, and it is not what this marker looks for.
const ZOD = ['_zod.def'];
const RULES_ENGINE = ['json-rules-engine']; // loaded lazily by the rules checks only

/**
 * `import` is the named export of module `from`; `forbid` lists markers the bundle must not
 * contain, `expect` markers it must. The lead adds `ukBusinessHours` (limit 16 KB, the issue's
 * budget) once the calendar branch has landed.
 */
const ENTRIES = [
  { name: 'ukBusinessHours', import: 'ukBusinessHours', from: './dist/index.js', limitBytes: 16_384, forbid: DATE_HOLIDAYS, expect: [...UK_TABLE, ...ZOD] },
  // What a status page pays: SLA and maintenance each on their own, with no rules engine.
  { name: 'ukSupportSla', import: 'ukSupportSla', from: './dist/index.js', limitBytes: 24_576, forbid: [...DATE_HOLIDAYS, ...RULES_ENGINE], expect: [...UK_TABLE, ...ZOD] },
  { name: 'crmMaintenance', import: 'crmMaintenance', from: './dist/index.js', limitBytes: 20_480, forbid: [...DATE_HOLIDAYS, ...UK_TABLE, ...RULES_ENGINE], expect: ZOD },
  { name: 'ukBankHolidays', import: 'ukBankHolidays', from: './dist/index.js', limitBytes: 8_192, forbid: DATE_HOLIDAYS, expect: [...UK_TABLE, ...ZOD] },
  { name: 'PolicyClockError', import: 'PolicyClockError', from: './dist/index.js', limitBytes: 1_024, forbid: [...ZOD, ...UK_TABLE, ...DATE_HOLIDAYS], expect: [] },
  { name: 'fromDateHolidays (policyclock/date-holidays)', import: 'fromDateHolidays', from: './dist/date-holidays.js', limitBytes: 10_240, forbid: [...DATE_HOLIDAYS, ...UK_TABLE], expect: ZOD },
];
// Not a limit, a figure: the generated UK table on its own, to see what the data costs.
const DATA = { name: 'UK holiday table alone (data module)', file: './src/calendars/holidays/uk-bank-holidays.data.ts' };

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, minBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('dist/ is missing: run `npx tsup` first');
  process.exit(1);
}

let failed = false;
console.log('| entry | minified | gzipped | limit (gzipped) | |\n| --- | ---: | ---: | ---: | --- |');
for (const entry of ENTRIES) {
  let result;
  try {
    result = await bundle(`import { ${entry.import} } from '${entry.from}'; console.log(${entry.import});`);
  } catch (error) {
    failed = true;
    console.log(`| ${entry.name} | — | — | ${entry.limitBytes} | FAILS TO BUILD: ${error.errors?.[0]?.text ?? error.message} |`);
    continue;
  }
  const found = entry.forbid.filter((marker) => result.code.includes(marker));
  const missing = entry.expect.filter((marker) => !result.code.includes(marker));
  const over = result.gzipBytes > entry.limitBytes;
  failed ||= over || found.length > 0 || missing.length > 0;
  const verdict = [
    over ? 'OVER LIMIT' : 'ok',
    ...found.map((m) => `contains "${m}"`),
    ...missing.map((m) => `lacks "${m}" (stale marker?)`),
  ].join(', ');
  console.log(`| ${entry.name} | ${result.minBytes} | ${result.gzipBytes} | ${entry.limitBytes} | ${verdict} |`);
}
const data = await bundle(`import * as table from '${DATA.file}'; console.log(table);`);
console.log(`| ${DATA.name} | ${data.minBytes} | ${data.gzipBytes} | — | figure only |`);
const control = await bundle(`import Holidays from 'date-holidays'; console.log(Holidays);`);
const stale = DATE_HOLIDAYS.filter((marker) => !control.code.includes(marker));
console.log(`| date-holidays itself (control for its markers) | ${control.minBytes} | ${control.gzipBytes} | — | ${stale.length ? `lacks ${stale.join(', ')}` : 'markers present'} |`);
failed ||= stale.length > 0;

if (failed) {
  console.error('\nsize check failed');
  process.exit(1);
}
