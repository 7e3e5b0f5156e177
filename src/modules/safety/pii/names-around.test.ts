import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'

const left = (out: string, p: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(
    out,
  )

describe('names around a found name, particles, capitals (issue 12, round 6)', () => {
  it.each([
    ['Олег Трофимов и Дина Хакимова не отвечают мне', ['Дина Хакимова', 'Трофимов']],
    ['Сергей Петрович, ну этот, Валуев, опять орал на меня', ['Валуев', 'Сергей Петрович']],
    ['hello, Maria de los Santos here, first time posting', ['Maria de los Santos', 'Santos']],
    ['my landlord Pieter van der Berg wont fix the heating', ['Berg']],
    ['MICHAEL T. HARGROVE keeps calling my mum', ['HARGROVE', 'MICHAEL']],
    ["sophie o'connor from my class keeps posting about me", ["o'connor"]],
    ['jack mcgrath from work keeps messaging me', ['mcgrath']],
    ['Tendai Moyo and Jade Lin are my only friends here', ['Jade Lin', 'Moyo']],
    ['everyone calls me Kat, the full name is Katherine Mills', ['Kat', 'Katherine Mills']],
  ])('when the text is %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    'Leonardo da Vinci painted it and I love it',
    'we read Robin Williams and Anthony Bourdain quotes',
    'I LOVE THIS SO MUCH, THANK YOU',
    'NASA AND ESA launched it',
    'меня зовут Аня, а это Маша',
    'Catherine the Great was on TV',
    'i love mac and cheese, and my mac book',
    'Tom Hanks and Meg Ryan movies make me cry',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
