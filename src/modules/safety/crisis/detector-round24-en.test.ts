import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'

const hit = (text: string) => detectCrisisV2(text).hit

describe('round 24: look-alikes the retrain with batch 34 read as a crisis', () => {
  it.each([
    'я на путях к успеху',
    'мы на пути к победе, осталось чуть-чуть',
    'writing my ex one letter for closure. no reply needed',
    'writing a letter to my dad for closure, my therapist thinks it will help',
  ])('when %s, then it is no hit', (text) => {
    expect(hit(text)).toBe(false)
  })

  it('when a closure letter names an end, then it stays a hit', () => {
    expect(hit("writing my last letter for closure. after this i'll be gone")).toBe(true)
  })
})
