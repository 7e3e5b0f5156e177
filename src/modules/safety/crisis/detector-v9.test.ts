import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'

// Rules alone (`model: false`) pin the scope lists whatever the classifier learns.
const rules = (text: string) => detectCrisisV2(text, { model: false })
// A classifier near-certain of a crisis: an idiom veto must still be final.
const sure = stubModel({ none: -8, intent: 8 })

describe('crisis10: a letter for an ordinary departure and a window out of a trivial cause are idioms', () => {
  it.each([
    "wrote a goodbye letter to my old therapist since she's retiring. she helped me so much, i'll miss her",
    'wrote my parents a letter before leaving for a contract in Dubai, going to give it to them at the airport',
    'от маминых нотаций хочется выйти в окно, но я просто выхожу гулять с собакой)',
  ])('when someone writes "%s", then no hit even with a sure classifier', (text) => {
    expect(rules(text).hit).toBe(false)
    expect(detectCrisisV2(text, { model: sure }).hit).toBe(false)
  })

  it.each([
    'wrote my goodbye letters. tonight is the night',
    'wrote a goodbye letter to my sister for her birthday so she has something from me after',
    'хочется выйти в окно',
    'от одиночества хочется выйти в окно',
  ])('when someone writes "%s", then the rules still fire', (text) => {
    expect(rules(text).hit).toBe(true)
  })
})

describe('crisis10: an absence told with its bound is no plan', () => {
  it.each([
    'меня не будет пару дней',
    'извини что гружу. меня не будет на выходных.',
    'не знаю кому сказать. меня не будет до понедельника',
  ])('when someone writes "%s", then a sure classifier raises no plan', (text) => {
    expect(detectCrisisV2(text, { model: sure }).hit).toBe(false)
  })

  it.each([
    'через пару дней меня не будет',
    'скоро меня не будет, раздала вещи',
    'меня не будет пару дней, а потом совсем. навсегда',
  ])('when someone writes "%s", then a sure classifier still raises it', (text) => {
    expect(detectCrisisV2(text, { model: sure }).hit).toBe(true)
  })
})
