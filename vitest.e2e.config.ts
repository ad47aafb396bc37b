import { defineConfig } from 'vitest/config';

// End-to-end tests run against the built package (dist/ and `npm pack`), once, after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
