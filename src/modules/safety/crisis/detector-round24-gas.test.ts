import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'

describe('round 24 (coordinator): gas let into a sealed room', () => {
  it.each([
    'turned the gas on in the kitchen, sealed the windows. lying on the couch',
    'gas is on, taped the gaps under the door. bye',
    'газ открыл, щели в окнах скотчем заклеил. дом частный, соседей рядом нет.',
    'открыла газ на кухне и заткнула двери полотенцами',
  ])('imminent: %s', (text) => {
    expect(detectCrisisV2(text)).toMatchObject({ hit: true, category: 'imminent' })
  })

  it.each([
    'turned the gas on to cook pasta',
    'sealed the windows for winter, the gas bill is crazy, heating is on all day',
    'газ открыл, окна открыл — проветриваю',
    'окна на зиму заклеила, газ за месяц 800 рублей',
  ])('no hit: %s', (text) => {
    expect(detectCrisisV2(text).hit).toBe(false)
  })
})
