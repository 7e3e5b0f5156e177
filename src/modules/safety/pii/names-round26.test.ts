import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { masks } from './masks.testkit.js'

describe('English full names in lower case (round 26)', () => {
  it.each([
    // initials and a surname
    ['the letter came from d. okonjo at the council', ['d. okonjo']],
    ['make the cheque out to m.j. haddad please', ['m.j. haddad']],
    ['yours truly, a.b. castellanos', ['a.b. castellanos']],
    // after an introduction
    ['my name is really nomvula dube, the app changed it', ['nomvula dube']],
    ['a woman named lani kealoha keeps messaging me', ['lani kealoha']],
    ['just ask for kaz whitfield at the gate', ['kaz whitfield']],
    ["search 'rina takoda' on facebook", ['rina takoda']],
    ['is there a tomas brennan on your records?', ['tomas brennan']],
    // before a cue
    ['wanjiru kamau is my legal name but nobody uses it', ['wanjiru kamau']],
    ['its lucy okoro on my passport', ['lucy okoro']],
    // after a weaker cue, the clause ending after the name
    ['the landlord was daniel brannigan, total creep', ['daniel brannigan']],
    // particles
    ['im aoife ni dhonnchadha on insta', ['aoife ni dhonnchadha']],
  ])('when %s, then the name is masked', (text, parts) => masks(text, parts))

  it.each([
    'signed the organ donor card today',
    'just signed up for life insurance, the agent was weird',
    'took my dad to the range for clay pigeons, he won',
    'romeo and juliet due tomorrow and i havent started',
    'ngl id kms if they cancel the show (jk)',
    'hes into edgar allan poe lately',
    'carrie fisher was so honest about her illness',
    'meet me at 9 a.m. tomorrow',
    'i.e. nothing changed',
    'the british museum on great russell street is free',
    'privet sasha kak dela',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})

describe('well-known people (round 26)', () => {
  it.each([
    'Андрей Рублёв снова вышел в финал',
    'Фрида Кало писала автопортреты в корсете',
    'heath ledger’s joker still gets me',
    'Novak Djokovic lost today and i cried',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})
