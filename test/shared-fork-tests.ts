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
  // pure functions, views, the emulator's formatting and validation (no database, Redis, server or timers)
  'src/bot/composer.test.ts',
  'src/bot/features/redeem-callback.test.ts',
  'src/bot/keyboards/onboarding.test.ts',
  'src/bot/locales.test.ts',
  'src/bot/views/crisis-age.test.ts',
  'src/bot/views/crisis.test.ts',
  'src/config.docs.test.ts',
  'src/emulator/control.test.ts',
  'src/emulator/delete.test.ts',
  'src/emulator/formatting.test.ts',
  'src/emulator/grammy.test.ts',
  'src/emulator/paid-broadcast.test.ts',
  'src/emulator/spec.test.ts',
  'src/http/views/admin-relay.test.ts',
  'src/logger.test.ts',
  'src/modules/chat/adaptive-rate.test.ts',
  'src/modules/chat/dispatcher-queue.test.ts',
  'src/modules/chat/dispatcher.delivery.test.ts',
  'src/modules/chat/erase-plan.test.ts',
  'src/modules/chat/safe-error.test.ts',
  'src/modules/chat/token-bucket.test.ts',
  'src/modules/coach/parse.test.ts',
  'src/modules/coach/providers/lazy.test.ts',
  'src/modules/matching/card.test.ts',
  'src/modules/matching/scoring.test.ts',
  'src/modules/seeded-random.test.ts',
  'src/modules/text.test.ts',
  'src/modules/tips/commission.test.ts',
  'src/modules/tips/payload.test.ts',
  'src/modules/users/age.test.ts',
  'src/modules/users/availability.test.ts',
  'src/modules/users/last-seen.test.ts',
  'src/modules/users/onboarding.test.ts',
  'src/modules/users/pseudonym.test.ts',
  'src/modules/users/timezone.test.ts',
]

/** The globs vitest.config.ts gives the `shared` project (and excludes from `isolated`). */
export const SHARED_FORK_TESTS = [...SHARED_FORK_DIRS.map((d) => `${d}/**/*.test.ts`), ...SHARED_FORK_FILES]

/** Whether a test file (path from the project root, `/`-separated) runs in the shared forks. */
export function isSharedForkTest(path: string): boolean {
  return SHARED_FORK_FILES.includes(path) || SHARED_FORK_DIRS.some((d) => path.startsWith(`${d}/`))
}
