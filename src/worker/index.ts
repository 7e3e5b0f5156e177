import type { Config } from '../config.js'
import type { Logger } from '../logger.js'
import type { MatchingService } from '../modules/matching/service.js'
import type { RedisHandle } from '../redis.js'
import { createMatchWorker } from './match-worker.js'
import { createMatchSweeper } from './sweeper.js'

/**
 * The matching background jobs from config: the stream consumer (optional) and the sweeper. Used by the
 * composition root (in-process, RUN_WORKER_IN_PROCESS) and by the standalone worker (src/worker/main.ts).
 */
export function createMatchingBackground(deps: {
  config: Config
  logger: Logger
  redis: RedisHandle
  matching: MatchingService
  consumer: boolean
  reconcileActive: boolean
}) {
  const { config, logger, redis, matching } = deps
  const jobs = []
  if (deps.consumer)
    jobs.push(
      createMatchWorker({
        redis: redis.redis,
        blocking: redis.blocking,
        handle: (entry) => matching.processFindEntry(entry),
        logger,
        options: { minIdleMs: config.MATCH_CLAIM_MIN_IDLE_MS, maxDeliveries: config.MATCH_MAX_DELIVERIES },
      }),
    )
  jobs.push(
    createMatchSweeper({
      matching,
      logger,
      intervalMs: config.MATCH_SWEEP_INTERVAL_MS,
      reconcileActive: deps.reconcileActive,
    }),
  )
  return jobs
}
