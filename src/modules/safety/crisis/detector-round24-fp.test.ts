import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'

// round 24 (crisis24fp, issue #12): a bump, scrape or burn on a household thing (`bodyHurt`, scope-lists-lookalikes.ts
// HOUSEHOLD_HURT) is an everyday hurt for a self-harm or imminent reading of the classifier alone; out of fold the
// classifier read "hit my head on the cupboard door again", «ударилась головой о полку» as self-harm
describe('round 24: a hurt on a household thing is no self-harm for the classifier alone', () => {
  it.each([
    'scraped my arm on the car door in the parking lot, it bled a bit',
    'caught my hand on the hob last night, there is a blister now',
    'опять стукнулась головой о шкафчик на кухне, теперь шишка',
  ])('when the hurt is told with the thing it happened on (%s), then it is no hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(false)
  })

  it.each([
    'бьюсь головой об стену, когда никто не видит, так легче',
    'I burned my arm on the stove on purpose again, it is the only thing that helps',
    'специально прижгла руку о плиту, чтобы почувствовать хоть что-то',
    'hit my head against the wall until it bled, I hate myself',
    'burned my arm with a lighter again last night',
    // a hurt repeated "until" something: the first version of the family lost two such lines out of fold
    'banged my head on the kitchen table until everything went quiet in my head',
    'стукнулась головой о шкаф, пока не пошла кровь, так мне и надо',
  ])('when the hurt is on purpose, a wall or a lighter (%s), then it stays a hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })
})

// round 24: a last message or post bounded right after it («пока что», «на время», "for a while", "until next week") is
// the end of a stretch for a classifier-only farewell or plan reading (model-checks.ts `lastForNow`); out of fold the
// classifier read «Это моё последнее сообщение пока что, у меня самолёт. Спасибо за всё!» as a farewell
describe('round 24: a last message for now is no farewell for the classifier alone', () => {
  it.each([
    'это моё последнее сообщение на время, спасибо вам за всё',
    'last time you will hear from me for a while, thank you for everything',
  ])('when the last message is bounded (%s), then it is no hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(false)
  })

  it.each([
    'это моё последнее сообщение. простите меня',
    'this is my last message until they find me',
    'это последнее сообщение пока что, дальше меня не будет никогда',
    'последнее сообщение пока что. спасибо за всё, берегите себя',
  ])('when the bound is missing or a goodbye is told beside it (%s), then it stays a hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })
})
