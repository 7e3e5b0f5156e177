import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'

describe('addresses — lower-case streets, ordinal streets, "dr" (issue 12, round 8)', () => {
  it.each([
    // a lower-case street after its street word, the house in words after «дом»
    ['мама живёт на улице мира дом сорок два, приезжай', 'сорок'],
    ['на проспекте ленина дом семь квартира три', 'ленина'],
    // a numbered street («2-я Садовая») after «на»/«по»
    ['переехали на 3-ю Заводскую, дом 8б', 'Заводскую'],
    ['я на 1-й Линейной 14, заходи', 'Линейной'],
    // lower-case "crescent", "dr" before a unit, a full stop or "in"
    ['come to 12 hawthorn crescent tonight', 'hawthorn'],
    ["i'm at 880 n lake dr #12 in chicago", 'lake'],
    ['she moved to 45 pine ridge dr.', 'pine'],
  ])('%s', (text, word) => {
    expect(anonymize(text)).not.toContain(word)
  })

  it.each([
    'after 3 visits dr patel said it was fine',
    'я живу на проспекте уже два года',
    'на улице мира и тишины не бывает',
    'we had 2 cres and a bagel',
    'на 2-й неделе стало легче',
  ])('clean: %s', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
