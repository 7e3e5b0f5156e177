import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'

/** A logged-in moderator: `sid` keys the CSRF token and logout revocation; `actor` goes to audit_log. */
export type AdminSession = { sid: string; actor: string; exp: number }

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url')

/** Equal-length digests compared in constant time, so neither length nor content leaks through timing. */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest()
  const hb = createHash('sha256').update(b).digest()
  return timingSafeEqual(ha, hb)
}

/**
 * Stateless signed session cookies: `v1.<base64url(json)>.<base64url(hmac-sha256)>`. The HMAC key is
 * SESSION_SECRET, or (when unset) derived from ADMIN_TOKEN with HKDF, so rotating the token logs everyone out.
 */
export function createAdminAuth(opts: {
  adminToken: string
  sessionSecret?: string
  ttlSec: number
  now?: () => number
}) {
  const now = opts.now ?? Date.now
  const key = Buffer.from(
    hkdfSync('sha256', opts.sessionSecret ?? opts.adminToken, 'tno-admin', 'session-cookie-v1', 32),
  )
  const mac = (data: string) => createHmac('sha256', key).update(data).digest()
  /** Logged-out sessions, remembered until they would have expired anyway. */
  const revoked = new Map<string, number>()

  const pruneRevoked = () => {
    const t = now()
    for (const [sid, exp] of revoked) if (exp <= t) revoked.delete(sid)
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

    verify(cookie: string | undefined): AdminSession | null {
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
        if (s.exp <= now() || revoked.has(s.sid)) return null
        return s
      } catch {
        return null
      }
    },

    revoke(session: AdminSession): void {
      pruneRevoked()
      revoked.set(session.sid, session.exp)
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
 * Slows token guessing: after `max` failed logins from one address within `windowMs`, further attempts
 * are refused until the window passes. In-memory (per process) is enough for a single dashboard.
 */
export function createLoginLimiter(opts: { max?: number; windowMs?: number; now?: () => number } = {}) {
  const max = opts.max ?? 10
  const windowMs = opts.windowMs ?? 15 * 60_000
  const now = opts.now ?? Date.now
  const failures = new Map<string, { n: number; until: number }>()
  return {
    blocked(ip: string): boolean {
      const f = failures.get(ip)
      if (!f) return false
      if (f.until <= now()) {
        failures.delete(ip)
        return false
      }
      return f.n >= max
    },
    fail(ip: string): void {
      if (failures.size > 10_000) failures.clear()
      const f = failures.get(ip)
      if (!f || f.until <= now()) failures.set(ip, { n: 1, until: now() + windowMs })
      else f.n++
    },
    reset(ip: string): void {
      failures.delete(ip)
    },
  }
}
