import { AsyncLocalStorage } from 'node:async_hooks'
import type { Bot } from 'grammy'
import { Redis } from 'ioredis'
import pg from 'pg'

/** What one update cost in I/O: SQL statements sent to Postgres, Redis commands and round trips. */
export type UpdateCost = {
  /** SQL statements (BEGIN and COMMIT count: each is a round trip). */
  sql: number
  /** The statements' text (no parameters), for a readable failure. */
  statements: string[]
  /** Redis commands, MULTI/EXEC included. */
  redisCommands: number
  /** Redis round trips: a single command is one, a pipeline or MULTI…EXEC is one. */
  redisRoundTrips: number
  /** Command names, in order; a pipeline's are joined with `+`. */
  redis: string[]
}

type Store = { cost: UpdateCost; pipelines: WeakSet<object> }

const als = new AsyncLocalStorage<Store>()
let installed = false
/** Everything since install, attributed or not (see `countAll`). */
const totals = { sql: 0, redisCommands: 0, redisRoundTrips: 0 }
const totalPipelines = new WeakSet<object>()

/**
 * Patches the pg client and ioredis once per test file (process-wide, but only I/O made inside an update
 * measured by `countUpdates` is counted: the dispatcher, the sweeper and the test's own queries are not).
 */
function install() {
  if (installed) return
  installed = true
  const query = pg.Client.prototype.query
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    totals.sql++
    const store = als.getStore()
    if (store) {
      const q = args[0] as string | { text?: string }
      store.cost.sql++
      store.cost.statements.push(String(typeof q === 'string' ? q : (q?.text ?? '?')).slice(0, 160))
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof query
  type Send = (this: Redis, command: { name: string }, stream?: unknown, node?: unknown) => unknown
  const send = Redis.prototype.sendCommand as unknown as Send
  ;(Redis.prototype as unknown as { sendCommand: Send }).sendCommand = function (command, stream, node) {
    totals.redisCommands++
    const isPipeline = Boolean(stream && (stream as { isPipeline?: boolean }).isPipeline)
    if (!isPipeline) totals.redisRoundTrips++
    else if (!totalPipelines.has(stream as object)) {
      totalPipelines.add(stream as object)
      totals.redisRoundTrips++
    }
    const store = als.getStore()
    if (store) {
      const cost = store.cost
      cost.redisCommands++
      const lower = command.name.toLowerCase()
      // a script call on an update's journal (`upd:…:sent`, dedupe.ts) is told apart from the other scripts
      const firstKey = String((command as { args?: unknown[] }).args?.[2] ?? '')
      const name = lower.startsWith('eval') && firstKey.endsWith(':sent') ? `${lower}:journal` : lower
      const pipeline = stream as object | undefined
      if (pipeline && (pipeline as { isPipeline?: boolean }).isPipeline) {
        if (store.pipelines.has(pipeline)) cost.redis[cost.redis.length - 1] += `+${name}`
        else {
          store.pipelines.add(pipeline)
          cost.redisRoundTrips++
          cost.redis.push(name)
        }
      } else {
        cost.redisRoundTrips++
        cost.redis.push(name)
      }
    }
    return send.call(this, command, stream, node)
  }
}

/**
 * Counts the SQL statements and Redis commands each update costs while the bot handles it (webhook path:
 * grammY's webhook callback calls `bot.handleUpdate`, which is wrapped here). Returns the costs by
 * update id, filled in as updates are handled.
 */
export function countUpdates(bot: Pick<Bot, 'handleUpdate'>): Map<number, UpdateCost> {
  install()
  const costs = new Map<number, UpdateCost>()
  const handle = bot.handleUpdate.bind(bot)
  bot.handleUpdate = (update, envelope) => {
    const cost: UpdateCost = { sql: 0, statements: [], redisCommands: 0, redisRoundTrips: 0, redis: [] }
    costs.set(update.update_id, cost)
    return als.run({ cost, pipelines: new WeakSet() }, () => handle(update, envelope))
  }
  return costs
}

/**
 * Process-wide totals (every statement and Redis command since the counters were installed, whoever made
 * them). For benchmarks with many updates in flight: there pg runs a queued query from another update's
 * (or the pool's) async context, so per-update attribution undercounts, while the totals stay exact.
 */
export function countAll(): { read(): typeof totals } {
  install()
  return { read: () => ({ ...totals }) }
}
