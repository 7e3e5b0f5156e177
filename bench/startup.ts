/**
 * Start-up time of the web process: compiled (`node dist/main.js`, what production runs) vs through tsx
 * (`tsx src/main.ts`, what `npm start` runs). Each run is the sandbox on Postgres, timed from spawn until
 * `/health` answers; the median of RUNS is printed. Build first: `npm run build`.
 *
 *   npx tsx bench/startup.ts            # BENCH_DATABASE_URL / TEST_DATABASE_URL, REDIS_URL; RUNS=5
 *
 * Uses a throw-away Postgres database (migrated before the first run) and a unique Redis key prefix.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createTestDb } from '../test/helpers/db.js'
import { cleanupPrefix, uniquePrefix } from '../test/helpers/redis.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const RUNS = Number(process.env.RUNS ?? 5)

async function once(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  const address = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += String(d)
      const m = /"address":"(http:\/\/[^"]+)"[^\n]*"msg":"app started"/.exec(out)
      if (m?.[1]) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`exited ${code}`)))
  })
  const res = await fetch(`${address}/health`)
  const ms = performance.now() - started
  if (!res.ok) throw new Error(`/health answered ${res.status}`)
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
  return ms
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN

async function main() {
  if (!existsSync(join(ROOT, 'dist/main.js')))
    throw new Error('dist/main.js is missing: run `npm run build` first')
  process.env.TEST_DATABASE_URL =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/test'
  const db = await createTestDb({ kind: 'postgres' })
  const prefix = uniquePrefix()
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    DATABASE_URL: db.url ?? '',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    PORT: '0',
    SANDBOX_PORT: '0',
  }
  const variants = [
    { name: 'node dist/main.js', args: [join(ROOT, 'dist/main.js')] },
    { name: 'tsx src/main.ts  ', args: ['--import', 'tsx', join(ROOT, 'src/main.ts')] },
  ]
  try {
    for (const v of variants) {
      const times: number[] = []
      for (let i = 0; i < RUNS; i++) times.push(await once(v.args, env))
      console.log(
        `${v.name}  median ${median(times).toFixed(0)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
      )
    }
  } finally {
    await db.close()
    await cleanupPrefix(prefix)
  }
}

await main()
