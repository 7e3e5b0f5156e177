import { type PGlite, parse, protocol, type QueryOptions, type Results } from '@electric-sql/pglite'

/** Statements whose text may be kept prepared: plain DML and queries (never DDL, utility or transaction control). */
const CACHEABLE = /^\s*(select|insert|update|delete|with)\b/i
/** A statement text longer than this is run the ordinary way (a one-off, such as a migration's script). */
const MAX_TEXT = 8192

type Prepared = { name: string; types: number[] }

/** Statement names, unique in the process (so in each instance whichever set of kept statements made them). */
let nextName = 1

/** PGlite's internal locks (public in JavaScript, not in its typings): the ones its own `query` takes. */
type Locks = {
  _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T>
  _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T>
}

const concat = (parts: Uint8Array[]): Uint8Array => {
  let n = 0
  for (const p of parts) n += p.length
  const out = new Uint8Array(n)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * Server-side prepared statements for PGlite, keyed by statement text. PGlite's own `query` sends each statement
 * as an unnamed one in six calls into the WebAssembly module (Parse, Describe, Bind, Describe, Execute, Sync),
 * so Postgres parses, analyses and plans it every time. Here a statement text seen before is run as a named
 * statement in one call (Bind, Describe, Execute, Sync): no parse or analysis, and after five executions
 * Postgres may keep a generic plan, as it does for Drizzle's `.prepare()` on node-postgres. The first run of a
 * text prepares it (Parse, Describe, Sync in one call) and then runs it the same way.
 *
 * Same semantics as `query`: PGlite's query lock (and, outside a transaction, its transaction lock) is taken,
 * an error rejects with the database's error (`code`, `detail`, `constraint`…), the rows are parsed by the
 * instance's parsers. Only SELECT/INSERT/UPDATE/DELETE/WITH texts are kept (at most `max`, the oldest closed
 * first); anything else — DDL, utility statements — runs through `query` and forgets every kept statement, as
 * a schema change could change a kept statement's result type ("cached plan must not change result type").
 */
export function preparedQueriesOf(client: PGlite): PreparedQueries {
  let p = shared.get(client)
  if (!p) {
    p = createPreparedQueries(client)
    shared.set(client, p)
  }
  return p
}

/** One set of kept statements per instance: every view of it (Drizzle's, the migrator's) shares the names. */
const shared = new WeakMap<PGlite, PreparedQueries>()

/** A fresh set of kept statements for `client`: use `preparedQueriesOf` unless a test wants its own. */
export function createPreparedQueries(client: PGlite, opts: { max?: number } = {}) {
  const max = opts.max ?? 200
  const locks = client as unknown as Locks
  const kept = new Map<string, Prepared>()
  let closing: string[] = []

  const forget = () => {
    for (const p of kept.values()) closing.push(p.name)
    kept.clear()
  }

  /** Close messages for statements forgotten since the last call, sent ahead of the next statement. */
  const closes = (): Uint8Array[] => {
    if (closing.length === 0) return []
    const out = closing.map((name) => protocol.serialize.close({ type: 'S', name }))
    closing = []
    return out
  }

  async function prepare(text: string): Promise<Prepared> {
    const name = `pgl_${nextName++}`
    const messages = await client.execProtocolStream(
      concat([
        ...closes(),
        protocol.serialize.parse({ name, text }),
        protocol.serialize.describe({ type: 'S', name }),
        protocol.serialize.sync(),
      ]),
      { syncToFs: false },
    )
    const p = { name, types: parse.parseDescribeStatementResults(messages) }
    kept.set(text, p)
    if (kept.size > max) {
      const [oldest, q] = kept.entries().next().value as [string, Prepared]
      kept.delete(oldest)
      closing.push(q.name)
    }
    return p
  }

  async function run<T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> {
    try {
      return await runKept<T>(text, params, options)
    } catch (err) {
      // as PGlite's own query does, the error names its statement; unlike it, not the bound values (message text)
      if (err instanceof Error && 'code' in err) Object.assign(err, { query: text })
      throw err
    }
  }

  async function runKept<T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> {
    let p = kept.get(text)
    if (p) {
      // most recently used last: the oldest is the first one evicted
      kept.delete(text)
      kept.set(text, p)
    } else p = await prepare(text)
    const types = p.types
    const values = params.map((v, i) => {
      if (v === null || v === undefined) return null
      const serialize = client.serializers[types[i] ?? 0]
      return serialize ? serialize(v) : String(v)
    })
    const messages = await client.execProtocolStream(
      concat([
        ...closes(),
        protocol.serialize.bind({ statement: p.name, values: values as string[] }),
        protocol.serialize.describe({ type: 'P' }),
        protocol.serialize.execute({}),
        protocol.serialize.sync(),
      ]),
      { syncToFs: false },
    )
    return parse.parseResults(messages, client.parsers, options)[0] as Results<T>
  }

  const cacheable = (text: string, options?: QueryOptions) =>
    text.length <= MAX_TEXT && CACHEABLE.test(text) && !options?.blob && !options?.paramTypes

  return {
    /** `client.query`, on a kept statement where possible. */
    query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
      if (!cacheable(text, options)) {
        forget()
        return client.query<T>(text, params, options)
      }
      return locks._runExclusiveTransaction(() =>
        locks._runExclusiveQuery(async () => {
          const r = await run<T>(text, params, options)
          await client.syncToFs()
          return r
        }),
      )
    },
    /**
     * `tx.query` inside `client.transaction` (which holds the transaction lock): `fallback` is the transaction's
     * own `query`, used for what is not kept.
     */
    queryInTransaction<T>(
      fallback: (text: string, params?: unknown[], options?: QueryOptions) => Promise<Results<T>>,
      text: string,
      params?: unknown[],
      options?: QueryOptions,
    ): Promise<Results<T>> {
      if (!cacheable(text, options)) {
        forget()
        return fallback(text, params, options)
      }
      return locks._runExclusiveQuery(() => run<T>(text, params, options))
    },
    /** Forget every kept statement (before `exec`, which may change the schema). */
    forget,
    /** How many statement texts are kept (tests). */
    get size() {
      return kept.size
    },
  }
}

export type PreparedQueries = ReturnType<typeof createPreparedQueries>
