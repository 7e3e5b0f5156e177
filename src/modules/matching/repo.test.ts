import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { chatSessions, matches } from '../../db/schema/index.js'
import { eligibleCandidates, getMatch, insertProposalUnlessBusy, loadProfile } from './repo.js'
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

describe('matching repo: proposal insert guarded by the busy check', () => {
  let db: DbHandle
  beforeAll(async () => {
    db = await createTestDb()
  })
  afterAll(async () => {
    await db?.close()
  })
  const proposal = (x: number, y: number) => ({
    userX: x,
    userY: y,
    score: 0.7123,
    sharedTopicIds: [3, 5],
    ttlSec: 600,
  })

  it('when neither user is busy, then the row is inserted and returned exactly as the table reads back', async () => {
    const x = await createMatchUser(db.db, { topics: ['burnout', 'anxiety'] })
    const y = await createMatchUser(db.db, { topics: ['burnout', 'anxiety'] })
    const { busy, row } = await insertProposalUnlessBusy(db.db, proposal(y, x))
    expect(busy.size).toBe(0)
    expect(row).not.toBeNull()
    expect(row).toEqual(await getMatch(db.db, row?.id ?? -1))
    expect(row).toMatchObject({ userA: Math.min(x, y), userB: Math.max(x, y), status: 'proposed' })
  })

  it('when one user has an open match or an active chat, then nothing is inserted and that user is named', async () => {
    const x = await createMatchUser(db.db, { topics: ['burnout', 'anxiety'] })
    const y = await createMatchUser(db.db, { topics: ['burnout', 'anxiety'] })
    const z = await createMatchUser(db.db, { topics: ['burnout', 'anxiety'] })
    const w = await createMatchUser(db.db, { topics: ['burnout', 'anxiety'] })
    expect((await insertProposalUnlessBusy(db.db, proposal(x, z))).row).not.toBeNull()
    const r = await insertProposalUnlessBusy(db.db, proposal(x, y))
    expect([...r.busy]).toEqual([x])
    expect(r.row).toBeNull()
    // an active chat (its match already completed, so only the session makes them busy)
    const [lo, hi] = [Math.min(y, w), Math.max(y, w)]
    const [m] = await db.db
      .insert(matches)
      .values({ userA: lo, userB: hi, status: 'completed', expiresAt: new Date() })
      .returning({ id: matches.id })
    await db.db.insert(chatSessions).values({ matchId: m?.id ?? -1, userA: lo, userB: hi, status: 'active' })
    const r2 = await insertProposalUnlessBusy(db.db, proposal(y, w))
    expect(new Set(r2.busy)).toEqual(new Set([y, w]))
    expect(r2.row).toBeNull()
  })
})
