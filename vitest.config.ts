import { defineConfig } from 'vitest/config'
import { SlowFirstSequencer } from './test/sequencer.js'
import { SHARED_FORK_TESTS } from './test/shared-fork-tests.js'

/** The critical paths the specification asks ≥ 70% line coverage for (checked when run with --coverage). */
const CRITICAL = ['matching', 'chat', 'tips', 'safety']

/**
 * Node 24 (the runtime CI provisions) re-parses drizzle-orm's 179 kB package.json `exports` for each of the
 * ~450 modules it imports natively: ~1.3 s of CPU in every test process that touches the database. Inlined,
 * vite transforms drizzle once per run and the workers load it without Node's resolver (measured on four DB
 * test files: 18.8 → 14.1 s CPU under Node 24; under Node 20 inlining costs ~15 %, so it stays off there).
 */
const SLOW_PACKAGE_RESOLUTION = Number(process.versions.node.split('.')[0]) >= 24

const TEST_TIMEOUTS = { testTimeout: 30_000, hookTimeout: 60_000 }

export default defineConfig({
  // Vitest records each file's duration here and runs the longest first next time; under node_modules (the
  // default) the record was lost at every `npm ci` and shared by all worktrees linking one node_modules.
  cacheDir: '.cache/vite',
  test: {
    ...TEST_TIMEOUTS,
    // two cores: keep concurrency modest so timing-sensitive e2e runs stay stable
    maxWorkers: 2,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'isolated',
          globalSetup: ['test/global-setup.ts'],
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: SHARED_FORK_TESTS,
        },
      },
      // pure-function tests in forks reused from file to file (test/shared-fork-tests.ts); no database or Redis:
      // no global setup; the same pool and worker count (one queue for both projects)
      {
        test: {
          name: 'shared',
          include: SHARED_FORK_TESTS,
          isolate: false,
          pool: 'forks',
          maxWorkers: 2,
          ...TEST_TIMEOUTS,
          server: { deps: { inline: SLOW_PACKAGE_RESOLUTION ? ['drizzle-orm'] : [] } },
        },
      },
    ],
    // the slowest files start first, so none of them is left running alone at the end (test/sequencer.ts)
    sequence: { sequencer: SlowFirstSequencer },
    server: { deps: { inline: SLOW_PACKAGE_RESOLUTION ? ['drizzle-orm'] : [] } },
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
