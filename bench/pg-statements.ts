/**
 * Postgres backend CPU per statement of the relay path (issue #14): `npx tsx bench/pg-statements.ts [options]`.
 * Needs a Postgres server (TEST_DATABASE_URL; a scratch database is created and dropped).
 *
 * Migrates a scratch database, seeds `--pairs` active chats, then runs the statements a relayed message costs
 * through the project's own code on ONE pooled connection (one backend), in interleaved rounds, and prints the
 * backend's CPU (user + system from /proc/<pid>/stat) per execution of each kind:
 * - `lookup`: the user row + chat backlog of the sender (chat/backlog.ts, every update);
 * - `relay`: the relay statement (chat/relay-copy.ts: session touch, checks, outbox insert; its own commit);
 * - `mark`: the dispatcher's "sent" mark of one delivered row (outbox.ts markSentMany, a batch of `--mark-batch`);
 * - `message`: one relayed message as the webhook bench issues them, in order: lookup, relay, mark.
 * Also the WAL writer's CPU over each kind (it flushes asynchronous commits; shared with other databases' work).
 *
 * Options: --pairs 200 --n 2000 (executions per kind and round) --rounds 3 --mark-batch 1
 * --sql "<statements>" (run once after seeding, e.g. an index or setting to compare; `;`-separated)
 * --history 0 (delivered rows per chat seeded before measuring, as a bot that has run a while has)
 * --keep (leave the scratch database, to look at plans) --vacuum (VACUUM ANALYZE before each round: this server
 * may run without autovacuum, and dead row versions left by the marks then pile up between rounds)
 * --explain (at the end, the plans the connection's prepared statements now use, EXPLAIN ANALYZE in a rolled-back
 * transaction)
 */
import { randomBytes } from 'node:crypto'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { createDb } from '../src/db/client.js'
import { runMigrations } from '../src/db/migrate.js'
import { createChatBacklog } from '../src/modules/chat/backlog.js'
import { createOutboxRepo } from '../src/modules/chat/outbox.js'
import { createRelayCopy } from '../src/modules/chat/relay-copy.js'
import { seedSession } from '../src/modules/chat/test-fixtures.js'
import { procCpuMs } from './webhook/procs.js'

