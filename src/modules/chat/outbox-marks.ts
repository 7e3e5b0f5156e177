import type { OutboxRepo, OutboxRow } from './outbox.js'

/**
 * Group commit of the outbox's "sent" marks: deliveries of all lanes within `windowMs` are marked in one
 * statement (`markSentMany`), instead of one UPDATE per delivered message. A mark some send waits for
 * (`urgent`: the chat's next row) is written at once with whatever is waiting, as is every mark while
 * `flushAtOnce` (a stop under way). A reader that needs the marks made so far (a reply or an edit looks a
 * delivered copy up by its message id) calls `settled()` first.
 */
export function createMarkBatcher(deps: {
  markSentMany: OutboxRepo['markSentMany']
  windowMs: number
  maxBatch: number
  flushAtOnce: () => boolean
}) {
  type Mark = {
    id: number
    sentMessageId: number | undefined
    scrubText: boolean
    done: () => void
    fail: (err: unknown) => void
  }
  let marks: Mark[] = []
  let timer: NodeJS.Timeout | undefined
  let statements = 0
  const inFlight = new Set<Promise<void>>()

  function flush() {
    clearTimeout(timer)
    timer = undefined
    const batch = marks
    marks = []
    if (batch.length === 0) return
    statements++
    const written: Promise<void> = deps.markSentMany(batch).then(
      () => {
        inFlight.delete(written)
        for (const m of batch) m.done()
      },
      (err: unknown) => {
        inFlight.delete(written)
        for (const m of batch) m.fail(err)
      },
    )
    inFlight.add(written)
  }

  return {
    /** Resolves once the row is marked sent, together with whatever other lanes delivered meanwhile. */
    mark(row: OutboxRow, sentMessageId: number | undefined, urgent = false): Promise<void> {
      return new Promise((done, fail) => {
        // edits carry the sender's words: scrubbed once Telegram has them
        marks.push({ id: row.id, sentMessageId, scrubText: row.method.startsWith('edit'), done, fail })
        if (urgent || marks.length >= deps.maxBatch || deps.flushAtOnce()) flush()
        else timer ??= setTimeout(flush, deps.windowMs)
      })
    },
    flush,
    /**
     * Writes the waiting marks now and resolves once every mark statement issued so far has finished (a failed
     * one too: its lanes write it again): the rows marked before this call read as sent.
     */
    async settled(): Promise<void> {
      flush()
      await Promise.all(inFlight)
    },
    /** Statements issued so far (profiling). */
    get statements() {
      return statements
    },
  }
}
