import { defineConfig } from 'vitest/config'

/** The critical paths the specification asks ≥ 70% line coverage for (checked when run with --coverage). */
const CRITICAL = ['matching', 'chat', 'tips', 'safety']

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // two cores: keep concurrency modest so timing-sensitive e2e runs stay stable
    maxWorkers: 2,
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        'src/**/*.test.ts',
        'src/**/testing.ts',
        'src/**/*.testkit.ts',
        'src/emulator/test-support.ts',
      ],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      // the table still prints when a test fails, so CI shows where coverage stands either way
      reportOnFailure: true,
      thresholds: Object.fromEntries(CRITICAL.map((dir) => [`src/modules/${dir}/**`, { lines: 70 }])),
    },
  },
})
