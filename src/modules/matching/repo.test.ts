import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { eligibleCandidates, loadProfile } from './repo.js'
import { rankCandidates } from './scoring.js'
import { createMatchUser } from './test-fixtures.js'

const SUMMER = new Date('2026-07-01T12:00:00Z')
const WINTER = new Date('2026-01-15T12:00:00Z')
const FILTER = { antiRepeatDays: 30, declineCooldownSec: 86_400 }

describe('matching repo: offsets at the matching instant', () => {
  let db: DbHandle
  beforeAll(async () => {
    db = await createTestDb()
  })
  afterAll(async () => {
    await db?.close()
  })

  it('when a Berlin user chose their zone in winter, then matching in summer uses UTC+2, in winter UTC+1', async () => {
    // utc_offset_minutes = 60 is the offset when they chose (January): stale by July
    const berlin = await createMatchUser(db.db, {
      topics: ['burnout', 'anxiety'],
      timezone: 'Europe/Berlin',
      utcOffsetMinutes: 60,
      availability: ['weekday_evening'],
    })
    const seeker = await createMatchUser(db.db, { topics: ['burnout', 'anxiety'] })
    const queued = new Map([[berlin, 1]])
    const at = async (when: Date) => (await eligibleCandidates(db.db, seeker, queued, FILTER, when))[0]
    expect((await at(SUMMER))?.utcOffsetMinutes).toBe(120)
    expect((await at(WINTER))?.utcOffsetMinutes).toBe(60)
    expect((await loadProfile(db.db, berlin, SUMMER))?.utcOffsetMinutes).toBe(120)
    expect((await loadProfile(db.db, berlin, WINTER))?.utcOffsetMinutes).toBe(60)
    // a fixed offset (typed +05:30) stays as stored
    const india = await createMatchUser(db.db, {
      topics: ['burnout'],
      timezone: 'UTC+05:30',
      utcOffsetMinutes: 330,
    })
    expect((await loadProfile(db.db, india, SUMMER))?.utcOffsetMinutes).toBe(330)
  })

  it("when a Moscow night owl meets a Berlin evening, then their common hours follow Berlin's DST", async () => {
    // Moscow night 23–07 (UTC+3 all year) = 20–04 UTC; Berlin weekday evening 18–23 = 16–21 UTC in summer,
    // 17–22 UTC in winter: 1 common hour a weekday in summer, 2 in winter
    const moscow = await createMatchUser(db.db, {
      topics: ['loneliness', 'breakup'],
      timezone: 'Europe/Moscow',
      utcOffsetMinutes: 180,
      availability: ['night'],
    })
    const berlin = await createMatchUser(db.db, {
      topics: ['loneliness', 'breakup'],
      timezone: 'Europe/Berlin',
      utcOffsetMinutes: 60,
      availability: ['weekday_evening'],
    })
    const overlapAt = async (when: Date) => {
      const seeker = (await loadProfile(db.db, moscow, when))!
      const candidates = await eligibleCandidates(db.db, moscow, new Map([[berlin, 1]]), FILTER, when)
      return rankCandidates(seeker, candidates, { minSharedTopics: 2 })[0]?.timeOverlap
    }
    // Berlin evening = 25 h/week; shared with Moscow night: summer 1 h × 5 days, winter 2 h × 5 days
    expect(await overlapAt(SUMMER)).toBeCloseTo(5 / 25)
    expect(await overlapAt(WINTER)).toBeCloseTo(10 / 25)
  })
})
