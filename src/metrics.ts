import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

/**
 * All Prometheus metrics, on a registry of our own (no global state). Created once in app.ts and passed
 * to whoever records them; `GET /metrics` renders `registry.metrics()`.
 */
export function createMetrics(opts: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry()
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'tno_' })
  const r = [registry]
  return {
    registry,
    updatesReceived: new Counter({
      name: 'tno_updates_received_total',
      help: 'Telegram updates received',
      labelNames: ['type'],
      registers: r,
    }),
    updatesHandled: new Counter({
      name: 'tno_updates_handled_total',
      help: 'Telegram updates handled',
      labelNames: ['outcome'],
      registers: r,
    }),
    webhookRefused: new Counter({
      name: 'tno_webhook_refused_total',
      help: 'Webhook requests answered without reaching the bot: overloaded (503, shed) or malformed (400)',
      labelNames: ['reason'],
      registers: r,
    }),
    handlerLatency: new Histogram({
      name: 'tno_update_handler_seconds',
      help: 'Update handler latency',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: r,
    }),
    queueLength: new Gauge({
      name: 'tno_match_queue_length',
      help: 'Users waiting in the match queue',
      registers: r,
    }),
    matchesProposed: new Counter({
      name: 'tno_matches_proposed_total',
      help: 'Match proposals sent',
      registers: r,
    }),
    matchesAccepted: new Counter({
      name: 'tno_matches_accepted_total',
      help: 'Matches accepted by both',
      registers: r,
    }),
    matchesExpired: new Counter({
      name: 'tno_matches_expired_total',
      help: 'Match proposals expired',
      registers: r,
    }),
    matchesDeclined: new Counter({
      name: 'tno_matches_declined_total',
      help: 'Match proposals declined',
      registers: r,
    }),
    connections: new Counter({
      name: 'tno_connections_total',
      help: 'Talk-again connections: created, removed, removed_by_block, invited, accepted, declined, invite_expired',
      labelNames: ['event'],
      registers: r,
    }),
    checkins: new Counter({
      name: 'tno_checkins_total',
      help: 'Moderator check-ins: sent, undeliverable, answered_ok, answered_talk',
      labelNames: ['event'],
      registers: r,
    }),
    activeSessions: new Gauge({ name: 'tno_active_sessions', help: 'Active chat sessions', registers: r }),
    outboxDepth: new Gauge({
      name: 'tno_relay_outbox_depth',
      help: 'Relay messages waiting to be delivered',
      registers: r,
    }),
    outboxOldestPendingSeconds: new Gauge({
      name: 'tno_relay_outbox_oldest_pending_seconds',
      help: 'Age of the oldest relay message not yet delivered (0 when none); alert when over a minute or two',
      registers: r,
    }),
    relayGlobalRate: new Gauge({
      name: 'tno_relay_global_rate_per_second',
      help: "The relay's adaptive global send rate (msg/s)",
      registers: r,
    }),
    relayPaidBroadcasts: new Counter({
      name: 'tno_relay_paid_broadcast_total',
      help: 'Relay messages sent with allow_paid_broadcast (0.1 Star each)',
      registers: r,
    }),
    chatsErased: new Counter({
      name: 'tno_chats_erased_total',
      help: 'Ended conversations erased from both chats by a participant',
      registers: r,
    }),
    relayed: new Counter({
      name: 'tno_relay_messages_total',
      help: 'Messages relayed',
      labelNames: ['kind'],
      registers: r,
    }),
    telegram429: new Counter({
      name: 'tno_telegram_429_total',
      help: '429 responses from Telegram',
      registers: r,
    }),
    tipsTotal: new Counter({ name: 'tno_tips_total', help: 'Tips paid', registers: r }),
    tipsStars: new Counter({ name: 'tno_tips_stars_total', help: 'Stars tipped (gross)', registers: r }),
    redemptionsTotal: new Counter({
      name: 'tno_redemptions_total',
      help: 'Helpers spending Stars on a gift or Premium, by kind and outcome (sent, failed, rejected)',
      labelNames: ['kind', 'outcome'],
      registers: r,
    }),
    aiHintCalls: new Counter({
      name: 'tno_ai_hint_calls_total',
      help: 'AI coach hint requests',
      labelNames: ['provider'],
      registers: r,
    }),
    aiHintFailures: new Counter({
      name: 'tno_ai_hint_failures_total',
      help: 'AI coach provider failures',
      labelNames: ['provider'],
      registers: r,
    }),
    flagsRaised: new Counter({
      name: 'tno_safety_flags_total',
      help: 'Safety flags raised',
      labelNames: ['kind'],
      registers: r,
    }),
    onboardingCompleted: new Counter({
      name: 'tno_onboarding_completed_total',
      help: 'Users who finished onboarding',
      registers: r,
    }),
    usersDeleted: new Counter({
      name: 'tno_users_deleted_total',
      help: 'Users who erased their data (/delete_me)',
      registers: r,
    }),
    rateLimited: new Counter({
      name: 'tno_rate_limited_total',
      help: 'Times a user hit the inbound rate limit (once per window)',
      registers: r,
    }),
  }
}

export type Metrics = ReturnType<typeof createMetrics>
