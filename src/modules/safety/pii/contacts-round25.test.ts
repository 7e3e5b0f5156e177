import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { validPps, validUkLicenceDate } from './documents.js'
import { masks } from './masks.testkit.js'

describe('driving licences (round 25)', () => {
  it.each([
    // a UK licence number anywhere, words between it and its name
    ['found my old DVLA card, no wait its WOODS705120DJ9AB', ['WOODS705120DJ9AB']],
    ['the number on the pink card: patel610228ra9ty, is that private', ['patel610228ra9ty']],
    // a licence named by its number word alone, digits only
    ['vic licence number 092 554 817 and i lost it', ['092 554 817']],
    ['licence no 558 201 473, the cop kept it for an hour', ['558 201 473']],
    ['my drivers lic # 4471 2203 9 if the landlord needs it', ['4471 2203 9']],
    // "dl" with seven digits or more and no letter
    ['tx dl 274 910 342 expired in march', ['274 910 342']],
  ])('when %s, then the licence is masked', (text, parts) => masks(text, parts))

  it.each([
    'the licence fee went up to 159 pounds',
    'dl speed 400 mbps lol',
    'my license expired 2023',
    'licence to kill is my fav bond film',
    'NSW has 8 million people',
    // a 16-character code whose "birth date" has no month 01–12 or 51–62
    'the promo code ABCDE713116XY9ZZ did not work',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))

  it('when the month is 51–62 (a woman), then the date is still valid', () => {
    expect(validUkLicenceDate('853116')).toBe(true)
    expect(validUkLicenceDate('813116')).toBe(false)
    expect(validUkLicenceDate('712400')).toBe(false)
  })
})

describe('Irish PPS and Indian PAN with no keyword (round 25)', () => {
  it.each([
    ['revenue wrote to me, 7654321PA is on every page', ['7654321PA']],
    ['the form already had 1234567t filled in', ['1234567t']],
    ['KLMPS4821Q was on the slip from my old job', ['KLMPS4821Q']],
  ])('when %s, then the number is masked', (text, parts) => masks(text, parts))

  it.each([
    // a check letter that does not fit, a company's PAN (fourth letter C), a part code
    'the locker code 7654321KB worked',
    'invoice from ABCCD1234E arrived',
    'part no. XYZAB1234C is out of stock',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))

  it('when the second letter is W or missing, then it counts as 0', () => {
    expect(validPps('1234567TW')).toBe(true)
    expect(validPps('1234567T')).toBe(true)
    expect(validPps('1234567FA')).toBe(true)
    expect(validPps('1234567AW')).toBe(false)
  })
})

describe('handles on more platforms and asked-about platforms (round 25)', () => {
  it.each([
    ['strava? mine is kate.climbs.hills, not much climbing lately', ['kate.climbs.hills']],
    ['vk? mine is dima.sokolov in latin', ['dima.sokolov']],
    ['snap? mine is dimplesxo, add me', ['dimplesxo']],
    ['my komoot is hilly.walks.ben', ['hilly.walks.ben']],
    ['depop: thrift.queen.lou if anyone wants my old clothes', ['thrift.queen.lou']],
    ['i post on wattpad as inkandrain_', ['inkandrain_']],
  ])('when %s, then the handle is masked', (text, parts) => masks(text, parts))

  it.each([
    'my strava is broken again',
    'strava says i ran 5k today',
    'vk? mine is broken lol',
    'discord? i’m tired of it',
    'patreon? mine is dead',
    '"ending it" = my 3 year streak on duolingo. the owl is gonna find me',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})
