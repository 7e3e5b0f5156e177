import type { Redis } from 'ioredis'

/**
 * Redis layout of the match queue (every key is under the connection's keyPrefix):
 *
 * - `mq:stream`         Stream of find requests `{u: userId, q: queuedAtMs}`; consumer group `matchers`.
 *                       Trimmed with MINID to the queue TTL on every XADD and by the sweeper.
 * - `mq:dlq`            Dead-letter stream: entries that failed MATCH_MAX_DELIVERIES times.
 * - `mq:w:<userId>`     Waiting marker hash `{e: entryId, q: queuedAtMs, t: "1,4,9"}`. Exists ⇔ the user waits.
 *                       Created atomically with everything else, so a user is queued at most once.
 * - `mq:waiting`        Sorted set userId → queuedAtMs: queue length and TTL expiry.
 * - `mq:topic:<id>`     Sorted set userId → queuedAtMs of waiting users who picked topic <id>: the candidate
 *                       index. Lookup reads only the sets of the seeker's topics (oldest first, windowed),
 *                       so its cost grows with candidates sharing a topic, never with the whole pool.
 * - `mq:cards`          Hash userId → score card (card.ts): topics, availability windows, zone, helpfulness,
 *                       language, partition. Written and removed with the marker; the lookup script returns
 *                       each window candidate's card so ranking needs no SQL.
 */
export const MQ = {
  stream: 'mq:stream',
  group: 'matchers',
  dlq: 'mq:dlq',
  waiting: 'mq:waiting',
  cards: 'mq:cards',
  marker: (userId: number) => `mq:w:${userId}`,
  topic: (topicId: number) => `mq:topic:${topicId}`,
} as const

export type QueueMarker = {
  entryId: string
  queuedAt: number
  topicIds: number[]
  /** The encoded score card (card.ts), null for a marker written before cards existed. */
  card: string | null
}

/** A candidate as the lookup returns it: when they queued and their encoded score card (null if none). */
export type WindowEntry = { queuedAt: number; card: string | null }

// KEYS: marker, waiting, stream, cards, ...topic sets. ARGV: userId, nowMs, minId (trim), topics csv, card.
// Returns the stream entry id, or false when the user already waits.
const ENQUEUE_LUA = `
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local id = redis.call('XADD', KEYS[3], 'MINID', '~', ARGV[3], '*', 'u', ARGV[1], 'q', ARGV[2])
redis.call('HSET', KEYS[1], 'e', id, 'q', ARGV[2], 't', ARGV[4])
redis.call('HSET', KEYS[4], ARGV[1], ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
for i = 5, #KEYS do redis.call('ZADD', KEYS[i], ARGV[2], ARGV[1]) end
return id
`

// KEYS: marker, waiting, cards, ...topic sets (from the marker). ARGV: userId, expected entry id.
// Removes the user only if the marker still belongs to that entry (a newer /find is left alone).
const DEQUEUE_LUA = `
if redis.call('HGET', KEYS[1], 'e') ~= ARGV[2] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
for i = 4, #KEYS do redis.call('ZREM', KEYS[i], ARGV[1]) end
return 1
`

// KEYS: marker, cards, ...old topic sets, ...new topic sets. ARGV: userId, entry id, #old, card, new topics csv.
// Replaces a stale card and moves the user between topic sets (same queuedAt), only on that queue entry.
const REFRESH_LUA = `
if redis.call('HGET', KEYS[1], 'e') ~= ARGV[2] then return 0 end
local q = redis.call('HGET', KEYS[1], 'q')
local nOld = tonumber(ARGV[3])
for i = 3, 2 + nOld do redis.call('ZREM', KEYS[i], ARGV[1]) end
for i = 3 + nOld, #KEYS do redis.call('ZADD', KEYS[i], q, ARGV[1]) end
redis.call('HSET', KEYS[1], 't', ARGV[5])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
return 1
`

// KEYS: cards, ...topic sets. ARGV: start rank, stop rank, limit.
// Ranks [start, stop] of each topic set, de-duplicated (earliest queuedAt), with their cards, in one round
// trip: {more, id1, q1, card1, id2, …}; more = 1 when some set is full to the window (more may follow).
const WINDOW_LUA = `
local ids, qs, qstr, seen, more = {}, {}, {}, {}, 0
for i = 2, #KEYS do
  local flat = redis.call('ZRANGE', KEYS[i], ARGV[1], ARGV[2], 'WITHSCORES')
  if #flat / 2 >= tonumber(ARGV[3]) then more = 1 end
  for j = 1, #flat, 2 do
    local id, q = flat[j], tonumber(flat[j + 1])
    local at = seen[id]
    if at == nil then
      ids[#ids + 1] = id
      qs[#ids] = q
      qstr[#ids] = flat[j + 1]
      seen[id] = #ids
    elseif q < qs[at] then
      qs[at] = q
      qstr[at] = flat[j + 1]
    end
  end
end
local out = {more}
for from = 1, #ids, 500 do
  local to = math.min(#ids, from + 499)
  local cards = redis.call('HMGET', KEYS[1], unpack(ids, from, to))
  for k = from, to do
    out[#out + 1] = ids[k]
    out[#out + 1] = qstr[k]
    out[#out + 1] = cards[k - from + 1] or ''
  end
end
return out
`

