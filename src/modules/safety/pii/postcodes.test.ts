import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'

describe('UK postcodes (issue 12, round 7)', () => {
  it.each([
    ['address: 17 Willow Bank, Leeds LS6 2AB', ['Willow Bank', 'LS6 2AB']],
    ['my nan lives in Leeds LS6 2AB', ['LS6 2AB']],
    ["it's 5 The Green, Otley LS21 1AB", ['The Green', 'LS21 1AB']],
    ["I'm at 9 Station Approach, Woking GU22 7AE", ['Station Approach', 'GU22 7AE']],
    ['postcode is SW1A 1AA if that helps', ['SW1A 1AA']],
    ['its 14 ash grove flat 6 bristol bs3 4ed, ta', ['ash grove', 'bs3 4ed', '6']],
  ])(
    'when a text gives a full UK postcode («%s»), then it and the house line before it are masked',
    (text, parts) => {
      const out = anonymize(text)
      for (const p of parts) expect(out).not.toContain(p)
    },
  )

  it('when the town is followed by an outward code only, then the whole code is masked', () => {
    expect(anonymize('18 Primrose Hill Road, London NW3')).toBe('[address]')
  })

  it('when a sum is paid before a postcode, then the sum is not part of the address', () => {
    expect(anonymize('paid 5 pounds to post it to Leeds LS6 2AB')).toContain('5 pounds')
  })

  it.each([
    'we got a new MP3 4GB player',
    'my ps5 2tb edition',
    'bus n1 2 stops away',
    'the A4 2TB drive is fine',
    'the M25 is jammed',
  ])('when letters and digits only look like a postcode («%s»), then nothing is found', (text) => {
    expect(findPii(text)).toEqual([])
  })
})
