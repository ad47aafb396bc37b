import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: platform-neutral (browsers, edge runtimes, Node), ESM + CJS + declarations.
    entry: { index: 'src/index.ts', 'date-holidays': 'src/date-holidays.ts' },
    format: ['esm', 'cjs'],
    // tsup's declaration build sets `baseUrl`, which TypeScript 6.0 deprecates.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
    treeshake: true,
    splitting: false,
    // zod's ESM build is ~100 modules; resolving them cost a cold `import('policyclock')` well
    // over the 50 ms budget. Bundled, only the parts we use are read, as one file. zod stays a
    // dependency because the declarations name its types.
    noExternal: ['zod'],
  },
  {
    // The bin: Node only, never imported by the root entry.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    splitting: false,
  },
]);
