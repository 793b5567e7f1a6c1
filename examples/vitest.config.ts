import { defineConfig } from 'vitest/config';

// In this repository the packages resolve to their TypeScript source (no build step). In a
// project of your own that installed pressfacts from the registry, leave `resolve` out.
export default defineConfig({
  resolve: { conditions: ['pressfacts-source'] },
  ssr: { resolve: { conditions: ['pressfacts-source'] } },
  test: { include: ['regression/**/*.test.ts'], testTimeout: 30_000 },
});
