/** Messages between the main thread (pglite-worker.ts) and the PGlite worker thread (pglite-worker-thread.ts). */

export type RowMode = 'array' | 'object'

export type Request =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; rowMode?: RowMode; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'migrate' }
  | { id: number; op: 'close' }

/** An error's name, message, stack and primitive fields (code, detail, constraint, …), as structured clone drops them. */
export type SerializedError = {
  name: string
  message: string
  stack?: string
  fields: Record<string, unknown>
}

export type Reply =
  | { id: number; result: unknown }
  | { id: number; error: SerializedError }
  | { event: 'ready' }
  | { event: 'failed'; error: SerializedError }
  | { event: 'maintenance-error'; error: SerializedError }

export type WorkerOptions = {
  dir: string
  maintenanceIntervalMs?: number
  /** drizzle/ (migrate.ts' MIGRATIONS_DIR): the thread's own module URL is a data: URL when run from TypeScript. */
  migrationsDir: string
}

const PRIMITIVE = new Set(['string', 'number', 'boolean', 'bigint'])
/** Not sent across: the bound parameters may hold message text (PGlite attaches them to its errors). */
const DROPPED = new Set(['params', 'queryOptions', 'stack', 'message', 'name'])

export function serializeError(err: unknown): SerializedError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err), fields: {} }
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(err))
    if (!DROPPED.has(key) && (value === undefined || PRIMITIVE.has(typeof value))) fields[key] = value
  return { name: err.name, message: err.message, stack: err.stack, fields }
}

/**
 * The error as code on the main thread checks it: `err.code` (`23505`…), `detail`, `constraint`, `table` as
 * PGlite's DatabaseError has them; the stack is the worker's.
 */
export function deserializeError(e: SerializedError): Error {
  const err = Object.assign(new Error(e.message), e.fields)
  err.name = e.name
  if (e.stack) err.stack = e.stack
  return err
}
