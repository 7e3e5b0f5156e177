import type { Db } from '../../db/client.js'
import type { Logger } from '../../logger.js'
import { createOutboxRepo } from './outbox.js'
import type { ChatService } from './service.js'

/** Delivered outbox rows are kept this long: edits of older messages are no longer mirrored. */
export const OUTBOX_RETENTION_MS = 48 * 3600 * 1000

/**
 * Background sweeper: ends idle sessions (both sides told), refreshes the active-sessions gauge and purges
 * old delivered/failed outbox rows. Safe to run in several processes: ending is a conditional update.
 */
export function createChatSweeper(deps: {
  chat: Pick<ChatService, 'sweepIdle'>
  db: Db
  intervalMs: number
  logger: Logger
  retentionMs?: number
}) {
  const log = deps.logger.child({ module: 'chat-sweeper' })
  const repo = createOutboxRepo(deps.db)
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined

  async function runOnce(): Promise<{ ended: number; purged: number }> {
    const ended = await deps.chat.sweepIdle()
    const purged = await repo.purgeBefore(new Date(Date.now() - (deps.retentionMs ?? OUTBOX_RETENTION_MS)))
    if (ended || purged) log.info({ ended, purged }, 'chat sweep')
    return { ended, purged }
  }

  const tick = () => {
    running = runOnce()
      .then(() => undefined)
      .catch((err) => log.error({ err }, 'chat sweep failed'))
      .finally(() => {
        running = undefined
        if (timer) timer = setTimeout(tick, deps.intervalMs)
      })
  }

  return {
    name: 'chat-sweeper',
    runOnce,
    start() {
      timer = setTimeout(tick, deps.intervalMs)
    },
    async stop() {
      const t = timer
      timer = undefined
      if (t) clearTimeout(t)
      await running
    },
  }
}
