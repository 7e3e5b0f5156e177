import { randomBytes } from 'node:crypto'
import { type Composer, webhookCallback } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import { createSpendingApi, createTelegramApi } from './bot/api.js'
import type { BotContext } from './bot/context.js'
import { ageFeature } from './bot/features/age.js'
import { chatFeature } from './bot/features/chat.js'
import { chatRelayFeature } from './bot/features/chat-relay.js'
import { createChatTransport } from './bot/features/chat-transport.js'
import { checkinFeature, checkinSender } from './bot/features/checkin.js'
import { CONNECTIONS_COMMANDS, connectionsFeature, talkAgainOffer } from './bot/features/connections.js'
import { contactNudgeFeature } from './bot/features/contact-nudge.js'
import { crisisCountryFeature } from './bot/features/crisis-country.js'
import { registerBotDescription } from './bot/features/description.js'
import { ERASE_COMMANDS, eraseFeature } from './bot/features/erase.js'
import { findFeature, MATCHING_COMMANDS } from './bot/features/find.js'
import {
  type BotCommandSpec,
  CORE_COMMANDS,
  fallbackFeature,
  helpFeature,
  registerBotCommands,
} from './bot/features/help.js'
import { HINT_COMMANDS, type HintJob, hintFeature, hintJobHandler } from './bot/features/hint.js'
import { pauseFeature } from './bot/features/pause.js'
import { privacyFeature } from './bot/features/privacy.js'
import { profileFeature } from './bot/features/profile.js'
import { REDEEM_COMMANDS, redeemFeature } from './bot/features/redeem.js'
import { redeemSettledNotice } from './bot/features/redeem-notices.js'
import { relayNoticeText } from './bot/features/relay-notices.js'
import { startFeature } from './bot/features/start.js'
import { TIPS_COMMANDS, tipsFeature, tipsPaymentsFeature } from './bot/features/tips.js'
import { tipRefundNotice } from './bot/features/tips-notices.js'
import { createI18n } from './bot/i18n.js'
import { createBot } from './bot/index.js'
import { createTelegramMessenger } from './bot/messenger.js'
import { createCrisisWording } from './bot/views/crisis.js'
import type { Config } from './config.js'
import { createDb, type DbHandle } from './db/client.js'
import { runMigrations } from './db/migrate.js'
import { closeServer, createServer } from './http/index.js'
import { adminPlugin } from './http/routes/admin.js'
import { metricsPlugin } from './http/routes/metrics.js'
import { paymentsRoutes } from './http/routes/payments.js'
import type { Logger } from './logger.js'
import { createMetrics, type Metrics } from './metrics.js'
import { createChatBacklog } from './modules/chat/backlog.js'
import { createContactNudge, hasContact } from './modules/chat/contact-nudge.js'
import { createOutboxDispatcher } from './modules/chat/dispatcher.js'
import { createEraseService } from './modules/chat/erase.js'
import { createChatPending } from './modules/chat/pending.js'
import { createRatingService } from './modules/chat/rating.js'
import { createReportsService } from './modules/chat/reports.js'
import { type CrisisDetector, createChatService } from './modules/chat/service.js'
import { createChatSweeper } from './modules/chat/sweeper.js'
import { createCheckinService } from './modules/checkin/service.js'
import { createProvider } from './modules/coach/providers/index.js'
import { createCoachService } from './modules/coach/service.js'
import { createConnectionsService } from './modules/connections/service.js'
import { MQ } from './modules/matching/queue.js'
import { createMatchingService, matchingConfigFrom } from './modules/matching/service.js'
import { createModerationService } from './modules/moderation/service.js'
import { createStatsQueries } from './modules/moderation/stats.js'
import { anonymize } from './modules/safety/anonymize.js'
import { createSafetyService } from './modules/safety/flags.js'
import { detectCrisis, detectToxicity, warmUpCrisisDetector } from './modules/safety/lexicon.js'
import { preloadPiiDictionaries } from './modules/safety/pii.js'
import { createTipsLedger } from './modules/tips/ledger.js'
import { createRedemptions } from './modules/tips/redeem.js'
import { createRedeemClaims } from './modules/tips/redeem-claims.js'
import { createRedemptionRecovery, createRedemptionSweeper } from './modules/tips/redeem-recovery.js'
import { createTipsService } from './modules/tips/service.js'
import { createAgeService } from './modules/users/age-service.js'
import { createLastSeenWriter } from './modules/users/last-seen.js'
import { createPendingInputStore } from './modules/users/pending-input.js'
import { createUsersService } from './modules/users/service.js'
import { createRedis, type RedisHandle } from './redis.js'
import { createMatchingBackground } from './worker/index.js'
import { createJobQueue } from './worker/jobs.js'

