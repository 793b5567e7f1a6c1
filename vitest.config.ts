import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript source through the `pressfacts-source`
// export condition, so tests need no build step.
export default defineConfig({
  resolve: { conditions: ['pressfacts-source'] },
  ssr: { resolve: { conditions: ['pressfacts-source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
