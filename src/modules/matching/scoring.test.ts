import { describe, expect, it } from 'vitest'
import {
  type Candidate,
  ineligibility,
  type MatchProfile,
  rankCandidates,
  SCORE_WEIGHTS,
  scoreCandidate,
  sharedTopics,
  tagOverlap,
  timeOverlap,
} from './scoring.js'

const seeker = (over: Partial<MatchProfile> = {}): MatchProfile => ({
  userId: 1,
  topicIds: [1, 2, 3],
  availability: [],
  utcOffsetMinutes: 180,
  helpfulness: 0.5,
  ...over,
})

const cand = (userId: number, over: Partial<Candidate> = {}): Candidate => ({
  userId,
  topicIds: [1, 2, 3],
  availability: [],
  utcOffsetMinutes: 180,
  helpfulness: 0.5,
  queuedAt: 1000,
  ...over,
})

const opts = { minSharedTopics: 2 }

describe('tag overlap', () => {
  it('when the smaller list is contained in the larger, then overlap is 1', () => {
    expect(tagOverlap([1, 2], [1, 2, 3, 4, 5])).toBe(1)
  })

  it('when two of four topics are shared, then overlap is 0.5', () => {
    expect(tagOverlap([1, 2, 3, 4], [3, 4, 5, 6])).toBe(0.5)
    expect(sharedTopics([4, 3, 2, 1], [6, 5, 4, 3])).toEqual([3, 4])
  })

  it('when either list is empty, then overlap is 0', () => {
    expect(tagOverlap([], [1, 2])).toBe(0)
  })
})

describe('time overlap', () => {
  it('when both have the same windows in the same zone, then overlap is 1', () => {
    const a = { availability: ['weekday_evening'], utcOffsetMinutes: 180 }
    expect(timeOverlap(a, a)).toBe(1)
  })

  it('when the same local evening is 3 hours apart in UTC, then overlap is partial', () => {
    // Moscow 18–23 = 15–20 UTC; UTC+6 18–23 = 12–17 UTC → 2 of 5 hours shared each weekday
    const msk = { availability: ['weekday_evening'], utcOffsetMinutes: 180 }
    const omsk = { availability: ['weekday_evening'], utcOffsetMinutes: 360 }
    expect(timeOverlap(msk, omsk)).toBeCloseTo(2 / 5)
  })

  it('when the windows never meet, then overlap is 0', () => {
    const a = { availability: ['weekday_morning'], utcOffsetMinutes: 180 }
    const b = { availability: ['weekend_evening'], utcOffsetMinutes: 180 }
    expect(timeOverlap(a, b)).toBe(0)
  })

  it('when one user stated no windows, then they fit any schedule (overlap 1)', () => {
    const a = { availability: [], utcOffsetMinutes: null }
    const b = { availability: ['weekend_day'], utcOffsetMinutes: -300 }
    expect(timeOverlap(a, b)).toBe(1)
  })
})

describe('scoreCandidate', () => {
  it('when topics, times and helpfulness are perfect, then score is 1 and the weights sum to 1', () => {
    const s = scoreCandidate(seeker(), cand(2, { helpfulness: 1 }), opts)
    expect(s?.score).toBeCloseTo(1)
    expect(SCORE_WEIGHTS.tags + SCORE_WEIGHTS.time + SCORE_WEIGHTS.helpfulness).toBeCloseTo(1)
  })

  it('when the terms are known, then score = 0.6·tags + 0.2·time + 0.2·helpfulness', () => {
    const s = scoreCandidate(
      seeker({ topicIds: [1, 2, 3, 4], availability: ['weekday_evening'], utcOffsetMinutes: 180 }),
      cand(2, {
        topicIds: [3, 4, 5, 6],
        availability: ['weekday_evening'],
        utcOffsetMinutes: 360,
        helpfulness: 0.8,
      }),
      opts,
    )
    expect(s).not.toBeNull()
    expect(s?.tagOverlap).toBe(0.5)
    expect(s?.score).toBeCloseTo(0.6 * 0.5 + 0.2 * (2 / 5) + 0.2 * 0.8)
    expect(s?.sharedTopicIds).toEqual([3, 4])
  })

  it('when only one topic is shared, then the pair is not eligible', () => {
    expect(scoreCandidate(seeker({ topicIds: [1, 2] }), cand(2, { topicIds: [2, 3] }), opts)).toBeNull()
  })

  it('when they are never available at the same time, then the pair is not eligible', () => {
    expect(
      scoreCandidate(
        seeker({ availability: ['weekday_morning'] }),
        cand(2, { availability: ['weekend_evening'] }),
        opts,
      ),
    ).toBeNull()
  })

  it('when helpfulness is out of range, then it is clamped to [0,1]', () => {
    expect(scoreCandidate(seeker(), cand(2, { helpfulness: 7 }), opts)?.score).toBeCloseTo(1)
    expect(scoreCandidate(seeker(), cand(2, { helpfulness: Number.NaN }), opts)?.score).toBeCloseTo(0.8)
  })
})

describe('rankCandidates', () => {
  it('when scores differ, then the highest wins', () => {
    const ranked = rankCandidates(
      seeker(),
      [cand(2, { helpfulness: 0.2 }), cand(3, { helpfulness: 0.9 }), cand(4, { topicIds: [1, 2, 9] })],
      opts,
    )
    expect(ranked.map((r) => r.candidate.userId)).toEqual([3, 2, 4])
  })

  it('when scores tie, then the earliest queued wins, then the lowest user id', () => {
    const ranked = rankCandidates(
      seeker(),
      [cand(9, { queuedAt: 2000 }), cand(7, { queuedAt: 1000 }), cand(5, { queuedAt: 2000 })],
      opts,
    )
    expect(ranked.map((r) => r.candidate.userId)).toEqual([7, 5, 9])
  })

  it('when the seeker appears among candidates or someone is ineligible, then they are skipped', () => {
    const ranked = rankCandidates(seeker(), [cand(1), cand(2, { topicIds: [1] }), cand(3)], opts)
    expect(ranked.map((r) => r.candidate.userId)).toEqual([3])
  })
})

describe('ineligibility', () => {
  const ok = {
    telegramId: 1,
    safetyAck: true,
    onboardingStep: 'done',
    deletedAt: null,
    bannedAt: null,
    matchingSuspendedAt: null,
    pausedAt: null,
  }
  it('when onboarded and active, then eligible', () => {
    expect(ineligibility(ok)).toBeNull()
  })
  it('when a state blocks matching, then the reason names it', () => {
    expect(ineligibility({ ...ok, safetyAck: false })).toBe('not-onboarded')
    expect(ineligibility({ ...ok, onboardingStep: 'topics' })).toBe('not-onboarded')
    expect(ineligibility({ ...ok, bannedAt: new Date() })).toBe('banned')
    expect(ineligibility({ ...ok, matchingSuspendedAt: new Date() })).toBe('suspended')
    expect(ineligibility({ ...ok, pausedAt: new Date() })).toBe('paused')
    expect(ineligibility({ ...ok, deletedAt: new Date() })).toBe('deleted')
    expect(ineligibility({ ...ok, telegramId: null })).toBe('deleted')
  })
})
