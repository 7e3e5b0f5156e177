/**
 * Writes of `users.last_seen_at` (the moderation dashboard's "Last seen"), off the webhook's answer path
 * and coalesced: while one write is in flight, the users seen meanwhile wait and go together in the next
 * one (`touchMany`, one statement). With nothing in flight a user's write starts at once, so nothing waits
 * for a timer; under load (e.g. a burst of users writing for the first time in the throttle window) many
 * users share one statement and one commit instead of one each (issue #14).
 */
export function createLastSeenWriter(deps: {
  /** Sets last_seen_at of these users (deleted users excluded), in one statement. */
  touchMany: (userIds: number[], at: Date) => Promise<unknown>
  /** Users per statement at most. */
  maxBatch?: number
  now?: () => Date
}) {
  const maxBatch = deps.maxBatch ?? 500
  const now = deps.now ?? (() => new Date())
  /** Users seen since the write in flight began, each with the callers waiting for their write. */
  const queued = new Map<number, { done: () => void; fail: (err: unknown) => void }[]>()
  let running: Promise<void> | undefined

  function pump() {
    if (running || queued.size === 0) return
    const batch = new Map<number, { done: () => void; fail: (err: unknown) => void }[]>()
    for (const [id, waiters] of queued) {
      if (batch.size >= maxBatch) break
      batch.set(id, waiters)
      queued.delete(id)
    }
    running = deps.touchMany([...batch.keys()], now()).then(
      () => {
        for (const ws of batch.values()) for (const w of ws) w.done()
      },
      (err: unknown) => {
        for (const ws of batch.values()) for (const w of ws) w.fail(err)
      },
    )
    void running.finally(() => {
      running = undefined
      pump()
    })
  }

  return {
    /** Records that the user was active now; resolves when that is written (rejects if the write failed). */
    touch(userId: number): Promise<void> {
      return new Promise((done, fail) => {
        const waiters = queued.get(userId)
        if (waiters) waiters.push({ done, fail })
        else queued.set(userId, [{ done, fail }])
        pump()
      })
    },
    /** Waits until every queued write was attempted (app shutdown, before the database closes). */
    async drain(): Promise<void> {
      while (running) await running.catch(() => {})
    },
  }
}

export type LastSeenWriter = ReturnType<typeof createLastSeenWriter>
