/**
 * The test files that run in forks shared from file to file (vitest project `shared`, `isolate: false`): a
 * module one file loads stays loaded for the next, so each no longer loads the name dictionaries, the
 * morphology and the crisis rules and model again in a fresh process (the 21 PII files: 37.5 → 8.8 s of CPU,
 * 122 → 35 s wall at load 14–20). What one file does to shared state reaches the next: a file listed here must
 * not mock modules, stub globals or the environment, fake timers or spy (test/shared-fork-tests.test.ts checks);
 * one that needs to stays out of the list.
 */
export const SHARED_FORK_DIRS = [
  'src/modules/safety/crisis',
  'src/modules/safety/pii',
  'src/modules/safety/crisis-lines',
]

export const SHARED_FORK_FILES = [
  'src/modules/safety/anonymize.test.ts',
  'src/modules/safety/crisis-response.test.ts',
  'src/modules/safety/lexicon.test.ts',
  'src/modules/safety/pii.test.ts',
]

/** The globs vitest.config.ts gives the `shared` project (and excludes from `isolated`). */
export const SHARED_FORK_TESTS = [...SHARED_FORK_DIRS.map((d) => `${d}/**/*.test.ts`), ...SHARED_FORK_FILES]

/** Whether a test file (path from the project root, `/`-separated) runs in the shared forks. */
export function isSharedForkTest(path: string): boolean {
  return SHARED_FORK_FILES.includes(path) || SHARED_FORK_DIRS.some((d) => path.startsWith(`${d}/`))
}