export type AppDeps = {
  config: Config
  logger: Logger
  /** Injected by tests; otherwise opened from config. */
  db?: DbHandle
  redis?: RedisHandle
  botInfo?: UserFromGetMe
  metrics?: Metrics
  /** Injected by tests (categories today's lexicon does not produce); otherwise the safety lexicon's. */
  detectCrisis?: CrisisDetector
}

/** Something with a lifecycle started after the server listens (workers, sweepers). */
export type Background = { name: string; start(): Promise<void> | void; stop(): Promise<void> | void }

/**
 * The composition root: the one place that builds db, redis, services, bot, HTTP server and workers.
 */
export async function createApp(deps: AppDeps) {
  const { config, logger } = deps
  if (!config.BOT_TOKEN) throw new Error('createApp needs BOT_TOKEN (main.ts starts the sandbox when unset)')
  const token = config.BOT_TOKEN
  const webhookSecret = config.WEBHOOK_SECRET ?? randomBytes(24).toString('hex')

  const db =
    deps.db ??
    (await createDb({
      url: config.DATABASE_URL,
      pgliteDir: config.PGLITE_DIR,
      pgliteWorker: config.PGLITE_WORKER,
      // production keeps its connections open (no new backend in a webhook's path); tests stay cold
      ...(config.NODE_ENV === 'production' ? { poolWarm: 10 } : {}),
      onConnectionError: (err) => logger.warn({ err }, 'postgres connection lost'),
      onMaintenanceError: (err) => logger.warn({ err }, 'pglite maintenance failed'),
    }))
  await runMigrations(db)
  const redis = deps.redis ?? createRedis({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX })

  const metrics = deps.metrics ?? createMetrics()
  const { i18n, translate } = createI18n()
  const api = createTelegramApi(token, config.TELEGRAM_API_ROOT)
  const messenger = createTelegramMessenger(api)

  // ── services (framework-free) ──
  // Other services subscribe here (e.g. `userDeletedHooks.push((id) => chat.endForDeletedUser(id))`):
  // /delete_me must end the active chat and leave the queue; /pause must leave the queue.
  const userDeletedHooks: ((userId: number) => Promise<void>)[] = []
  const userPausedHooks: ((userId: number) => Promise<void>)[] = []
  const profileChangedHooks: ((userId: number) => Promise<void>)[] = []
  const runHooks = (name: string, hooks: ((userId: number) => Promise<void>)[]) => async (userId: number) => {
    for (const hook of hooks) {
      try {
        await hook(userId)
      } catch (err) {
        logger.error({ err, userId, hook: name }, 'user lifecycle hook failed')
      }
    }
  }
  const users = createUsersService({
    db: db.db,
    onUserDeleted: runHooks('onUserDeleted', userDeletedHooks),
    onUserPaused: runHooks('onUserPaused', userPausedHooks),
    onProfileChanged: runHooks('onProfileChanged', profileChangedHooks),
  })
  const pendingInput = createPendingInputStore({ redis: redis.redis })
  /** Telegram command menu + /help list; features append `{ command, descriptionKey, order? }`. */
  const botCommands: BotCommandSpec[] = [...CORE_COMMANDS]
  const tips = createTipsService({
    db: db.db,
    redis: redis.redis,
    api,
    messenger,
    translate,
    metrics,
    rates: { providerFeeBps: config.TIP_PROVIDER_FEE_BPS, commissionBps: config.TIP_COMMISSION_BPS },
    logger,
    onRefunded: tipRefundNotice({ messenger, translate }),
  })
  // Chat relay (#6): sessions, durable outbox + dispatcher, rating, reports/blocks, idle sweeper.
  const safety = createSafetyService({ db: db.db, metrics })
  const chat = createChatService({
    db: db.db,
    redis: redis.redis,
    translate,
    metrics,
    logger,
    idleTimeoutSec: config.SESSION_IDLE_TIMEOUT_SEC,
    detectCrisis: deps.detectCrisis ?? detectCrisis,
    crisisWording: createCrisisWording(translate),
    detectToxicity,
    anonymize,
    safety,
    wake: (handed) => outbox.notify(handed),
  })
  const outbox = createOutboxDispatcher({
    db: db.db,
    redis: redis.redis,
    transport: createChatTransport({ token, apiRoot: config.TELEGRAM_API_ROOT, metrics }),
    metrics,
    logger,
    limits: {
      enabled: config.RELAY_RATE_LIMIT,
      globalPerSec: config.RELAY_GLOBAL_PER_SEC,
      globalBurst: config.RELAY_GLOBAL_PER_SEC,
      chatPerSec: config.RELAY_CHAT_PER_SEC,
      chatBurst: config.RELAY_CHAT_BURST,
      adaptive: { maxPerSec: Math.max(config.RELAY_GLOBAL_PER_SEC, config.RELAY_GLOBAL_MAX_PER_SEC) },
    },
    pollMs: config.RELAY_POLL_MS,
    retry: { baseMs: Math.min(500, config.RELAY_RETRY_MAX_MS), maxMs: config.RELAY_RETRY_MAX_MS },
    delayNoticeMs: config.RELAY_DELAY_NOTICE_SEC * 1000,
    renderNotice: relayNoticeText(translate),
    paidBroadcast: {
      enabled: config.RELAY_PAID_BROADCAST,
      starsPerDay: config.RELAY_PAID_BROADCAST_STARS_PER_DAY,
      afterSec: config.RELAY_PAID_BROADCAST_AFTER_SEC,
    },
    onRecipientGone: (chatId) => chat.handleRecipientGone(chatId),
  })
  const rating = createRatingService({ db: db.db, anonymize: (text) => anonymize(text) })
  // Erase a conversation (#16 §4): deletions and the partner's notice go through the relay outbox.
  const erase = createEraseService({
    db: db.db,
    metrics,
    logger,
    partnerNotice: (language) => translate(language === 'en' ? 'en' : 'ru', 'erase-partner-notice'),
    wake: () => outbox.notify(),
  })
  const reports = createReportsService({
    db: db.db,
    chat,
    safety,
    anonymize,
    reportsToSuspend: config.REPORTS_TO_SUSPEND,
    logger,
    onBlocked: (blockerId, blockedId) => connections.onBlocked(blockerId, blockedId),
  })
  // AI coach (#8): /hint. AI_ENABLED=false (default) → the curated offline hint library answers.
  const coach = createCoachService({
    db: db.db,
    redis: redis.redis,
    metrics,
    safety,
    logger,
    detectCrisis: deps.detectCrisis ?? detectCrisis,
    provider: config.AI_ENABLED
      ? createProvider(config.AI_PROVIDER, {
          baseURL: config.AI_BASE_URL,
          apiKey: config.AI_API_KEY,
          model: config.AI_MODEL,
          timeoutMs: config.AI_TIMEOUT_MS,
          maxTokens: config.AI_MAX_TOKENS,
        })
      : null,
    timeoutMs: config.AI_TIMEOUT_MS,
    cooldownSec: config.AI_HINT_COOLDOWN_SEC,
    // the partner's Telegram name, masked in prompts along with pseudonyms
    lookupNames: async (telegramId) => {
      const c = await api.getChat(telegramId)
      return c.type === 'private'
        ? [c.first_name, c.last_name, c.username].filter((n) => n !== undefined)
        : []
    },
  })
  // /delete_me ends the active chat (the partner is told).
  userDeletedHooks.push(async (userId) => void (await chat.endAllForUser(userId, 'deleted')))
  // …then forgets their recent lines and the outbox rows carrying their Telegram id or pseudonym.
  userDeletedHooks.push((userId) => chat.forgetUser(userId))
  // Matching (#5). The chat service takes over `onSessionOpened` (default: a plain "chat started" notice).
  const matching = createMatchingService({
    db: db.db,
    redis: redis.redis,
    messenger,
    translate,
    metrics,
    logger,
    config: matchingConfigFrom(config),
    onSessionOpened: async (s) => void (await chat.onSessionOpened(s)),
  })
  // /pause and /delete_me leave the queue and withdraw from a pending proposal.
  userPausedHooks.push(async (userId) => void (await matching.cancel(userId)))
  // Profile edits while queued rewrite the user's score card (topics, zone, availability, language).
  profileChangedHooks.push(async (userId) => void (await matching.refreshQueued(userId)))
  // Talk again (#16 §2): accepted invitations open a chat the way an accepted match does.
  const connections = createConnectionsService({
    db: db.db,
    metrics,
    logger,
    config: {
      inviteTtlSec: config.CONNECTION_INVITE_TTL_SEC,
      declineCooldownSec: config.MATCH_DECLINE_COOLDOWN_SEC,
    },
    onSessionOpened: (s) => chat.onSessionOpened(s),
    leaveQueue: (userId) => matching.queue.dequeue(userId),
  })
  userDeletedHooks.push((userId) => connections.forgetUser(userId))
  // Moderator check-ins on crisis flags (#16 §5): sent from /admin, answered with a button.
  const checkin = createCheckinService({
    db: db.db,
    send: checkinSender({ messenger, translate }),
    metrics,
    logger,
  })
  userDeletedHooks.push(async (userId) => void (await matching.cancel(userId)))
  // Age groups (#16 §3): a change that no longer fits ends the chat (partner: neutral notice) and the queue wait.
  const ages = createAgeService({
    db: db.db,
    policy: { allowMinors: config.ALLOW_MINORS },
    leaveChat: async (userId) => void (await chat.endAllForUser(userId, 'age')),
    leaveQueue: async (userId) => void (await matching.cancel(userId)),
  })
  // A positive Stars balance is forfeited to the service on erasure (/delete_me warns first).
  const tipsLedger = createTipsLedger({ db: db.db })
  userDeletedHooks.push(async (userId) => void (await tipsLedger.forfeitBalance(userId)))
  const services = {
    users,
    ages,
    messenger,
    translate,
    metrics,
    tips,
    matching,
    chat,
    outbox,
    rating,
    reports,
    safety,
    coach,
    connections,
    checkin,
    erase,
  }

  // ── bot features, in order ──
  const features: Composer<BotContext>[] = []
  // Money updates first: a pre-checkout must be answered and a payment recorded before any gate.
  features.push(tipsPaymentsFeature({ tips }))
  // The age gate: under 13 / minors while ALLOW_MINORS is off are refused everything else; unknown → asked.
  features.push(ageFeature({ ages }))
  // Tip buttons, /tips, /paysupport and the custom-amount text step: before the chat relay catch-all.
  features.push(tipsFeature({ tips, supportContact: config.TIPS_SUPPORT_CONTACT }))
  botCommands.push(...TIPS_COMMANDS)
  // Redeem (#16 §1): /balance — helpers spend thank-you Stars on a Telegram gift or Premium; a sweeper finishes
  // sends a crash or a lost answer left pending.
  const spendingApi = createSpendingApi(token, config.TELEGRAM_API_ROOT)
  const redemptions = createRedemptions({ db: db.db, api: spendingApi, logger, metrics })
  const redemptionRecovery = createRedemptionRecovery({
    db: db.db,
    api: spendingApi,
    redemptions,
    logger,
    recoverAfterMs: config.REDEEM_RECOVER_AFTER_SEC * 1000,
    onSettled: redeemSettledNotice({ messenger, translate }),
  })
  features.push(redeemFeature({ redemptions, claims: createRedeemClaims({ redis: redis.redis }) }))
  botCommands.push(...REDEEM_COMMANDS)
  // Onboarding (#4): /start wizard, /profile, /help, /pause, /resume, /delete_me. Before the chat relay
  // catch-all: users who haven't finished onboarding and /profile text prompts are handled here.
  features.push(
    startFeature({ users, pending: pendingInput, ages, metrics }),
    profileFeature({
      users,
      pending: pendingInput,
      inActiveChat: async (userId) => Boolean(await chat.getActiveSessionForUser(userId)),
    }),
    crisisCountryFeature({ users }),
    pauseFeature({ users }),
    privacyFeature({ users, pending: pendingInput, metrics }),
    helpFeature({ commands: botCommands }),
  )
  // Matching (#5): /find, /cancel, proposal buttons match:acc:<id> / match:dec:<id>.
  features.push(findFeature({ matching, queueTtlSec: config.MATCH_QUEUE_TTL_SEC }))
  botCommands.push(...MATCHING_COMMANDS)
  // Coach (#8): /hint and the hint:get button — before chat features so /hint is never relayed.
  // …answered from a durable job (the AI call may take seconds): the webhook request is answered at once.
  const hintJobs = createJobQueue<HintJob>({
    name: 'hint',
    redis: redis.redis,
    blocking: redis.blocking,
    logger,
    handle: hintJobHandler({ coach, api, translate }),
    claimIdleMs: Math.max(10_000, config.AI_TIMEOUT_MS + 5_000),
  })
  features.push(hintFeature({ coach, jobs: hintJobs }))
  botCommands.push(...HINT_COMMANDS)
  // Chat (#6): /end, /report, /block, rating/feedback and report buttons, pending report/feedback text.
  features.push(
    chatFeature({
      chat,
      rating,
      reports,
      pending: createChatPending(redis.redis),
      logger,
      onRated: talkAgainOffer({ connections, messenger, translate }),
    }),
  )
  features.push(
    connectionsFeature({
      connections,
      messenger,
      translate,
      inviteTtlSec: config.CONNECTION_INVITE_TTL_SEC,
      logger,
    }),
  )
  botCommands.push(...CONNECTIONS_COMMANDS)
  features.push(checkinFeature({ checkin }))
  features.push(eraseFeature({ erase }))
  botCommands.push(...ERASE_COMMANDS)
  botCommands.push(
    { command: 'end', descriptionKey: 'chat-cmd-end', order: 40 },
    { command: 'report', descriptionKey: 'chat-cmd-report', order: 41 },
    { command: 'block', descriptionKey: 'chat-cmd-block', order: 42 },
  )
  // The anonymous relay catch-all: KEEP LAST so every command and prompt above wins over relaying.
  // Contact nudge (#12): a message with contact details is held until its sender confirms.
  const nudge = createContactNudge({ redis: redis.redis, hasContact, detectCrisis })
  features.push(contactNudgeFeature({ chat, nudge }))
  features.push(chatRelayFeature({ chat, nudge }))
  // Whatever nobody took (an unknown command, a message outside a chat) gets a short pointer, not silence.
  features.push(fallbackFeature({ matching }))

  const lastSeenWriter = createLastSeenWriter({ touchMany: (ids, at) => users.touchLastSeenMany(ids, at) })
  const bot = createBot({
    token,
    apiRoot: config.TELEGRAM_API_ROOT,
    botInfo: deps.botInfo,
    logger,
    redis: redis.redis,
    i18n,
    users,
    features,
    metrics,
    rateLimitPerMin: config.RATE_LIMIT_PER_MIN,
    touchLastSeen: lastSeenWriter.touch,
    chatBacklog: { ...createChatBacklog({ db: db.db }), max: config.RATE_LIMIT_CHAT_BACKLOG },
  })

  // ── moderation dashboard + /metrics (#9) ──
  const moderation = createModerationService({
    db: db.db,
    // A banned user's active chat ends (the partner is told) and they leave the queue / pending proposal.
    onUserBanned: async (userId) => {
      await chat.endAllForUser(userId, 'banned')
      await matching.cancel(userId)
    },
    refundTip: async (tipId, actor) => {
      const r = await tips.refund(tipId, actor)
      if (r.ok) return r.alreadyRefunded ? { ok: false, reason: 'already-refunded' } : { ok: true }
      return r.reason === 'telegram-error'
        ? { ok: false, reason: r.reason, description: r.description }
        : { ok: false, reason: r.reason }
    },
    onHookError: (err, hook) => logger.error({ err, hook }, 'moderation hook failed'),
  })
  const stats = createStatsQueries({ db: db.db })

  const server = await createServer({
    logger,
    trustProxy: config.TRUST_PROXY,
    checks: { db: () => db.ping(), redis: () => redis.ping() },
    webhook: {
      // No grammY timeout: we answer only once the update is handled, so Telegram keeps per-chat order and
      // redelivers anything we fail. (grammY's timeout would answer 500 early and leave the still-running
      // handler's later failure unhandled, which crashes the process.) A redelivery that arrives while the
      // first attempt still runs is refused by the de-dup claim in bot/index.ts.
      callback: webhookCallback(bot, 'fastify', {
        secretToken: webhookSecret,
        timeoutMilliseconds: Infinity,
      }),
      secretToken: webhookSecret,
      // load shedding: past this many updates in flight, 503 + Retry-After and Telegram redelivers later
      maxInFlight: config.WEBHOOK_MAX_IN_FLIGHT,
      onRefused: (reason) => metrics.webhookRefused.inc({ reason }),
    },
    plugins: [
      adminPlugin({
        moderation,
        translate,
        redis: redis.redis,
        adminToken: config.ADMIN_TOKEN,
        sessionSecret: config.SESSION_SECRET,
        sessionTtlSec: config.ADMIN_SESSION_TTL_SEC,
        secureCookie: config.PUBLIC_BASE_URL?.startsWith('https:') ?? false,
        checkin,
        relayHealth: async () => ({
          pending: await stats.outboxDepth(),
          oldestPendingSec: await stats.outboxOldestPendingSec(),
        }),
        redemptions: {
          list: () => redemptions.listRecent(),
          reconcile: () => redemptionRecovery.reconcile(),
        },
      }),
      metricsPlugin({
        metrics,
        token: config.METRICS_TOKEN,
        gauges: {
          activeSessions: stats.activeSessions,
          outboxDepth: stats.outboxDepth,
          outboxOldestPendingSeconds: stats.outboxOldestPendingSec,
          queueLength: () => redis.redis.zcard(MQ.waiting),
        },
      }),
      async (app) => {
        await app.register(paymentsRoutes, { secretToken: webhookSecret, tips })
      },
    ],
  })

  const background: Background[] = []
  background.push(
    { name: 'relay-outbox', start: () => outbox.start(), stop: () => outbox.stop() },
    hintJobs,
    createChatSweeper({ chat, db: db.db, intervalMs: config.SESSION_SWEEP_INTERVAL_SEC * 1000, logger }),
    createRedemptionSweeper({
      recovery: redemptionRecovery,
      intervalMs: Math.min(30_000, Math.max(1000, (config.REDEEM_RECOVER_AFTER_SEC * 1000) / 4)),
      logger,
    }),
  )
  // Match worker (stream consumer) in-process when RUN_WORKER_IN_PROCESS; the sweeper always (idempotent).
  background.push(
    ...createMatchingBackground({
      config,
      logger,
      redis,
      matching,
      consumer: config.RUN_WORKER_IN_PROCESS,
      reconcileActive: true,
    }),
  )
  let started = false

  return {
    config,
    db,
    redis,
    bot,
    api,
    server,
    services,
    metrics,
    webhookSecret,
    /** Listen, register the webhook with Telegram and start background workers. */
    async start(opts: { port?: number; host?: string; publicBaseUrl?: string; selfWebhook?: boolean } = {}) {
      // Compile crisis rules, load the classifier and the PII name dictionaries now (~1.5 s, synchronous, once),
      // not on the first relayed message.
      warmUpCrisisDetector()
      preloadPiiDictionaries()
      // PGlite: housekeeping and the collection of start-up's garbage now, not in the first idle seconds
      await db.settle?.()
      const address = await server.listen({ port: opts.port ?? config.PORT, host: opts.host ?? config.HOST })
      await bot.init()
      try {
        await registerBotCommands(api, translate, botCommands)
      } catch (err) {
        // The command menu is cosmetic: never refuse to start because of it.
        logger.warn({ err }, 'setMyCommands failed')
      }
      try {
        // what the bot is, and the payment-support contact /paysupport points to
        await registerBotDescription(api, translate, config.TIPS_SUPPORT_CONTACT)
      } catch (err) {
        logger.warn({ err }, 'setMyDescription failed')
      }
      // selfWebhook: Telegram (the local emulator) can reach us at our own listen address.
      const base = opts.publicBaseUrl ?? config.PUBLIC_BASE_URL ?? (opts.selfWebhook ? address : undefined)
      if (base) {
        await api.setWebhook(new URL('/telegram/webhook', base).toString(), {
          secret_token: webhookSecret,
          allowed_updates: [
            'message',
            'edited_message',
            'callback_query',
            'pre_checkout_query',
            'my_chat_member',
          ],
        })
      }
      for (const b of background) await b.start()
      started = true
      logger.info({ address, webhook: Boolean(base), db: db.kind }, 'app started')
      return address
    },
    /**
     * Graceful: stop taking updates and let in-flight ones finish (Telegram redelivers whatever we do not
     * acknowledge), then stop workers (the outbox is durable: undelivered rows resume on the next start),
     * then close connections.
     */
    async close() {
      await closeServer(server, config.SHUTDOWN_GRACE_MS)
      for (const b of [...background].reverse()) {
        try {
          if (started) await b.stop()
        } catch (err) {
          logger.error({ err, name: b.name }, 'background stop failed')
        }
      }
      await lastSeenWriter.drain()
      if (!deps.redis) await redis.close()
      if (!deps.db) await db.close()
    },
  }
}

export type App = Awaited<ReturnType<typeof createApp>>
