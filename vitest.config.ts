import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // two cores: keep concurrency modest so timing-sensitive e2e runs stay stable
    maxWorkers: 2,
    pool: 'forks',
  },
})
