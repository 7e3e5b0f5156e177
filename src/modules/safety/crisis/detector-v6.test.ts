import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'

// Rules alone (`model: false`), so these pin the phrase and scope lists whatever the classifier learns.
const rules = (text: string) => detectCrisisV2(text, { model: false })

describe('crisis6: "kill my …" is about oneself only with "life", "self" or "own"', () => {
  it.each([
    "oh my god i'm going to kill my little brother he ate my fries",
    "the dentist says i'll kill my jaw grinding like that",
    'im gonna kill my boss if he moves the deadline again',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it.each(["i'm going to kill myself", 'gonna end my life this weekend', 'gonna kill my self tonight'])(
    'when someone writes "%s", then it is still a hit',
    (text) => {
      expect(rules(text).hit).toBe(true)
    },
  )
})

describe('crisis6: a stance held to the end and a saying named as one are idioms', () => {
  it.each([
    "this hill? i'll die on it. pineapple on pizza is valid",
    'cereal is soup, that is the hill i will die on',
    'я так устала что сдохнуть хочется, но это фигура речи если что',
    'у бабушки такая присказка «скорей бы помереть», а сама на дачу каждое утро',
    'we have a running joke where we say "goodbye forever" when we leave the library',
    "i want to die lol, it's just a figure of speech",
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it.each(['хочу сдохнуть, и это не фигура речи', "i want to die and it's not a figure of speech"])(
    'when the saying is denied ("%s"), then it is still a hit',
    (text) => {
      expect(rules(text).hit).toBe(true)
    },
  )
})

describe('crisis6: a rope bought to tie or dry things is a chore', () => {
  it.each(['купила верёвку связывать коробки, переезжаю', 'купил верёвку сушить бельё во дворе'])(
    'when someone writes "%s", then no rule fires',
    (text) => {
      expect(rules(text).hit).toBe(false)
    },
  )

  it('when the rope is bought to hang oneself, then it is still intent', () => {
    const r = rules('купила верёвку, чтобы повеситься')
    expect(r.hit && r.category).toBe('intent')
  })
})
