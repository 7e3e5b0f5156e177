import { and, eq, inArray } from 'drizzle-orm'
import type { EmulatorDriver, MessageView } from '../../../test/helpers/emulator-driver.js'
import type { Db } from '../../db/client.js'
import { topics, type UserRow, users, userTopics } from '../../db/schema/index.js'
import { formatUtcOffset } from '../../modules/users/timezone.js'

/**
 * Test helpers for other features' e2e tests: get an emulator user through onboarding, either for real
 * through the bot (`onboardViaBot`, ~12 updates) or by seeding the database (`seedOnboardedUser`, instant —
 * use it when onboarding is not what the test is about, and with a low RATE_LIMIT_PER_MIN).
 */

export type OnboardOptions = {
  lang?: 'ru' | 'en'
  /** Topic slugs (≥ 2). */
  topics?: string[]
  /** Typed offset, e.g. '+3'. */
  offset?: string
  /** Availability window ids. */
  availability?: string[]
  bio?: string
  /** The age-group answer (default 18+). */
  age?: '18_plus' | '13_17' | 'under_13'
}

const LABELS = {
  ru: { lang: 'Русский', consent: 'Понимаю', keep: 'Оставить', done: 'Готово', skip: 'Пропустить' },
  en: { lang: 'English', consent: 'I understand', keep: 'Keep it', done: 'Done', skip: 'Skip' },
} as const

/** The age step's buttons (locales/<lang>/age.ftl age-btn-*). */
export const AGE_LABELS = {
  ru: { under_13: 'Меньше 13', '13_17': '13–17', '18_plus': '18 или больше' },
  en: { under_13: 'Under 13', '13_17': '13–17', '18_plus': '18 or older' },
} as const

const TOPIC_LABELS: Record<string, { ru: string; en: string }> = {
  burnout: { ru: 'Выгорание', en: 'Burnout' },
  anxiety: { ru: 'Тревога', en: 'Anxiety' },
  loneliness: { ru: 'Одиночество', en: 'Loneliness' },
  relocation: { ru: 'Переезд', en: 'Relocation' },
  loss: { ru: 'Утрата', en: 'Loss of' },
  breakup: { ru: 'Расставание', en: 'Breakup' },
}

const AV_LABELS: Record<string, { ru: string; en: string }> = {
  weekday_morning: { ru: 'Будни, утро', en: 'Weekdays, morning' },
  weekday_day: { ru: 'Будни, день', en: 'Weekdays, daytime' },
  weekday_evening: { ru: 'Будни, вечер', en: 'Weekdays, evening' },
  weekend_morning: { ru: 'Выходные, утро', en: 'Weekends, morning' },
  weekend_day: { ru: 'Выходные, день', en: 'Weekends, daytime' },
  weekend_evening: { ru: 'Выходные, вечер', en: 'Weekends, evening' },
  night: { ru: 'Ночь', en: 'Night' },
}

/** The user row of an emulator user (undefined once erased or never started). */
export async function userByTelegramId(db: Db, telegramId: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.telegramId, telegramId))
  return row
}

export async function userById(db: Db, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id))
  return row
}

/** Slugs of the user's chosen topics, sorted. */
export async function topicSlugsOf(db: Db, userId: number): Promise<string[]> {
  const rows = await db
    .select({ slug: topics.slug })
    .from(userTopics)
    .innerJoin(topics, eq(topics.id, userTopics.topicId))
    .where(eq(userTopics.userId, userId))
  return rows.map((r) => r.slug).sort()
}

/** Presses a button and waits until the bot answered the callback; returns the answer (alert text). */
export async function click(tg: EmulatorDriver, userId: number, text: string | RegExp) {
  const { callback_query_id } = await tg.pressButton(userId, text)
  return tg.callbackAnswer(userId, callback_query_id)
}

