import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'

const left = (out: string, p: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(
    out,
  )

describe('addresses — housing estates, districts, house numbers in words (issue 12, round 6)', () => {
  it.each([
    ['живу в ЖК Солнечный, корпус 3, кв 45', ['Солнечный', '45']],
    ['ЖК «Престиж», корпус 2, квартира 118', ['Престиж', '118']],
    ['мы в ЖК Новые Горизонты, корп. 5, кв. 12', ['Горизонты', '12']],
    ['в Киеве, на Оболони, дом 5, квартира 12', ['Оболони', '12']],
    ['живу в Орбите, дом 7, кв 40', ['Орбите', '40']],
    ['Алматы, Самал-2, 58', ['Самал-2', '58']],
    ['дом сорок два, квартира девятнадцать, улица Мира', ['сорок два', 'девятнадцать', 'Мира']],
    ['я живу на Чкалова двенадцать, квартира сорок', ['Чкалова', 'двенадцать', 'сорок']],
    ['я у друга, Большая Покровская тридцать семь, квартира над аптекой', ['Покровская', 'тридцать семь']],
    ['ul. Długa 12 m. 4, 00-238 Warszawa', ['Długa', '00-238']],
    ['I live on Elm Street, number twelve', ['Elm', 'twelve']],
    ['she lives at 8 rue de la Paix', ['Paix']],
    ['mkr Samal-2, dom 58, kv 14', ['Samal-2', '58', '14']],
    ["I'm in Almaty, Zhandosova 58a, flat 12", ['Zhandosova', '12']],
  ])('when the text is %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    'к Маше три подруги пришли',
    'на Новой Риге два часа стояли',
    'с Катей два года не общаемся',
    'в ЖК Солнечный переехали родители, им нравится',
    'Москва, Сапсан-2, 15 минут до отправления',
    'Chapter 12, flat 3 is where the story starts',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
