import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { users } from '../../db/schema/index.js'
import { say, seedOnboardedUser } from '../features/start.testkit.js'

const h = testAppPerFile()

const lastSeen = async (id: number) =>
  (await h.db.db.select({ at: users.lastSeenAt }).from(users).where(eq(users.id, id)))[0]?.at ?? null

describe('last seen', () => {
  it('when a user writes to the bot, then last_seen_at is set once and not rewritten within the throttle window', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Lena', language_code: 'ru' })
    const row = await seedOnboardedUser(h.db.db, u.id)
    expect(await lastSeen(row.id)).toBeNull()

    await say(tg, u.id, '/help', '')
    await tg.idle()
    // written after the answer (not awaited by the update, modules/users/last-seen.ts)
    await expect.poll(() => lastSeen(row.id)).toBeInstanceOf(Date)

    // A marker in the past: a second update inside the window must not overwrite it.
    const marker = new Date('2020-01-01T00:00:00Z')
    await h.db.db.update(users).set({ lastSeenAt: marker }).where(eq(users.id, row.id))
    await say(tg, u.id, '/help', '')
    await tg.idle()
    expect(await lastSeen(row.id)).toEqual(marker)

    // Once the throttle key is gone (window over), the next update writes again.
    await h.redis.redis.del(`seen:${row.id}`)
    await say(tg, u.id, '/help', '')
    await tg.idle()
    await expect.poll(async () => (await lastSeen(row.id))?.getTime()).toBeGreaterThan(marker.getTime())
  })
})
