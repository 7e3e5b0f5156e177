import { describe, expect, it } from 'vitest'
import { obliqueAnchor } from './concept-matches.js'
import { analyse, detectCrisisV2 } from './detector.js'

// crisis18en: a means, plan or goodbye told with no crisis word lets the classifier speak (concepts.ts
// OBLIQUE_ANCHORS); the words alone do not.
const oblique = (text: string) => obliqueAnchor(analyse(text))

describe('crisis18en: oblique anchors (a medicine taken, a place at its edge, affairs with a date)', () => {
  it.each([
    "took all my grandad's morphine a little while ago, feeling heavy",
    'just took 40 paracetamol. not calling anyone',
    'walked into the ocean at night fully dressed',
    'on the multi storey car park now, legs dangling',
    'cancelled my subscriptions and paid off my card. friday then',
    'thank you for everything. i wont be around much longer',
    'been having thoughts of self-deletion all week',
  ])('anchors %s', (text) => {
    expect(oblique(text)).toBe(true)
  })

  it.each([
    'bought paracetamol at the chemist',
    'walked to the sea with the dog',
    'feeling heavy after that pizza',
    'cancelled my gym membership',
    'thanks for the pizza',
    'i want to die',
  ])('leaves %s alone', (text) => {
    expect(oblique(text)).toBe(false)
  })
})

describe('crisis18en: dev lines the anchors and the slang let through, and their look-alikes', () => {
  it.each([
    'just took 40 paracetamol. not calling anyone',
    'took my nans morphine patches. put them all on at once. feeling floaty',
    'been having thoughts of self-deletion all week',
    // lost by the retrain on batch 33 alone (crisis24ru, P(none) 0.74), read again as intent once batch 34 joined
    'cancelled my subscriptions, emptied my fridge, left my car keys with my brother. the 21st, once the exams are done',
  ])('hit: %s', (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })

  it.each([
    'took two paracetamol for my headache, feeling better now',
    'walked to the sea with the dog this morning, so calm',
    'cancelled my netflix, paid off my card. new budget starts monday',
  ])('no hit: %s', (text) => {
    expect(detectCrisisV2(text).hit).toBe(false)
  })
})
