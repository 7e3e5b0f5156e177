import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { users } from '../../db/schema/index.js'
import { seedSession, seedUser } from '../chat/test-fixtures.js'
import { createAgeService } from './age-service.js'

let db: DbHandle
let tg = 880_000_000
beforeAll(async () => {
  db = await createTestDb()
})
afterAll(async () => {
  await db.close()
})

function service(allowMinors: boolean) {
  const left = { chat: [] as number[], queue: [] as number[] }
  const ages = createAgeService({
    db: db.db,
    policy: { allowMinors },
    leaveChat: async (id) => void left.chat.push(id),
    leaveQueue: async (id) => void left.queue.push(id),
  })
  return { ages, left }
}

const user = async (ageGroup: string | null) => {
  const id = await seedUser(db.db, { telegramId: tg++ })
  await db.db.update(users).set({ ageGroup }).where(eq(users.id, id))
  return id
}

describe('age service (real Postgres)', () => {
  it('when the wizard is on the age step, then the answer moves it to the pseudonym', async () => {
    const { ages } = service(false)
    const id = await user(null)
    await db.db.update(users).set({ onboardingStep: 'age' }).where(eq(users.id, id))
    const r = await ages.setAgeGroup(id, '18_plus')
    expect(r).toMatchObject({ ok: true, before: null, access: 'ok', leftChat: false })
    expect(r.ok && r.user).toMatchObject({ ageGroup: '18_plus', onboardingStep: 'nickname' })
    expect(await ages.setAgeGroup(id, '21+')).toEqual({ ok: false, reason: 'unknown-group' })
  })

  it('when a refused answer was given, then it cannot be changed (only repeated)', async () => {
    const { ages } = service(false)
    const child = await user('under_13')
    expect(await ages.setAgeGroup(child, '18_plus')).toEqual({ ok: false, reason: 'locked' })
    const teen = await user('13_17')
    expect(await ages.setAgeGroup(teen, '18_plus')).toEqual({ ok: false, reason: 'locked' })
    expect(await ages.setAgeGroup(teen, '13_17')).toMatchObject({ ok: true, access: 'minors-off' })
    // with minors served, a 13–17 user may say they are 18 now
    expect(await service(true).ages.setAgeGroup(teen, '18_plus')).toMatchObject({ ok: true, access: 'ok' })
  })

  it('when the new group does not fit the partner, then the chat and the queue are left; the same group changes nothing', async () => {
    const { ages, left } = service(true)
    const a = await user('18_plus')
    const b = await user('18_plus')
    await seedSession(db.db, a, b)
    expect(await ages.setAgeGroup(a, '18_plus')).toMatchObject({ ok: true, leftChat: false })
    expect(left).toEqual({ chat: [], queue: [] })
    expect(await ages.setAgeGroup(a, '13_17')).toMatchObject({ ok: true, leftChat: true, before: '18_plus' })
    expect(left).toEqual({ chat: [a], queue: [a] })
  })

  it('when the partner has not stated a group, then the chat is kept for a new 18+ answer only', async () => {
    const adult = service(true)
    const a = await user(null)
    const b = await user(null)
    await seedSession(db.db, a, b)
    expect(await adult.ages.setAgeGroup(a, '18_plus')).toMatchObject({ ok: true, leftChat: false })
    expect(adult.left.queue).toEqual([a])
    const c = await user(null)
    const d = await user(null)
    await seedSession(db.db, c, d)
    expect(await adult.ages.setAgeGroup(c, '13_17')).toMatchObject({ ok: true, leftChat: true })
  })
})
