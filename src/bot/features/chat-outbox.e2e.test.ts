import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { numberedPairs, relayedCopies } from '../../../test/helpers/chat-pair.js'
import { outbox } from '../../db/schema/index.js'

const WAIT = { timeoutMs: 60_000, intervalMs: 100 }

/**
 * The relay outbox under Telegram's flood limits (emulator limits on): nothing lost, per-chat order kept,
 * through 429 storms and an app restart with messages still queued.
 */
describe('relay outbox under Telegram limits (e2e)', () => {
  const h = testAppPerFile({ emulatorLimits: true, env: { RATE_LIMIT_PER_MIN: '10000' } })

  const pair = numberedPairs(h, ['Olga', 'Pavel'], WAIT)

  const copies = (userId: number) => relayedCopies(h, userId)

  const count429 = async () => {
    const m = await h.app.metrics.telegram429.get()
    return m.values.reduce((s, v) => s + v.value, 0)
  }

  it('when Telegram answers with a 429 storm, then every message arrives exactly once and in order per chat', async () => {
    const pairs = [await pair(), await pair(), await pair()]
    const before429 = await count429()
    // far below what our scheduler assumes (25/s): most sends now hit flood control, plus injected 429s
    await h.tg.limits({
      enabled: true,
      global_per_sec: 3,
      global_burst: 3,
      per_chat_per_sec: 1,
      per_chat_burst: 2,
    })
    await h.tg.fault({ method: 'copyMessage', status: 429, retry_after: 1, count: 4 })
    const N = 8
    for (let i = 1; i <= N; i++) {
      for (const [k, p] of pairs.entries()) {
        await h.tg.send(p.a.id, `p${k} m${i}`)
        // the other direction too, interleaved
        if (i % 2 === 0) await h.tg.send(p.b.id, `p${k} r${i}`)
      }
    }
    for (const [k, p] of pairs.entries()) {
      const expectedAtB = Array.from({ length: N }, (_, i) => `p${k} m${i + 1}`)
      const expectedAtA = Array.from({ length: N / 2 }, (_, i) => `p${k} r${2 * (i + 1)}`)
      await h.tg.until(
        async () => (await copies(p.b.id)).length >= N && (await copies(p.a.id)).length >= N / 2,
        {
          ...WAIT,
          what: `all copies for pair ${k}`,
        },
      )
      expect(await copies(p.b.id)).toEqual(expectedAtB)
      expect(await copies(p.a.id)).toEqual(expectedAtA)
    }
    expect(await count429()).toBeGreaterThan(before429)
    // a delivered copy is marked sent in a batch a moment after Telegram has it: wait for the marks
    await h.app.services.outbox.idle()
    const rows = await h.db.db.select().from(outbox)
    expect(rows.filter((r) => r.method === 'copyMessage' && r.status !== 'sent')).toEqual([])
    await h.tg.limits({
      enabled: true,
      global_per_sec: 30,
      global_burst: 30,
      per_chat_per_sec: 1,
      per_chat_burst: 3,
    })
  })

  it('when the app restarts with messages still queued, then the new process delivers the rest in order, none twice', async () => {
    const p = await pair()
    const N = 10
    for (let i = 1; i <= N; i++) await h.tg.send(p.a.id, `q${i}`)
    // every message accepted (in the outbox) before the restart; only a few delivered at 1 msg/s
    await h.tg.idle(30_000)
    const queued = await h.db.db.select().from(outbox).where(eq(outbox.sessionId, p.sessionId))
    expect(queued.filter((r) => r.method === 'copyMessage')).toHaveLength(N)
    await h.tg.until(async () => (await copies(p.b.id)).length >= 2, { ...WAIT, what: 'first copies' })
    const old = h.app
    await h.restart()
    expect(h.app).not.toBe(old)
    const pendingAfterRestart = (
      await h.db.db.select().from(outbox).where(eq(outbox.sessionId, p.sessionId))
    ).filter((r) => r.status === 'pending').length
    expect(pendingAfterRestart).toBeGreaterThan(0)
    await h.tg.until(async () => (await copies(p.b.id)).length >= N, {
      ...WAIT,
      what: 'all copies after restart',
    })
    await h.app.services.outbox.idle()
    expect(await copies(p.b.id)).toEqual(Array.from({ length: N }, (_, i) => `q${i + 1}`))
  })
})
