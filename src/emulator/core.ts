import type { Logger } from 'pino'
import type { Faults } from './faults.js'
import type { RateLimiter } from './rate-limit.js'
import type { Store } from './store.js'
import type { Limits } from './types.js'
import type { UpdateQueue } from './updates.js'

export interface PreCheckoutWaiter {
  userId: number
  resolve: (answer: { ok: boolean; error_message?: string }) => void
}

/** Shared emulator internals handed to the Bot API and control layers. */
export interface EmulatorCore {
  store: Store
  queue: UpdateQueue
  limiter: RateLimiter
  faults: Faults
  now: () => number
  logger?: Logger | undefined
  preCheckouts: Map<string, PreCheckoutWaiter>
  preCheckoutTimeoutMs: number
  /** Limits given at creation; `reset` returns to them. */
  initialLimits: Limits
  stats: {
    calls: number
    errors: number
    rate_limited: number
    faults_injected: number
    /** Messages sent with allow_paid_broadcast (Telegram charges 0.1 Star each). */
    paid_broadcasts: number
  }
}
