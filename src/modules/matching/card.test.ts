import { describe, expect, it } from 'vitest'
import { AVAILABILITY_WINDOWS } from '../users/availability.js'
import { effectiveOffsetMinutes } from '../users/timezone.js'
import { cardOf, cardScorer, decodeCard, encodeCard, type ScoreCard, windowBits, windowIds } from './card.js'
import { type Candidate, type MatchProfile, scoreCandidate } from './scoring.js'

/** Small deterministic PRNG so a failure reproduces. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const ZONES: [string | null, number | null][] = [
  [null, 180],
  ['UTC+03:00', 180],
  ['UTC+05:30', 330],
  ['UTC-09:30', -570],
  ['Europe/Berlin', 60],
  ['Europe/Moscow', 180],
  ['America/New_York', -300],
  ['Asia/Kathmandu', 345],
  ['Etc/GMT-3', 180],
  [null, null],
]

describe('score cards', () => {
  it('when a card is encoded and decoded, then every field survives (unknown window ids dropped)', () => {
    const card = cardOf({
      topicIds: [9, 2, 2, 4],
      availability: ['night', 'weekday_day', 'no_such_window'],
      timezone: 'Europe/Berlin',
      storedOffsetMinutes: 60,
      helpfulness: 0.123456789,
      language: 'en',
      partition: 'teen|13-17',
    })
    expect(card.topicIds).toEqual([2, 4, 9])
    expect(windowIds(card.windows)).toEqual(['weekday_day', 'night'])
    expect(decodeCard(encodeCard(card))).toEqual(card)
    expect(decodeCard('garbage')).toBeNull()
    expect(decodeCard(null)).toBeNull()
  })

  it('when 5,000 random pairs are scored from cards and from full profiles, then results are identical', () => {
    const next = rng(42)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T
    // summer and winter instants, so zones with daylight saving are placed with different offsets
    for (const at of [new Date('2026-07-15T12:00:00Z'), new Date('2026-01-15T03:00:00Z')]) {
      for (let n = 0; n < 2_500; n++) {
        const profile = (id: number) => {
          const topics = Array.from({ length: 1 + Math.floor(next() * 5) }, () => 1 + Math.floor(next() * 8))
          const availability = AVAILABILITY_WINDOWS.filter(() => next() < 0.3).map((w) => w.id)
          const [timezone, stored] = pick(ZONES)
          const helpfulness = pick([0, 0.5, 1, next(), 1.5, -0.2])
          return { id, topics, availability, timezone, stored, helpfulness }
        }
        const s = profile(1)
        const c = profile(2)
        const seeker: MatchProfile = {
          userId: 1,
          topicIds: s.topics,
          availability: s.availability,
          utcOffsetMinutes: effectiveOffsetMinutes({ timezone: s.timezone, utcOffsetMinutes: s.stored }, at),
          helpfulness: s.helpfulness,
        }
        const full: Candidate = {
          userId: 2,
          topicIds: c.topics,
          availability: c.availability,
          utcOffsetMinutes: effectiveOffsetMinutes({ timezone: c.timezone, utcOffsetMinutes: c.stored }, at),
          helpfulness: c.helpfulness,
          queuedAt: 1000,
        }
        const card: ScoreCard = cardOf({
          topicIds: c.topics,
          availability: c.availability,
          timezone: c.timezone,
          storedOffsetMinutes: c.stored,
          helpfulness: c.helpfulness,
          language: 'ru',
        })
        const minSharedTopics = pick([1, 2])
        const expected = scoreCandidate(seeker, full, { minSharedTopics })
        const got = cardScorer(seeker, { minSharedTopics, at })(
          2,
          1000,
          decodeCard(encodeCard(card)) as ScoreCard,
        )
        expect(got === null).toBe(expected === null)
        if (got && expected) {
          expect(got.score).toBe(expected.score)
          expect(got.sharedTopicIds).toEqual(expected.sharedTopicIds)
          expect(got.timeOverlap).toBe(expected.timeOverlap)
        }
      }
    }
  })

  it('when seeker and candidate are in different partitions, then the card scorer and scoreCandidate both refuse', () => {
    const at = new Date()
    const seeker: MatchProfile = {
      userId: 1,
      topicIds: [1, 2],
      availability: [],
      utcOffsetMinutes: 0,
      helpfulness: 0.5,
      partition: 'teen',
    }
    const card = cardOf({
      topicIds: [1, 2],
      availability: [],
      timezone: null,
      storedOffsetMinutes: 0,
      helpfulness: 0.5,
      language: 'ru',
    })
    expect(cardScorer(seeker, { minSharedTopics: 2, at })(2, 1, card)).toBeNull()
    expect(cardScorer({ ...seeker, partition: '' }, { minSharedTopics: 2, at })(2, 1, card)).not.toBeNull()
    const cand: Candidate = { ...seeker, userId: 2, queuedAt: 1, partition: '' }
    expect(scoreCandidate(seeker, cand, { minSharedTopics: 2 })).toBeNull()
    expect(windowBits(['night'])).toBe(1 << 6)
  })
})
