/**
 * /find → proposal latency of the matcher at pool sizes 1k / 10k / 100k waiting users, topic index vs a naive
 * full scan. Per request it measures what the worker does between reading an entry and the proposal commit:
 * seeker profile load, candidate window + score cards, scoring, eligibility SQL for the best few, and the
 * locked proposal insert. (Telegram sends are excluded.) Each proposal is deleted afterwards so every request
 * sees the same pool. Besides wall-clock p50/p99 it prints CPU per request (this process and its Postgres
 * backends, from /proc) and how many candidates were scored and checked in SQL, which do not depend on the
 * machine's load.
 *
 *   npx tsx bench/matching.ts            # BENCH_DATABASE_URL / TEST_DATABASE_URL, REDIS_URL
 *   BENCH_SIZES=1000,100000,1000000 BENCH_NAIVE_MAX=100000 npx tsx bench/matching.ts
 *
 * Uses a throw-away Postgres database and a unique Redis key prefix; both are removed at the end.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { eq, sql } from 'drizzle-orm'
import pg from 'pg'
import { createI18n } from '../src/bot/i18n.js'
import { createDb } from '../src/db/client.js'
import { runMigrations } from '../src/db/migrate.js'
import { matches } from '../src/db/schema/index.js'
import { createLogger } from '../src/logger.js'
import { createMetrics } from '../src/metrics.js'
import { cardOf, encodeCard } from '../src/modules/matching/card.js'
import { MQ } from '../src/modules/matching/queue.js'
import {
  anyBusy,
  eligibleCandidates,
  insertProposal,
  loadProfile,
  lockUsers,
  type SeekerProfile,
} from '../src/modules/matching/repo.js'
import { rankCandidates } from '../src/modules/matching/scoring.js'
import { createMatchingService } from '../src/modules/matching/service.js'
import { TEST_MATCHING_CONFIG } from '../src/modules/matching/test-fixtures.js'
import { createRedis } from '../src/redis.js'
import { cleanupPrefix } from '../test/helpers/redis.js'

const PG_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
const INDEX_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200)
/** The naive scan at 100k takes seconds per request: fewer samples there. */
/** Above this pool size the full scan is skipped (seconds per request). */
const NAIVE_MAX = Number(process.env.BENCH_NAIVE_MAX ?? 100_000)
const naiveRequests = (size: number) => (size >= 100_000 ? 8 : size >= 10_000 ? 30 : 100)

const config = TEST_MATCHING_CONFIG

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN
}
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1))

/** CPU (user+system) of the given Postgres backends in ms, from /proc (0 when Postgres runs elsewhere). */
const backendCpuMs = (pids: number[]) => {
  let ticks = 0
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      ticks += Number(f[11] ?? 0) + Number(f[12] ?? 0) // utime, stime (fields 14, 15)
    } catch {}
  }
  return ticks * 10 // USER_HZ = 100
}

