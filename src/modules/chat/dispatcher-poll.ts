import type { Logger } from '../../logger.js'
import { safeError } from './safe-error.js'

/** What one poll found: no lease ('follower'), nothing pending or held ('idle'), or work ('busy'). */
export type PollState = 'follower' | 'idle' | 'busy'

/**
 * The dispatcher's poll loop: `tick`, then wait — `pollMs` while busy; while idle doubling from `pollMs` up to
 * `idlePollMaxMs` (an idle relay costs about one small query per interval); at least 1 s without the lease
 * or after a failed poll. `poke()` ends the wait at once (or skips the next one): rows were queued here.
 */
export function createPollLoop(deps: {
  tick: () => Promise<PollState>
  pollMs: number
  idlePollMaxMs: number
  logger: Logger
  stopping: () => boolean
}) {
  const { pollMs, idlePollMaxMs, stopping } = deps
  let wake: (() => void) | undefined
  let woken = false

  async function run() {
    let idlePolls = 0
    while (!stopping()) {
      let state: PollState | 'failed' = 'failed'
      try {
        state = await deps.tick()
      } catch (err) {
        deps.logger.error({ error: safeError(err) }, 'outbox poll failed')
      }
      if (stopping()) break
      idlePolls = state === 'idle' ? idlePolls + 1 : 0
      if (woken) {
        woken = false
        continue
      }
      const waitMs =
        state === 'busy'
          ? pollMs
          : state === 'idle'
            ? Math.min(idlePollMaxMs, pollMs * 2 ** Math.min(idlePolls, 16))
            : Math.max(pollMs, 1000)
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, waitMs)
        function done() {
          clearTimeout(t)
          wake = undefined
          resolve()
        }
        wake = done
      })
      woken = false
    }
  }

  return {
    /** Runs until `stopping()` (checked after each poll and each wait). */
    run,
    poke() {
      woken = true
      wake?.()
    },
    /** Ends the current wait (on stop). */
    interrupt() {
      wake?.()
    },
  }
}
