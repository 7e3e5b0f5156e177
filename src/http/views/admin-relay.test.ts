import { describe, expect, it } from 'vitest'
import { createI18n } from '../../bot/i18n.js'
import { sessionsPage } from './admin.js'

const { translate } = createI18n()
const overview = { sessionCounts: {}, matchCounts: {}, recentSessions: [], recentMatches: [] }
const page = (relay?: { pending: number; oldestPendingSec: number }) =>
  sessionsPage({
    t: (key: string, vars?: Record<string, string | number>) => translate('en', key, vars),
    lang: 'en',
    path: '/admin/sessions',
    session: { csrf: 'x', actor: 'Ann' },
    overview,
    relay,
  } as Parameters<typeof sessionsPage>[0])

describe('sessions page: relay outbox line', () => {
  it('when a relay message has waited over a minute, then the page says delivery is delayed and for how long', () => {
    const body = page({ pending: 4, oldestPendingSec: 125.4 })
    expect(body).toContain('Relay outbox: 4 undelivered, oldest waiting 125 s')
    expect(body).toContain('delivery delayed')
  })

  it('when nothing waits, then the line says so without an alarm', () => {
    const body = page({ pending: 0, oldestPendingSec: 0 })
    expect(body).toContain('Relay outbox: 0 undelivered')
    expect(body).not.toContain('delivery delayed')
  })
})
