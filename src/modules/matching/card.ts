import { AVAILABILITY_WINDOWS, HOURS_PER_WEEK, utcHoursOfWeek } from '../users/availability.js'
import { effectiveOffsetMinutes } from '../users/timezone.js'
import {
  type Candidate,
  combineScore,
  type MatchProfile,
  partitionOf,
  type ScoredCandidate,
} from './scoring.js'

/**
 * A waiting user's score card: everything scoring reads, kept in Redis beside the queue marker (hash
 * `mq:cards`, field = user id) so the matcher ranks a whole candidate window without touching Postgres and
 * checks eligibility in SQL only for the best few. Written by enqueue, refreshed when found stale.
 *
 * Availability is kept as the window ids (7 bits) plus the zone, not as UTC hours: the hours depend on the
 * zone's offset at the matching instant (DST), which can change while someone waits up to a day.
 */
export type ScoreCard = {
  topicIds: number[]
  /** Bit i = AVAILABILITY_WINDOWS[i] picked. */
  windows: number
  /** users.timezone (IANA zone or `UTC+05:30` label). */
  timezone: string | null
  /** users.utc_offset_minutes (used for fixed offsets only). */
  utcOffsetMinutes: number | null
  helpfulness: number
  language: string
  /** Matching partition: users are matched only within the same one (see scoring.ts partitionOf). */
  partition: string
}

const WINDOW_BIT = new Map<string, number>(AVAILABILITY_WINDOWS.map((w, i) => [w.id, 1 << i]))

export function windowBits(ids: readonly string[]): number {
  let bits = 0
  for (const id of ids) bits |= WINDOW_BIT.get(id) ?? 0
  return bits
}

const IDS_BY_BITS: readonly string[][] = Array.from({ length: 1 << AVAILABILITY_WINDOWS.length }, (_, bits) =>
  AVAILABILITY_WINDOWS.filter((_, i) => bits & (1 << i)).map((w) => w.id),
)

/** The window ids of a bit set (shared arrays: read-only). */
export function windowIds(bits: number): readonly string[] {
  return IDS_BY_BITS[bits & ((1 << AVAILABILITY_WINDOWS.length) - 1)] ?? []
}

/** The card of a freshly loaded profile (repo.ts loadProfiles / eligibleCandidates rows). */
export function cardOf(p: {
  topicIds: readonly number[]
  availability: readonly string[]
  timezone: string | null
  storedOffsetMinutes: number | null
  helpfulness: number
  language: string
  partition?: string
}): ScoreCard {
  return {
    topicIds: [...new Set(p.topicIds)].sort((a, b) => a - b),
    windows: windowBits(p.availability),
    timezone: p.timezone,
    utcOffsetMinutes: p.storedOffsetMinutes,
    helpfulness: p.helpfulness,
    language: p.language,
    partition: p.partition ?? '',
  }
}

const CARD_VERSION = 'c1'
// `|` never occurs in a zone name, a language code or a number; the partition is the last field.
export function encodeCard(c: ScoreCard): string {
  return [
    CARD_VERSION,
    c.topicIds.join(','),
    c.windows,
    c.timezone ?? '',
    c.utcOffsetMinutes ?? '',
    c.helpfulness,
    c.language,
    c.partition,
  ].join('|')
}

const decoded = new Map<string, ScoreCard | null>()
const DECODED_MAX = 50_000

/**
 * Null for a missing or unreadable card (e.g. a marker written before cards existed). Memoised by the card
 * text: the oldest waiting users head every window, so the same cards are read lookup after lookup. The
 * returned object is shared: treat it as read-only.
 */
export function decodeCard(s: string | null | undefined): ScoreCard | null {
  if (!s) return null
  let c = decoded.get(s)
  if (c === undefined) {
    c = parseCard(s)
    if (decoded.size >= DECODED_MAX) decoded.clear()
    decoded.set(s, c)
  }
  return c
}

