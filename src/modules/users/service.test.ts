import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { chatSessions, matches, users, userTopics } from '../../db/schema/index.js'
import { createAgeService } from './age-service.js'
import { createUsersService, type UsersService } from './service.js'

let db: DbHandle
let svc: UsersService
const deleted: number[] = []
const paused: number[] = []
let nextTg = 1000

beforeAll(async () => {
  db = await createTestDb()
  svc = createUsersService({
    db: db.db,
    onUserDeleted: async (id) => {
      deleted.push(id)
    },
    onUserPaused: async (id) => {
      paused.push(id)
    },
  })
})
afterAll(async () => {
  await db?.close()
})

async function newUser(lang: 'ru' | 'en' = 'ru') {
  const { user } = await svc.ensureUser(nextTg++, lang)
  return user
}

const ages = () =>
  createAgeService({
    db: db.db,
    policy: { allowMinors: false },
    leaveChat: async () => {},
    leaveQueue: async () => {},
  })

async function onboard(lang: 'ru' | 'en' = 'ru') {
  const u = await newUser(lang)
  await svc.setLanguage(u.id, lang)
  await svc.acceptSafety(u.id)
  await ages().setAgeGroup(u.id, '18_plus')
  await svc.confirmPseudonym(u.id)
  await svc.toggleTopic(u.id, 'burnout')
  await svc.toggleTopic(u.id, 'anxiety')
  await svc.finishTopics(u.id)
  await svc.setTimezone(u.id, { zone: 'moscow' })
  await svc.toggleAvailability(u.id, 'weekday_evening')
  await svc.finishAvailability(u.id)
  const r = await svc.setBio(u.id, 'Просто хочу поговорить')
  if (!r.ok) throw new Error('bio refused')
  return r.user
}

