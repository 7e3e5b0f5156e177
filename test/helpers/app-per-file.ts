import { afterAll, beforeAll } from 'vitest'
import { startTestApp, type TestApp } from './app.js'

/**
 * `startTestApp(opts)` for the tests of a file (or `describe`): started before them, closed after them.
 * The returned harness reads through to the running one (use it in tests and later hooks).
 */
export function testAppPerFile(opts: Parameters<typeof startTestApp>[0] = {}): TestApp {
  let h: TestApp | undefined
  beforeAll(async () => {
    h = await startTestApp(opts)
  })
  afterAll(async () => {
    await h?.close()
  })
  const get = (): TestApp => {
    if (!h) throw new Error('no test app before beforeAll')
    return h
  }
  return {
    get app() {
      return get().app
    },
    get emulator() {
      return get().emulator
    },
    get tg() {
      return get().tg
    },
    get db() {
      return get().db
    },
    get redis() {
      return get().redis
    },
    restart: (env) => get().restart(env),
    close: () => get().close(),
  }
}