function parseCard(s: string): ScoreCard | null {
  const f = s.split('|')
  if (f[0] !== CARD_VERSION || f.length < 8) return null
  const topicIds = (f[1] ?? '').split(',').filter(Boolean).map(Number)
  const windows = Number(f[2])
  const helpfulness = Number(f[5])
  if (
    topicIds.some((t) => !Number.isInteger(t)) ||
    !Number.isInteger(windows) ||
    !Number.isFinite(helpfulness)
  )
    return null
  return {
    topicIds,
    windows,
    timezone: f[3] || null,
    utcOffsetMinutes: f[4] === '' || f[4] === undefined ? null : Number(f[4]),
    helpfulness,
    language: f[6] ?? 'ru',
    partition: f.slice(7).join('|'),
  }
}

/** UTC hours of the week as a 168-bit mask (6 × 28 bits, so popcounts stay in small-int arithmetic). */
type HourMask = { words: Int32Array; count: number }
const WORD_BITS = 28
const WORDS = Math.ceil(HOURS_PER_WEEK / WORD_BITS)

const masks = new Map<string, HourMask>()

/** availableHours() of scoring.ts as a bit mask, memoised: there are only 128 window sets × a few offsets. */
export function hourMask(windows: number, offsetMinutes: number | null): HourMask {
  const key = `${windows}@${offsetMinutes ?? 0}`
  let m = masks.get(key)
  if (!m) {
    const hours = utcHoursOfWeek(windowIds(windows), offsetMinutes ?? 0)
    const words = new Int32Array(WORDS)
    const all = hours.size === 0 // no stated preference = every hour, as in scoring.ts availableHours()
    for (let h = 0; h < HOURS_PER_WEEK; h++)
      if (all || hours.has(h)) {
        const w = Math.floor(h / WORD_BITS)
        words[w] = (words[w] ?? 0) | (1 << (h % WORD_BITS))
      }
    m = { words, count: all ? HOURS_PER_WEEK : hours.size }
    if (masks.size > 10_000) masks.clear()
    masks.set(key, m)
  }
  return m
}

const popcount = (x: number) => {
  let v = x - ((x >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/**
 * A scorer for one seeker at one instant: ranks score cards exactly as scoreCandidate() ranks full profiles
 * (same formula through combineScore, same integer overlap counts), but with bit masks and memoised zone
 * offsets, so a window of ~500 cards costs well under a millisecond.
 */
export function cardScorer(
  seeker: MatchProfile,
  opts: { minSharedTopics: number; at: Date },
): (userId: number, queuedAt: number, card: ScoreCard) => ScoredCandidate | null {
  const mine = new Set(seeker.topicIds)
  const seekerMask = hourMask(windowBits(seeker.availability), seeker.utcOffsetMinutes)
  const partition = partitionOf(seeker)
  const minShared = Math.max(1, opts.minSharedTopics)
  const offsets = new Map<string, number | null>()
  const offsetOf = (c: ScoreCard) => {
    const key = `${c.timezone ?? ''}#${c.utcOffsetMinutes ?? ''}`
    let o = offsets.get(key)
    if (o === undefined) {
      o = effectiveOffsetMinutes({ timezone: c.timezone, utcOffsetMinutes: c.utcOffsetMinutes }, opts.at)
      offsets.set(key, o)
    }
    return o
  }
  return (userId, queuedAt, card) => {
    if (userId === seeker.userId || card.partition !== partition) return null
    const shared: number[] = []
    for (const t of card.topicIds) if (mine.has(t)) shared.push(t)
    if (shared.length < minShared) return null
    const offset = offsetOf(card)
    const m = hourMask(card.windows, offset)
    let common = 0
    for (let i = 0; i < WORDS; i++) common += popcount((seekerMask.words[i] ?? 0) & (m.words[i] ?? 0))
    if (common === 0) return null
    const time = common / Math.min(seekerMask.count, m.count)
    const tags = shared.length / Math.min(mine.size, card.topicIds.length)
    const candidate: Candidate = {
      userId,
      topicIds: card.topicIds,
      availability: windowIds(card.windows),
      utcOffsetMinutes: offset,
      helpfulness: card.helpfulness,
      queuedAt,
      partition: card.partition,
    }
    return {
      candidate,
      score: combineScore(tags, time, card.helpfulness),
      tagOverlap: tags,
      timeOverlap: time,
      sharedTopicIds: shared,
    }
  }
}
