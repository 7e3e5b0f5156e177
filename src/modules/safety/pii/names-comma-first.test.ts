import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { masks } from './masks.testkit.js'
import { findCommaFirstNames } from './names-comma-first.js'
import type { PiiFinding } from './types.js'

const spans = (text: string) => {
  const out: PiiFinding[] = []
  findCommaFirstNames(text, out)
  return [...new Set(out.map((f) => f.value))]
}

describe('surname first, a comma, the given name: one scanner, three readings (round 26)', () => {
  it.each([
    // a surname with an ending of the region
    ['Hakobyan, Narek keeps texting me', 'Hakobyan, Narek'],
    // a surname the lexicon knows, particles, capitals
    ['the form says van den Broek, Willem and nobody checked', 'van den Broek, Willem'],
    ['MORRISON, Emily Jane is on the ward board', 'MORRISON, Emily Jane'],
    // a label before one pair
    ['Name: Adeyemi, Tunde', 'Adeyemi, Tunde'],
  ])('when %s, then the pair is one finding', (text, value) => expect(spans(text)).toContain(value))

  it('when two name-like pairs make a list, then each is a finding', () => {
    expect(spans('seating: Mbeki, Thando; Ferreira, Joao').sort()).toEqual([
      'Ferreira, Joao',
      'Mbeki, Thando',
    ])
  })

  // the given name is also the start of the surname: the finding ends at the given name after the comma, not at
  // its first occurrence (inside the surname), which left the surname's tail ("…yan") in the text
  it.each([
    ['the note was from Davidyan, David Kenji’s brother', ['Davidyan', 'David', 'yan']],
    ['signed Petrosyan, Petros Plath-Bey', ['Petrosyan', 'Petros', 'yan']],
  ])('when %s, then no part of the surname is left', (text, parts) => masks(text, parts))

  it('when the given name opens the surname, then the span still covers both', () => {
    expect(spans('signed Karapetyan, Karapet')).toEqual(['Karapetyan, Karapet'])
  })

  it.each([
    'Thanks, Levon, that helped',
    'Paris, Texas is my comfort film',
    'Virginia Woolf, Sylvia Plath: my whole reading list this term',
    'Hi, Daniel here again, sorry for the long message',
    'London, Ontario is where we moved when I was six',
    'Sorry, Amir. I cannot come tonight',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})