type ScriptedRedis = Redis & {
  mqEnqueue(numKeys: number, ...args: (string | number)[]): Promise<string | null>
  mqDequeue(numKeys: number, ...args: (string | number)[]): Promise<number>
  mqRefresh(numKeys: number, ...args: (string | number)[]): Promise<number>
  mqWindow(numKeys: number, ...args: (string | number)[]): Promise<(string | number)[]>
}

function scripted(redis: Redis): ScriptedRedis {
  const r = redis as ScriptedRedis
  if (typeof r.mqEnqueue !== 'function') {
    redis.defineCommand('mqEnqueue', { lua: ENQUEUE_LUA })
    redis.defineCommand('mqDequeue', { lua: DEQUEUE_LUA })
  }
  if (typeof r.mqWindow !== 'function') {
    redis.defineCommand('mqRefresh', { lua: REFRESH_LUA })
    redis.defineCommand('mqWindow', { lua: WINDOW_LUA })
  }
  return r
}

const parseTopics = (csv: string | null | undefined) =>
  (csv ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n))

/** A stream entry id `<ms>-<seq>` for trimming everything older than `ms`. */
export const minIdFor = (ms: number) => `${Math.max(0, Math.floor(ms))}-0`

/**
 * The waiting queue and its topic index. Pure Redis, no business rules: eligibility lives in the service.
 */
