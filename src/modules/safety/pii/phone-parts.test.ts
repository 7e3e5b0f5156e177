import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'

const digitsLeft = (out: string) => out.replace(/\D/g, '')

describe('phones given in parts (issue 12, v3)', () => {
  it.each([
    // joined by «потом»/«дальше»/"then", or split by a remark in brackets
    ['звони 8 903 потом 555 12 34', ''],
    ['восемь девять ноль пять, дальше 111 22 33', ''],
    ['запиши 8 926 (это мтс) 700 11 22', ''],
    ['call 415 555 then 0142', ''],
    // the area code said apart, a local number beside it
    ['my number is 555-0177 and the area code is 212', ''],
    ['дедушкин 3-41-20, код 86137', ''],
    ['my cell is 555 then 0148, area code 718', ''],
    // a partial or mistyped copy of a number given in the same message
    ['ой, не 8 999 45, правильно 8 999 450 12 12', ''],
    // single digits spaced out in groups, and digits glued to number words
    ['text me: 3 1 2, 5 5 5, 0 1 9 9', ''],
    ['call 2one2-555-01seven3', ''],
  ])('when %j, then no digit of the number is left', (text, left) => {
    expect(digitsLeft(anonymize(text))).toBe(left)
  })

  it.each([
    'код из смс 4821, не говори никому',
    'у меня 3 кошки потом 2 собаки',
    'the score was 1 2 3 then 4',
    'area code 212 is Manhattan, right?',
    'в 2019 потом в 2021 переезжали',
  ])('when %j, then no phone', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'phone')).toEqual([])
  })
})

describe('a false start dictated digit by digit, an area code said first (piinum5)', () => {
  it.each([
    ['my number is 3 1 0... bot cut it. trying again: three one zero, 555, oh one six two', '3 1 0'],
    [
      '+7 nine one seven... ой не тот язык)) в общем девять один семь сто пять девяносто девяносто',
      'nine one seven',
    ],
    ['nine seven three... wait: 973 area code, then 215 6608', 'nine seven three'],
  ])('when %j, then the false start %j is masked too', (text, piece) => {
    const out = anonymize(text)
    expect(out).not.toContain(piece)
    expect(out).not.toContain('973')
  })

  it.each(['my number is 8 916 123 45 67, I have 3 1 0 dogs', 'one two three, go! call 8 916 123 45 67'])(
    'when single digits do not start the number (%j), then they stay',
    (text) => {
      expect(anonymize(text)).toMatch(/3 1 0|one two three/)
    },
  )
})
