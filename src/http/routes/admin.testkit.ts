import type { FastifyInstance } from 'fastify'
import { expect } from 'vitest'
import { ADMIN_COOKIE } from './admin.js'

/** The dashboard token the admin route tests configure. */
export const ADMIN_TEST_TOKEN = 'test-admin-token-0123456789'

/** An `application/x-www-form-urlencoded` body for `app.inject`, with extra headers (e.g. `x-forwarded-for`). */
export const form = (fields: Record<string, string>, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  payload: new URLSearchParams(fields).toString(),
})

/**
 * Logs a moderator in with `ADMIN_TEST_TOKEN` (the login must answer 303) and reads the CSRF token off the flags
 * page; `cookies` go with the page request (e.g. the language cookie).
 */
export async function loginAdmin(
  app: FastifyInstance,
  opts: { name?: string; cookies?: Record<string, string> } = {},
): Promise<{ cookie: string; csrf: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/admin/login',
    ...form({ token: ADMIN_TEST_TOKEN, name: opts.name ?? 'Ann' }),
  })
  expect(res.statusCode).toBe(303)
  const cookie = res.cookies.find((c) => c.name === ADMIN_COOKIE)?.value
  if (!cookie) throw new Error('no session cookie')
  const page = await app.inject({
    method: 'GET',
    url: '/admin/flags',
    cookies: { [ADMIN_COOKIE]: cookie, ...opts.cookies },
  })
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1]
  if (!csrf) throw new Error('no csrf token on the page')
  return { cookie, csrf }
}
