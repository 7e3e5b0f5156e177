import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../helpers/db.js'
import { cleanupPrefix, testRedisUrl, uniquePrefix } from '../helpers/redis.js'

/**
 * Production runs the compiled JavaScript (`npm run build` → dist/, `npm run start:prod`). CI builds before
 * the tests; run locally without dist/, this test builds it first.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const MAIN = join(ROOT, 'dist', 'main.js')

let db: Awaited<ReturnType<typeof createTestDb>>
let child: ChildProcess | undefined
let cwd: string
const prefix = uniquePrefix()

beforeAll(async () => {
  if (!existsSync(MAIN))
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    )
  // fresh: the built app's own start-up runs the migrations on it
  db = await createTestDb({ kind: 'postgres', fresh: true })
  // Another working directory: locales and migrations must be found from dist/, not from the cwd.
  cwd = mkdtempSync(join(tmpdir(), 'tno-dist-'))
}, 300_000)

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL')
  await db?.close()
  await cleanupPrefix(prefix)
  if (cwd) rmSync(cwd, { recursive: true, force: true })
})

describe('compiled build', () => {
  it('when node runs dist/main.js (sandbox, Postgres), then it migrates, answers /health and the dashboard stub in Russian, and exits 0 on SIGTERM', async () => {
    child = spawn(process.execPath, [MAIN], {
      cwd,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        DATABASE_URL: db.url,
        REDIS_URL: testRedisUrl(),
        REDIS_KEY_PREFIX: prefix,
        PORT: '0',
        SANDBOX_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stderr?.on('data', (d) => {
      out += String(d)
    })
    const address = await new Promise<string>((resolve, reject) => {
      child?.stdout?.on('data', (d) => {
        out += String(d)
        const m = /"address":"(http:\/\/[^"]+)"[^\n]*"msg":"app started"/.exec(out)
        if (m?.[1]) resolve(m[1])
      })
      child?.once('exit', (code) => reject(new Error(`dist/main.js exited ${code}:\n${out}`)))
    })
    const health = await fetch(`${address}/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ status: 'ok' })
    // No ADMIN_TOKEN: the "disabled" page, rendered from locales/ru/admin.ftl found relative to dist/.
    const admin = await fetch(`${address}/admin`)
    expect(admin.status).toBe(503)
    expect(await admin.text()).toContain('Панель отключена')
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 180_000)

  it('when node runs dist/main.js on PGlite in a worker thread, then the compiled worker migrates, /health/db answers, and SIGTERM exits 0', async () => {
    const pg = spawn(process.execPath, [MAIN], {
      cwd,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        PGLITE_DIR: join(cwd, 'pglite'),
        PGLITE_WORKER: 'true',
        REDIS_URL: testRedisUrl(),
        REDIS_KEY_PREFIX: prefix,
        PORT: '0',
        SANDBOX_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = pg
    let out = ''
    pg.stderr?.on('data', (d) => {
      out += String(d)
    })
    const address = await new Promise<string>((resolve, reject) => {
      pg.stdout?.on('data', (d) => {
        out += String(d)
        const m = /"address":"(http:\/\/[^"]+)"[^\n]*"db":"pglite"[^\n]*"msg":"app started"/.exec(out)
        if (m?.[1]) resolve(m[1])
      })
      pg.once('exit', (code) => reject(new Error(`dist/main.js exited ${code}:\n${out}`)))
    })
    const health = await fetch(`${address}/health/db`)
    expect(health.status).toBe(200)
    const exited = new Promise<number | null>((resolve) => pg.once('exit', (code) => resolve(code)))
    pg.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 180_000)
})
