import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

describe('addresses — commas, rooms in halls and wards, AU/UK forms, Turkish streets (issue 12, round 13)', () => {
  it.each([
    // a comma between a street named without a street word and the house; «на …, д. N»
    ['жили на Большой Ордынке, 21, пока не развелись', ['Большой Ордынке, 21']],
    ['офис на Маросейке, д. 7, стр. 3, второй этаж', ['Маросейке, д. 7, стр. 3']],
    // rooms: dorm blocks and zones, halls and houses of residence, wards and beds
    ['живу в общежитии, корпус 2, комната 415, соседи шумят', ['корпус 2, комната 415']],
    ['I stay in Block C, room 118 and nobody knocks', ['Block C, room 118']],
    ['rm 204, Whitman Hall. come find me', ['rm 204, Whitman Hall']],
    ['she is in St Mary’s Hospital on Praed Street 12, ward 4, bed 9', ['ward 4, bed 9']],
    ['Общежитие №2, комн. 118 — если что, ищите там', ['Общежитие №2, комн. 118']],
    ['живу в общежитии, 3 корпус, 5 этаж, 517', ['3 корпус, 5 этаж, 517']],
    // the settlement named before a street found without a street word
    ['мы переехали в посёлок Солнечный, Садовая 12', ['Солнечный', 'Садовая 12']],
    // street words for rings, descents, roads; a direction after the street word
    ['мы снимаем на Садовом кольце, 12, девятый этаж', ['Садовом кольце, 12']],
    ['Никольский спуск, 7 — там её офис', ['Никольский спуск, 7']],
    ['office is at 90 King Street West, Toronto ON', ['90 King Street West']],
    // Australian and British abbreviations, a flat with a letter before "at"
    ['we moved to 3/27 Ocean Tce, Manly NSW 2095 last week', ['3/27 Ocean Tce']],
    ['my flat is 6D at 140 E 14th St', ['6D', '140 E 14th St']],
    // a Turkish street, in Cyrillic and in Latin letters, with the flat after it
    ['сняли квартиру: 1207 сокак №5 дайре 8, Измир', ['1207 сокак №5 дайре 8']],
  ])('when the text is "%s", then every part of the address is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    'подписка на Кинопоиск 299 в месяц — единственная радость',
    'была на Пятницкой, 3 года назад, с тех пор не хожу',
    'I beat level 3, level 4 and level 5 today',
    'room 101 floor 2 meeting was cancelled',
    'apt 2b in my building has a dog that barks all night',
    'в 3 корпусе, на 2 этаже кабинет психолога',
    'мама дорогая, 5 раз звонила',
    'по дороге 2 часа, устала',
    'I applied to General Motors yesterday',
  ])('when the text is "%s", then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
