import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Redis } from 'ioredis'

/** A logged-in moderator: `sid` keys the CSRF token and logout revocation; `actor` goes to audit_log. */
export type AdminSession = { sid: string; actor: string; exp: number }

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url')

/** Equal-length digests compared in constant time, so neither length nor content leaks through timing. */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest()
  const hb = createHash('sha256').update(b).digest()
  return timingSafeEqual(ha, hb)
}

/** Redis keys (under the deployment's key prefix). */
const REVOKED_KEY = (sid: string) => `admin:revoked:${sid}`
const LOGIN_FAIL_KEY = (ip: string) => `admin:login-fail:${ip}`

/**
 * Signed session cookies: `v1.<base64url(json)>.<base64url(hmac-sha256)>`. The HMAC key is SESSION_SECRET,
 * or (when unset) derived from ADMIN_TOKEN with HKDF, so rotating the token logs everyone out.
 * Logout revocations live in Redis until the session would have expired anyway, so they survive restarts
 * and are shared by every web replica.
 */
export function createAdminAuth(opts: {
  adminToken: string
  sessionSecret?: string
  ttlSec: number
  /** Commands connection; keys go under its key prefix. */
  redis: Pick<Redis, 'exists' | 'set'>
  now?: () => number
}) {
  const now = opts.now ?? Date.now
  const key = Buffer.from(
    hkdfSync('sha256', opts.sessionSecret ?? opts.adminToken, 'tno-admin', 'session-cookie-v1', 32),
  )
  const mac = (data: string) => createHmac('sha256', key).update(data).digest()

  /** Signature, shape and expiry only — no I/O. */
  const decode = (cookie: string | undefined): AdminSession | null => {
    if (!cookie || cookie.length > 1024) return null
    const dot = cookie.lastIndexOf('.')
    if (dot < 0) return null
    const body = cookie.slice(0, dot)
    const sig = Buffer.from(cookie.slice(dot + 1), 'base64url')
    const expected = mac(body)
    if (sig.length !== expected.length || !timingSafeEqual(sig, expected)) return null
    if (!body.startsWith('v1.')) return null
    try {
      const s = JSON.parse(Buffer.from(body.slice(3), 'base64url').toString('utf8')) as AdminSession
      if (typeof s.sid !== 'string' || typeof s.actor !== 'string' || typeof s.exp !== 'number') return null
      if (s.exp <= now()) return null
      return s
    } catch {
      return null
    }
  }

  return {
    checkToken(candidate: string): boolean {
      return safeEqual(candidate, opts.adminToken)
    },

    issue(actor: string): { cookie: string; session: AdminSession } {
      const session: AdminSession = { sid: b64(randomBytes(18)), actor, exp: now() + opts.ttlSec * 1000 }
      const body = `v1.${b64(JSON.stringify(session))}`
      return { cookie: `${body}.${b64(mac(body))}`, session }
    },

    /**
     * The session of a valid, unexpired, not-logged-out cookie, else null. A Redis failure rejects (the
     * request fails) rather than letting a possibly revoked cookie in.
     */
    async verify(cookie: string | undefined): Promise<AdminSession | null> {
      const s = decode(cookie)
      if (!s) return null
      return (await opts.redis.exists(REVOKED_KEY(s.sid))) ? null : s
    },

    /** Remembers the logout until the session would have expired on its own. */
    async revoke(session: AdminSession): Promise<void> {
      const remainingMs = session.exp - now()
      if (remainingMs > 0) await opts.redis.set(REVOKED_KEY(session.sid), '1', 'PX', remainingMs)
    },

    /** Per-session CSRF token: an HMAC of the session id, so nothing extra is stored. */
    csrfToken(session: AdminSession): string {
      return b64(mac(`csrf:${session.sid}`))
    },

    checkCsrf(session: AdminSession, candidate: unknown): boolean {
      return typeof candidate === 'string' && safeEqual(candidate, this.csrfToken(session))
    },
  }
}

export type AdminAuth = ReturnType<typeof createAdminAuth>

/**
 * Counts one login attempt and returns the new count with the window's remaining time, in one step: the
 * first attempt of a window creates the counter with the window's TTL. Counting before the token is checked
 * (rather than checking a count and incrementing it after a failure) means concurrent attempts can never
 * check more tokens than the limit.
 */
const COUNT_ATTEMPT = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {c, redis.call('PTTL', KEYS[1])}`

/**
 * Slows token guessing: at most `max` tokens are checked per address within a fixed window of `windowMs`
 * (starting at the first attempt); a successful login resets the count. Further attempts are refused until
 * the window passes — the correct token included, or the lockout would be no lockout. Counted in Redis,
 * so the limit holds across restarts and replicas.
 */
export function createLoginLimiter(opts: {
  redis: Pick<Redis, 'get' | 'eval' | 'del'>
  max?: number
  windowMs?: number
}) {
  const max = opts.max ?? 10
  const windowMs = opts.windowMs ?? 15 * 60_000
  const count = async (ip: string) => {
    const [c, pttl] = (await opts.redis.eval(COUNT_ATTEMPT, 1, LOGIN_FAIL_KEY(ip), windowMs)) as [
      number,
      number,
    ]
    return { count: Number(c), retryAfterMs: Math.max(0, Number(pttl)) }
  }
  return {
    /**
     * Counts an attempt before its token is checked: `allowed: false` → refuse without checking. Call
     * `reset` when the token was right.
     */
    async attempt(ip: string): Promise<{ allowed: true } | { allowed: false; retryAfterMs: number }> {
      const r = await count(ip)
      return r.count <= max ? { allowed: true } : { allowed: false, retryAfterMs: r.retryAfterMs }
    },
    async blocked(ip: string): Promise<boolean> {
      return Number((await opts.redis.get(LOGIN_FAIL_KEY(ip))) ?? 0) >= max
    },
    /** Counts a failed attempt (for callers that check first; `attempt` counts by itself). */
    async fail(ip: string): Promise<void> {
      await count(ip)
    },
    async reset(ip: string): Promise<void> {
      await opts.redis.del(LOGIN_FAIL_KEY(ip))
    },
  }
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>