describe('users service', () => {
  it('when the same Telegram user arrives twice, then one row exists', async () => {
    const a = await svc.ensureUser(42, 'en')
    const b = await svc.ensureUser(42, 'ru')
    expect(a.created).toBe(true)
    expect(b.created).toBe(false)
    expect(b.user.id).toBe(a.user.id)
    expect(b.user.language).toBe('en')
    expect(a.user.onboardingStep).toBe('language')
  })

  it('when the wizard is walked through, then each setter advances exactly one step', async () => {
    const u = await newUser()
    expect((await svc.setLanguage(u.id, 'en')).user.onboardingStep).toBe('consent')
    const acked = (await svc.acceptSafety(u.id)).user
    expect(acked.safetyAck).toBe(true)
    expect(acked.safetyAckAt).toBeInstanceOf(Date)
    expect(acked.nickname).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/)
    expect(acked.onboardingStep).toBe('age')
    // a profile-style language change later does not move the step
    expect((await svc.setLanguage(u.id, 'en')).user.onboardingStep).toBe('age')
    expect((await ages().setAgeGroup(u.id, '18_plus')).ok && (await svc.findById(u.id))?.onboardingStep).toBe(
      'nickname',
    )
    expect((await svc.confirmPseudonym(u.id)).user.onboardingStep).toBe('topics')
  })

  it('when fewer than 2 topics are chosen, then finishing is refused', async () => {
    const u = await newUser()
    await svc.toggleTopic(u.id, 'loss')
    expect(await svc.finishTopics(u.id)).toEqual({ ok: false, reason: 'too-few-topics', min: 2, selected: 1 })
    await svc.toggleTopic(u.id, 'loss') // off again
    expect(await svc.getTopicIds(u.id)).toEqual([])
    expect(await svc.toggleTopic(u.id, 'no-such-topic')).toEqual({ ok: false, reason: 'unknown-topic' })
  })

  it('when availability is toggled, then the JSONB array gains and loses ids', async () => {
    const u = await newUser()
    expect(await svc.finishAvailability(u.id)).toEqual({ ok: false, reason: 'no-windows' })
    await svc.toggleAvailability(u.id, 'night')
    const r = await svc.toggleAvailability(u.id, 'weekend_day')
    expect(r.ok && r.user.availability).toEqual(['night', 'weekend_day'])
    const r2 = await svc.toggleAvailability(u.id, 'night')
    expect(r2.ok && r2.user.availability).toEqual(['weekend_day'])
    expect(await svc.toggleAvailability(u.id, 'lunch')).toEqual({ ok: false, reason: 'unknown-window' })
  })

  it('when a time zone is set, then zone ids and typed offsets are stored', async () => {
    const u = await newUser()
    const a = await svc.setTimezone(u.id, { zone: 'moscow' })
    expect(a.ok && [a.user.timezone, a.user.utcOffsetMinutes]).toEqual(['Europe/Moscow', 180])
    const b = await svc.setTimezone(u.id, { offsetMinutes: 330 })
    expect(b.ok && [b.user.timezone, b.user.utcOffsetMinutes]).toEqual(['UTC+05:30', 330])
    expect(await svc.setTimezone(u.id, { offsetMinutes: 900 })).toEqual({ ok: false, reason: 'out-of-range' })
    expect(await svc.setTimezone(u.id, { zone: 'Mars/Olympus' })).toEqual({
      ok: false,
      reason: 'unknown-zone',
    })
  })

  it('when the whole wizard is done, then the user is onboarded with everything stored', async () => {
    const u = await onboard()
    expect(u.onboardingStep).toBe('done')
    const p = await svc.getProfile(u.id)
    expect(p?.topics.map((t) => t.slug).sort()).toEqual(['anxiety', 'burnout'])
    expect(p?.user.bio).toBe('Просто хочу поговорить')
  })

  it('when a pseudonym is regenerated, then it changes and never collides with a live user', async () => {
    // a tiny name space: the random source always yields «Тихий Ёж» first
    let calls = 0
    const rigged = createUsersService({ db: db.db, random: () => (calls++ % 3 === 2 ? 0.5 : 0) })
    const a = await newUser()
    const b = await newUser()
    await db.db.update(users).set({ nickname: 'Тихий Ёж' }).where(eq(users.id, a.id))
    const r = await rigged.regeneratePseudonym(b.id)
    expect(r.user.nickname).not.toBe('Тихий Ёж')
    expect(r.user.nickname).toBeTruthy()
    const again = await svc.regeneratePseudonym(b.id)
    expect(again.user.nickname).not.toBe(r.user.nickname)
  })

  it('when every plain candidate is taken, then a numbered one is used', async () => {
    const a = await newUser()
    const b = await newUser()
    await db.db.update(users).set({ nickname: 'Тихий Ёж' }).where(eq(users.id, a.id))
    const rigged = createUsersService({ db: db.db, random: () => 0 })
    const r = await rigged.regeneratePseudonym(b.id)
    expect(r.user.nickname).toMatch(/^Тихий Ёж \d{2,3}$/)
  })

  it('when choosing an own pseudonym, then contacts, Telegram names and taken names are refused', async () => {
    const a = await newUser()
    const b = await newUser()
    expect(await svc.setOwnPseudonym(a.id, 'Ночной Филин', ['Anna'])).toMatchObject({ ok: true })
    expect(await svc.setOwnPseudonym(b.id, 'ночной филин', [])).toEqual({ ok: false, reason: 'taken' })
    expect(await svc.setOwnPseudonym(b.id, 'Anna', ['Anna'])).toEqual({ ok: false, reason: 'telegram-name' })
    expect(await svc.setOwnPseudonym(b.id, 't.me/anna', [])).toMatchObject({ reason: 'contact-info' })
  })

  it('when pausing and resuming, then paused_at follows and repeats are reported', async () => {
    const u = await onboard()
    const p = await svc.pause(u.id)
    expect(p.ok && p.user.pausedAt).toBeInstanceOf(Date)
    expect(paused).toContain(u.id)
    expect(await svc.pause(u.id)).toEqual({ ok: false, reason: 'already-paused' })
    const r = await svc.resume(u.id)
    expect(r.ok && r.user.pausedAt).toBeNull()
    expect(await svc.resume(u.id)).toEqual({ ok: false, reason: 'not-paused' })
  })

  it('when several users are touched at once, then each live one gets last_seen_at and an erased one does not', async () => {
    const a = await newUser()
    const b = await newUser()
    const gone = await newUser()
    expect(await svc.eraseUser(gone.id)).toEqual({ ok: true })
    const at = new Date('2026-11-27T12:00:00Z')
    await svc.touchLastSeenMany([a.id, b.id, gone.id], at)
    expect((await svc.findById(a.id))?.lastSeenAt).toEqual(at)
    expect((await svc.findById(b.id))?.lastSeenAt).toEqual(at)
    expect((await svc.findById(gone.id))?.lastSeenAt).toBeNull()
  })

  it('when a user erases themselves, then personal data is gone, aggregates stay and the hook fires', async () => {
    const u = await onboard()
    // the chosen helpline country says where someone lives: it goes too
    expect((await svc.setCrisisCountry(u.id, 'de')).user.crisisCountry).toBe('de')
    const other = await onboard()
    const [m] = await db.db
      .insert(matches)
      .values({ userA: u.id, userB: other.id, status: 'completed', expiresAt: new Date() })
      .returning()
    await db.db.insert(chatSessions).values({
      matchId: m!.id,
      userA: u.id,
      userB: other.id,
      status: 'ended',
      ratingByA: 5,
      ratingByB: 4,
      feedbackByA: 'спасибо, Анна',
      feedbackByB: 'хороший разговор',
      messageCount: 12,
    })
    const tg = u.telegramId!
    expect(await svc.eraseUser(u.id)).toEqual({ ok: true })
    expect(deleted).toContain(u.id)

    const row = await svc.findById(u.id)
    expect(row).toMatchObject({
      telegramId: null,
      nickname: null,
      bio: null,
      timezone: null,
      utcOffsetMinutes: null,
      crisisCountry: null,
      availability: [],
      safetyAck: false,
    })
    expect(row?.deletedAt).toBeInstanceOf(Date)
    expect(await db.db.select().from(userTopics).where(eq(userTopics.userId, u.id))).toEqual([])
    const [s] = await db.db
      .select()
      .from(chatSessions)
      .where(and(eq(chatSessions.userA, u.id)))
    expect(s).toMatchObject({
      ratingByA: 5,
      ratingByB: 4,
      feedbackByA: null,
      feedbackByB: 'хороший разговор',
      messageCount: 12,
    })
    expect(await svc.findByTelegramId(tg)).toBeNull()
    expect(await svc.eraseUser(u.id)).toEqual({ ok: false, reason: 'not-found' })

    // the same Telegram account comes back as a brand-new user
    const again = await svc.ensureUser(tg, 'ru')
    expect(again.created).toBe(true)
    expect(again.user.id).not.toBe(u.id)
  })
})
