import { defineConfig } from 'tsup';

// Library entries only: the CLI is built separately so the root entry never pulls in Node built-ins.
export default defineConfig({
  entry: { index: 'src/index.ts', 'date-holidays': 'src/date-holidays.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: true,
  treeshake: true,
  splitting: false,
});
