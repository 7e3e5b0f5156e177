import type { Logger } from '../logger.js'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * The consumer loop of a Redis Streams group (the match worker, durable jobs): every `claimEvery` ms take over
 * entries a dead consumer left pending, otherwise read new ones (a blocking read); on an error back off
 * 100 ms → 5 s, and recreate the group when Redis lost it (NOGROUP: a flushed or restarted Redis).
 * Runs until `isRunning()` turns false.
 */
export async function runStreamLoop(opts: {
  isRunning: () => boolean
  claimEvery: number
  claimStale: () => Promise<unknown>
  readNew: () => Promise<unknown>
  ensureGroup: () => Promise<void>
  log: Logger
  /** Log message on a loop error, e.g. 'match worker loop error'. */
  errorMessage: string
}): Promise<void> {
  let lastClaim = 0
  let backoff = 100
  while (opts.isRunning()) {
    try {
      if (Date.now() - lastClaim >= opts.claimEvery) {
        lastClaim = Date.now()
        await opts.claimStale()
      }
      await opts.readNew()
      backoff = 100
    } catch (err) {
      if (!opts.isRunning()) break
      if (String((err as Error).message).includes('NOGROUP')) await opts.ensureGroup().catch(() => {})
      opts.log.warn({ err }, opts.errorMessage)
      await sleep(backoff)
      backoff = Math.min(backoff * 2, 5000)
    }
  }
}
