/**
 * Where an idle bot's memory goes on PGlite, step by step, in the webhook bench's situation (issue #14): this
 * bot built by `createApp` from config like production (NODE_ENV=production, a fresh PGlite directory, PGlite on
 * the main thread, relay and inbound rate limits off), `BENCH_PAIRS` (200) active chats seeded, started against a
 * minimal fake Bot API (bench/webhook/fake-api.ts, its own process), then idle. Run as the bench runs its bots,
 * with the environment of the product's start command (`npm start`'s GLIBC_TUNABLES, bench/start-env.ts: glibc
 * reads it only at process start, so the script starts itself again with it):
 *
 *   node --import tsx bench/rss-breakdown.ts [--dir <pglite dir>] [--idle 30]
 *   node --import tsx bench/rss-breakdown.ts --no-start-env   # without it (glibc's defaults)
 *
 * Prints after each step: RSS (anonymous + file-backed, /proc/self/status), V8 heap used / committed, the young
 * generation's size, `external` and `arrayBuffers` (process.memoryUsage()), and PGlite's WebAssembly memory
 * (its `wasmMemory` buffer, reserved; `wasmR`: the resident part of every WebAssembly memory, from /proc/self/smaps),
 * and `brk`: glibc's main heap (freed malloc memory that stays resident shows there). The webhook bench reads RSS
 * ~10 s after start (`--settle 5 --idle 5`): the "idle 10 s" row. Needs Redis (REDIS_URL).
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { getHeapSpaceStatistics } from 'node:v8'
import { exposedGc } from '../src/db/idle-gc.js'
import { startEnv } from './start-env.js'
import { spawnChild, stopChild } from './webhook/procs.js'

const { values: opt } = parseArgs({
  options: {
    dir: { type: 'string' },
    idle: { type: 'string', default: '30' },
    pairs: { type: 'string', default: '200' },
    'no-start-env': { type: 'boolean', default: false },
  },
})
if (!opt['no-start-env'] && !process.env.RSS_BREAKDOWN_STARTED) {
  // again, as `npm start` starts the bot: its environment must be there when the process starts
  const r = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, ...startEnv(), RSS_BREAKDOWN_STARTED: '1' },
    stdio: 'inherit',
  })
  process.exit(r.status ?? 1)
}
const MiB = 1024 * 1024
const f = (b: number) => (b / MiB).toFixed(1).padStart(6)
const kib = (status: string, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024
/** Resident bytes of PGlite's WebAssembly memory (the anonymous mapping of exactly its size) and of glibc's brk heap. */
function smapsSplit() {
  // a PGlite wasm memory, on x64 Node 24: one rw mapping of its size, no guard reservation (checked by hand)
  let wasm = 0
  let brk = 0
  let size = 0
  let name = ''
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line)
    if (head) {
      name = head[1] ?? ''
      continue
    }
    const kv = /^(Size|Rss):\s+(\d+) kB/.exec(line)
    if (!kv) continue
    const v = Number(kv[2]) * 1024
    if (kv[1] === 'Size') size = v
    else if (name === '[heap]') brk += v
    else if (name === '' && size === wasmBytes()) wasm += v
  }
  return { wasm, brk }
}
let wasmBytes = () => 0
const rows: string[] = []
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** RETAINED=1: a full collection before each reading, so heapU is what each step keeps (changes RSS dynamics). */
const retained = process.env.RETAINED === '1'
function mark(step: string) {
  if (retained) exposedGc()?.({ type: 'major', execution: 'sync', flavor: 'last-resort' })
  const m = process.memoryUsage()
  const s = readFileSync('/proc/self/status', 'utf8')
  const young = getHeapSpaceStatistics().find((x) => x.space_name === 'new_space')?.space_size ?? 0
  const sp = smapsSplit()
  rows.push(
    `${step.padEnd(34)} ${f(m.rss)} ${f(sp.wasm)} ${f(sp.brk)} ${f(kib(s, 'RssAnon'))} ${f(kib(s, 'RssFile'))} ${f(m.heapUsed)} ${f(m.heapTotal)} ${f(young)} ${f(m.external)} ${f(m.arrayBuffers)} ${f(wasmBytes())}`,
  )
}

