import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createEmulatorDriver } from './helpers/emulator-driver.js'
import { cleanupPrefix, testRedisUrl, uniquePrefix } from './helpers/redis.js'
import { spawnSandbox } from './helpers/sandbox-process.js'

/**
 * The README's run command, as a person runs it: no BOT_TOKEN → sandbox on embedded defaults (PGlite file,
 * emulator, in-process worker). Then SIGTERM must shut it down cleanly.
 */
describe('npm start without a token (sandbox)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tno-sandbox-'))
  const prefix = uniquePrefix()
  let child: ChildProcess | undefined

  afterAll(async () => {
    child?.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
    await cleanupPrefix(prefix)
  })

  it('when started, then a simulated user gets the bot reply to /start; SIGTERM exits 0', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PGLITE_DIR: join(dir, 'pglite'),
      PORT: '0',
      SANDBOX_PORT: '0',
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: prefix,
      LOG_LEVEL: 'warn',
    }
    delete env.BOT_TOKEN
    delete env.DATABASE_URL
    const sandbox = await spawnSandbox(env)
    child = sandbox.child
    const sandboxUrl = sandbox.url
    const page = await fetch(`${sandboxUrl}/sandbox`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<html')

    const tg = createEmulatorDriver(sandboxUrl)
    const user = await tg.createUser({ first_name: 'Аня', language_code: 'ru' })
    await tg.send(user.id, '/start')
    const reply = await tg.waitFor(user.id, (m) => m.from === 'bot', { timeoutMs: 20_000 })
    expect(reply.text).toMatch(/язык|language/i)

    expect(await sandbox.stop()).toBe(0)
  }, 240_000) // start-up ~20 s quiet, past 90 s seen at load ~10 on 2 cores (a safety net, not a timing check)
})
