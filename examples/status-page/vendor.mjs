// Writes browser ESM builds of the bare imports that dist/index.js keeps external (its npm
// dependencies) into ./vendor/, named as index.html's import map expects ('zod/mini' →
// vendor/zod__mini.js). Run after `npx tsup`: node examples/status-page/vendor.mjs
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

const probe = await esbuild.build({
  entryPoints: [`${root}dist/index.js`], bundle: true, write: false, metafile: true,
  packages: 'external', format: 'esm', platform: 'neutral', logLevel: 'silent',
});
const bare = [...new Set(Object.values(probe.metafile.inputs).flatMap((input) => input.imports))]
  .filter((i) => i.external && !i.path.startsWith('.'))
  .map((i) => i.path);

const html = readFileSync(`${here}index.html`, 'utf8');
const map = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(html)[1]).imports;
const missing = bare.filter((spec) => !(spec in map));
if (missing.length > 0) throw new Error(`index.html's import map lacks ${missing.join(', ')}`);

await mkdir(`${here}vendor`, { recursive: true });
for (const spec of bare) {
  // Re-export exactly the names Node sees, so a CommonJS package (json-rules-engine) gets real
  // named ESM exports, as `import { Engine } from 'json-rules-engine'` in dist/ expects.
  const names = Object.keys(await import(spec));
  const named = names.filter((n) => n !== 'default');
  const contents = `export { ${named.join(', ')} } from '${spec}';\n${names.includes('default') ? `export { default } from '${spec}';\n` : ''}`;
  const out = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', minify: true, logLevel: 'warning',
  });
  const file = `vendor/${spec.replaceAll('/', '__')}.js`;
  if (map[spec] !== `./${file}`) throw new Error(`index.html maps ${spec} to ${map[spec]}, expected ./${file}`);
  await writeFile(`${here}${file}`, out.outputFiles[0].contents);
  console.log(`${file}  ${(out.outputFiles[0].contents.length / 1024).toFixed(1)} KiB`);
}
