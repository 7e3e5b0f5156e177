/**
 * Idle memory and CPU of the sandbox on embedded PGlite (what `npm start` runs without BOT_TOKEN), per set-up:
 * compiled (`node dist/main.js`) or through tsx, PGlite on the main thread or in its worker thread
 * (`PGLITE_WORKER`), on a fresh data directory (the first start: initdb) and reopened (every later start).
 * Each run waits for "sandbox ready", idles IDLE_S seconds, then reads the process's RSS (`/proc/<pid>/status`,
 * anonymous and file-backed) and its CPU over the last half of the idle window (`/proc/<pid>/stat`).
 * Build first: `npm run build`.
 *
 *   npx tsx bench/memory.ts                     # IDLE_S=30, all variants
 *   VARIANTS=dist-worker,tsx-main npx tsx bench/memory.ts
 *   NODE_ARGS='--max-semi-space-size=8' npx tsx bench/memory.ts   # extra node flags for the app
 *   APP_ENV='MALLOC_ARENA_MAX=2' npx tsx bench/memory.ts          # extra environment for the app
 *
 * The app gets the glibc malloc settings of `npm run start:prod` (GLIBC_TUNABLES in package.json);
 * `APP_ENV=GLIBC_TUNABLES=` measures without them.
 *
 * Redis: REDIS_URL (a unique key prefix, deleted afterwards). The tsx rows run `node --import tsx` — the
 * process `npm start` ends up running (tsx's CLI adds a small parent process, not counted here).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cleanupPrefix, uniquePrefix } from '../test/helpers/redis.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
/** The glibc malloc settings `npm start` / `npm run start:prod` give the app (package.json), if any. */
const SCRIPT_ENV = Object.fromEntries(
  [
    /GLIBC_TUNABLES=(\S+)/.exec(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
        .scripts['start:prod'] ?? '',
    )?.[1],
  ]
    .filter(Boolean)
    .map((v) => ['GLIBC_TUNABLES', v]),
)
const IDLE_S = Number(process.env.IDLE_S ?? 30)
const TICK_MS = 10 // USER_HZ = 100 on Linux
const NODE_ARGS = (process.env.NODE_ARGS ?? '').split(' ').filter(Boolean)
/** Extra environment for the app, `K=V K2=V2` (e.g. `APP_ENV=MALLOC_ARENA_MAX=2`). */
const APP_ENV = Object.fromEntries(
  (process.env.APP_ENV ?? '')
    .split(' ')
    .filter(Boolean)
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
)

type Variant = { name: string; args: string[]; worker: boolean }
const ALL: Variant[] = [
  { name: 'dist-main', args: [join(ROOT, 'dist/main.js')], worker: false },
  { name: 'dist-worker', args: [join(ROOT, 'dist/main.js')], worker: true },
  { name: 'tsx-main', args: ['--import', 'tsx', join(ROOT, 'src/main.ts')], worker: false },
  { name: 'tsx-worker', args: ['--import', 'tsx', join(ROOT, 'src/main.ts')], worker: true },
]

const kib = (status: string, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN)
const mib = (k: number) => (k / 1024).toFixed(0)
const cpuTicks = (pid: number) => {
  // fields after the parenthesised command name: utime is the 12th, stime the 13th
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(f[11]) + Number(f[12])
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function once(v: Variant, dir: string, prefix: string) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    PGLITE_DIR: join(dir, 'pglite'),
    PGLITE_WORKER: String(v.worker),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    PORT: '0',
    SANDBOX_PORT: '0',
    ...SCRIPT_ENV,
    ...APP_ENV,
  }
  const started = performance.now()
  const child = spawn(process.execPath, [...NODE_ARGS, ...v.args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += String(d)
      if (out.includes('"msg":"sandbox ready"')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`${v.name} exited ${code}: ${out.slice(-500)}`)))
  })
  const readyMs = performance.now() - started
  const pid = child.pid as number
  await sleep((IDLE_S * 1000) / 2)
  const t0 = cpuTicks(pid)
  const w0 = performance.now()
  await sleep((IDLE_S * 1000) / 2)
  const cpuMsPerS = ((cpuTicks(pid) - t0) * TICK_MS) / ((performance.now() - w0) / 1000)
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
  return {
    rss: kib(status, 'VmRSS'),
    anon: kib(status, 'RssAnon'),
    file: kib(status, 'RssFile'),
    readyMs,
    cpuMsPerS,
  }
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/main.js')))
    throw new Error('dist/main.js is missing: run `npm run build` first')
  const wanted = process.env.VARIANTS?.split(',')
  const variants = wanted ? ALL.filter((v) => wanted.includes(v.name)) : ALL
  console.log(
    `idle ${IDLE_S} s after "sandbox ready"${NODE_ARGS.length ? `, node ${NODE_ARGS.join(' ')}` : ''}`,
  )
  console.log('variant      start     RSS MiB  (anon + file)  ready s  idle CPU ms/s')
  for (const v of variants) {
    const dir = mkdtempSync(join(tmpdir(), 'tno-mem-'))
    const prefix = uniquePrefix()
    try {
      for (const start of ['fresh', 'reopened']) {
        const r = await once(v, dir, prefix)
        const rss = `${mib(r.rss).padStart(7)}  (${mib(r.anon)} + ${mib(r.file)})`.padEnd(23)
        const ready = (r.readyMs / 1000).toFixed(1).padStart(7)
        console.log(
          `${v.name.padEnd(12)} ${start.padEnd(9)} ${rss}${ready}  ${r.cpuMsPerS.toFixed(1).padStart(13)}`,
        )
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
      await cleanupPrefix(prefix)
    }
  }
}

await main()
