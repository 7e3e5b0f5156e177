import { readFileSync, renameSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Logger } from 'pino'
import type { Store, StoreState } from './store.js'
import type { QueueState, UpdateQueue } from './updates.js'

/** Bumped when the snapshot's shape changes incompatibly; an older file is then set aside, not misread. */
export const SNAPSHOT_FORMAT = 1

/** The emulator's state on disk (one JSON file). */
export interface Snapshot {
  format: number
  /** The bot's user id: a snapshot of another bot (another token) is not loaded. */
  bot_id: number
  saved_at: string
  store: StoreState
  queue: QueueState
}

export type SnapshotRead =
  | { ok: true; snapshot: Snapshot }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'unreadable' | 'other-format' | 'other-bot'; movedTo: string }

/**
 * Reads a snapshot. A file that cannot be used (corrupt JSON, another format, another bot) is renamed to
 * `<file>.unusable-<time>` — kept for a person to look at, never silently overwritten.
 */
export function readSnapshot(file: string, botId: number, now = Date.now()): SnapshotRead {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, reason: 'missing' }
    throw e
  }
  const setAside = (reason: 'unreadable' | 'other-format' | 'other-bot'): SnapshotRead => {
    const movedTo = `${file}.unusable-${now}-${Math.random().toString(36).slice(2, 6)}`
    renameSync(file, movedTo)
    return { ok: false, reason, movedTo }
  }
  let parsed: Partial<Snapshot>
  try {
    parsed = JSON.parse(text) as Partial<Snapshot>
  } catch {
    return setAside('unreadable')
  }
  if (parsed.format !== SNAPSHOT_FORMAT || !parsed.store || !parsed.queue) return setAside('other-format')
  if (parsed.bot_id !== botId) return setAside('other-bot')
  return { ok: true, snapshot: parsed as Snapshot }
}

export interface PersisterDeps {
  file: string
  /** Builds the snapshot to write (called at write time, so it is always the latest state). */
  snapshot: () => Snapshot
  /**
   * Coalescing window: at most one write per this many ms while the state keeps changing (longer when a write
   * itself takes long: 4× its cost). Default 250.
   */
  delayMs?: number
  logger?: Logger | undefined
}

/**
 * Writes the state to disk atomically (a temporary file, then rename: a crash mid-write leaves the previous
 * snapshot intact), coalescing bursts of changes into one write per `delayMs`; `flush` writes at once (on close).
 */
export function createPersister(deps: PersisterDeps) {
  const delayMs = deps.delayMs ?? 250
  const tmp = `${deps.file}.tmp`
  let timer: NodeJS.Timeout | undefined
  let writing: Promise<void> = Promise.resolve()
  let dirty = false
  let closed = false
  let writes = 0

  /** What the last write cost (serialising + writing); the next one waits at least 4× that. */
  let lastCostMs = 0

  async function write() {
    if (!dirty) return
    dirty = false
    const started = performance.now()
    const text = JSON.stringify(deps.snapshot())
    try {
      await mkdir(dirname(deps.file), { recursive: true })
      await writeFile(tmp, text)
      await rename(tmp, deps.file)
      writes++
      lastCostMs = performance.now() - started
    } catch (err) {
      dirty = true
      deps.logger?.error({ err, file: deps.file }, 'emulator state could not be saved')
    }
  }

  return {
    get writes() {
      return writes
    },
    /** Marks the state changed; a write follows within `delayMs`. */
    changed() {
      dirty = true
      if (timer || closed) return
      // a big state (tens of MB after a long session) is written less often, so saving stays under ~20% of the time
      timer = setTimeout(
        () => {
          timer = undefined
          writing = writing.then(write)
        },
        Math.max(delayMs, 4 * lastCostMs),
      )
      timer.unref()
    },
    /** Writes pending changes now and waits for every write in progress. */
    async flush() {
      if (timer) clearTimeout(timer)
      timer = undefined
      writing = writing.then(write)
      await writing
    },
    /** Final write after any write in progress; later changes are not written. */
    async close() {
      if (timer) clearTimeout(timer)
      timer = undefined
      closed = true
      dirty = true
      writing = writing.then(write)
      await writing
    },
  }
}

export type Persister = ReturnType<typeof createPersister>

/**
 * Loads `file` into the store and queue (when present and usable), optionally resets, and returns the
 * persister that keeps the file up to date from then on.
 */
export function loadState(
  file: string,
  deps: {
    botId: number
    store: Pick<Store, 'exportState' | 'importState'>
    queue: Pick<UpdateQueue, 'exportState' | 'importState'>
    logger?: Logger | undefined
    reset?: (() => void) | undefined
  },
): Persister {
  const { store, queue, logger } = deps
  const read = readSnapshot(file, deps.botId)
  if (read.ok) {
    store.importState(read.snapshot.store)
    queue.importState(read.snapshot.queue)
    logger?.info(
      { file, users: read.snapshot.store.users.length, pending: read.snapshot.queue.pending.length },
      'emulator state loaded',
    )
  } else if (read.reason !== 'missing') {
    logger?.warn(
      { file, reason: read.reason, moved_to: read.movedTo },
      'emulator state not usable: starting fresh',
    )
  }
  const persister = createPersister({
    file,
    logger,
    snapshot: () => ({
      format: SNAPSHOT_FORMAT,
      bot_id: deps.botId,
      saved_at: new Date().toISOString(),
      store: store.exportState(),
      queue: queue.exportState(),
    }),
  })
  if (deps.reset) {
    deps.reset()
    logger?.info({ file }, 'emulator state reset on request')
  }
  persister.changed()
  return persister
}