/** Sends text and waits for a bot reply matching `expect` that arrived after it. */
export async function say(tg: EmulatorDriver, userId: number, text: string, expect: string | RegExp) {
  const { message_id } = await tg.send(userId, text)
  return tg.waitForText(userId, expect, { afterMessageId: message_id })
}

/** Walks the whole wizard through the bot; returns the final "all set" message. */
export async function onboardViaBot(
  tg: EmulatorDriver,
  userId: number,
  opts: OnboardOptions = {},
): Promise<MessageView> {
  const lang = opts.lang ?? 'ru'
  const l = LABELS[lang]
  await say(tg, userId, '/start', 'Выберите язык / Choose your language')
  await click(tg, userId, l.lang)
  await tg.waitForText(userId, 'findahelpline.com')
  await click(tg, userId, l.consent)
  await tg.waitForText(userId, lang === 'ru' ? 'Сколько вам лет?' : 'How old are you?')
  await click(tg, userId, AGE_LABELS[lang][opts.age ?? '18_plus'])
  await tg.waitForText(userId, lang === 'ru' ? 'Ваш псевдоним' : 'Your pseudonym')
  await click(tg, userId, l.keep)
  await tg.waitForText(userId, lang === 'ru' ? 'О чём вам' : 'What would you like')
  for (const slug of opts.topics ?? ['burnout', 'anxiety']) {
    const label = TOPIC_LABELS[slug]?.[lang]
    if (!label) throw new Error(`no label for topic ${slug} in the testkit`)
    await click(tg, userId, label)
  }
  await click(tg, userId, l.done)
  await say(tg, userId, opts.offset ?? '+3', lang === 'ru' ? 'Когда вам обычно' : 'When are you usually')
  for (const id of opts.availability ?? ['weekday_evening']) {
    const label = AV_LABELS[id]?.[lang]
    if (!label) throw new Error(`no label for window ${id}`)
    await click(tg, userId, label)
  }
  await click(tg, userId, l.done)
  await tg.waitForText(userId, lang === 'ru' ? 'пара слов о себе' : 'a few words about yourself')
  const allSet = lang === 'ru' ? 'Готово,' : 'All set,'
  if (opts.bio) return say(tg, userId, opts.bio, allSet)
  await click(tg, userId, l.skip)
  return tg.waitForText(userId, allSet)
}

/**
 * An onboarded user straight in the database for the emulator user `telegramId` (no bot updates). Upserts:
 * the emulator refuses to message users who never wrote to the bot, so when the test needs the bot to
 * reach this user, have them send `/start` first (creates the row) and then call this to finish it.
 */
export async function seedOnboardedUser(
  db: Db,
  telegramId: number,
  opts: Omit<OnboardOptions, 'offset'> & { nickname?: string; offsetMinutes?: number } = {},
): Promise<UserRow> {
  const offset = opts.offsetMinutes ?? 180
  const values = {
    language: opts.lang ?? 'ru',
    nickname: opts.nickname ?? `Тестовый Ёж ${telegramId}`,
    safetyAck: true,
    safetyAckAt: new Date(),
    onboardingStep: 'done',
    ageGroup: opts.age ?? '18_plus',
    timezone: formatUtcOffset(offset),
    utcOffsetMinutes: offset,
    availability: opts.availability ?? ['weekday_evening'],
    bio: opts.bio ?? null,
  }
  const [user] = await db
    .insert(users)
    .values({ telegramId, ...values })
    .onConflictDoUpdate({ target: users.telegramId, set: values })
    .returning()
  if (!user) throw new Error('seed failed')
  await db.delete(userTopics).where(eq(userTopics.userId, user.id))
  const picked = await db
    .select({ id: topics.id })
    .from(topics)
    .where(and(inArray(topics.slug, opts.topics ?? ['burnout', 'anxiety']), eq(topics.active, true)))
  if (picked.length)
    await db.insert(userTopics).values(picked.map((t) => ({ userId: user.id, topicId: t.id })))
  return user
}