const { values: opt } = parseArgs({
  options: {
    pairs: { type: 'string', default: '200' },
    n: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    'mark-batch': { type: 'string', default: '1' },
    sql: { type: 'string', default: '' },
    history: { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
    vacuum: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
  },
})
const PAIRS = Number(opt.pairs)
const N = Number(opt.n)
const ROUNDS = Number(opt.rounds)
const MARK_BATCH = Number(opt['mark-batch'])
const HISTORY = Number(opt.history)
const BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

const dbName = `pgstmt_${randomBytes(4).toString('hex')}`
const admin = new pg.Client({ connectionString: BASE })
await admin.connect()
await admin.query(`create database ${dbName}`)
const url = new URL(BASE)
url.pathname = `/${dbName}`

const handle = await createDb({ url: url.toString(), poolMax: 1 })
try {
  await runMigrations(handle)
  const db = handle.db
  const chats: { a: number; b: number; userA: number; userB: number }[] = []
  for (let i = 0; i < PAIRS; i++) {
    const a = 3_000_000 + 2 * i
    const b = a + 1
    const s = await seedSession(
      db,
      { telegramId: a, nickname: `a${i}` },
      { telegramId: b, nickname: `b${i}` },
    )
    chats.push({ a, b, userA: s.userA, userB: s.userB })
  }
  if (HISTORY > 0) {
    await db.execute(
      `insert into outbox (chat_id, session_id, method, payload, status, source_message_id, sent_message_id, sent_at)
       select u.telegram_id, s.id, 'copyMessage', '{"message_id":1,"protect_content":true}'::jsonb, 'sent',
              -g, g, now()
       from chat_sessions s join users u on u.id = s.user_b, generate_series(1, ${HISTORY}) g` as never,
    )
  }
  for (const stmt of opt.sql.split(';').filter((s) => s.trim())) await db.execute(stmt as never)
  await db.execute('vacuum analyze' as never)

  const relayCopy = createRelayCopy(db)
  const backlog = createChatBacklog({ db })
  const repo = createOutboxRepo(db)
  const { rows } = await admin.query<{ pid: number }>(
    `select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
    [dbName],
  )
  if (rows.length !== 1) throw new Error(`expected one backend, saw ${rows.length}`)
  const pid = rows[0]!.pid
  const walWriter = (
    await admin.query<{ pid: number }>(`select pid from pg_stat_activity where backend_type = 'walwriter'`)
  ).rows[0]?.pid

  let msgId = 1
  let queued: number[] = []
  const lookup = (i: number) => backlog.userWithBacklog(chats[i % PAIRS]!.a)
  const relay = async (i: number) => {
    const c = chats[i % PAIRS]!
    const r = await relayCopy({ userId: c.userA, chatId: c.a, messageId: msgId++ } as never, new Date())
    if (!r.ok || !r.handed) throw new Error('relay did not queue')
    queued.push(r.handed.id)
  }
  const mark = async () => {
    const ids = queued.splice(0, MARK_BATCH)
    if (ids.length === 0) throw new Error('nothing to mark')
    await repo.markSentMany(ids.map((id) => ({ id, sentMessageId: id, scrubText: false })))
  }

  type Kind = 'lookup' | 'relay' | 'mark' | 'message'
  const results: Record<Kind, { cpu: number[]; wal: number[]; wall: number[] }> = {
    lookup: { cpu: [], wal: [], wall: [] },
    relay: { cpu: [], wal: [], wall: [] },
    mark: { cpu: [], wal: [], wall: [] },
    message: { cpu: [], wal: [], wall: [] },
  }
  async function measure(kind: Kind, n: number, run: (i: number) => Promise<unknown>) {
    const c0 = procCpuMs(pid)!
    const w0 = walWriter ? (procCpuMs(walWriter) ?? 0) : 0
    const t0 = performance.now()
    for (let i = 0; i < n; i++) await run(i)
    const t1 = performance.now()
    const c1 = procCpuMs(pid)!
    const w1 = walWriter ? (procCpuMs(walWriter) ?? 0) : 0
    results[kind].cpu.push(((c1 - c0) * 1000) / n)
    results[kind].wal.push(((w1 - w0) * 1000) / n)
    results[kind].wall.push(((t1 - t0) * 1000) / n)
  }

  // warm-up: plans, caches
  for (let i = 0; i < 300; i++) await relay(i)
  for (let i = 0; i < 300; i++) await lookup(i)
  while (queued.length >= MARK_BATCH) await mark()
  queued = []

  for (let r = 0; r < ROUNDS; r++) {
    if (opt.vacuum) await db.execute('vacuum analyze' as never)
    await measure('lookup', N, lookup)
    await measure('relay', N, relay)
    await measure('mark', Math.floor(N / MARK_BATCH), mark)
    queued = []
    await measure('message', N, async (i) => {
      await lookup(i)
      await relay(i)
      if (queued.length >= MARK_BATCH) await mark()
    })
    queued = []
    console.log(
      `round ${r + 1}: ` +
        (Object.keys(results) as Kind[])
          .map(
            (k) => `${k} ${results[k].cpu.at(-1)!.toFixed(0)} µs (wal ${results[k].wal.at(-1)!.toFixed(0)})`,
          )
          .join(' · '),
    )
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
  console.log(
    `\nbackend CPU per execution, median of ${ROUNDS} rounds (µs; WAL writer's; wall): ` +
      (Object.keys(results) as Kind[])
        .map(
          (k) =>
            `${k} ${med(results[k].cpu).toFixed(0)} (${med(results[k].wal).toFixed(0)}; ${med(results[k].wall).toFixed(0)})`,
        )
        .join(' · '),
  )
  if (opt.explain) {
    const c = chats[0]!
    const show = async (q: string) => {
      const { rows } = (await db.execute(
        `explain (analyze, buffers, costs off) ${q}` as never,
      )) as unknown as {
        rows: { 'QUERY PLAN': string }[]
      }
      console.log(`\n${q}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`)
    }
    await db.execute('begin' as never)
    await show(`execute user_with_chat_backlog(${c.a})`)
    await show(`execute relay_copy(now(), ${c.userA}, '{}', ${msgId++})`)
    const last = await db.execute('select max(id) as id from outbox' as never)
    await show(`execute outbox_mark_sent('{${(last.rows[0] as { id: number }).id}}', '{1}', '{f}')`)
    await db.execute('rollback' as never)
  }
  console.log(
    `load average ${loadavg()[0]!.toFixed(1)}; mark batch ${MARK_BATCH}; extra sql: ${opt.sql || '—'}`,
  )
} finally {
  await handle.close()
  if (opt.keep) console.log(`kept database ${dbName}`)
  else await admin.query(`drop database if exists ${dbName}`)
  await admin.end()
}