export function createMatchQueue({ redis, ttlSec }: { redis: Redis; ttlSec: number }) {
  const r = scripted(redis)
  let groupReady = false

  const marker = async (userId: number): Promise<QueueMarker | null> => {
    const res = await r
      .pipeline()
      .hmget(MQ.marker(userId), 'e', 'q', 't')
      .hget(MQ.cards, String(userId))
      .exec()
    const [[err1, fields], [err2, card]] = (res ?? []) as [[Error | null, unknown], [Error | null, unknown]]
    if (err1 || err2) throw err1 ?? err2
    const [e, q, t] = (fields ?? []) as (string | null)[]
    if (!e || !q) return null
    return {
      entryId: e,
      queuedAt: Number(q),
      topicIds: parseTopics(t),
      card: (card as string | null) ?? null,
    }
  }

  return {
    /** Creates the consumer group (and the stream) if missing; from id 0 so nothing queued before is skipped. */
    async ensureGroup(): Promise<void> {
      if (groupReady) return
      try {
        await r.xgroup('CREATE', MQ.stream, MQ.group, '0', 'MKSTREAM')
      } catch (err) {
        if (!String((err as Error).message).includes('BUSYGROUP')) throw err
      }
      groupReady = true
    },

    /**
     * Atomically: marker (SET-NX semantics), score card, waiting set, topic index and the stream entry, in
     * one Lua call. Entries older than the queue TTL are trimmed from the stream on the way.
     */
    async enqueue(
      userId: number,
      topicIds: readonly number[],
      card: string,
      nowMs = Date.now(),
    ): Promise<{ ok: true; entryId: string; queuedAt: number } | { ok: false; reason: 'already-queued' }> {
      await this.ensureGroup()
      const keys = [MQ.marker(userId), MQ.waiting, MQ.stream, MQ.cards, ...topicIds.map(MQ.topic)]
      const id = await r.mqEnqueue(
        keys.length,
        ...keys,
        userId,
        nowMs,
        minIdFor(nowMs - ttlSec * 1000),
        topicIds.join(','),
        card,
      )
      return id ? { ok: true, entryId: id, queuedAt: nowMs } : { ok: false, reason: 'already-queued' }
    },

    marker,

    /**
     * Leaves the queue. With `entryId`, only if the user still waits on that entry. Returns whether the user
     * was removed.
     */
    async dequeue(userId: number, entryId?: string): Promise<boolean> {
      for (let attempt = 0; attempt < 3; attempt++) {
        const m = await marker(userId)
        if (!m) return false
        if (entryId && m.entryId !== entryId) return false
        const keys = [MQ.marker(userId), MQ.waiting, MQ.cards, ...m.topicIds.map(MQ.topic)]
        const removed = await r.mqDequeue(keys.length, ...keys, userId, m.entryId)
        if (removed === 1) return true
        // the marker changed between the read and the script (re-queued): look again
      }
      return false
    },

    /** For each given user, whether they currently wait (one round trip). */
    async queued(...userIds: number[]): Promise<boolean[]> {
      if (userIds.length === 0) return []
      const p = r.pipeline()
      for (const id of userIds) p.exists(MQ.marker(id))
      const res = (await p.exec()) ?? []
      return res.map(([err, n]) => {
        if (err) throw err
        return Number(n) === 1
      })
    },

    /** True when every given user currently waits. */
    async allQueued(...userIds: number[]): Promise<boolean> {
      if (userIds.length === 0) return true
      const n = await r.exists(...userIds.map(MQ.marker))
      return n === userIds.length
    },

    /**
     * Waiting users sharing at least one of `topicIds`, oldest first: ranks [offset, offset+limit) of each topic
     * set, with their score cards, in one round trip. Returns userId → entry, and whether any topic set has
     * more beyond this window.
     */
    async candidateWindow(
      topicIds: readonly number[],
      opts: { offset: number; limit: number },
    ): Promise<{ candidates: Map<number, WindowEntry>; more: boolean }> {
      const candidates = new Map<number, WindowEntry>()
      if (topicIds.length === 0) return { candidates, more: false }
      const keys = [MQ.cards, ...topicIds.map(MQ.topic)]
      const flat = await r.mqWindow(
        keys.length,
        ...keys,
        opts.offset,
        opts.offset + opts.limit - 1,
        opts.limit,
      )
      for (let i = 1; i + 2 < flat.length; i += 3) {
        const card = String(flat[i + 2] ?? '')
        candidates.set(Number(flat[i]), { queuedAt: Number(flat[i + 1]), card: card || null })
      }
      return { candidates, more: Number(flat[0]) === 1 }
    },

    /**
     * Replaces a waiting user's stale card (profile edited after /find) and moves them to the topic sets of
     * their current topics, keeping their place (queuedAt). Only while they wait on `entryId`.
     */
    async refreshCard(
      userId: number,
      m: Pick<QueueMarker, 'entryId' | 'topicIds'>,
      topicIds: readonly number[],
      card: string,
    ): Promise<boolean> {
      const keys = [MQ.marker(userId), MQ.cards, ...m.topicIds.map(MQ.topic), ...topicIds.map(MQ.topic)]
      const n = await r.mqRefresh(
        keys.length,
        ...keys,
        userId,
        m.entryId,
        m.topicIds.length,
        card,
        topicIds.join(','),
      )
      return n === 1
    },

    /** Users waiting since before `cutoffMs` (oldest first). */
    async waitingSince(cutoffMs: number, limit: number): Promise<{ userId: number; queuedAt: number }[]> {
      const flat = await r.zrangebyscore(MQ.waiting, '-inf', cutoffMs, 'WITHSCORES', 'LIMIT', 0, limit)
      const out: { userId: number; queuedAt: number }[] = []
      for (let i = 0; i + 1 < flat.length; i += 2)
        out.push({ userId: Number(flat[i]), queuedAt: Number(flat[i + 1]) })
      return out
    },

    /** Every waiting user (the naive baseline in bench/matching.ts uses it; production code does not). */
    async allWaiting(): Promise<Map<number, number>> {
      const flat = await r.zrange(MQ.waiting, '0', '-1', 'WITHSCORES')
      const out = new Map<number, number>()
      for (let i = 0; i + 1 < flat.length; i += 2) out.set(Number(flat[i]), Number(flat[i + 1]))
      return out
    },

    async length(): Promise<number> {
      return r.zcard(MQ.waiting)
    },

    /** XTRIM MINID (exact): drop stream entries older than the queue TTL. */
    async trim(nowMs = Date.now()): Promise<number> {
      return r.xtrim(MQ.stream, 'MINID', minIdFor(nowMs - ttlSec * 1000))
    },
  }
}

export type MatchQueue = ReturnType<typeof createMatchQueue>

export type StreamEntry = [id: string, fields: string[] | null]

/**
 * Entries of an XREAD/XREADGROUP reply, whichever protocol the connection speaks: RESP2 gives
 * `[[key, entries], …]`, ioredis' RESP3 default ("legacy" mapping) flattens the map to `[key, entries, …]`.
 */
export function streamEntries(reply: unknown): StreamEntry[] {
  if (!Array.isArray(reply) || reply.length === 0) return []
  if (Array.isArray(reply[0])) return reply.flatMap((pair) => ((pair as unknown[])[1] as StreamEntry[]) ?? [])
  const out: StreamEntry[] = []
  for (let i = 1; i < reply.length; i += 2) out.push(...((reply[i] as StreamEntry[]) ?? []))
  return out
}
