import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { masks } from './masks.testkit.js'

describe('a unit and a named site, no street (round 26)', () => {
  it.each([
    [
      'we rent unit 9, riverside business park, swindon — the office is tiny',
      ['unit 9, riverside business park'],
    ],
    ['room 22, bluebird motel, highway 50. been here a week', ['room 22, bluebird motel']],
    ['i sell at stall 12, ashford market, every saturday', ['stall 12, ashford market']],
    ['halls again: block c, flat 5, room 3, owens park', ['block c, flat 5, room 3']],
    ['bldg 88 apt b, camp lejeune, my wife is there', ['bldg 88 apt b']],
    ['we live in the holiday park off the a39, pitch 14', ['pitch 14']],
    ['flat 7/22 sector 15, gurgaon now', ['7/22 sector 15']],
    ['снт Рассвет, 2 линия, уч 45 — дача бабушки, там и живу', ['снт Рассвет, 2 линия, уч 45']],
    ['живу в сторожке на 32 км Минского шоссе', ['32 км Минского шоссе']],
    // a lower-case street with a letter outside ASCII or a saint's name
    ['it is 12 tūī street, petone, come round', ['12 tūī street']],
    ['flat 3, 19 st. mary’s rd, the hostel', ['19 st. mary’s rd']],
  ])('when %s, then the address is masked', (text, parts) => masks(text, parts))

  it.each([
    'we went to the car park, room 4 was empty',
    'unit 3 of the course is on the french revolution',
    'the theme park was closed, ride 3 broke',
    'пробежала 14 км по шоссе, ноги отваливаются',
    'i was 5 minutes down the road',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})

describe('public places’ addresses named right after the place (round 26)', () => {
  it.each([
    'Пушкинский музей на Волхонке, 12 — была там в детстве',
    'Большой театр, Театральная площадь, 1 — мечтаю сходить',
    'the natural history museum is on cromwell road, 10 mins from the tube',
    'the chrysler building is 405 lexington ave, so pretty at night',
    'Горячая линия Минздрава 8-800-200-03-89, звонила туда',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))

  it.each([
    ['мой институт на Кронверкском проспекте, 49, живу рядом', ['Кронверкском проспекте, 49']],
    ['i live at 12 museum street, flat 2', ['12 museum street']],
    ['я живу возле театра, Театральная 5, кв 12', ['Театральная 5']],
  ])('when %s, then the address is still masked', (text, parts) => masks(text, parts))
})
