import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { masks } from './masks.testkit.js'

describe('e-mails: bracketed @ and dots, more providers and TLDs (round 24)', () => {
  it.each([
    ['maria(.)lopez(@)yahoo(.)com if you want to talk', ['maria', 'lopez']],
    ['write to tom[.]barker[@]outlook[.]com', ['tom', 'barker']],
    ['j.nowak (@) gmx (.) de works too', ['j.nowak']],
    ['its pwilson88 at aol, old school i know', ['pwilson88']],
    ['reach me: grumpy_cat at fastmail', ['grumpy_cat']],
    ['daydreamer at fastmail dot fm, lower case', ['daydreamer']],
    ['mail lina.k at posteo dot de', ['lina.k']],
  ])('when %s, then the e-mail is masked', (text, parts) => masks(text, parts))

  it.each([
    'my dad worked at aol in the 90s',
    'i listen to jazz at night on fm radio',
    'she is at fastmail now, as an engineer',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})
