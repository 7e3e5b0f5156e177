import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'

// crisis19 (issue #12): the «прощайте» family's look-alikes — a goodbye told as someone else's speech, «не ищите
// меня» said about a place — and their crisis twins, with a classifier that always says none (the rules alone)
const noneModel = stubModel({ none: 5 })

describe('issue #12: farewell words told as reported speech or about a place are no farewell', () => {
  it.each([
    'прощайте, сказал Штирлиц и вышел 😄',
    'ну всё, прощайте — сказал мой муж и ушёл на рыбалку на три дня',
    'прощайте, написала начальница и уволилась',
    'не ищите меня в тиктоке, я там больше не сижу',
    'не ищи меня на работе завтра, я на больничном',
  ])('%s', (text) => {
    expect(detectCrisisV2(text, { model: noneModel }).hit).toBe(false)
  })
})

describe('issue #12: the farewell twins stay hits by the rules alone', () => {
  it.each([
    'прощайте. я больше не могу',
    'ну всё, прощайте все',
    'не ищите меня. так будет лучше',
    'не ищи меня, мама',
  ])('%s', (text) => {
    expect(detectCrisisV2(text, { model: noneModel }).hit).toBe(true)
  })
})
