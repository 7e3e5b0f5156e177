import type { Logger } from '../logger.js'
import type { MatchingService } from '../modules/matching/service.js'
import { createPeriodic } from '../modules/periodic.js'

export type SweeperDeps = {
  matching: Pick<MatchingService, 'expireProposals' | 'expireQueue' | 'reconcile'>
  logger: Logger
  intervalMs: number
  /**
   * Re-run onSessionOpened for sessions whose hook did not complete. Only where the chat hook is wired
   * (the web app); the standalone worker leaves it to the app.
   */
  reconcileActive: boolean
  /** Reconcile every N ticks (it reads recent settled matches; cheaper not to do it every tick). */
  reconcileEvery?: number
}

/**
 * Background sweeper: expires proposals past their deadline (re-queueing whoever accepted), ends queue waits
 * older than MATCH_QUEUE_TTL_SEC (telling the user), trims the stream (XTRIM MINID) and re-runs
 * after-commit effects that a crash interrupted. Safe to run in several processes at once.
 */
export function createMatchSweeper(deps: SweeperDeps) {
  const log = deps.logger.child({ module: 'match-sweeper' })
  const every = Math.max(1, deps.reconcileEvery ?? 6)
  let ticks = 0

  const tick = async () => {
    ticks++
    try {
      await deps.matching.expireProposals()
      await deps.matching.expireQueue()
      if (ticks % every === 0) await deps.matching.reconcile({ activeToo: deps.reconcileActive })
    } catch (err) {
      log.warn({ err }, 'sweep failed')
    }
  }

  return createPeriodic({ name: 'match-sweeper', intervalMs: deps.intervalMs, tick })
}
