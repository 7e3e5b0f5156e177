import { z } from 'zod'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional())
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional())
const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def)

/**
 * Every setting the service reads from the environment. Parsed once in main.ts and passed down;
 * nothing else reads process.env.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Bot token from @BotFather. Unset → local sandbox against the built-in emulator. */
    BOT_TOKEN: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^\d+:[A-Za-z0-9_-]{10,}$/, 'must look like 123456:ABC-DEF… (token from @BotFather)')
        .optional(),
    ),
    /** Secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token; 1–256 chars of A-Z a-z 0-9 _ -. */
    WEBHOOK_SECRET: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1-256 characters of A-Z, a-z, 0-9, _ and -')
        .optional(),
    ),
    /** Public https base URL where Telegram reaches this server (webhook = PUBLIC_BASE_URL/telegram/webhook). */
    PUBLIC_BASE_URL: optionalUrl,
    TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
    /** Postgres URL; unset → embedded PGlite in PGLITE_DIR. */
    DATABASE_URL: optionalUrl,
    PGLITE_DIR: z.string().default('./data/pglite'),
    /** PGlite in a worker thread, off the event loop (db/pglite-worker.ts); unset → off. */
    // empty = unset: the sandbox decides (on), other runs keep PGlite on the main thread
    PGLITE_WORKER: z.preprocess((v) => (v === '' ? undefined : v), bool.optional()),
    REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
    REDIS_KEY_PREFIX: z.string().default('tno:'),
    AI_ENABLED: bool.default(false),
    AI_PROVIDER: z.enum(['openai', 'anthropic']).default('openai'),
    AI_BASE_URL: optionalUrl,
    AI_API_KEY: optionalString,
    AI_MODEL: z.string().default('gpt-4o-mini'),
    AI_TIMEOUT_MS: int(8000, 100),
    AI_MAX_TOKENS: int(300, 16),
    /** Minimum seconds between two /hint answers for one user (limits model cost); 0 = no limit. */
    AI_HINT_COOLDOWN_SEC: int(15, 0),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Dashboard login token; unset → /admin is disabled. */
    ADMIN_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(16).optional()),
    /**
     * Which hops to trust for the client address (X-Forwarded-For), as Fastify's `trustProxy`: `false`
     * (default: the socket peer), `true` (any), a hop count, or comma-separated addresses/CIDRs of the proxies.
     * Behind a reverse proxy, set it so each moderator has their own login lockout counter.
     */
    TRUST_PROXY: z
      .string()
      .default('false')
      .transform((v): boolean | number | string[] => {
        const t = v.trim().toLowerCase()
        if (t === '' || t === 'false' || t === '0' || t === 'no') return false
        if (t === 'true' || t === 'yes') return true
        if (/^\d+$/.test(t)) return Number(t)
        return t
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean)
      }),
    /** Secret for signing admin session cookies; defaults to a derivation of ADMIN_TOKEN. */
    SESSION_SECRET: optionalString,
    /** Lifetime of an admin dashboard session cookie. */
    ADMIN_SESSION_TTL_SEC: int(28_800, 60),
    /** Bearer token for `GET /metrics`; unset → /metrics is open (keep it on a private network). */
    METRICS_TOKEN: optionalString,
    /** Run the match worker inside the web process (sandbox/small deployments). */
    RUN_WORKER_IN_PROCESS: bool.default(true),
    MATCH_PROPOSAL_TTL_SEC: int(600, 1),
    MATCH_QUEUE_TTL_SEC: int(86_400, 1),
    MATCH_ANTI_REPEAT_DAYS: int(30, 0),
    MATCH_MAX_DELIVERIES: int(5, 1),
    /** A stream entry pending this long on a (dead) consumer is XAUTOCLAIMed by a live one. */
    MATCH_CLAIM_MIN_IDLE_MS: int(30_000, 1),
    /** How often the sweeper expires proposals / queue waits and trims the stream. */
    MATCH_SWEEP_INTERVAL_MS: int(5000, 10),
    /** Minimum shared topics for a pair. */
    MATCH_MIN_SHARED_TOPICS: int(2, 1),
    /** After a decline the same pair is not proposed again for this long. */
    MATCH_DECLINE_COOLDOWN_SEC: int(86_400, 0),
    /** How long a "talk again" invitation between two connections can be accepted. */
    CONNECTION_INVITE_TTL_SEC: int(86_400, 1),
    /** Waiting users read per topic (oldest first) per lookup round, and the cap on ranks read per topic. */
    MATCH_CANDIDATE_WINDOW: int(200, 1),
    MATCH_CANDIDATE_MAX_SCAN: int(2000, 1),
    SESSION_IDLE_TIMEOUT_SEC: int(86_400, 60),
    /** How often idle chat sessions are ended and old delivered outbox rows purged. */
    SESSION_SWEEP_INTERVAL_SEC: int(30, 1),
    /** Relay outbox flood control (Telegram: ~1 msg/s per chat with short bursts, ~30 msg/s per bot). */
    RELAY_RATE_LIMIT: bool.default(true),
    /** Starting global rate; adapts to Telegram's 429s between 1 and RELAY_GLOBAL_MAX_PER_SEC. */
    RELAY_GLOBAL_PER_SEC: int(30, 1),
    RELAY_GLOBAL_MAX_PER_SEC: int(100, 1),
    /** Cap of the back-off between retries of a transient send failure (retries never stop in a live chat). */
    RELAY_RETRY_MAX_MS: int(30_000, 1),
    /** A sender is told when their message has waited this long (and again once it is delivered). */
    RELAY_DELAY_NOTICE_SEC: int(60, 1),
    /** Paid broadcasts (allow_paid_broadcast, 0.1 Star a message) when the backlog is older than AFTER_SEC. */
    RELAY_PAID_BROADCAST: bool.default(false),
    RELAY_PAID_BROADCAST_STARS_PER_DAY: int(100, 0),
    RELAY_PAID_BROADCAST_AFTER_SEC: int(30, 0),
    RELAY_CHAT_PER_SEC: int(1, 1),
    RELAY_CHAT_BURST: int(3, 1),
    /** Fallback poll of the outbox (rows written by this process wake the dispatcher at once). */
    RELAY_POLL_MS: int(250, 10),
    // counts messages and button presses; a person typing fast in a hard moment must not hit it
    RATE_LIMIT_PER_MIN: int(60, 1),
    /** Over that limit, chat messages still queue for the partner until this many are undelivered. */
    RATE_LIMIT_CHAT_BACKLOG: int(120, 1),
    REPORTS_TO_SUSPEND: int(3, 1),
    /** Serve 13–17-year-olds (matched only with 13–17); off → they get a kind refusal with youth lines. */
    ALLOW_MINORS: bool.default(false),
    /** Telegram's cut of Stars, in basis points (1/100 of a percent), 0–10000. */
    TIP_PROVIDER_FEE_BPS: z.coerce.number().int().min(0).max(10_000).default(0),
    /** Our commission, in basis points of the amount, 0–10000 (see modules/tips/commission.ts for rounding). */
    TIP_COMMISSION_BPS: z.coerce.number().int().min(0).max(10_000).default(1000),
    /** Where /paysupport sends payers (e.g. `@support_handle` or an e-mail); unset → generic text. */
    TIPS_SUPPORT_CONTACT: optionalString,
    /** A redemption send left `pending` (crash, lost answer) this long is finished by the redeem sweeper. */
    REDEEM_RECOVER_AFTER_SEC: int(120, 1),
    SANDBOX_PORT: int(3001, 0),
    /** Sandbox only: start the emulator from a fresh state instead of the one kept beside PGlite. */
    SANDBOX_RESET: bool.default(false),
    /** Port of the standalone worker's `/metrics` + `/health` server (`npm run worker`); 0 = none. */
    WORKER_PORT: z.coerce.number().int().min(0).max(65535).default(3002),
    /** On shutdown, how long in-flight webhook requests may finish before their sockets are closed. */
    SHUTDOWN_GRACE_MS: int(8000, 0),
    /** Webhook updates handled at once per process; beyond → 503 + Retry-After (Telegram redelivers). */
    WEBHOOK_MAX_IN_FLIGHT: int(100, 1),
  })
  .superRefine((c, ctx) => {
    if (c.BOT_TOKEN && c.PUBLIC_BASE_URL && !c.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRET'],
        message: 'is required when PUBLIC_BASE_URL is set',
      })
    }
    if (c.AI_ENABLED && c.AI_PROVIDER === 'anthropic' && !c.AI_API_KEY) {
      ctx.addIssue({ code: 'custom', path: ['AI_API_KEY'], message: 'is required for AI_PROVIDER=anthropic' })
    }
  })

export type Config = z.infer<typeof configSchema>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Pure: parses an env-like record. Throws ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env)
  if (result.success) return result.data
  const first = result.error.issues[0]
  const name = first?.path.join('.') || 'config'
  const value = env[name]
  const shown =
    value === undefined
      ? ''
      : ` (got ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`
  const hideValue = /TOKEN|SECRET|KEY|URL/.test(name)
  throw new ConfigError(`Invalid ${name}: ${first?.message ?? 'invalid'}${hideValue ? '' : shown}`)
}