mark('node + tsx')
const { child: api, ready } = await spawnChild<{ url: string }>('fake-api.ts', {})
process.on('exit', () => api.proc.kill())
const dir = opt.dir ?? mkdtempSync(join(tmpdir(), 'rss-breakdown-'))
const { createApp } = await import('../src/app.js')
const { loadConfig } = await import('../src/config.js')
const { createLogger } = await import('../src/logger.js')
const { seedSession } = await import('../src/modules/chat/test-fixtures.js')
const { warmUpCrisisDetector } = await import('../src/modules/safety/lexicon.js')
const { preloadMorphology } = await import('../src/modules/safety/pii/morph.js')
const { preloadPiiDictionaries } = await import('../src/modules/safety/pii.js')
const { sql } = await import('drizzle-orm')
mark('app modules imported')
const token = `${100_000 + Math.floor(Math.random() * 900_000)}:bench-rss-${randomBytes(6).toString('hex')}`
const config = loadConfig({
  NODE_ENV: 'production',
  BOT_TOKEN: token,
  TELEGRAM_API_ROOT: ready.url,
  WEBHOOK_SECRET: randomBytes(16).toString('hex'),
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: `bench:rss:${randomBytes(4).toString('hex')}:`,
  LOG_LEVEL: 'silent',
  RELAY_RATE_LIMIT: 'false',
  RATE_LIMIT_PER_MIN: '100000000',
  PGLITE_DIR: join(dir, 'pglite'),
})
const { testBotInfo } = await import('../test/helpers/bot.js')
const app = await createApp({
  config,
  logger: createLogger({ level: 'silent' }),
  botInfo: testBotInfo(Number(token.split(':')[0])),
})
const client = (app.db.db as unknown as { $client: { mod?: { wasmMemory?: WebAssembly.Memory } } }).$client
wasmBytes = () => client.mod?.wasmMemory?.buffer.byteLength ?? 0
mark('createApp: PGlite opened, migrated')
const base = 1_000_000 + Math.floor(Math.random() * 1_000_000) * 1000
for (let i = 0; i < Number(opt.pairs); i++)
  await seedSession(
    app.db.db,
    { telegramId: base + 2 * i, nickname: `a${i}` },
    { telegramId: base + 2 * i + 1 },
  )
await app.db.db.execute(sql`update matches set updated_at = now() - interval '1 day'`)
mark(`${opt.pairs} chats seeded`)
warmUpCrisisDetector()
mark('crisis detector warmed up')
preloadMorphology()
mark('az morphology loaded')
preloadPiiDictionaries()
mark('+ compromise name lexicon')
await app.start({ port: 0, host: '127.0.0.1' })
mark('app.start done')
for (const t of [5, 10, 20, 30].filter((t) => t <= Number(opt.idle))) {
  await sleep((t - (t === 5 ? 0 : t === 10 ? 5 : t === 20 ? 10 : 20)) * 1000)
  mark(`idle ${t} s`)
}
console.log(
  `rss-breakdown (MiB; load average ${loadavg()[0]?.toFixed(1)}; GLIBC_TUNABLES=${process.env.GLIBC_TUNABLES ?? ''})`,
)
console.log(
  `${'step'.padEnd(34)} ${'RSS'.padStart(6)} ${'wasmR'.padStart(6)} ${'brk'.padStart(6)} ${'anon'.padStart(6)} ${'file'.padStart(6)} ${'heapU'.padStart(6)} ${'heapT'.padStart(6)} ${'young'.padStart(6)} ${'extern'.padStart(6)} ${'arrBuf'.padStart(6)} ${'wasm'.padStart(6)}`,
)
for (const r of rows) console.log(r)
if (process.env.HOLD) {
  // time to look at the idle process from outside (gdb: `call (void)malloc_stats()`)
  console.log(`pid ${process.pid}`)
  await sleep(Number(process.env.HOLD) * 1000)
  mark('held')
  console.log(rows.at(-1))
}
await app.close()
await stopChild(api)
if (!opt.dir) rmSync(dir, { recursive: true, force: true })