async function main() {
  const name = `bench_matching_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  const dbUrl = new URL(PG_URL)
  dbUrl.pathname = `/${name}`
  const handle = await createDb({ url: dbUrl.toString(), poolMax: 4 })
  const prefix = `bench:${randomBytes(4).toString('hex')}:`
  const redisHandle = createRedis({ url: REDIS_URL, keyPrefix: prefix })
  const redis = redisHandle.redis
  try {
    await runMigrations(handle)
    const db = handle.db
    const matching = createMatchingService({
      db,
      redis,
      messenger: {
        sendText: async () => ({ messageId: 1 }),
        editText: async () => {},
        removeButtons: async () => {},
      },
      translate: createI18n().translate,
      metrics: createMetrics({ defaultMetrics: false }),
      logger: createLogger({ level: 'silent' }),
      config,
    })

    const now = Date.now()
    let populated = 0
    const rows: string[] = []

    /** Bulk-inserts users [populated+1 .. size] with 2–4 topics and varied schedules, and indexes them. */
    async function populate(size: number) {
      const t0 = performance.now()
      const from = populated + 1
      await db.execute(sql`
        insert into users (telegram_id, nickname, language, safety_ack, onboarding_step, age_group, availability,
                           utc_offset_minutes, helpfulness_score)
        select 900000000 + g, 'bench-' || g, 'ru', true, 'done', '18_plus',
          (array['["weekday_evening"]', '["weekday_evening","weekend_day"]', '[]',
                 '["weekday_morning","weekday_day"]', '["night"]', '["weekend_morning","weekend_day"]'])[1 + g % 6]::jsonb,
          (array[60, 120, 180, 240, 300, 420])[1 + (g * 7) % 6],
          random()
        from generate_series(${from}::int, ${size}::int) g`)
      await db.execute(sql`
        insert into user_topics (user_id, topic_id)
        select u.id, t.id from users u
        cross join lateral (select id from topics order by md5(u.id::text || ':' || id::text) limit 2 + u.id % 3) t
        where u.telegram_id between ${900000000 + from} and ${900000000 + size}`)
      const res = await db.execute<{
        id: number
        t: number[]
        availability: string[]
        utc_offset_minutes: number | null
        timezone: string | null
        helpfulness_score: number
        language: string
      }>(sql`
        select u.id, array_agg(ut.topic_id order by ut.topic_id) as t, u.availability, u.utc_offset_minutes,
          u.timezone, u.helpfulness_score, u.language from users u
        join user_topics ut on ut.user_id = u.id
        where u.telegram_id between ${900000000 + from} and ${900000000 + size} group by u.id`)
      // The same layout queue.enqueue() writes (marker, card, waiting set, topic index); no stream entries.
      for (let i = 0; i < res.rows.length; i += 5000) {
        const p = redis.pipeline()
        for (const r of res.rows.slice(i, i + 5000)) {
          const q = now - Math.floor(Math.random() * 3_600_000)
          const topics = r.t.map(Number)
          p.hset(MQ.marker(r.id), 'e', `${q}-0`, 'q', String(q), 't', topics.join(','))
          const card = cardOf({
            topicIds: topics,
            availability: r.availability ?? [],
            timezone: r.timezone,
            storedOffsetMinutes: r.utc_offset_minutes === null ? null : Number(r.utc_offset_minutes),
            helpfulness: Number(r.helpfulness_score),
            language: r.language,
            partition: '18_plus',
          })
          p.hset(MQ.cards, String(r.id), encodeCard(card))
          p.zadd(MQ.waiting, q, String(r.id))
          for (const t of topics) p.zadd(MQ.topic(t), q, String(r.id))
        }
        await p.exec()
      }
      populated = size
      return performance.now() - t0
    }

    const redisMemory = async () => /used_memory_human:(\S+)/.exec(await redis.info('memory'))?.[1] ?? '?'

    const randomSeeker = async (): Promise<SeekerProfile> => {
      for (;;) {
        const id = 1 + Math.floor(Math.random() * populated)
        const p = await loadProfile(db, id)
        if (p) return p
      }
    }

    /** The naive matcher: every waiting user goes through the eligibility SQL and scoring. */
    async function naivePropose(seeker: SeekerProfile) {
      const all = await matching.queue.allWaiting()
      all.delete(seeker.userId)
      const eligible = await eligibleCandidates(db, seeker.userId, all, config)
      const ranked = rankCandidates(seeker, eligible, config)
      for (const chosen of ranked.slice(0, 5)) {
        const id = chosen.candidate.userId
        const m = await db.transaction(async (tx) => {
          await lockUsers(tx, seeker.userId, id)
          if (await anyBusy(tx, [seeker.userId, id])) return null
          if (!(await matching.queue.allQueued(seeker.userId, id))) return null
          return insertProposal(tx, {
            userX: seeker.userId,
            userY: id,
            score: chosen.score,
            sharedTopicIds: chosen.sharedTopicIds,
            ttlSec: config.proposalTtlSec,
          })
        })
        if (m) return { match: m, considered: all.size }
      }
      return { match: null, considered: all.size }
    }

    const backendPids = async () =>
      (
        await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name])
      ).rows.map((r) => r.pid)

    async function run(kind: 'index' | 'naive', n: number) {
      const lat: number[] = []
      let found = 0
      let appUs = 0
      let pgMs = 0
      const pids = await backendPids()
      const st0 = { ...matching.proposerStats }
      for (let i = 0; i < n; i++) {
        const seekerId = (await randomSeeker()).userId
        // CPU of the timed part only: this process and its Postgres backends
        const pg0 = backendCpuMs(pids)
        const cpu0 = process.cpuUsage()
        const t0 = performance.now()
        const seeker = await loadProfile(db, seekerId)
        if (!seeker) continue
        const m =
          kind === 'index' ? (await matching.proposeFor(seeker))?.match : (await naivePropose(seeker)).match
        lat.push(performance.now() - t0)
        const cpu = process.cpuUsage(cpu0)
        appUs += cpu.user + cpu.system
        pgMs += backendCpuMs(pids) - pg0
        if (m) {
          found++
          await db.delete(matches).where(eq(matches.id, m.id))
        }
      }
      const st = matching.proposerStats
      const per = (k: keyof typeof st) => (st[k] - st0[k]) / Math.max(1, n)
      return {
        lat,
        found,
        appCpu: appUs / 1000 / Math.max(1, n),
        pgCpu: pgMs / Math.max(1, n),
        scored: kind === 'index' ? per('scored') : Number.NaN,
        checked: kind === 'index' ? per('checked') : Number.NaN,
        queries: kind === 'index' ? per('eligibilityQueries') : Number.NaN,
      }
    }

    console.log(
      `matching bench: Postgres ${dbUrl.host}, Redis ${REDIS_URL}; window ${config.candidateWindow}/topic`,
    )
    for (const size of SIZES) {
      const popMs = await populate(size)
      // warm-up (plans, caches) outside the measurements
      await run('index', 20)
      if (size <= NAIVE_MAX) await run('naive', 1)
      const idx = await run('index', INDEX_REQUESTS)
      const nv = size <= NAIVE_MAX ? await run('naive', naiveRequests(size)) : null
      const row = (kind: string, r: Awaited<ReturnType<typeof run>>) =>
        `| ${String(size).padStart(7)} | ${kind.padEnd(9)} | ${String(r.lat.length).padStart(4)} | ${fmt(pct(r.lat, 50)).padStart(8)} | ${fmt(pct(r.lat, 99)).padStart(8)} | ${r.appCpu.toFixed(2).padStart(7)} | ${r.pgCpu.toFixed(2).padStart(6)} | ${String(r.found).padStart(5)} | ${Number.isNaN(r.scored) ? '     –' : r.scored.toFixed(0).padStart(6)} | ${Number.isNaN(r.checked) ? '      –' : `${r.checked.toFixed(1)} / ${r.queries.toFixed(1)}`.padStart(10)} |`
      rows.push(row('index', idx))
      if (nv) rows.push(row('full scan', nv))
      console.log(
        `  pool ${size}: populated in ${(popMs / 1000).toFixed(1)} s; index p50 ${fmt(pct(idx.lat, 50))} ms${nv ? `, scan p50 ${fmt(pct(nv.lat, 50))} ms` : ''}; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB, Redis ${await redisMemory()}`,
      )
    }
    console.log(
      '\n/find → proposal (seeker load + lookup + scoring + eligibility SQL + proposal insert), milliseconds;' +
        '\nCPU per request in ms (PG = its backends, 10 ms tick resolution summed over requests); scored / SQL-checked candidates per request',
    )
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (wall times inflate with load; CPU less so)`,
    )
    console.log(
      '|    pool | matcher   |    n |      p50 |      p99 | app CPU | PG CPU | found | scored | SQL-checked / queries |',
    )
    console.log(
      '|--------:|-----------|-----:|---------:|---------:|--------:|-------:|------:|-------:|-----------:|',
    )
    for (const r of rows) console.log(r)
  } finally {
    await redisHandle.close()
    await cleanupPrefix(prefix)
    await handle.close()
    await admin.query(`drop database if exists "${name}" with (force)`)
    await admin.end()
  }
}

await main()
