import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../test/helpers/db.js'
import { createTestRedis, testRedisUrl } from '../../test/helpers/redis.js'
import type { DbHandle } from '../db/client.js'
import { MQ } from '../modules/matching/queue.js'

const METRICS_TOKEN = 'worker-metrics-token'

/** A port nothing listens on right now (the worker binds it a moment later). */
async function freePort(): Promise<number> {
  const srv = createServer()
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve))
  const address = srv.address()
  await new Promise<void>((resolve) => srv.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

let db: DbHandle & { url?: string }
let redis: Awaited<ReturnType<typeof createTestRedis>>
let pgliteDir: string | undefined
let child: ChildProcess
let base: string
let output = ''
let exited: Promise<number | null>

beforeAll(async () => {
  redis = await createTestRedis()
  db = await createTestDb()
  // Without TEST_DATABASE_URL the child gets an embedded PGlite of its own.
  if (!db.url) pgliteDir = await mkdtemp(join(tmpdir(), 'tno-worker-'))
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  child = spawn(process.execPath, ['--import', 'tsx', 'src/worker/main.ts'], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      // Proposals would go to Telegram; nobody is queued here, so the API root is never called.
      BOT_TOKEN: '123456:worker-test-token',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
      ...(db.url ? { DATABASE_URL: db.url } : { PGLITE_DIR: pgliteDir }),
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: redis.prefix,
      HOST: '127.0.0.1',
      WORKER_PORT: String(port),
      METRICS_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer) => {
      output += b.toString()
      if (output.includes('"msg":"worker started"')) resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    void exited.then((code) => reject(new Error(`worker exited early (${code}):\n${output}`)))
  })
  await ready
}, 90_000)

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGKILL')
    await exited
  }
  await redis?.close()
  await db?.close()
  if (pgliteDir) await rm(pgliteDir, { recursive: true, force: true })
})

describe('standalone worker process (npm run worker)', () => {
  it('when scraped with METRICS_TOKEN, then /metrics serves the worker registry incl. the live queue length', async () => {
    await redis.redis.zadd(MQ.waiting, Date.now(), '1', Date.now(), '2')
    const denied = await fetch(`${base}/metrics`)
    expect(denied.status).toBe(401)
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(body).toContain('tno_matches_proposed_total')
    expect(body).toContain('tno_matches_expired_total')
    expect(body).toMatch(/^tno_match_queue_length 2$/m)
  })

  it('when probed, then /health, /health/db and /health/redis answer ok', async () => {
    for (const path of ['/health', '/health/db', '/health/redis']) {
      const res = await fetch(`${base}${path}`)
      expect(res.status, path).toBe(200)
      expect(await res.json(), path).toMatchObject({ status: 'ok' })
    }
  })

  it('when sent SIGTERM, then it shuts down gracefully with exit code 0', async () => {
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(output).toContain('"msg":"shutting down"')
  }, 30_000)
})
