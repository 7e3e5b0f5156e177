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
    // a letter unit after "#", a block between the flat and the house
    ['we got kicked out of 220 Linden Ave #C last week', '#C'],
    ['flat 4, block B, 12 Harrow Road, no heating again', 'block B'],
    // German: "-Str." in a hyphenated street, a floor «3. OG» and a bare postcode after it
    ['Karl-Marx-Str. 14, 12043 Berlin, Wohnung 5, so lonely', 'Karl-Marx-Str'],
    ['Hamburg, Osterstraße 40, 2. OG, 20259 — first place alone', '20259'],
    // South Asian "house no. 7, sector 21, noida", Malaysian "Jalan"
    ['house no. 7, sector 21, noida — my uncle lives there', 'sector 21'],
    ['my cousin stays at 9 Jalan Bukit Bintang, near the mall', 'Bukit'],
  ])('%s', (text, word) => {
    expect(anonymize(text)).not.toContain(word)
  })

  // "dr patel" is a title and a surname (a name, round 9), but no street
  it('when "after 3 visits dr patel said it was fine", then only the name is masked', () => {
    expect(anonymize('after 3 visits dr patel said it was fine')).toBe(
      'after 3 visits dr [name] said it was fine',
    )
  })

  it.each([
    'я живу на проспекте уже два года',
    'на улице мира и тишины не бывает',
    'we had 2 cres and a bagel',
    'на 2-й неделе стало легче',
    'team #B won the quiz',
    'we walked along Jalan Alor for food',
    'that was in 2. Stock of the mall, whatever',
  ])('clean: %s', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
